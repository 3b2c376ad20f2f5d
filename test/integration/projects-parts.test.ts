import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { ProjectStatus } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, buildResource, eventsOf, type District } from '../kit/builders.js';
import { buildProjectIn, insertDemand, moveProject } from '../kit/projects.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const LinkDemands = graphql(`
  mutation PrjLinkDemands($input: LinkDemandsToProjectInput!) {
    linkDemandsToProject(input: $input) { project { id version demandCount } userErrors { code field message } }
  }
`);

const LinkResources = graphql(`
  mutation PrjLinkResources($input: LinkResourcesToProjectInput!) {
    linkResourcesToProject(input: $input) {
      project { id version resources { id } organizations { id } }
      userErrors { code field message }
    }
  }
`);

const AddMilestone = graphql(`
  mutation PrjAddMilestone($input: AddProjectMilestoneInput!) {
    addProjectMilestone(input: $input) { project { id milestones { id title dueDate completedAt completedBy } } userErrors { code field message } }
  }
`);

const CompleteMilestone = graphql(`
  mutation PrjCompleteMilestone($input: CompleteProjectMilestoneInput!) {
    completeProjectMilestone(input: $input) { project { id milestones { id completedAt completedBy } } userErrors { code field message } }
  }
`);

const AddNote = graphql(`
  mutation PrjAddNote($input: AddProjectNoteInput!) {
    addProjectNote(input: $input) { project { id notes { text author { role } createdAt } } userErrors { code field message } }
  }
`);

const Read = graphql(`
  query PrjPartsRead($id: ID!) {
    project(id: $id) {
      id status version demandCount
      resources { id } organizations { id }
      milestones { id completedAt } notes { text }
      history { action detail }
    }
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

describe('linkDemandsToProject', () => {
  it('links demands of the project\'s area and below once, with history and an event naming them', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const [a, b] = [await insertDemand(hub.app.db.pool, d.grid), await insertDemand(hub.app.db.pool, d.community)];
    const token = await as(Role.GRID_WORKER, { areaId: d.community.id });
    const data = await hub.client.data(LinkDemands, { input: { id, demandIds: [a.id, b.id, a.id] } }, token);
    expect(data.linkDemandsToProject).toMatchObject({ project: { demandCount: 2, version: 3 }, userErrors: [] });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_DEMANDS_LINKED', data: { demandIds: [a.id, b.id] } });
    expect((await state(id)).history?.at(-1)).toEqual({ action: 'DEMANDS_LINKED', detail: '2 demand(s)' });

    const before = await state(id);
    const again = await hub.client.data(LinkDemands, { input: { id, demandIds: [b.id] } }, token);
    expect(again.linkDemandsToProject).toMatchObject({ project: { demandCount: 2, version: 3 }, userErrors: [] });
    expect(await state(id)).toEqual(before);
  });

  it('refuses a demand outside the project\'s area as DEMAND_NOT_IN_AREA, linking none', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const inside = await insertDemand(hub.app.db.pool, d.grid);
    const outside = await insertDemand(hub.app.db.pool, d.neighbourCommunity);
    const before = await state(id);
    const data = await hub.client.data(LinkDemands, { input: { id, demandIds: [inside.id, outside.id] } }, await district());
    expect(data.linkDemandsToProject).toMatchObject({ project: null, userErrors: [{ code: 'DEMAND_NOT_IN_AREA', field: 'input.demandIds[1]' }] });
    expect(await state(id)).toEqual(before);
  });

  it('answers NOT_FOUND for a demand the caller may not see, linking none', async () => {
    const org = await buildOrganization(hub, d.grid);
    const id = await buildProjectIn(hub, d.community, 'APPROVED', { organizationId: org.id });
    const taken = await insertDemand(hub.app.db.pool, d.grid, { takenBy: org.rowId });
    const hidden = await insertDemand(hub.app.db.pool, d.grid);
    const before = await state(id);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const result = await hub.client.request(LinkDemands, { input: { id, demandIds: [taken.id, hidden.id] } }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.demandIds[1]' });
    expect(await state(id)).toEqual(before);
    expect((await hub.client.data(LinkDemands, { input: { id, demandIds: [taken.id] } }, token)).linkDemandsToProject.project?.demandCount).toBe(1);
  });

  it.each<[string, string[] | ((demand: string) => string[]), string]>([
    ['an empty list', [], 'input.demandIds'],
    ['101 ids', (demand) => Array.from({ length: 101 }, () => demand), 'input.demandIds'],
    ['a malformed id', (demand) => [demand, 'nope'], 'input.demandIds[1]'],
    ['a resource id', () => [toGlobalId('Resource', 1)], 'input.demandIds[0]'],
  ])('rejects %s as BAD_USER_INPUT, linking none', async (_label, ids, field) => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const demand = await insertDemand(hub.app.db.pool, d.grid);
    const before = await state(id);
    const demandIds = typeof ids === 'function' ? ids(demand.id) : ids;
    const result = await hub.client.request(LinkDemands, { input: { id, demandIds } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state(id)).toEqual(before);
  });

  it('refuses callers outside the project\'s scope and anonymous callers, linking none', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const demand = await insertDemand(hub.app.db.pool, d.grid);
    const other = await buildOrganization(hub, d.grid);
    const before = await state(id);
    const input = { id, demandIds: [demand.id] };
    expect(await hub.client.errorCode(LinkDemands, { input })).toBe('UNAUTHENTICATED');
    for (const token of [await as(Role.UNIT_ADMIN, { organizationId: other.id }), await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id })]) {
      expect(await hub.client.errorCode(LinkDemands, { input }, token)).toBe('FORBIDDEN');
    }
    expect(await state(id)).toEqual(before);
  });
});

describe('linkResourcesToProject', () => {
  it('links PUBLISHED resources and their units, once each, with history and an event', async () => {
    const owner = await buildOrganization(hub, d.grid);
    const unit = await buildOrganization(hub, d.otherCommunity);
    const id = await buildProjectIn(hub, d.community, 'IN_PROGRESS', { organizationId: owner.id });
    const [r1, r2] = [await buildResource(hub, unit.id), await buildResource(hub, unit.id, { kind: 'TOILET' })];
    const data = await hub.client.data(LinkResources, { input: { id, resourceIds: [r1.id, r2.id] } }, await as(Role.UNIT_ADMIN, { organizationId: owner.id }));
    expect(data.linkResourcesToProject).toMatchObject({
      project: { resources: [{ id: r1.id }, { id: r2.id }], organizations: [{ id: owner.id }, { id: unit.id }] },
      userErrors: [],
    });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_RESOURCES_LINKED', data: { resourceIds: [r1.id, r2.id], organizationIds: [unit.id] } });
    expect((await state(id)).history?.at(-1)).toEqual({ action: 'RESOURCES_LINKED', detail: '2 resource(s), 1 new unit(s)' });
  });

  it('refuses a resource that is not PUBLISHED as RESOURCE_NOT_PUBLISHED, linking none', async () => {
    const unit = await buildOrganization(hub, d.community);
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const [published, draft] = [await buildResource(hub, unit.id), await buildResource(hub, unit.id, { publish: false })];
    const before = await state(id);
    const data = await hub.client.data(LinkResources, { input: { id, resourceIds: [published.id, draft.id] } }, await district());
    expect(data.linkResourcesToProject).toMatchObject({ project: null, userErrors: [{ code: 'RESOURCE_NOT_PUBLISHED', field: 'input.resourceIds[1]' }] });
    expect(await state(id)).toEqual(before);
  });

  it('rejects bad lists and unknown resources, and refuses callers outside the scope, linking none', async () => {
    const unit = await buildOrganization(hub, d.community);
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const resource = await buildResource(hub, unit.id);
    const before = await state(id);
    const token = await district();
    expect((await hub.client.request(LinkResources, { input: { id, resourceIds: [] } }, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resourceIds' });
    expect(await hub.client.errorCode(LinkResources, { input: { id, resourceIds: [toGlobalId('Resource', '9999999')] } }, token)).toBe('NOT_FOUND');
    expect(await hub.client.errorCode(LinkResources, { input: { id, resourceIds: [resource.id] } }, await as(Role.UNIT_ADMIN, { organizationId: unit.id }))).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(LinkResources, { input: { id, resourceIds: [resource.id] } })).toBe('UNAUTHENTICATED');
    expect(await state(id)).toEqual(before);
  });
});

describe('milestones', () => {
  it('adds milestones in due-date order and completes one once, each with history and an event', async () => {
    const id = await buildProjectIn(hub, d.community, 'IN_PROGRESS');
    const token = await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id });
    await hub.client.data(AddMilestone, { input: { id, title: '招募志愿者教师', dueDate: '2026-12-20' } }, token);
    const added = await hub.client.data(AddMilestone, { input: { id, title: ' 场地安全检查 ', dueDate: '2026-12-01' } }, token);
    const milestones = added.addProjectMilestone.project!.milestones;
    expect(milestones.map((m) => [m.title, m.dueDate, m.completedAt])).toEqual([['场地安全检查', '2026-12-01', null], ['招募志愿者教师', '2026-12-20', null]]);
    expect((await eventsOf(hub, id)).at(-1)).toEqual({
      type: 'PROJECT_MILESTONE_ADDED', data: { milestoneId: milestones[0].id, title: '场地安全检查', dueDate: '2026-12-01' },
    });

    const done = await hub.client.data(CompleteMilestone, { input: { milestoneId: milestones[0].id } }, token);
    expect(done.completeProjectMilestone.project!.milestones[0]).toMatchObject({ completedAt: '2026-11-23T14:00:00.000+08:00', completedBy: expect.stringMatching(/^test-COMMUNITY_ADMIN/) });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_MILESTONE_COMPLETED', data: { milestoneId: milestones[0].id, title: '场地安全检查' } });
    expect((await state(id)).history?.slice(-3)).toEqual([
      { action: 'MILESTONE_ADDED', detail: '招募志愿者教师 (2026-12-20)' },
      { action: 'MILESTONE_ADDED', detail: '场地安全检查 (2026-12-01)' },
      { action: 'MILESTONE_COMPLETED', detail: '场地安全检查' },
    ]);

    const before = await state(id);
    const again = await hub.client.data(CompleteMilestone, { input: { milestoneId: milestones[0].id } }, token);
    expect(again.completeProjectMilestone).toMatchObject({ project: null, userErrors: [{ code: 'MILESTONE_ALREADY_COMPLETED', field: 'input.milestoneId' }] });
    expect(await state(id)).toEqual(before);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a blank title', { title: ' ' }, 'input.title'],
    ['a due date of 2026-02-30', { dueDate: '2026-02-30' }, 'input.dueDate'],
    ['a due date written 2026/12/01', { dueDate: '2026/12/01' }, 'input.dueDate'],
  ])('rejects %s as BAD_USER_INPUT, adding nothing', async (_label, patch, field) => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const before = await state(id);
    const result = await hub.client.request(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31', ...patch } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state(id)).toEqual(before);
  });

  it('refuses callers outside the scope and a malformed milestone id, changing nothing', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const added = await hub.client.data(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31' } }, await district());
    const milestoneId = added.addProjectMilestone.project!.milestones[0].id;
    const before = await state(id);
    const stranger = await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id });
    expect(await hub.client.errorCode(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31' } }, stranger)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(CompleteMilestone, { input: { milestoneId } }, stranger)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(CompleteMilestone, { input: { milestoneId } })).toBe('UNAUTHENTICATED');
    expect(await hub.client.errorCode(CompleteMilestone, { input: { milestoneId: id } }, await district())).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(CompleteMilestone, { input: { milestoneId: toGlobalId('ProjectMilestone', '9999999') } }, await district())).toBe('NOT_FOUND');
    expect(await state(id)).toEqual(before);
  });
});

describe('addProjectNote', () => {
  it('adds notes of area staff and of the units taking part, with history and an event', async () => {
    const unit = await buildOrganization(hub, d.community);
    const id = await buildProjectIn(hub, d.community, 'IN_PROGRESS');
    await hub.client.data(LinkResources, { input: { id, resourceIds: [(await buildResource(hub, unit.id)).id] } }, await district());
    await hub.client.data(AddNote, { input: { id, text: '首期课堂开课，32名学生参加' } }, await as(Role.GRID_WORKER, { areaId: d.community.id }));
    const data = await hub.client.data(AddNote, { input: { id, text: '本单位新增两名志愿者教师' } }, await as(Role.UNIT_ADMIN, { organizationId: unit.id }));
    expect(data.addProjectNote.project!.notes).toEqual([
      { text: '首期课堂开课，32名学生参加', author: { role: 'GRID_WORKER' }, createdAt: '2026-11-23T14:00:00.000+08:00' },
      { text: '本单位新增两名志愿者教师', author: { role: 'UNIT_ADMIN' }, createdAt: '2026-11-23T14:00:00.000+08:00' },
    ]);
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'PROJECT_NOTE_ADDED', data: { text: '本单位新增两名志愿者教师' } });
    expect((await state(id)).history?.at(-1)).toEqual({ action: 'NOTE_ADDED', detail: '本单位新增两名志愿者教师' });
  });

  it('refuses units not taking part and anonymous callers, and rejects a blank note, changing nothing', async () => {
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const other = await buildOrganization(hub, d.community);
    const before = await state(id);
    expect(await hub.client.errorCode(AddNote, { input: { id, text: '进展' } }, await as(Role.UNIT_ADMIN, { organizationId: other.id }))).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(AddNote, { input: { id, text: '进展' } })).toBe('UNAUTHENTICATED');
    const blank = await hub.client.request(AddNote, { input: { id, text: '  ' } }, { token: await district() });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    expect(await state(id)).toEqual(before);
  });
});

describe('a closed project', () => {
  it.each<[ProjectStatus, ProjectStatus[]]>([
    ['DONE', ['IN_PROGRESS', 'DONE']],
    ['EVALUATED', ['IN_PROGRESS', 'DONE', 'EVALUATED']],
    ['CANCELLED', ['CANCELLED']],
  ])('refuses every edit of a %s project as PROJECT_CLOSED, changing nothing', async (_status, steps) => {
    const unit = await buildOrganization(hub, d.community);
    const resource = await buildResource(hub, unit.id);
    const demand = await insertDemand(hub.app.db.pool, d.grid);
    const id = await buildProjectIn(hub, d.community, 'APPROVED');
    const token = await district();
    const added = await hub.client.data(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31' } }, token);
    const milestoneId = added.addProjectMilestone.project!.milestones[0].id;
    await moveProject(hub, id, steps);
    const before = await state(id);
    const results = [
      (await hub.client.data(LinkDemands, { input: { id, demandIds: [demand.id] } }, token)).linkDemandsToProject.userErrors,
      (await hub.client.data(LinkResources, { input: { id, resourceIds: [resource.id] } }, token)).linkResourcesToProject.userErrors,
      (await hub.client.data(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31' } }, token)).addProjectMilestone.userErrors,
      (await hub.client.data(AddNote, { input: { id, text: '进展' } }, token)).addProjectNote.userErrors,
    ];
    for (const errors of results) expect(errors).toMatchObject([{ code: 'PROJECT_CLOSED', field: 'input.id' }]);
    const complete = await hub.client.data(CompleteMilestone, { input: { milestoneId } }, token);
    expect(complete.completeProjectMilestone.userErrors).toMatchObject([{ code: 'PROJECT_CLOSED', field: 'input.milestoneId' }]);
    expect(await state(id)).toEqual(before);
  });
});
