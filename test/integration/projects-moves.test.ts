import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { AdvanceProjectInput, ProjectStatus } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { buildProjectIn } from '../kit/projects.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Advance = graphql(`
  mutation PrjMoveAdvance($input: AdvanceProjectInput!) {
    advanceProject(input: $input) { project { id status evaluation evaluationScore version } userErrors { code field message } }
  }
`);

const Cancel = graphql(`
  mutation PrjMoveCancel($input: CancelProjectInput!) {
    cancelProject(input: $input) { project { id status version } userErrors { code field message } }
  }
`);

const Read = graphql(`
  query PrjMoveRead($id: ID!) {
    project(id: $id) { id status version evaluation evaluationScore history { action from to actor { role } reason } }
  }
`);

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

async function state(id: string) {
  const read = await hub.client.data(Read, { id }, await district());
  return { ...read.project, events: (await eventsOf(hub, id)).map((e) => e.type) };
}

const input = (id: string, to: ProjectStatus, patch: Partial<AdvanceProjectInput> = {}): AdvanceProjectInput => ({
  id,
  to,
  ...(to === 'EVALUATED' ? { evaluation: '居民反映接送难题基本解决', evaluationScore: 5 } : {}),
  ...patch,
});

describe('advanceProject', () => {
  it.each<[ProjectStatus, ProjectStatus, Role, 'community' | 'grid']>([
    ['APPROVED', 'IN_PROGRESS', Role.GRID_WORKER, 'grid'],
    ['IN_PROGRESS', 'DONE', Role.COMMUNITY_ADMIN, 'community'],
    ['DONE', 'EVALUATED', Role.COMMUNITY_ADMIN, 'community'],
  ])('moves %s to %s for a %s, with history and an event', async (from, to, role, scope) => {
    const id = await buildProjectIn(hub, d.grid, from);
    const before = await state(id);
    const data = await hub.client.data(Advance, { input: input(id, to) }, await as(role, { areaId: d[scope].id }));
    expect(data.advanceProject).toMatchObject({ project: { status: to, version: before.version! + 1 }, userErrors: [] });
    const after = await state(id);
    expect(after.history?.at(-1)).toEqual({ action: 'ADVANCED', from, to, actor: { role }, reason: null });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_ADVANCED', data: { from, to } });
    if (to === 'EVALUATED') expect(after).toMatchObject({ evaluation: '居民反映接送难题基本解决', evaluationScore: 5 });
  });

  it('lets the leading unit start and finish its project', async () => {
    const org = await buildOrganization(hub, d.grid);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const id = await buildProjectIn(hub, d.community, 'APPROVED', { organizationId: org.id });
    expect((await hub.client.data(Advance, { input: input(id, 'IN_PROGRESS') }, token)).advanceProject.project?.status).toBe('IN_PROGRESS');
    expect((await hub.client.data(Advance, { input: input(id, 'DONE') }, token)).advanceProject.project?.status).toBe('DONE');
  });

  it.each<[ProjectStatus, ProjectStatus]>([
    ['PROPOSED', 'IN_PROGRESS'],
    ['APPROVED', 'DONE'],
    ['APPROVED', 'EVALUATED'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'EVALUATED'],
    ['DONE', 'IN_PROGRESS'],
    ['EVALUATED', 'EVALUATED'],
    ['CANCELLED', 'IN_PROGRESS'],
    ['CANCELLED', 'EVALUATED'],
  ])('refuses to move a %s project to %s as PROJECT_NOT_ADVANCEABLE, changing nothing', async (from, to) => {
    const id = await buildProjectIn(hub, d.community, from);
    const before = await state(id);
    const data = await hub.client.data(Advance, { input: input(id, to) }, await district());
    expect(data.advanceProject).toMatchObject({ project: null, userErrors: [{ code: 'PROJECT_NOT_ADVANCEABLE', field: 'input.id' }] });
    expect(await state(id)).toEqual(before);
  });

  it('leaves the evaluation to admins of the area: grid workers and the leading unit are refused, changing nothing', async () => {
    const org = await buildOrganization(hub, d.grid);
    const id = await buildProjectIn(hub, d.grid, 'DONE', { organizationId: org.id });
    const before = await state(id);
    for (const token of [await as(Role.GRID_WORKER, { areaId: d.grid.id }), await as(Role.UNIT_ADMIN, { organizationId: org.id })]) {
      expect(await hub.client.errorCode(Advance, { input: input(id, 'EVALUATED') }, token)).toBe('FORBIDDEN');
    }
    expect(await state(id)).toEqual(before);
  });

  it('refuses callers outside the project\'s scope and anonymous callers, changing nothing', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const before = await state(id);
    const other = await buildOrganization(hub, d.community);
    expect(await hub.client.errorCode(Advance, { input: input(id, 'IN_PROGRESS') })).toBe('UNAUTHENTICATED');
    for (const token of [
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
      await as(Role.GRID_WORKER, { areaId: d.grid.id }),
      await as(Role.UNIT_ADMIN, { organizationId: other.id }),
      await as(Role.VOLUNTEER, { areaId: d.community.id }),
    ]) {
      expect(await hub.client.errorCode(Advance, { input: input(id, 'IN_PROGRESS') }, token)).toBe('FORBIDDEN');
    }
    expect(await state(id)).toEqual(before);
  });

  it.each<[string, Partial<AdvanceProjectInput>, string]>([
    ['a move to APPROVED', { to: 'APPROVED' }, 'input.to'],
    ['a move to CANCELLED', { to: 'CANCELLED' }, 'input.to'],
    ['EVALUATED without an evaluation', { to: 'EVALUATED', evaluation: null }, 'input.evaluation'],
    ['EVALUATED with a blank evaluation', { to: 'EVALUATED', evaluation: '  ' }, 'input.evaluation'],
    ['a score of 6', { to: 'EVALUATED', evaluation: '好', evaluationScore: 6 }, 'input.evaluationScore'],
    ['a score of 0', { to: 'EVALUATED', evaluation: '好', evaluationScore: 0 }, 'input.evaluationScore'],
    ['an evaluation on the way to IN_PROGRESS', { evaluation: '好' }, 'input.evaluation'],
    ['a score on the way to IN_PROGRESS', { evaluationScore: 3 }, 'input.evaluationScore'],
  ])('rejects %s as BAD_USER_INPUT, changing nothing', async (_label, patch, field) => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const before = await state(id);
    const result = await hub.client.request(Advance, { input: { ...input(id, 'IN_PROGRESS'), ...patch } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state(id)).toEqual(before);
  });
});

describe('cancelProject', () => {
  it.each<[ProjectStatus, Role, 'community' | 'street']>([
    ['PROPOSED', Role.COMMUNITY_ADMIN, 'community'],
    ['APPROVED', Role.STREET_ADMIN, 'street'],
    ['IN_PROGRESS', Role.COMMUNITY_ADMIN, 'community'],
  ])('cancels a %s project for a %s, with the reason in its history and event', async (from, role, scope) => {
    const id = await buildProjectIn(hub, d.community, from);
    const data = await hub.client.data(Cancel, { input: { id, reason: ' 场地改建，无法继续 ' } }, await as(role, { areaId: d[scope].id }));
    expect(data.cancelProject).toMatchObject({ project: { status: 'CANCELLED' }, userErrors: [] });
    expect((await state(id)).history?.at(-1)).toEqual({ action: 'CANCELLED', from, to: 'CANCELLED', actor: { role }, reason: '场地改建，无法继续' });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_CANCELLED', data: { from, to: 'CANCELLED', reason: '场地改建，无法继续' } });
  });

  it('lets the leading unit withdraw its own proposal', async () => {
    const org = await buildOrganization(hub, d.grid);
    const id = await buildProjectIn(hub, d.community, 'PROPOSED', { organizationId: org.id });
    const data = await hub.client.data(Cancel, { input: { id, reason: '单位调整' } }, await as(Role.UNIT_ADMIN, { organizationId: org.id }));
    expect(data.cancelProject.project?.status).toBe('CANCELLED');
  });

  it.each<ProjectStatus>(['DONE', 'EVALUATED', 'CANCELLED'])('refuses a %s project as PROJECT_NOT_CANCELLABLE, changing nothing', async (from) => {
    const id = await buildProjectIn(hub, d.community, from);
    const before = await state(id);
    const data = await hub.client.data(Cancel, { input: { id, reason: '重复' } }, await district());
    expect(data.cancelProject).toMatchObject({ project: null, userErrors: [{ code: 'PROJECT_NOT_CANCELLABLE', field: 'input.id' }] });
    expect(await state(id)).toEqual(before);
  });

  it('refuses grid workers, other units, admins of other areas and anonymous callers, changing nothing', async () => {
    const id = await buildProjectIn(hub, d.grid, 'APPROVED');
    const before = await state(id);
    const other = await buildOrganization(hub, d.grid);
    expect(await hub.client.errorCode(Cancel, { input: { id, reason: '不需要' } })).toBe('UNAUTHENTICATED');
    for (const token of [
      await as(Role.GRID_WORKER, { areaId: d.grid.id }),
      await as(Role.UNIT_ADMIN, { organizationId: other.id }),
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
    ]) {
      expect(await hub.client.errorCode(Cancel, { input: { id, reason: '不需要' } }, token)).toBe('FORBIDDEN');
    }
    expect(await state(id)).toEqual(before);
  });

  it('rejects a blank reason as BAD_USER_INPUT, changing nothing', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const before = await state(id);
    const result = await hub.client.request(Cancel, { input: { id, reason: ' ' } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await state(id)).toEqual(before);
  });
});
