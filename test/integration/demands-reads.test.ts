import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type BuiltArea, type District } from '../kit/builders.js';
import { districtToken, insertGrid, listIn, placedDemand, postDemand } from '../kit/demands.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const Search = graphql(`
  query DemSearch($filter: DemandFilter, $first: Int, $after: String, $last: Int, $before: String) {
    demands(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id title } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const Page = graphql(`
  query DemPage($first: Int!, $history: Boolean!) {
    demands(first: $first) {
      edges {
        node {
          id title status kinds quantity windows { days start end } location { lat lng } endDate
          area { id name parent { id kind } } takenBy { id name area { name } } demandList { id }
          history @include(if: $history) { action }
        }
      }
    }
  }
`);

const Stats = graphql(`
  query DemStats($community: ID!, $list: ID!) {
    area(id: $community) { demandStatistics { status kind count quantity } }
    district { demandStatistics { status kind count quantity } }
    areas(kind: GRID, first: 50) { edges { node { id demandStatistics { status kind count } } } }
    demandList(id: $list) { demandStatistics { status kind count quantity } }
  }
`);

const GridStats = graphql(`
  query DemGridStats($first: Int!) { areas(kind: GRID, first: $first) { edges { node { id demandStatistics { status kind count } } } } }
`);

const Lists = graphql(`
  query DemLists($filter: DemandListFilter) { demandLists(filter: $filter, first: 50) { totalCount edges { node { id status area { id } } } } }
`);

let hub: TestHub;
let d: District;
let grid: BuiltArea;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  grid = await insertGrid(hub.app.db.pool, d.community, '查询网格');
  token = await districtToken(hub);
  const list = await listIn(hub, grid);
  ids.list = list;
  ids.parking = (await postDemand(hub, grid, { demandListId: list, urgency: 'URGENT' })).id;
  ids.study = (await placedDemand(hub, grid, { kinds: ['READING_ROOM', 'CIVIC_CLASSROOM'], quantity: 6, startDate: '2027-01-10', endDate: '2027-02-20' })).id;
  ids.elderly = (await placedDemand(hub, d.community, { kinds: ['DAY_CARE'], quantity: 3, audience: 'ELDERLY', urgency: 'HIGH' })).id;
});
afterAll(() => hub?.close());

const search = async (filter: Record<string, unknown>, page: Record<string, unknown> = {}) =>
  (await hub.client.data(Search, { filter, ...page }, token)).demands;
const found = async (filter: Record<string, unknown>) => (await search(filter)).edges.map((e) => e.node.id);

describe('demands(filter)', () => {
  it.each<[string, () => Record<string, unknown>, string[]]>([
    ['an area and everything below it', () => ({ areaId: d.community.id }), ['parking', 'study', 'elderly']],
    ['one grid', () => ({ areaId: grid.id }), ['parking', 'study']],
    ['statuses', () => ({ areaId: d.community.id, statuses: ['PLACED'] }), ['study', 'elderly']],
    ['any of the kinds', () => ({ areaId: d.community.id, kinds: ['CIVIC_CLASSROOM', 'DAY_CARE'] }), ['study', 'elderly']],
    ['a demand list', () => ({ demandListId: ids.list }), ['parking']],
    ['urgency', () => ({ areaId: d.community.id, urgency: 'URGENT' }), ['parking']],
    ['needed on a date', () => ({ areaId: d.community.id, neededOn: '2027-02-15' }), ['study']],
    ['needed on its first day', () => ({ areaId: grid.id, neededOn: '2027-01-10' }), ['parking', 'study']],
  ])('finds by %s, in id order', async (_label, filter, expected) => {
    expect(await found(filter())).toEqual(expected.map((k) => ids[k]));
  });

  it('pages forwards and backwards with cursors, counting the whole list', async () => {
    const first = await search({ areaId: d.community.id }, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await search({ areaId: d.community.id }, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([ids.elderly]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await search({ areaId: d.community.id }, { last: 2, before: second.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.id)).toEqual([ids.parking, ids.study]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    ['a malformed neededOn', { neededOn: '15.02.2027' }, {}, 'filter.neededOn'],
    ['an area id that is not an area\'s', { areaId: 'RGVtYW5kTGlzdDox' }, {}, 'filter.areaId'],
    ['a page of 101', {}, { first: 101 }, 'first'],
    ['a cursor of another list', {}, { after: 'YzE6WyJvcmdhbml6YXRpb25zIiwiMSJd' }, 'after'],
  ])('rejects %s as BAD_USER_INPUT', async (_label, filter, page, field) => {
    const result = await hub.client.request(Search, { filter, ...page }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('the read path for demands', () => {
  beforeAll(async () => {
    // 120 demands written directly for speed, some taken by a unit
    const unit = await buildOrganization(hub, d.community);
    await hub.app.db.pool.query(
      `insert into demand (area_id, area_path, title, kinds, quantity, windows, start_date, end_date, lat, lng, radius_meters, audience,
         channel, ordered_at, recorded_by, status, taken_by_organization_id)
       select $1, $2, '需求' || i, '{PARKING}', 1 + i % 5, '[{"days":[1,2,3],"dayType":"ANY","start":"19:00","end":"22:00"}]', '2026-11-01', '2027-01-31',
         39.91, 116.42, 1000, 'ALL_RESIDENTS', 'GRID_VISIT', '2026-11-01T09:00:00+08:00', 'seed', 'PLACED', case when i % 2 = 0 then $3::bigint end
       from generate_series(1, 120) i`,
      [d.grid.rowId, d.grid.path, unit.rowId],
    );
  });

  it('reads a page of 100 demands with their area, its parent and the unit that took them in one statement, like a page of 5', async () => {
    const small = await countStatements(() => hub.client.data(Page, { first: 5, history: false }, token));
    const large = await countStatements(() => hub.client.data(Page, { first: 100, history: false }, token));
    expect(large.result.demands.edges).toHaveLength(100);
    expect(large.result.demands.edges.some((e) => e.node.takenBy?.area.name)).toBe(true);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
    // the page with its to-one relations; demand lists have a visibility of their own and come batched
    expect(large.count, large.statements.join('\n---\n')).toBe(2);
  });

  it('batches the histories and lists of a whole page: one statement each, whatever the page size', async () => {
    const small = await countStatements(() => hub.client.data(Page, { first: 5, history: true }, token));
    const large = await countStatements(() => hub.client.data(Page, { first: 100, history: true }, token));
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
  });

  it('reads the statistics of a whole page of areas in one statement', async () => {
    const one = await countStatements(() => hub.client.data(GridStats, { first: 1 }));
    const all = await countStatements(() => hub.client.data(GridStats, { first: 50 }));
    expect(all.result.areas.edges.length).toBeGreaterThan(1);
    expect(all.count, all.statements.join('\n---\n')).toBe(one.count);
    expect(all.count, all.statements.join('\n---\n')).toBe(2);
  });
});

describe('demandStatistics', () => {
  it('counts demands per status and kind, public, a demand under each kind it accepts', async () => {
    const data = await hub.client.data(Stats, { community: d.neighbourCommunity.id, list: ids.list }, token);
    expect(data.demandList!.demandStatistics).toEqual([{ status: 'POSTED', kind: 'PARKING', count: 1, quantity: 2 }]);
    const fresh = await insertGrid(hub.app.db.pool, d.neighbourCommunity, '统计网格');
    await postDemand(hub, fresh, { kinds: ['READING_ROOM', 'CIVIC_CLASSROOM'], quantity: 4 });
    await placedDemand(hub, fresh, { kinds: ['READING_ROOM'], quantity: 1 });
    await placedDemand(hub, fresh, { kinds: ['READING_ROOM'], quantity: 2 });
    const anonymous = await hub.client.data(Stats, { community: d.neighbourCommunity.id, list: ids.list });
    expect(anonymous.area!.demandStatistics).toEqual([
      { status: 'POSTED', kind: 'READING_ROOM', count: 1, quantity: 4 },
      { status: 'POSTED', kind: 'CIVIC_CLASSROOM', count: 1, quantity: 4 },
      { status: 'PLACED', kind: 'READING_ROOM', count: 2, quantity: 3 },
    ]);
    const byGrid = new Map(anonymous.areas.edges.map((e) => [e.node.id, e.node.demandStatistics]));
    expect(byGrid.get(fresh.id)).toHaveLength(3);
    expect(byGrid.get(d.otherGrid.id)).toEqual([]);
  });
});

describe('demandLists(filter)', () => {
  it('finds a grid\'s lists by status; anonymous callers only the published ones', async () => {
    const lists = await insertGrid(hub.app.db.pool, d.community, '清单网格');
    const collecting = await listIn(hub, lists);
    const published = await listIn(hub, lists, 'PUBLISHED');
    const staff = await hub.client.data(Lists, { filter: { areaId: lists.id } }, await hub.token({ role: Role.GRID_WORKER, areaId: lists.id }));
    expect(staff.demandLists.edges.map((e) => e.node)).toEqual([
      { id: collecting, status: 'COLLECTING', area: { id: lists.id } },
      { id: published, status: 'PUBLISHED', area: { id: lists.id } },
    ]);
    const onlyPublished = await hub.client.data(Lists, { filter: { areaId: d.community.id, statuses: ['PUBLISHED'] } }, token);
    expect(onlyPublished.demandLists.edges.map((e) => e.node.id)).toEqual([published]);
    const anonymous = await hub.client.data(Lists, { filter: { areaId: lists.id } });
    expect(anonymous.demandLists).toMatchObject({ totalCount: 1, edges: [{ node: { id: published } }] });
  });
});
