import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, buildResource } from '../kit/builders.js';
import { buildProject, buildProjectIn, insertDemand } from '../kit/projects.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const LinkDemands = graphql(`
  mutation PrjReadsLink($input: LinkDemandsToProjectInput!) { linkDemandsToProject(input: $input) { userErrors { code } } }
`);

const Demands = graphql(`
  query PrjDemands($id: ID!, $area: ID!) {
    project(id: $id) { demandCount demands { id title description } }
    node(id: $id) { __typename ... on Project { demandCount demands { id title } } }
    projects(filter: { areaId: $area }) { edges { node { id demandCount demands { id } } } }
  }
`);

const List = graphql(`
  query PrjList($filter: ProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {
    projects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id status title area { name } organization { id } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const Node = graphql(`query PrjNode($id: ID!) { node(id: $id) { id ... on Project { title status } } }`);

const Statistics = graphql(`query PrjStatistics($id: ID!) { area(id: $id) { projectStatistics { status count } } }`);

const Everything = graphql(`
  query PrjEverything($area: ID!) {
    projects(filter: { areaId: $area }, first: 50) {
      edges {
        node {
          id title status proposedBy { role }
          area { name parent { name } } organization { name }
          organizations { name } resources { title } demandCount demands { title }
          milestones { title } notes { text } history { action }
        }
      }
    }
  }
`);

const AddNote = graphql(`
  mutation PrjReadsNote($input: AddProjectNoteInput!) { addProjectNote(input: $input) { userErrors { code } } }
`);
const AddMilestone = graphql(`
  mutation PrjReadsMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }
`);
const LinkResources = graphql(`
  mutation PrjReadsResources($input: LinkResourcesToProjectInput!) { linkResourcesToProject(input: $input) { userErrors { code } } }
`);

let hub: TestHub;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });
const district = () => as(Role.DISTRICT_ADMIN);

beforeAll(async () => {
  hub = await startTestHub();
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

describe('Project.demands', () => {
  it('shows demand details only to staff of their area and the unit that took one; everyone else gets the count', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const taker = await buildOrganization(hub, d.grid);
    const stranger = await buildOrganization(hub, d.grid);
    const id = await buildProjectIn(hub, d.community, 'IN_PROGRESS');
    const taken = await insertDemand(hub.app.db.pool, d.grid, { takenBy: taker.rowId, title: '接送孩子放学' });
    const open = await insertDemand(hub.app.db.pool, d.community, { title: '老人日间照料' });
    await hub.client.data(LinkDemands, { input: { id, demandIds: [taken.id, open.id] } }, await district());

    const read = async (token?: string) => {
      const data = await hub.client.data(Demands, { id, area: d.community.id }, token);
      const ids = (demands: { id: string }[] | undefined) => demands?.map((x) => x.id);
      return {
        count: data.project?.demandCount,
        viaProject: ids(data.project?.demands),
        viaNode: data.node?.__typename === 'Project' ? ids(data.node.demands) : 'no node',
        viaList: ids(data.projects.edges[0]?.node.demands),
      };
    };
    const all = { count: 2, viaProject: [taken.id, open.id], viaNode: [taken.id, open.id], viaList: [taken.id, open.id] };
    const none = { count: 2, viaProject: [], viaNode: [], viaList: [] };
    expect(await read(await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id }))).toEqual(all);
    expect(await read(await as(Role.GRID_WORKER, { areaId: d.community.id }))).toEqual(all);
    expect(await read(await as(Role.UNIT_ADMIN, { organizationId: taker.id }))).toEqual({ count: 2, viaProject: [taken.id], viaNode: [taken.id], viaList: [taken.id] });
    expect(await read(await as(Role.UNIT_ADMIN, { organizationId: stranger.id }))).toEqual(none);
    expect(await read(await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }))).toEqual(none);
    expect(await read(await as(Role.VOLUNTEER, { areaId: d.community.id }))).toEqual(none);
    expect(await read()).toEqual(none);
  });
});

describe('projects', () => {
  it('lists approved projects for anyone and proposals for their staff and unit, filtered by area, status and unit', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const unit = await buildOrganization(hub, d.grid);
    const proposed = await buildProject(hub, d.community, { organizationId: unit.id });
    const approved = await buildProjectIn(hub, d.grid, 'APPROVED');
    const done = await buildProjectIn(hub, d.neighbourCommunity, 'DONE');
    const cancelledEarly = await buildProjectIn(hub, d.community, 'CANCELLED');
    const elsewhere = await buildProjectIn(hub, d.otherCommunity, 'IN_PROGRESS', { organizationId: unit.id });
    const ids = async (filter: object, token?: string) =>
      (await hub.client.data(List, { filter }, token)).projects.edges.map((e) => e.node.id);

    expect(await ids({ areaId: d.street.id })).toEqual([approved, done]);
    expect(await ids({ areaId: d.district.id }, await district())).toEqual([proposed, approved, done, cancelledEarly, elsewhere]);
    expect(await ids({ areaId: d.street.id }, await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id }))).toEqual([proposed, approved, done, cancelledEarly]);
    expect(await ids({ areaId: d.district.id }, await as(Role.UNIT_ADMIN, { organizationId: unit.id }))).toEqual([proposed, approved, done, elsewhere]);
    expect(await ids({ areaId: d.district.id, statuses: ['DONE', 'IN_PROGRESS'] })).toEqual([done, elsewhere]);
    expect(await ids({ organizationId: unit.id })).toEqual([elsewhere]);
    expect(await ids({ organizationId: unit.id }, await district())).toEqual([proposed, elsewhere]);
    const page = await hub.client.data(List, { filter: { areaId: d.street.id } });
    expect(page.projects).toMatchObject({ totalCount: 2, edges: [{ node: { status: 'APPROVED', area: { name: '第一网格' } } }, {}] });
  });

  it('pages forwards and backwards in id order, and rejects a cursor of another list', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const all = [];
    for (let i = 0; i < 5; i++) all.push(await buildProjectIn(hub, d.community, 'APPROVED'));
    const filter = { areaId: d.community.id };
    const first = await hub.client.data(List, { filter, first: 2 });
    expect(first.projects.edges.map((e) => e.node.id)).toEqual(all.slice(0, 2));
    expect(first.projects.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await hub.client.data(List, { filter, first: 2, after: first.projects.pageInfo.endCursor });
    expect(second.projects.edges.map((e) => e.node.id)).toEqual(all.slice(2, 4));
    const last = await hub.client.data(List, { filter, last: 2 });
    expect(last.projects.edges.map((e) => e.node.id)).toEqual(all.slice(3));
    expect(last.projects.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await hub.client.data(List, { filter, last: 2, before: last.projects.pageInfo.startCursor });
    expect(before.projects.edges.map((e) => e.node.id)).toEqual(all.slice(1, 3));
    const bad = await hub.client.request(List, { filter, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers node(id) for a visible project and null for a hidden proposal', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const proposed = await buildProject(hub, d.community, { title: '建国门街道夜间共享停车项目' });
    expect((await hub.client.data(Node, { id: proposed }, await district())).node).toEqual({ id: proposed, title: '建国门街道夜间共享停车项目', status: 'PROPOSED' });
    expect((await hub.client.data(Node, { id: proposed })).node).toBeNull();
  });

  it('reads a page with every nested field in a fixed number of statements, however many projects', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const token = await district();
    const unit = await buildOrganization(hub, d.community);
    const resource = await buildResource(hub, unit.id);
    const grow = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const id = await buildProjectIn(hub, d.community, 'IN_PROGRESS', { organizationId: unit.id });
        const demand = await insertDemand(hub.app.db.pool, d.grid);
        await hub.client.data(LinkDemands, { input: { id, demandIds: [demand.id] } }, token);
        await hub.client.data(LinkResources, { input: { id, resourceIds: [resource.id] } }, token);
        await hub.client.data(AddMilestone, { input: { id, title: '验收', dueDate: '2026-12-31' } }, token);
        await hub.client.data(AddNote, { input: { id, text: '进展顺利' } }, token);
      }
    };
    const measure = async () => (await countStatements(() => hub.client.data(Everything, { area: d.community.id }, token))).count;
    await grow(2);
    const few = await measure();
    await grow(4);
    const many = await measure();
    expect(many).toBe(few);
    // the page with its to-one relations, then one batch per list field: organizations, resources, demandCount,
    // demands, milestones, notes, history
    expect(few).toBe(8);
  });
});

describe('Area.projectStatistics', () => {
  it('counts the projects of an area and below it by status, every status listed', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    await buildProjectIn(hub, d.grid, 'APPROVED');
    await buildProjectIn(hub, d.community, 'APPROVED');
    await buildProjectIn(hub, d.community, 'PROPOSED');
    await buildProjectIn(hub, d.neighbourCommunity, 'EVALUATED');
    await buildProjectIn(hub, d.otherCommunity, 'CANCELLED');
    const stats = async (id: string) => Object.fromEntries((await hub.client.data(Statistics, { id })).area!.projectStatistics.map((s) => [s.status, s.count]));
    expect(await stats(d.street.id)).toEqual({ PROPOSED: 1, APPROVED: 2, IN_PROGRESS: 0, DONE: 0, EVALUATED: 1, CANCELLED: 0 });
    expect(await stats(d.grid.id)).toEqual({ PROPOSED: 0, APPROVED: 1, IN_PROGRESS: 0, DONE: 0, EVALUATED: 0, CANCELLED: 0 });
    expect(await stats(d.district.id)).toEqual({ PROPOSED: 1, APPROVED: 2, IN_PROGRESS: 0, DONE: 0, EVALUATED: 1, CANCELLED: 1 });
  });
});
