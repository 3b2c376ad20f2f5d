import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { ProjectStatus } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { buildProject, buildProjectIn, PrjPropose } from '../kit/projects.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Approve = graphql(`
  mutation PrjApprove($input: ApproveProjectInput!) {
    approveProject(input: $input) { project { id status approvedAt version } userErrors { code field message } }
  }
`);

const Read = graphql(`
  query PrjRead($id: ID!) {
    project(id: $id) {
      id status version title approvedAt evaluation
      proposedBy { id role }
      area { id }
      organization { id }
      organizations { id }
      history { action from to actor { id role } reason occurredAt }
    }
  }
`);

const PublicEvents = graphql(`
  query PrjPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }) { edges { node { type } } } }
`);

const Count = graphql(`query PrjCount($area: ID!) { projects(filter: { areaId: $area }) { totalCount } }`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });
const district = () => as(Role.DISTRICT_ADMIN);

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** What "nothing changed" compares: the project as a district admin reads it, and its events. */
async function state(id: string) {
  const read = await hub.client.data(Read, { id }, await district());
  return { ...read.project, events: (await eventsOf(hub, id)).map((e) => e.type) };
}

const projectCount = async () => (await hub.client.data(Count, { area: d.district.id }, await district())).projects.totalCount;

describe('proposeProject', () => {
  it('records a PROPOSED project of a community admin, with history and an event only its staff see', async () => {
    const token = await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id });
    const data = await hub.client.data(PrjPropose, { input: { areaId: d.community.id, title: '  史家胡同社区"1小时课堂"托管项目 ' } }, token);
    expect(data.proposeProject).toMatchObject({ project: { status: 'PROPOSED', version: 1 }, userErrors: [] });
    const id = data.proposeProject.project!.id;
    const read = await hub.client.data(Read, { id }, token);
    expect(read.project).toMatchObject({
      title: '史家胡同社区"1小时课堂"托管项目', approvedAt: null, area: { id: d.community.id }, organization: null, organizations: [],
      proposedBy: { role: 'COMMUNITY_ADMIN' },
      history: [{ action: 'PROPOSED', from: null, to: 'PROPOSED', actor: { role: 'COMMUNITY_ADMIN' }, reason: null, occurredAt: '2026-11-23T14:00:00.000+08:00' }],
    });
    expect((await eventsOf(hub, id)).map((e) => e.type)).toEqual(['PROJECT_PROPOSED']);
    expect((await hub.client.data(Read, { id })).project).toBeNull();
    const stranger = await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id });
    expect((await hub.client.data(Read, { id }, stranger)).project).toBeNull();
  });

  it.each<[string, Role, keyof District, keyof District]>([
    ['a grid worker in its grid', Role.GRID_WORKER, 'grid', 'grid'],
    ['a street admin in a community of its street', Role.STREET_ADMIN, 'street', 'community'],
    ['a district admin anywhere', Role.DISTRICT_ADMIN, 'district', 'otherCommunity'],
  ])('lets %s propose', async (_label, role, scope, area) => {
    const token = await as(role, { areaId: d[scope].id });
    const data = await hub.client.data(PrjPropose, { input: { areaId: d[area].id, title: '环卫工人爱心驿站项目' } }, token);
    expect(data.proposeProject.project?.status).toBe('PROPOSED');
  });

  it('lets a unit admin propose in its unit\'s area, leading it, and see it while staff of other areas do not', async () => {
    const org = await buildOrganization(hub, d.grid);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const data = await hub.client.data(PrjPropose, { input: { areaId: d.community.id, title: '夜间共享停车项目' } }, token);
    const id = data.proposeProject.project!.id;
    const read = await hub.client.data(Read, { id }, token);
    expect(read.project).toMatchObject({ organization: { id: org.id }, organizations: [{ id: org.id }], proposedBy: { role: 'UNIT_ADMIN' } });
    const other = await buildOrganization(hub, d.grid);
    expect((await hub.client.data(Read, { id }, await as(Role.UNIT_ADMIN, { organizationId: other.id }))).project).toBeNull();
  });

  it('lets area staff name a leading unit, whose admin then sees the proposal', async () => {
    const org = await buildOrganization(hub, d.otherCommunity);
    const id = await buildProject(hub, d.community, { organizationId: org.id });
    const read = await hub.client.data(Read, { id }, await as(Role.UNIT_ADMIN, { organizationId: org.id }));
    expect(read.project?.organization).toEqual({ id: org.id });
  });

  it('refuses callers outside the area, volunteers, other units and anonymous callers, creating nothing', async () => {
    const org = await buildOrganization(hub, d.grid);
    const other = await buildOrganization(hub, d.grid);
    const before = await projectCount();
    const input = { areaId: d.community.id, title: '夜间共享停车项目' };
    expect(await hub.client.errorCode(PrjPropose, { input })).toBe('UNAUTHENTICATED');
    for (const token of [
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
      await as(Role.STREET_ADMIN, { areaId: d.street.id }),
      await as(Role.GRID_WORKER, { areaId: d.grid.id }),
      await as(Role.VOLUNTEER, { areaId: d.community.id }),
      await as(Role.UNIT_ADMIN, { organizationId: org.id }),
    ]) {
      expect(await hub.client.errorCode(PrjPropose, { input: { ...input, areaId: d.otherCommunity.id } }, token)).toBe('FORBIDDEN');
    }
    const unit = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    expect(await hub.client.errorCode(PrjPropose, { input: { ...input, organizationId: other.id } }, unit)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(PrjPropose, { input }, await as(Role.GRID_WORKER, { areaId: d.grid.id }))).toBe('FORBIDDEN');
    expect(await projectCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a blank title', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
    ['a title of 201 characters', { title: '项'.repeat(201) }, 'BAD_USER_INPUT', 'input.title'],
    ['a malformed area id', { areaId: 'not-an-id' }, 'BAD_USER_INPUT', 'input.areaId'],
    ['an organization id given as area', { areaId: 'T3JnYW5pemF0aW9uOjE' }, 'BAD_USER_INPUT', 'input.areaId'],
    ['a malformed organization id', { organizationId: 'x' }, 'BAD_USER_INPUT', 'input.organizationId'],
    ['an unknown area', { areaId: 'QXJlYTo5OTk5OTk5' }, 'NOT_FOUND', 'input.areaId'],
    ['an unknown organization', { organizationId: 'T3JnYW5pemF0aW9uOjk5OTk5OTk' }, 'NOT_FOUND', 'input.organizationId'],
  ])('rejects %s, creating nothing', async (_label, patch, code, field) => {
    const before = await projectCount();
    const result = await hub.client.request(PrjPropose, { input: { areaId: d.community.id, title: '项目', ...patch } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await projectCount()).toBe(before);
  });
});

describe('approveProject', () => {
  it('approves a PROPOSED project for an admin of its area: public from now on, with history and a public event', async () => {
    const id = await buildProject(hub, d.community);
    const publicEvents = async () => (await hub.client.data(PublicEvents, { id })).events.edges.map((e) => e.node.type);
    expect(await publicEvents()).toEqual([]);
    const token = await as(Role.STREET_ADMIN, { areaId: d.street.id });
    const data = await hub.client.data(Approve, { input: { id } }, token);
    expect(data.approveProject).toMatchObject({ project: { status: 'APPROVED', approvedAt: '2026-11-23T14:00:00.000+08:00', version: 2 }, userErrors: [] });
    const anonymous = await hub.client.data(Read, { id });
    expect(anonymous.project?.history.map((h) => [h.action, h.from, h.to])).toEqual([
      ['PROPOSED', null, 'PROPOSED'],
      ['APPROVED', 'PROPOSED', 'APPROVED'],
    ]);
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_APPROVED', data: { from: 'PROPOSED', to: 'APPROVED' } });
    // events are scoped as they were recorded: the proposal's stays with staff and unit
    expect(await publicEvents()).toEqual(['PROJECT_APPROVED']);
  });

  it.each<ProjectStatus>(['APPROVED', 'IN_PROGRESS', 'DONE', 'EVALUATED', 'CANCELLED'])('refuses a %s project as PROJECT_NOT_APPROVABLE, changing nothing', async (status) => {
    const id = await buildProjectIn(hub, d.community, status);
    const before = await state(id);
    const data = await hub.client.data(Approve, { input: { id } }, await district());
    expect(data.approveProject).toMatchObject({ project: null, userErrors: [{ code: 'PROJECT_NOT_APPROVABLE', field: 'input.id' }] });
    expect(await state(id)).toEqual(before);
  });

  it('refuses grid workers, the leading unit, admins of other areas and anonymous callers, changing nothing', async () => {
    const org = await buildOrganization(hub, d.grid);
    const id = await buildProject(hub, d.grid, { organizationId: org.id });
    const before = await state(id);
    expect(await hub.client.errorCode(Approve, { input: { id } })).toBe('UNAUTHENTICATED');
    expect(await hub.client.errorCode(Approve, { input: { id } }, await as(Role.GRID_WORKER, { areaId: d.grid.id }))).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Approve, { input: { id } }, await as(Role.UNIT_ADMIN, { organizationId: org.id }))).toBe('FORBIDDEN');
    // a proposal is not even seen outside its area
    expect(await hub.client.errorCode(Approve, { input: { id } }, await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }))).toBe('NOT_FOUND');
    expect(await state(id)).toEqual(before);
  });

  it('rejects a malformed id and answers NOT_FOUND for an unknown one', async () => {
    const token = await district();
    expect((await hub.client.request(Approve, { input: { id: 'nope' } }, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(await hub.client.errorCode(Approve, { input: { id: 'UHJvamVjdDo5OTk5OTk5' } }, token)).toBe('NOT_FOUND');
  });
});
