import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../../src/shared/geo.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { BoardCardsQuery, OpenOrderFilter } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, type BuiltArea, type District } from '../kit/builders.js';
import { insertGrid, placedDemand } from '../kit/demands.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { boardOrder, insertTakeForTest, postServiceOrder } from '../kit/board-orders.js';
import { approvedVolunteer } from '../kit/volunteers.js';

// The order board (接单大厅): the service orders a caller may take, as redacted cards.

const Board = graphql(`
  query BoardCards($filter: OpenOrderFilter, $first: Int, $after: String) {
    openOrders(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue
          windows { days start end }
          community { id name } grid { id name }
          location { lat lng system }
        }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

const CreateTeam = graphql(`
  mutation BoardCreateTeam($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }
`);

let hub: TestHub;
let d: District;
let admin: string;
/** An approved volunteer of the community, of the other street's community, and a unit of the street. */
let here: Awaited<ReturnType<typeof approvedVolunteer>>;
let there: Awaited<ReturnType<typeof approvedVolunteer>>;
let unit: string;
let unitOrgId: string;
let o: Record<'grid' | 'community' | 'neighbour' | 'other', { id: string; rowId: string }>;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  here = await approvedVolunteer(hub, d.community);
  there = await approvedVolunteer(hub, d.otherCommunity);
  const org = await buildOrganization(hub, d.community);
  unit = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
  unitOrgId = org.id;
  o = {
    grid: await boardOrder(hub, d.grid, { title: '网格代购', urgency: 'URGENT' }),
    community: await boardOrder(hub, d.community, { title: '社区课业辅导', serviceKinds: ['TUTORING'], quantity: 3, location: { lat: 39.9149, lng: 116.4249 } }),
    neighbour: await boardOrder(hub, d.neighbourCommunity, { title: '邻社区维修', serviceKinds: ['REPAIRS'], location: { lat: 39.9121, lng: 116.4311 } }),
    other: await boardOrder(hub, d.otherGrid, { title: '他街道陪诊', serviceKinds: ['ESCORT'], location: { lat: 39.94, lng: 116.41 } }),
  };
  // neither a RESOURCE demand nor a service order not yet placed is on the board
  await placedDemand(hub, d.grid);
  await postServiceOrder(hub, d.grid, { title: '尚未下单' });
});
afterAll(() => hub?.close());
afterEach(() => hub.clock.set(TEST_NOW));

/** The kinds of the scene's four orders: the orders later tests add ask for HAIRCUT, which no skill suits. */
const HAIRCUT: ['HAIRCUT'] = ['HAIRCUT'];
const SCENE: OpenOrderFilter = { serviceKinds: ['ERRANDS', 'TUTORING', 'REPAIRS', 'ESCORT'] };

async function titles(token: string | null, filter: OpenOrderFilter = SCENE, first?: number) {
  const data = await hub.client.data(Board, { filter, first }, token);
  return data.openOrders.edges.map((e) => e.node.title);
}

describe('openOrders', () => {
  it('shows an approved volunteer the orders of their home community as cards: the area\'s centroid, never the order\'s point', async () => {
    const data = await hub.client.data(Board, { filter: SCENE }, here.token);
    const cards = data.openOrders.edges.map((e) => e.node);
    expect(cards.map((c) => c.title)).toEqual(['网格代购', '社区课业辅导']);
    expect(cards[0]).toEqual({
      demandId: o.grid.id,
      title: '网格代购',
      serviceKinds: ['ERRANDS'],
      urgency: 'URGENT',
      audience: 'ELDERLY',
      quantity: 1,
      stillNeeded: 1,
      startDate: '2026-11-01',
      endDate: '2027-01-31',
      placedAt: '2026-11-23T14:00:00.000+08:00',
      // ORDER_TAKE_WITHIN_HOURS: URGENT 2 hours
      takeDeadline: '2026-11-23T16:00:00.000+08:00',
      isOverdue: false,
      windows: [{ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], start: '19:00', end: '07:00' }],
      community: { id: d.community.id, name: '史家胡同社区' },
      grid: { id: d.grid.id, name: '第一网格' },
      // the grid's centroid (the order itself is at 39.9152, 116.4253)
      location: { lat: 39.9151, lng: 116.4251, system: 'WGS84' },
    });
    // an order placed directly in the community shows the community's centroid, and no grid
    expect(cards[1]).toMatchObject({ grid: null, community: { id: d.community.id }, location: { lat: 39.915, lng: 116.425 }, quantity: 3, stillNeeded: 3 });
  });

  it('reaches what each caller may take: home community, the areas of teams led, a unit\'s street, staff\'s area', async () => {
    expect(await titles(there.token)).toEqual(['他街道陪诊']);
    expect(await titles(unit)).toEqual(['网格代购', '社区课业辅导', '邻社区维修']);
    expect(await titles(await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }))).toEqual(['网格代购', '社区课业辅导', '邻社区维修']);
    expect(await titles(await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id }))).toEqual(['邻社区维修']);
    expect(await titles(await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }))).toEqual(['网格代购']);
    expect(await titles(admin)).toEqual(['网格代购', '社区课业辅导', '邻社区维修', '他街道陪诊']);
    // a volunteer of the community who leads a team of the whole street reaches the neighbouring community too
    const leader = await approvedVolunteer(hub, d.community);
    const team = await hub.client.data(CreateTeam, { input: { areaId: d.street.id, name: '建国门街道维修队', leaderId: leader.id } }, admin);
    expect(team.createVolunteerTeam.userErrors).toEqual([]);
    expect(await titles(leader.token)).toEqual(['网格代购', '社区课业辅导', '邻社区维修']);
  });

  it('refuses anonymous callers, volunteers not approved, and whoever takes no orders', async () => {
    expect(await hub.client.errorCode(Board, {}, null)).toBe('UNAUTHENTICATED');
    // the token's areaId is ignored: a volunteer's record decides, and this one has none
    expect(await hub.client.errorCode(Board, {}, await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }))).toBe('FORBIDDEN');
  });

  it('leaves out orders taken in full and those the caller holds a live take of, and counts what is still needed', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '接单网格');
    const full = await boardOrder(hub, grid, { title: '已接满', serviceKinds: HAIRCUT });
    const shared = await boardOrder(hub, grid, { title: '两人陪护', quantity: 2, serviceKinds: HAIRCUT });
    const mine = await approvedVolunteer(hub, d.community);
    await insertTakeForTest(hub, full.id, { kind: 'VOLUNTEER', volunteerId: here.id, accountId: here.sub });
    await insertTakeForTest(hub, shared.id, { kind: 'VOLUNTEER', volunteerId: mine.id, accountId: mine.sub });
    const still = async (token: string) =>
      (await hub.client.data(Board, { filter: { areaId: grid.id } }, token)).openOrders.edges.map((e) => [e.node.title, e.node.stillNeeded]);
    expect(await still(here.token)).toEqual([['两人陪护', 1]]);
    expect(await still(mine.token)).toEqual([]);
    // the unit takes the last one for itself: nobody sees it any more
    await insertTakeForTest(hub, shared.id, { kind: 'ORGANIZATION', organizationId: unitOrgId, accountId: 'unit-admin-board' });
    expect(await still(here.token)).toEqual([]);
    expect(await still(admin)).toEqual([]);
  });

  it('drops an order once its last needed day has passed, before the sweeper records it', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '到期网格');
    await boardOrder(hub, grid, { title: '今天到期', startDate: '2026-11-23', endDate: '2026-11-23', serviceKinds: HAIRCUT });
    expect(await titles(here.token, { areaId: grid.id })).toEqual(['今天到期']);
    hub.clock.set('2026-11-24T00:00:00+08:00');
    expect(await titles(here.token, { areaId: grid.id })).toEqual([]);
  });

  it('flags an order overdue once the clock is past its take deadline', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '超时网格');
    await boardOrder(hub, grid, { title: '超时未接', serviceKinds: HAIRCUT }, { takeDeadline: new Date('2026-11-23T13:00:00+08:00') });
    const data = await hub.client.data(Board, { filter: { areaId: grid.id } }, here.token);
    expect(data.openOrders.edges.map((e) => [e.node.title, e.node.isOverdue])).toEqual([['超时未接', true]]);
  });

  it('orders by urgency, then take deadline, then age, and pages through with no gap and no repeat', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '排序网格');
    const at = (h: number) => new Date(Date.parse('2026-11-24T00:00:00+08:00') + h * 3_600_000);
    await boardOrder(hub, grid, { title: 'LOW', urgency: 'LOW', serviceKinds: HAIRCUT }, { takeDeadline: at(1) });
    await boardOrder(hub, grid, { title: 'NORMAL-late', urgency: 'NORMAL', serviceKinds: HAIRCUT }, { takeDeadline: at(9) });
    await boardOrder(hub, grid, { title: 'NORMAL-early', urgency: 'NORMAL', serviceKinds: HAIRCUT }, { takeDeadline: at(3) });
    await boardOrder(hub, grid, { title: 'NORMAL-early-2', urgency: 'NORMAL', serviceKinds: HAIRCUT }, { takeDeadline: at(3) });
    await boardOrder(hub, grid, { title: 'URGENT', urgency: 'URGENT', serviceKinds: HAIRCUT }, { takeDeadline: at(20) });
    await boardOrder(hub, grid, { title: 'HIGH', urgency: 'HIGH', serviceKinds: HAIRCUT }, { takeDeadline: at(2) });
    const expected = ['URGENT', 'HIGH', 'NORMAL-early', 'NORMAL-early-2', 'NORMAL-late', 'LOW'];
    expect(await titles(here.token, { areaId: grid.id })).toEqual(expected);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 5; page++) {
      const data: BoardCardsQuery = await hub.client.data(Board, { filter: { areaId: grid.id }, first: 2, after }, here.token);
      seen.push(...data.openOrders.edges.map((e) => e.node.title));
      expect(data.openOrders.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!data.openOrders.pageInfo.hasNextPage) break;
      after = data.openOrders.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('refuses a cursor of another list and a page over 100', async () => {
    expect(await hub.client.errorCode(Board, { after: 'bm90LWEtY3Vyc29y' }, here.token)).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(Board, { first: 101 }, here.token)).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(Board, { filter: { neededOn: '2026-13-01' } }, here.token)).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(Board, { filter: { near: { location: { lat: 39.9, lng: 116.4 }, radiusMeters: 0 } } }, here.token)).toBe('BAD_USER_INPUT');
  });

  it('filters by kinds of work, by the skills that suit them, by the day needed and by area', async () => {
    expect(await titles(unit, { serviceKinds: ['REPAIRS', 'TUTORING'] })).toEqual(['社区课业辅导', '邻社区维修']);
    // ERRANDS suits errands; CHILD_CARE suits tutoring; SAFETY_PATROL suits no kind on the board
    expect(await titles(unit, { skills: ['ERRANDS'] })).toEqual(['网格代购']);
    expect(await titles(unit, { skills: ['CHILD_CARE', 'REPAIRS'] })).toEqual(['社区课业辅导', '邻社区维修']);
    expect(await titles(unit, { skills: ['CULTURE_AND_SPORTS'] })).toEqual([]);
    expect(await titles(unit, { skills: ['ERRANDS'], serviceKinds: ['REPAIRS'] })).toEqual([]);
    expect(await titles(unit, { neededOn: '2027-01-31', areaId: d.neighbourCommunity.id })).toEqual(['邻社区维修']);
    expect(await titles(unit, { neededOn: '2027-02-01' })).toEqual([]);
    expect(await titles(unit, { areaId: d.grid.id })).toEqual(['网格代购']);
  });

  it('measures `near` to the shown location, never to the order\'s own point, in any coordinate system', async () => {
    const otherGrid: BuiltArea = d.otherGrid;
    // the order sits at 39.94, 116.41, over a kilometre from its grid's centroid (39.9301, 116.4011)
    expect(await titles(there.token, { near: { location: { lat: 39.94, lng: 116.41 }, radiusMeters: 300 } })).toEqual([]);
    expect(await titles(there.token, { near: { location: { lat: 39.9301, lng: 116.4011 }, radiusMeters: 300 } })).toEqual(['他街道陪诊']);
    const gcj = wgs84ToGcj02(39.9301, 116.4011);
    expect(await titles(there.token, { near: { location: { ...gcj, system: 'GCJ02' }, radiusMeters: 50 }, areaId: otherGrid.id })).toEqual(['他街道陪诊']);
  });
});
