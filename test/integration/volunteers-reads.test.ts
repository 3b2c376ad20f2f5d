import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { insertGrid } from '../kit/demands.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { APPLY, applyInput, approvedVolunteer, fakePhone } from '../kit/volunteers.js';

const FIELDS = 'id realName phone';
const EVERY_PATH = `query($v: ID!, $org: ID!, $team: ID!, $area: ID!) {
  volunteer(id: $v) { ${FIELDS} }
  node(id: $v) { id ... on Volunteer { ${FIELDS} } }
  nodes(ids: [$v]) { id ... on Volunteer { ${FIELDS} } }
  organization(id: $org) { reportedMembers { totalCount edges { node { ${FIELDS} } } } }
  volunteerTeam(id: $team) { memberCount leaderName leader { ${FIELDS} } members { ${FIELDS} } }
  volunteerTeams(areaId: $area) { edges { node { leaderName members { ${FIELDS} } } } }
  events(filter: { subjectIds: [$v] }) { edges { node { type data subject { id ... on Volunteer { ${FIELDS} } } } } }
}`;

let hub: TestHub;
let d: District;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
});
afterAll(() => hub?.close());

describe('a volunteer\'s name and phone', () => {
  it('reach the volunteer, staff of their home community and above, and their employer\'s admin — by every path — and nobody else', async () => {
    const employer = await buildOrganization(hub, d.community);
    const sentinel = { realName: '哨兵志愿者甲', phone: '100-5555-0199' };
    const leader = await approvedVolunteer(hub, d.community, 'volunteer-sentinel', { ...sentinel, employerId: employer.id, skillsNote: '哨兵技能' });
    const team = (await hub.client.data(
      `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code } } }`,
      { input: { areaId: d.community.id, name: '哨兵志愿服务队', leaderId: leader.id } },
      admin,
    )) as { createVolunteerTeam: { team: { id: string } } };
    const read = async (token: string | null) =>
      JSON.stringify((await hub.client.request(EVERY_PATH, { v: leader.id, org: employer.id, team: team.createVolunteerTeam.team.id, area: d.district.id }, { token })).data);
    const outsiders: [string, string | null][] = [
      ['anonymous', null],
      ['a volunteer without a record', await hub.token({ role: Role.VOLUNTEER })],
      ['a volunteer whose token claims the community', await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id })],
      ['another approved volunteer of the community', (await approvedVolunteer(hub, d.community)).token],
      ['the grid worker of the community\'s grid', await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id })],
      ['another community\'s admin', await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id })],
      ['another street\'s admin', await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id })],
      ['another unit\'s admin', await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.community)).id })],
    ];
    for (const [who, token] of outsiders) {
      const answer = await read(token);
      expect(answer, who).toContain('"memberCount":1');
      expect(answer, who).toContain('"leaderName":"哨某某"');
      for (const secret of [sentinel.realName, sentinel.phone, '哨兵技能']) expect(answer, who).not.toContain(secret);
    }
    const insiders: [string, string][] = [
      ['the volunteer', leader.token],
      ['the district admin', admin],
      ['the street\'s admin', await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id })],
      ['the community\'s admin', await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id })],
      ['the employer\'s admin', await hub.token({ role: Role.UNIT_ADMIN, organizationId: employer.id })],
    ];
    for (const [who, token] of insiders) {
      const answer = await read(token);
      expect(answer, who).toContain(sentinel.realName);
      expect(answer, who).toContain(sentinel.phone);
    }
    // the events never carry them in their data, whoever reads
    const { rows } = await hub.app.db.pool.query(`select data::text from event where subject_type = 'Volunteer'`);
    for (const row of rows) for (const secret of [sentinel.realName, sentinel.phone]) expect(row.data).not.toContain(secret);
  });
});

describe('volunteers(filter)', () => {
  it('finds a community\'s volunteers for staff by status, employer, skills, party membership, service and Chinese text', async () => {
    const community = await (async () => {
      const { rows } = await hub.app.db.pool.query<{ id: string; path: string }>(
        `insert into area (kind, parent_id, path, depth, name, lat, lng)
         select 'COMMUNITY', a.id, a.path || 'f' || a.id || '/', 2, '筛选社区', a.lat, a.lng from area a where a.id = $1 returning id::text, path`,
        [d.street.rowId],
      );
      const { toGlobalId } = await import('../../src/shared/global-id.js');
      return { rowId: rows[0].id, id: toGlobalId('Area', rows[0].id), path: rows[0].path };
    })();
    const unit = await buildOrganization(hub, community);
    const people = [
      { realName: '张建国', isPartyMember: true, isInService: true, skills: ['LEGAL_AID'], employerId: unit.id, skillsNote: '律师事务所执业十年' },
      { realName: '李秀兰', isPartyMember: false, isInService: false, skills: ['ELDERLY_CARE', 'DIGITAL_HELP'] },
      { realName: '王建华', isPartyMember: true, isInService: true, skills: ['TUTORING'], employerId: unit.id },
    ];
    const ids: string[] = [];
    for (const person of people) ids.push((await approvedVolunteer(hub, community, undefined, { ...person, phone: fakePhone() })).id);
    const pending = await hub.token({ role: Role.VOLUNTEER });
    const applied = (await hub.client.data(APPLY, { input: applyInput(community, { realName: '赵建', phone: fakePhone() }) }, pending)) as { applyAsVolunteer: { volunteer: { id: string } } };
    const staff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: community.id });
    const find = async (filter: Record<string, unknown>, token = staff) => {
      const data = (await hub.client.data(`query($f: VolunteerFilter) { volunteers(filter: $f, first: 50) { totalCount edges { node { id } } } }`, { f: { areaId: community.id, ...filter } }, token)) as {
        volunteers: { totalCount: number; edges: { node: { id: string } }[] };
      };
      return data.volunteers.edges.map((e) => e.node.id);
    };
    expect(await find({})).toEqual([...ids, applied.applyAsVolunteer.volunteer.id]);
    expect(await find({ status: ['APPLIED'] })).toEqual([applied.applyAsVolunteer.volunteer.id]);
    expect(await find({ employerId: unit.id })).toEqual([ids[0], ids[2]]);
    expect(await find({ skills: ['DIGITAL_HELP', 'TUTORING'], status: ['APPROVED'] })).toEqual([ids[1], ids[2]]);
    expect(await find({ isPartyMember: false, status: ['APPROVED'] })).toEqual([ids[1]]);
    expect(await find({ isInService: false })).toEqual([ids[1]]);
    expect(await find({ text: '建' })).toEqual([ids[0], ids[2], applied.applyAsVolunteer.volunteer.id]);
    expect(await find({ text: '建国' })).toEqual([ids[0]]);
    expect(await find({ text: '律师' })).toEqual([ids[0]]);
    expect(await find({ text: '张 建国' })).toEqual([ids[0]]);
    // a grid worker is below the community: it sees none; others may not ask at all
    expect(await find({}, await hub.token({ role: Role.GRID_WORKER, areaId: (await insertGrid(hub.app.db.pool, community)).id }))).toEqual([]);
    for (const token of [null, pending, await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id })]) {
      const answer = await hub.client.request(`{ volunteers { totalCount } }`, {}, { token });
      expect(answer.errors?.[0]?.extensions?.code).toBe(token === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    const bad = await hub.client.request(`{ volunteers(filter: { text: "  " }) { totalCount } }`, {}, { token: staff });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    // the unit's admin reads its members through its organisation
    const members = (await hub.client.data(`query($o: ID!) { organization(id: $o) { reportedMembers { edges { node { id realName } } } } }`, { o: unit.id }, await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id }))) as {
      organization: { reportedMembers: { edges: { node: { id: string } }[] } };
    };
    expect(members.organization.reportedMembers.edges.map((e) => e.node.id)).toEqual([ids[0], ids[2]]);
    // viewer.volunteer is one's own record
    const mine = (await hub.client.data(`{ viewer { volunteer { id status } } }`, {}, pending)) as { viewer: { volunteer: { id: string; status: string } } };
    expect(mine.viewer.volunteer).toEqual({ id: applied.applyAsVolunteer.volunteer.id, status: 'APPLIED' });
  });
});

describe('areas and volunteers', () => {
  it('keep an area with live volunteers or active teams in use, and follow a community that moves', async () => {
    const v = await approvedVolunteer(hub, d.otherCommunity);
    await hub.client.data(
      `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { userErrors { code } } }`,
      { input: { areaId: d.otherCommunity.id, name: '韶九社区环保志愿服务队', leaderId: v.id } },
      admin,
    );
    const version = async (id: string) => ((await hub.client.data(`query($id: ID!) { area(id: $id) { version } }`, { id }, admin)) as { area: { version: number } }).area.version;
    const retired = (await hub.client.data(
      `mutation($input: RetireAreaInput!) { retireArea(input: $input) { area { id } userErrors { code } inUse { kind count } } }`,
      { input: { id: d.otherCommunity.id, version: await version(d.otherCommunity.id), reason: '社区合并' } },
      admin,
    )) as { retireArea: { userErrors: { code: string }[]; inUse: { kind: string; count: number }[] } };
    expect(retired.retireArea.userErrors).toMatchObject([{ code: 'AREA_IN_USE' }]);
    expect(retired.retireArea.inUse).toEqual(expect.arrayContaining([{ kind: 'VOLUNTEER', count: 1 }, { kind: 'VOLUNTEER_TEAM', count: 1 }]));
    // the community moves to the first street: the volunteer and the team follow, and the street's admin now sees them
    const moved = (await hub.client.data(
      `mutation($input: MoveAreaInput!) { moveArea(input: $input) { userErrors { code } } }`,
      { input: { id: d.otherCommunity.id, newParentId: d.street.id, version: await version(d.otherCommunity.id) } },
      admin,
    )) as { moveArea: { userErrors: unknown[] } };
    expect(moved.moveArea.userErrors).toEqual([]);
    const streetAdmin = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    const seen = (await hub.client.data(`query($id: ID!) { volunteer(id: $id) { id } }`, { id: v.id }, streetAdmin)) as { volunteer: { id: string } | null };
    expect(seen.volunteer).toEqual({ id: v.id });
    const { rows } = await hub.app.db.pool.query(`select v.area_path = a.path as ok from volunteer v join area a on a.id = v.area_id where v.id = $1`, [v.id.length ? (await import('../../src/shared/global-id.js')).fromGlobalId(v.id)!.id : '0']);
    expect(rows[0].ok).toBe(true);
  });
});
