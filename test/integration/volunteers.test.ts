import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, eventTypesOf, type District } from '../kit/builders.js';
import { placedDemand } from '../kit/demands.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { wsClient, wsRequest } from '../kit/ws-client.js';
import { APPLY, applyInput, approvedVolunteer, fakePhone, VOLUNTEER_FIELDS } from '../kit/volunteers.js';

const VIEWER = `{ viewer { role area { id } volunteer { id status homeCommunity { id } } } }`;
const payload = (name: string) => `${name}(input: $input) { volunteer { ${VOLUNTEER_FIELDS} } userErrors { code field message } }`;
const APPROVE = `mutation($input: VolunteerIdInput!) { ${payload('approveVolunteer')} }`;
const REJECT = `mutation($input: VolunteerReasonInput!) { ${payload('rejectVolunteer')} }`;
const SUSPEND = `mutation($input: VolunteerReasonInput!) { ${payload('suspendVolunteer')} }`;
const REINSTATE = `mutation($input: VolunteerIdInput!) { ${payload('reinstateVolunteer')} }`;
const LEAVE = `mutation($input: LeaveVolunteeringInput!) { ${payload('leaveVolunteering')} }`;
const UPDATE = `mutation($input: UpdateVolunteerInput!) { ${payload('updateVolunteer')} }`;
const CLAIM = `mutation($input: ClaimVolunteerRecordInput!) { ${payload('claimVolunteerRecord')} }`;
const REPORT = `mutation($input: ReportUnitMembersInput!) {
  reportUnitMembers(input: $input) { members { claimCode claimExpiresAt volunteer { ${VOLUNTEER_FIELDS} reportedBy { id } } } userErrors { code field message } }
}`;
const REISSUE = `mutation($input: VolunteerIdInput!) { reissueVolunteerClaimCode(input: $input) { member { claimCode volunteer { id } } userErrors { code field } } }`;
const TAKE = `mutation($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id takenByAccount } userErrors { code } } }`;
const TEAM_FIELDS = `id name status version memberCount leaderName leader { id } members { id } area { id } disbandReason`;
const CREATE_TEAM = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { ${TEAM_FIELDS} } userErrors { code field message } } }`;
const UPDATE_TEAM = `mutation($input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(input: $input) { team { ${TEAM_FIELDS} } userErrors { code field message } } }`;
const DISBAND_TEAM = `mutation($input: DisbandVolunteerTeamInput!) { disbandVolunteerTeam(input: $input) { team { ${TEAM_FIELDS} } userErrors { code field message } } }`;

type Answer = { data?: Record<string, { volunteer?: Record<string, unknown> | null; userErrors: { code: string; field: string | null }[] } & Record<string, unknown>> | null; errors?: { extensions?: { code?: string } }[] };

let hub: TestHub;
let d: District;
let admin: string;
let communityAdmin: string;
let otherCommunityAdmin: string;

async function call(document: string, input: unknown, token: string | null): Promise<Answer> {
  return (await hub.client.request(document, { input }, { token })) as Answer;
}

/** The one payload of a mutation that must succeed. */
async function ok(document: string, input: unknown, token: string) {
  const answer = await call(document, input, token);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  const result = Object.values(answer.data!)[0];
  expect(result.userErrors).toEqual([]);
  return result;
}

/** The userError codes of a mutation that must refuse. */
async function refused(document: string, input: unknown, token: string) {
  const answer = await call(document, input, token);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return Object.values(answer.data!)[0].userErrors;
}

async function errorCode(document: string, input: unknown, token: string | null) {
  return (await call(document, input, token)).errors?.[0]?.extensions?.code;
}

async function viewerOf(token: string) {
  return ((await hub.client.data(VIEWER, {}, token)) as { viewer: { area: { id: string } | null; volunteer: { id: string; status: string } | null } }).viewer;
}

async function applied(community = d.community, patch: Record<string, unknown> = {}, sub?: string) {
  const token = await hub.token({ role: Role.VOLUNTEER, ...(sub ? { sub } : {}) });
  const result = await ok(APPLY, applyInput(community, patch), token);
  return { token, volunteer: result.volunteer as { id: string; version: number; phone: string } };
}

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  communityAdmin = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });
  otherCommunityAdmin = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id });
});

afterAll(() => hub?.close());

describe('a volunteer\'s registration', () => {
  it('goes apply → approve → suspend → reinstate → leave through the API, each with its history and event, and the token\'s rights follow at once', async () => {
    const token = await hub.token({ role: Role.VOLUNTEER, sub: 'volunteer-wang' });
    expect(await viewerOf(token)).toMatchObject({ area: null, volunteer: null });
    const input = applyInput(d.community, {
      realName: '王秀英',
      gridId: d.grid.id,
      isPartyMember: false,
      isInService: false,
      skills: ['ELDERLY_CARE', 'DIGITAL_HELP'],
      skillsNote: '退休教师，可辅导初中数学',
      windows: [{ days: ['SATURDAY', 'SUNDAY'], start: '09:00', end: '11:30' }],
    });
    const a = (await ok(APPLY, input, token)).volunteer as { id: string } & Record<string, unknown>;
    expect(a).toMatchObject({
      status: 'APPLIED',
      realName: '王秀英',
      homeCommunity: { id: d.community.id },
      grid: { id: d.grid.id },
      isClaimed: true,
      skills: ['DIGITAL_HELP', 'ELDERLY_CARE'],
      skillsNote: '退休教师，可辅导初中数学',
      windows: [{ days: ['SATURDAY', 'SUNDAY'], start: '09:00', end: '11:30' }],
      history: [{ action: 'APPLIED', from: null, to: 'APPLIED', actor: { id: 'volunteer-wang', role: 'VOLUNTEER' } }],
    });
    // applied is not approved: no area, no taking
    const demand = await placedDemand(hub, d.grid);
    expect((await viewerOf(token)).area).toBeNull();
    expect(await errorCode(TAKE, { id: demand.id }, token)).toBe('FORBIDDEN');

    expect((await ok(APPROVE, { id: a.id }, communityAdmin)).volunteer).toMatchObject({ status: 'APPROVED' });
    expect(await viewerOf(token)).toMatchObject({ area: { id: d.community.id }, volunteer: { id: a.id, status: 'APPROVED' } });

    const suspended = (await ok(SUSPEND, { id: a.id, reason: '多次未按约定参加服务' }, communityAdmin)).volunteer!;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', statusReason: '多次未按约定参加服务' });
    // at once: the same token, no re-sign-in, no waiting for a cache
    expect(await viewerOf(token)).toMatchObject({ area: null, volunteer: { status: 'SUSPENDED' } });
    expect(await errorCode(TAKE, { id: demand.id }, token)).toBe('FORBIDDEN');

    expect((await ok(REINSTATE, { id: a.id }, communityAdmin)).volunteer).toMatchObject({ status: 'APPROVED', statusReason: null });
    expect((await viewerOf(token)).area).toEqual({ id: d.community.id });
    const taken = await ok(TAKE, { id: demand.id }, token);
    expect(taken.demand).toMatchObject({ takenByAccount: 'volunteer-wang' });

    const left = (await ok(LEAVE, { reason: '工作调动' }, token)).volunteer!;
    expect(left).toMatchObject({ status: 'LEFT', statusReason: '工作调动' });
    expect(await viewerOf(token)).toMatchObject({ area: null, volunteer: { status: 'LEFT' } });
    expect((left.history as { action: string }[]).map((h) => h.action)).toEqual(['APPLIED', 'APPROVED', 'SUSPENDED', 'REINSTATED', 'LEFT']);
    expect(await eventTypesOf(hub, a.id)).toEqual(['VOLUNTEER_APPLIED', 'VOLUNTEER_APPROVED', 'VOLUNTEER_SUSPENDED', 'VOLUNTEER_REINSTATED', 'VOLUNTEER_LEFT']);

    // a person who left may apply again: the same record, reopened
    const again = (await ok(APPLY, { ...input, phone: fakePhone() }, token)).volunteer!;
    expect(again).toMatchObject({ id: a.id, status: 'APPLIED' });
    expect((again.history as { action: string }[]).at(-1)).toMatchObject({ action: 'REAPPLIED', from: 'LEFT', to: 'APPLIED' });
  });

  it('takes effect at once on a WebSocket held open too: a suspended volunteer\'s socket takes nothing, a reinstated one\'s does', async () => {
    const { token, id } = await approvedVolunteer(hub, d.community, 'volunteer-socket');
    const socket = wsClient(hub.server.wsUrl, token);
    try {
      const area = async () => ((await wsRequest<{ viewer: { area: { id: string } | null } }>(socket.client, VIEWER)).data!.viewer.area);
      expect(await area()).toEqual({ id: d.community.id });
      await ok(SUSPEND, { id, reason: '暂停服务' }, communityAdmin);
      expect(await area()).toBeNull();
      const demand = await placedDemand(hub, d.grid);
      const refused = await wsRequest(socket.client, TAKE, { input: { id: demand.id } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await ok(REINSTATE, { id }, communityAdmin);
      const taken = await wsRequest<{ takeDemand: { demand: { takenByAccount: string } } }>(socket.client, TAKE, { input: { id: demand.id } });
      expect(taken.data?.takeDemand.demand).toMatchObject({ takenByAccount: 'volunteer-socket' });
    } finally {
      await socket.client.dispose();
    }
  });

  it('ignores an areaId claim: a VOLUNTEER token naming a community has no area and takes nothing without an approved record there', async () => {
    const claimed = await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id });
    expect(await viewerOf(claimed)).toMatchObject({ role: 'VOLUNTEER', area: null, volunteer: null });
    const demand = await placedDemand(hub, d.grid);
    expect(await errorCode(TAKE, { id: demand.id }, claimed)).toBe('FORBIDDEN');
    // approved elsewhere: the claim does not widen them to this community either
    const { sub } = await approvedVolunteer(hub, d.otherCommunity);
    const widened = await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id, sub });
    expect((await viewerOf(widened)).area).toEqual({ id: d.otherCommunity.id });
    expect(await errorCode(TAKE, { id: demand.id }, widened)).toBe('NOT_FOUND');
  });

  it('rejects with a reason, and lets the person apply again', async () => {
    const { token, volunteer } = await applied();
    const rejected = (await ok(REJECT, { id: volunteer.id, reason: '非本社区常住居民' }, communityAdmin)).volunteer!;
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: '非本社区常住居民' });
    expect(await refused(UPDATE, { id: volunteer.id, version: rejected.version, realName: '李四' }, token)).toMatchObject([{ code: 'VOLUNTEER_NOT_EDITABLE' }]);
    expect((await ok(APPLY, applyInput(d.neighbourCommunity), token)).volunteer).toMatchObject({ id: volunteer.id, status: 'APPLIED' });
  });

  it('refuses every move from a status it does not start from, changing nothing', async () => {
    const { token, volunteer } = await applied();
    expect(await refused(SUSPEND, { id: volunteer.id, reason: '无' }, admin)).toMatchObject([{ code: 'VOLUNTEER_NOT_SUSPENDABLE', field: 'input.id' }]);
    expect(await refused(REINSTATE, { id: volunteer.id }, admin)).toMatchObject([{ code: 'VOLUNTEER_NOT_REINSTATABLE' }]);
    await ok(APPROVE, { id: volunteer.id }, admin);
    expect(await refused(APPROVE, { id: volunteer.id }, admin)).toMatchObject([{ code: 'VOLUNTEER_NOT_APPROVABLE' }]);
    expect(await refused(REJECT, { id: volunteer.id, reason: '无' }, admin)).toMatchObject([{ code: 'VOLUNTEER_NOT_REJECTABLE' }]);
    expect(await refused(APPLY, applyInput(d.community), token)).toMatchObject([{ code: 'VOLUNTEER_ALREADY_REGISTERED' }]);
    await ok(LEAVE, {}, token);
    expect(await refused(LEAVE, {}, token)).toMatchObject([{ code: 'VOLUNTEER_NOT_SERVING' }]);
    expect(await refused(LEAVE, {}, await hub.token({ role: Role.VOLUNTEER }))).toMatchObject([{ code: 'VOLUNTEER_NOT_REGISTERED' }]);
    expect(await eventTypesOf(hub, volunteer.id)).toEqual(['VOLUNTEER_APPLIED', 'VOLUNTEER_APPROVED', 'VOLUNTEER_LEFT']);
  });

  it('checks what is applied with: a community, a grid of it, a live area, a free phone number', async () => {
    const token = await hub.token({ role: Role.VOLUNTEER });
    expect(await refused(APPLY, applyInput(d.street), token)).toMatchObject([{ code: 'VOLUNTEER_HOME_NOT_COMMUNITY', field: 'input.homeCommunityId' }]);
    expect(await refused(APPLY, applyInput(d.community, { gridId: d.otherGrid.id }), token)).toMatchObject([{ code: 'VOLUNTEER_GRID_OUTSIDE_HOME', field: 'input.gridId' }]);
    const { volunteer } = await applied();
    expect(await refused(APPLY, applyInput(d.community, { phone: volunteer.phone }), token)).toMatchObject([{ code: 'VOLUNTEER_PHONE_TAKEN', field: 'input.phone' }]);
    const { rows } = await hub.app.db.pool.query<{ id: string }>(
      `insert into area (kind, parent_id, path, depth, name, lat, lng, retired_at)
       select 'COMMUNITY', a.id, a.path || 'r' || a.id || '/', 2, '已撤销社区', a.lat, a.lng, now() from area a where a.id = $1 returning id::text`,
      [d.street.rowId],
    );
    const { toGlobalId } = await import('../../src/shared/global-id.js');
    expect(await refused(APPLY, { ...applyInput(d.community), homeCommunityId: toGlobalId('Area', rows[0].id) }, token)).toMatchObject([{ code: 'AREA_RETIRED' }]);
    for (const [patch, field] of [
      [{ realName: '  ' }, 'input.realName'],
      [{ phone: '电话' }, 'input.phone'],
      [{ skills: ['LEGAL_AID', 'LEGAL_AID'] }, 'input.skills'],
      [{ windows: [{ days: ['MONDAY'], start: '25:00', end: '26:00' }] }, 'input.windows[0].start'],
      [{ homeCommunityId: 'nonsense' }, 'input.homeCommunityId'],
    ] as const) {
      const answer = await call(APPLY, applyInput(d.community, patch), token);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(answer.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await viewerOf(token)).toMatchObject({ volunteer: null });
  });

  it('lets the person change their own details and staff theirs; moving home sends the person back to APPLIED', async () => {
    const { token, volunteer } = await applied();
    await ok(APPROVE, { id: volunteer.id }, admin);
    let v = (await ok(UPDATE, { id: volunteer.id, version: 2, skills: ['REPAIRS'], skillsNote: '会修自行车', employerId: null }, token)).volunteer!;
    expect(v).toMatchObject({ skills: ['REPAIRS'], skillsNote: '会修自行车', status: 'APPROVED', version: 3 });
    expect((v.history as { detail: string }[]).at(-1)).toMatchObject({ action: 'UPDATED', detail: 'skills, skillsNote' });
    expect(await refused(UPDATE, { id: volunteer.id, version: 2, realName: '赵六' }, token)).toMatchObject([{ code: 'VERSION_CONFLICT' }]);
    // unchanged values write nothing
    expect((await ok(UPDATE, { id: volunteer.id, version: 3, skills: ['REPAIRS'] }, token)).volunteer).toMatchObject({ version: 3 });
    v = (await ok(UPDATE, { id: volunteer.id, version: 3, homeCommunityId: d.neighbourCommunity.id }, token)).volunteer!;
    expect(v).toMatchObject({ status: 'APPLIED', homeCommunity: { id: d.neighbourCommunity.id } });
    expect((await viewerOf(token)).area).toBeNull();
    // staff moving them keep the status, and must administer both communities
    await ok(APPROVE, { id: volunteer.id }, admin);
    const neighbourAdmin = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id });
    expect(await errorCode(UPDATE, { id: volunteer.id, version: 5, homeCommunityId: d.community.id }, neighbourAdmin)).toBe('FORBIDDEN');
    const streetAdmin = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    v = (await ok(UPDATE, { id: volunteer.id, version: 5, homeCommunityId: d.community.id, gridId: d.grid.id }, streetAdmin)).volunteer!;
    expect(v).toMatchObject({ status: 'APPROVED', homeCommunity: { id: d.community.id }, grid: { id: d.grid.id } });
    // a suspended person cannot move away from their suspension
    await ok(SUSPEND, { id: volunteer.id, reason: '核查中' }, admin);
    expect(await refused(UPDATE, { id: volunteer.id, version: 7, homeCommunityId: d.neighbourCommunity.id }, token)).toMatchObject([{ code: 'VOLUNTEER_NOT_EDITABLE', field: 'input.homeCommunityId' }]);
    const other = await applied();
    expect(await refused(UPDATE, { id: volunteer.id, version: 7, phone: other.volunteer.phone }, admin)).toMatchObject([{ code: 'VOLUNTEER_PHONE_TAKEN' }]);
    const bad = await call(UPDATE, { id: volunteer.id, version: 7, realName: null }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.realName' });
  });
});

describe('at the same time', () => {
  it('two applications with one phone number, or of one account, leave one record and a userError', async () => {
    const phone = fakePhone();
    const [a, b] = [await hub.token({ role: Role.VOLUNTEER }), await hub.token({ role: Role.VOLUNTEER })];
    const answers = await Promise.all([call(APPLY, applyInput(d.community, { phone }), a), call(APPLY, applyInput(d.community, { phone }), b)]);
    const codes = answers.map((x) => x.data!.applyAsVolunteer.userErrors.map((e) => e.code)).sort();
    expect(codes).toEqual([[], ['VOLUNTEER_PHONE_TAKEN']]);
    const same = await hub.token({ role: Role.VOLUNTEER, sub: 'volunteer-twice' });
    const twice = await Promise.all([call(APPLY, applyInput(d.community), same), call(APPLY, applyInput(d.community), same)]);
    expect(twice.map((x) => x.data!.applyAsVolunteer.userErrors.map((e) => e.code)).sort()).toEqual([[], ['VOLUNTEER_ALREADY_REGISTERED']]);
    const { rows } = await hub.app.db.pool.query(`select count(*)::int as n from volunteer where phone = $1 or account_id = 'volunteer-twice'`, [phone]);
    expect(rows[0].n).toBe(2);
  });
});

describe('a whole-unit report (整建制报到)', () => {
  it('records a unit\'s members with one community in one call, each with a one-time code its person claims once', async () => {
    const unit = await buildOrganization(hub, d.community);
    const unitAdmin = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id });
    const members = ['张伟', '李娜', '王强'].map((realName, i) => ({ realName, phone: fakePhone(), isPartyMember: i !== 2, skills: ['TRAFFIC_GUIDANCE'] }));
    const report = (await ok(REPORT, { organizationId: unit.id, homeCommunityId: d.community.id, members }, unitAdmin)) as unknown as {
      members: { claimCode: string; claimExpiresAt: string; volunteer: { id: string; status: string; isClaimed: boolean; realName: string; reportedBy: { id: string }; employer: { id: string } } }[];
    };
    expect(report.members).toHaveLength(3);
    for (const [i, m] of report.members.entries()) {
      expect(m.claimCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(m.volunteer).toMatchObject({ status: 'APPLIED', isClaimed: false, realName: members[i].realName, reportedBy: { id: unit.id }, employer: { id: unit.id } });
    }
    expect(new Set(report.members.map((m) => m.claimCode)).size).toBe(3);
    // only the hash is kept
    const { rows } = await hub.app.db.pool.query(`select count(*)::int as n from volunteer where claim_code_hash = any($1)`, [report.members.map((m) => m.claimCode)]);
    expect(rows[0].n).toBe(0);

    const zhang = await hub.token({ role: Role.VOLUNTEER, sub: 'volunteer-zhangwei' });
    const claimed = (await ok(CLAIM, { code: report.members[0].claimCode.toLowerCase().replaceAll('-', ' ') }, zhang)).volunteer!;
    expect(claimed).toMatchObject({ id: report.members[0].volunteer.id, isClaimed: true, realName: '张伟' });
    expect(await viewerOf(zhang)).toMatchObject({ volunteer: { id: report.members[0].volunteer.id, status: 'APPLIED' } });
    // once: the code is spent, and the account has its record
    expect(await refused(CLAIM, { code: report.members[0].claimCode }, await hub.token({ role: Role.VOLUNTEER }))).toMatchObject([{ code: 'VOLUNTEER_CLAIM_CODE_INVALID', field: 'input.code' }]);
    expect(await refused(CLAIM, { code: report.members[1].claimCode }, zhang)).toMatchObject([{ code: 'VOLUNTEER_ALREADY_REGISTERED' }]);
    expect(await refused(CLAIM, { code: 'AAAA-BBBB-CCCC' }, await hub.token({ role: Role.VOLUNTEER }))).toMatchObject([{ code: 'VOLUNTEER_CLAIM_CODE_INVALID' }]);
    expect(await refused(REISSUE, { id: report.members[0].volunteer.id }, unitAdmin)).toMatchObject([{ code: 'VOLUNTEER_ALREADY_CLAIMED' }]);
    // the community approves a reported member like any other
    expect((await ok(APPROVE, { id: report.members[0].volunteer.id }, communityAdmin)).volunteer).toMatchObject({ status: 'APPROVED' });
    expect((await viewerOf(zhang)).area).toEqual({ id: d.community.id });

    // codes expire; a new one can be issued by the reporting unit
    const days = hub.config.volunteerClaimCodeDays;
    hub.clock.advance((days * 24 + 1) * 3600_000);
    try {
      const li = await hub.token({ role: Role.VOLUNTEER });
      expect(await refused(CLAIM, { code: report.members[1].claimCode }, li)).toMatchObject([{ code: 'VOLUNTEER_CLAIM_CODE_EXPIRED' }]);
      const reissued = (await ok(REISSUE, { id: report.members[1].volunteer.id }, unitAdmin)) as unknown as { member: { claimCode: string } };
      expect(await refused(CLAIM, { code: report.members[1].claimCode }, li)).toMatchObject([{ code: 'VOLUNTEER_CLAIM_CODE_INVALID' }]);
      expect((await ok(CLAIM, { code: reissued.member.claimCode }, li)).volunteer).toMatchObject({ realName: '李娜', isClaimed: true });
    } finally {
      hub.clock.advance(-(days * 24 + 1) * 3600_000);
    }
    expect(await eventTypesOf(hub, report.members[1].volunteer.id)).toEqual(['VOLUNTEER_REPORTED', 'VOLUNTEER_UPDATED', 'VOLUNTEER_CLAIMED']);
  });

  it('records all or nothing: one taken phone, a repeated phone or a bad grid and no member is recorded', async () => {
    const unit = await buildOrganization(hub, d.community);
    const unitAdmin = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id });
    const { volunteer } = await applied();
    const count = async () => (await hub.app.db.pool.query(`select count(*)::int as n from volunteer where reported_by_id = $1`, [unit.rowId])).rows[0].n;
    const member = (patch: Record<string, unknown> = {}) => ({ realName: '陈静', phone: fakePhone(), isPartyMember: true, ...patch });
    const base = { organizationId: unit.id, homeCommunityId: d.community.id };
    expect(await refused(REPORT, { ...base, members: [member(), member({ phone: volunteer.phone })] }, unitAdmin)).toMatchObject([{ code: 'VOLUNTEER_PHONE_TAKEN', field: 'input.members[1].phone' }]);
    expect(await refused(REPORT, { ...base, members: [member(), member({ gridId: d.otherGrid.id })] }, unitAdmin)).toMatchObject([{ code: 'VOLUNTEER_GRID_OUTSIDE_HOME', field: 'input.members[1].gridId' }]);
    expect(await refused(REPORT, { ...base, homeCommunityId: d.grid.id, members: [member()] }, unitAdmin)).toMatchObject([{ code: 'VOLUNTEER_HOME_NOT_COMMUNITY' }]);
    const phone = fakePhone();
    const repeated = await call(REPORT, { ...base, members: [member({ phone }), member({ phone })] }, unitAdmin);
    expect(repeated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.members[1].phone' });
    const none = await call(REPORT, { ...base, members: [] }, unitAdmin);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.members' });
    expect(await count()).toBe(0);
    // another unit's admin may not report for it, nor reissue its codes
    const other = await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.community)).id });
    expect(await errorCode(REPORT, { ...base, members: [member()] }, other)).toBe('FORBIDDEN');
    const done = (await ok(REPORT, { ...base, members: [member()] }, unitAdmin)) as unknown as { members: { volunteer: { id: string } }[] };
    expect(await errorCode(REISSUE, { id: done.members[0].volunteer.id }, other)).toBe('NOT_FOUND');
    expect(await count()).toBe(1);
  });
});

describe('teams (志愿服务队)', () => {
  it('are formed, changed and disbanded by admins of their area, with approved volunteers of it', async () => {
    const [leader, a, b] = [await approvedVolunteer(hub, d.community, undefined, { realName: '欧阳建华' }), await approvedVolunteer(hub, d.community), await approvedVolunteer(hub, d.neighbourCommunity)];
    const streetAdmin = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    const created = (await ok(CREATE_TEAM, { areaId: d.street.id, name: '建国门街道法律援助志愿服务队', leaderId: leader.id, memberIds: [a.id, b.id] }, streetAdmin)) as unknown as { team: Record<string, unknown> & { id: string; version: number } };
    expect(created.team).toMatchObject({ status: 'ACTIVE', memberCount: 3, leaderName: '欧阳建华', leader: { id: leader.id }, area: { id: d.street.id } });
    // public: the size and a masked leader, never members
    const anonymous = (await hub.client.data(`query($id: ID!) { volunteerTeam(id: $id) { ${TEAM_FIELDS} } }`, { id: created.team.id }, null)) as { volunteerTeam: Record<string, unknown> };
    expect(anonymous.volunteerTeam).toMatchObject({ memberCount: 3, leaderName: '欧阳某某', leader: null, members: [] });
    expect(await refused(CREATE_TEAM, { areaId: d.street.id, name: '建国门街道法律援助志愿服务队', leaderId: a.id }, streetAdmin)).toMatchObject([{ code: 'TEAM_NAME_TAKEN', field: 'input.name' }]);
    expect(await refused(CREATE_TEAM, { areaId: d.community.id, name: '史家胡同社区巡逻队', leaderId: b.id }, communityAdmin)).toMatchObject([{ code: 'TEAM_MEMBER_NOT_ELIGIBLE', field: 'input.leaderId' }]);
    expect(await refused(CREATE_TEAM, { areaId: d.grid.id, name: '网格队', leaderId: a.id }, communityAdmin)).toMatchObject([{ code: 'TEAM_AREA_KIND' }]);
    const pending = await applied();
    expect(await refused(UPDATE_TEAM, { id: created.team.id, version: 1, addMemberIds: [pending.volunteer.id] }, streetAdmin)).toMatchObject([{ code: 'TEAM_MEMBER_NOT_ELIGIBLE', field: 'input.addMemberIds[0]' }]);
    expect(await refused(UPDATE_TEAM, { id: created.team.id, version: 1, removeMemberIds: [leader.id] }, streetAdmin)).toMatchObject([{ code: 'TEAM_LEADER_REMOVED' }]);
    const changed = (await ok(UPDATE_TEAM, { id: created.team.id, version: 1, leaderId: a.id, removeMemberIds: [leader.id] }, streetAdmin)) as unknown as { team: Record<string, unknown> };
    expect(changed.team).toMatchObject({ version: 2, memberCount: 2, leader: { id: a.id } });
    expect(await refused(UPDATE_TEAM, { id: created.team.id, version: 1, name: '新名字' }, streetAdmin)).toMatchObject([{ code: 'VERSION_CONFLICT' }]);
    // leaving volunteering leaves the team, the leader's place too
    await ok(LEAVE, {}, a.token);
    const after = (await hub.client.data(`query($id: ID!) { volunteerTeam(id: $id) { ${TEAM_FIELDS} } }`, { id: created.team.id }, streetAdmin)) as { volunteerTeam: Record<string, unknown> };
    expect(after.volunteerTeam).toMatchObject({ memberCount: 1, leader: null, leaderName: null, members: [{ id: b.id }] });
    expect(await errorCode(DISBAND_TEAM, { id: created.team.id, reason: '合并' }, otherCommunityAdmin)).toBe('FORBIDDEN');
    const disbanded = (await ok(DISBAND_TEAM, { id: created.team.id, reason: '并入街道志愿服务总队' }, streetAdmin)) as unknown as { team: Record<string, unknown> };
    expect(disbanded.team).toMatchObject({ status: 'DISBANDED', disbandReason: '并入街道志愿服务总队' });
    expect(await refused(DISBAND_TEAM, { id: created.team.id, reason: '再次' }, streetAdmin)).toMatchObject([{ code: 'TEAM_DISBANDED' }]);
    expect(await refused(UPDATE_TEAM, { id: created.team.id, version: 4, name: '新名字' }, streetAdmin)).toMatchObject([{ code: 'TEAM_DISBANDED' }]);
    expect(await eventTypesOf(hub, created.team.id)).toEqual(['VOLUNTEER_TEAM_CREATED', 'VOLUNTEER_TEAM_UPDATED', 'VOLUNTEER_TEAM_UPDATED', 'VOLUNTEER_TEAM_DISBANDED']);
    const listed = (await hub.client.data(`query($a: ID!) { volunteerTeams(areaId: $a, status: [DISBANDED]) { totalCount edges { node { id } } } }`, { a: d.district.id }, null)) as { volunteerTeams: { totalCount: number } };
    expect(listed.volunteerTeams.totalCount).toBe(1);
  });
});

describe('who may do what', () => {
  it('refuses every mutation to those who may not, with FORBIDDEN (or NOT_FOUND where they may not see the record), changing nothing', async () => {
    const { token: self, volunteer } = await applied();
    const unit = await buildOrganization(hub, d.community);
    const unitAdmin = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id });
    const grid = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    const otherVolunteer = await hub.token({ role: Role.VOLUNTEER });
    const leader = await approvedVolunteer(hub, d.community);
    const team = (await ok(CREATE_TEAM, { areaId: d.community.id, name: `测试队${volunteer.id}`, leaderId: leader.id }, communityAdmin)) as unknown as { team: { id: string } };
    const before = (await hub.app.db.pool.query(`select (select count(*) from volunteer_history) + (select count(*) from volunteer_team_history) as n`)).rows[0].n;
    const cases: [string, string, unknown, (string | null)[], string][] = [
      ['approveVolunteer', APPROVE, { id: volunteer.id }, [otherCommunityAdmin], 'NOT_FOUND'],
      ['approveVolunteer', APPROVE, { id: volunteer.id }, [grid, unitAdmin, self], 'FORBIDDEN'],
      ['rejectVolunteer', REJECT, { id: volunteer.id, reason: '无' }, [grid, unitAdmin, self], 'FORBIDDEN'],
      ['suspendVolunteer', SUSPEND, { id: volunteer.id, reason: '无' }, [grid, unitAdmin, self], 'FORBIDDEN'],
      ['reinstateVolunteer', REINSTATE, { id: volunteer.id }, [grid, unitAdmin, self], 'FORBIDDEN'],
      ['updateVolunteer', UPDATE, { id: volunteer.id, version: 1, realName: '外人' }, [grid, unitAdmin], 'FORBIDDEN'],
      ['updateVolunteer', UPDATE, { id: volunteer.id, version: 1, realName: '外人' }, [otherVolunteer, otherCommunityAdmin], 'NOT_FOUND'],
      ['applyAsVolunteer', APPLY, applyInput(d.community), [admin, communityAdmin, grid, unitAdmin], 'FORBIDDEN'],
      ['leaveVolunteering', LEAVE, {}, [admin, communityAdmin, unitAdmin], 'FORBIDDEN'],
      ['claimVolunteerRecord', CLAIM, { code: 'AAAA-BBBB-CCCC' }, [admin, unitAdmin], 'FORBIDDEN'],
      ['reportUnitMembers', REPORT, { organizationId: unit.id, homeCommunityId: d.community.id, members: [{ realName: '某', phone: fakePhone(), isPartyMember: true }] }, [admin, communityAdmin, self], 'FORBIDDEN'],
      ['reissueVolunteerClaimCode', REISSUE, { id: volunteer.id }, [admin, self], 'FORBIDDEN'],
      ['createVolunteerTeam', CREATE_TEAM, { areaId: d.community.id, name: '外人队', leaderId: leader.id }, [otherCommunityAdmin, grid, unitAdmin, self], 'FORBIDDEN'],
      ['updateVolunteerTeam', UPDATE_TEAM, { id: team.team.id, version: 1, name: '外人队' }, [otherCommunityAdmin, grid, unitAdmin, self], 'FORBIDDEN'],
      ['disbandVolunteerTeam', DISBAND_TEAM, { id: team.team.id, reason: '无' }, [otherCommunityAdmin, grid, unitAdmin, self], 'FORBIDDEN'],
    ];
    for (const [name, document, input, tokens, code] of cases) {
      for (const token of tokens) expect(await errorCode(document, input, token), `${name} ${code}`).toBe(code);
      expect(await errorCode(document, input, null), `${name} anonymous`).toBe('UNAUTHENTICATED');
    }
    const after = (await hub.app.db.pool.query(`select (select count(*) from volunteer_history) + (select count(*) from volunteer_team_history) as n`)).rows[0].n;
    expect(after).toBe(before);
  });
});
