import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { demandInput, districtToken, insertGrid, listIn, moveList, placedDemand, postDemand } from '../kit/demands.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Seen = graphql(`
  query DemSeen($id: ID!, $area: ID!, $list: ID!) {
    demand(id: $id) { id description orderedBy location { lat lng } }
    node(id: $id) { id ... on Demand { description } }
    nodes(ids: [$id]) { id }
    demands(filter: { areaId: $area }) { totalCount edges { node { id description } } }
    demandList(id: $list) { id demands { totalCount edges { node { id description } } } }
    events(filter: { subjectIds: [$id] }) { edges { node { type subject { id } } } }
    demandEvents: events(filter: { types: [DEMAND_POSTED, DEMAND_PLACED, DEMAND_TAKEN, DEMAND_UPDATED, DEMAND_CANCELLED, DEMAND_EXPIRED] }) {
      edges { node { subjectId } }
    }
    area(id: $area) { demandStatistics { status kind count quantity } }
  }
`);

const Take = graphql(`
  mutation DemPrivacyTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }
`);

const Place = graphql(`
  mutation DemPrivacyPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id description } userErrors { code } } }
`);

const Update = graphql(`
  mutation DemPrivacyUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id description } userErrors { code } } }
`);

const Lists = graphql(`
  query DemPrivacyLists($id: ID!, $area: ID!) {
    demandList(id: $id) { id }
    node(id: $id) { id }
    demandLists(filter: { areaId: $area }) { edges { node { id } } }
  }
`);

let hub: TestHub;
let d: District;
let demandId: string;
let listId: string;
let unitToken: string;
const tokens: Record<string, () => Promise<string | undefined>> = {};

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  const unit = await buildOrganization(hub, d.community);
  const otherUnit = await buildOrganization(hub, d.community);
  const otherGrid = await insertGrid(hub.app.db.pool, d.community);
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id });
  // placed, taken, and collected into a list that is then published: the list is public, the demand is not
  listId = await listIn(hub, d.grid);
  const token = await districtToken(hub);
  demandId = (await postDemand(hub, d.grid, { demandListId: listId }, token)).id;
  await hub.client.data(Place, { input: { id: demandId } }, token);
  await hub.client.data(Take, { input: { id: demandId } }, unitToken);
  await moveList(hub, listId, ['submit', 'publish']);
  Object.assign(tokens, {
    anonymous: async () => undefined,
    'a unit admin of another unit': () => hub.token({ role: Role.UNIT_ADMIN, organizationId: otherUnit.id }),
    'a grid worker of another grid of the community': () => hub.token({ role: Role.GRID_WORKER, areaId: otherGrid.id }),
    'the admin of another community': () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id }),
    'a volunteer of the area who did not take it': () => hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }),
  });
});
afterAll(() => hub?.close());

describe('who reads a demand', () => {
  it.each([
    ['the grid worker of its grid', () => hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id })],
    ['the community admin', () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id })],
    ['the street admin', () => hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id })],
  ])('%s reads its details by every path', async (_who, token) => {
    const data = await hub.client.data(Seen, { id: demandId, area: d.grid.id, list: listId }, await token());
    expect(data.demand).toMatchObject({ id: demandId, description: demandInput(d.grid).description, orderedBy: '3号楼王阿姨' });
    expect(data.node).toMatchObject({ id: demandId, description: demandInput(d.grid).description });
    expect(data.nodes).toEqual([{ id: demandId }]);
    expect(data.demands.edges.map((e) => e.node.id)).toContain(demandId);
    expect(data.demandList!.demands.edges).toEqual([{ node: { id: demandId, description: demandInput(d.grid).description } }]);
    expect(data.events.edges.map((e) => e.node.type)).toEqual(['DEMAND_POSTED', 'DEMAND_PLACED', 'DEMAND_TAKEN']);
    expect(data.events.edges.every((e) => e.node.subject?.id === demandId)).toBe(true);
  });

  it('the unit that took it reads its details, and from then on its events', async () => {
    const data = await hub.client.data(Seen, { id: demandId, area: d.grid.id, list: listId }, unitToken);
    expect(data.demand).toMatchObject({ id: demandId, description: demandInput(d.grid).description });
    expect(data.node).toMatchObject({ id: demandId });
    expect(data.demands).toMatchObject({ totalCount: 1, edges: [{ node: { id: demandId } }] });
    expect(data.demandList!.demands).toMatchObject({ totalCount: 1, edges: [{ node: { id: demandId } }] });
    expect(data.events.edges.map((e) => e.node)).toEqual([{ type: 'DEMAND_TAKEN', subject: { id: demandId } }]);
  });

  it.each(['anonymous', 'a unit admin of another unit', 'a grid worker of another grid of the community', 'the admin of another community', 'a volunteer of the area who did not take it'])(
    '%s cannot read it by any path: demand, node, nodes, demands, a list\'s demands, events',
    async (who) => {
      const token = await tokens[who]!();
      const data = await hub.client.data(Seen, { id: demandId, area: d.grid.id, list: listId }, token);
      expect(data.demand).toBeNull();
      expect(data.node).toBeNull();
      expect(data.nodes).toEqual([null]);
      expect(data.demands).toEqual({ totalCount: 0, edges: [] });
      // the published list itself is public, its demands are not
      expect(data.demandList).toEqual({ id: listId, demands: { totalCount: 0, edges: [] } });
      expect(data.events.edges).toEqual([]);
      expect(data.demandEvents.edges.map((e) => e.node.subjectId)).not.toContain(demandId);
      // the counts stay public
      expect(data.area!.demandStatistics).toContainEqual({ status: 'PLACED', kind: 'PARKING', count: 1, quantity: 2 });
    },
  );

  // a unit admin may never place or change demands: refused from its role alone, whatever the id (FORBIDDEN
  // says nothing of the demand); the admin of another community may, so this one is NOT_FOUND to it
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['a unit admin of another unit', 'FORBIDDEN'],
    ['the admin of another community', 'NOT_FOUND'],
  ] as const)(
    '%s gets %s, not its details, from mutations naming it',
    async (who, expected) => {
      const token = await tokens[who]!();
      const placed = await hub.client.request(Place, { input: { id: demandId } }, { token });
      expect(placed.errors?.[0]?.extensions?.code).toBe(expected);
      expect(placed.data?.placeDemand ?? null).toBeNull();
      const updated = await hub.client.request(Update, { input: { id: demandId, version: 1, quantity: 1 } }, { token });
      expect(updated.errors?.[0]?.extensions?.code).toBe(expected);
    },
  );

  it('a unit admin cannot take a demand outside its street: NOT_FOUND, nothing learnt', async () => {
    const far = await buildOrganization(hub, d.otherCommunity);
    const farToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: far.id });
    const other = await placedDemand(hub, d.grid);
    expect(await hub.client.errorCode(Take, { input: { id: other.id } }, farToken)).toBe('NOT_FOUND');
    expect(await hub.client.errorCode(Take, { input: { id: demandId } }, farToken)).toBe('NOT_FOUND');
  });
});

describe('who reads a demand list', () => {
  it('a COLLECTING list is staff\'s only; a PUBLISHED one is anyone\'s', async () => {
    const collecting = await listIn(hub, d.grid);
    const anonymous = await hub.client.data(Lists, { id: collecting, area: d.grid.id });
    expect(anonymous.demandList).toBeNull();
    expect(anonymous.node).toBeNull();
    expect(anonymous.demandLists.edges.map((e) => e.node.id)).not.toContain(collecting);
    expect(anonymous.demandLists.edges.map((e) => e.node.id)).toContain(listId);
    const publicList = await hub.client.data(Lists, { id: listId, area: d.grid.id });
    expect(publicList.demandList).toEqual({ id: listId });
    const staff = await hub.client.data(Lists, { id: collecting, area: d.grid.id }, await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }));
    expect(staff.node).toEqual({ id: collecting });
  });
});
