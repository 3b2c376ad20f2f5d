import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/shared/cursor.js';
import { EARTH_RADIUS_METERS, greatCircleMeters } from '../../src/shared/geo.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { ResourceFilter, ResourceOrder, SearchPageQuery } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Page = graphql(`
  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {
    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor distanceMeters node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const OrganizationResources = graphql(`
  query SearchOrganizationResources($id: ID!, $after: String) {
    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }
  }
`);

let hub: TestHub;
let d: District;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
});
afterAll(() => hub?.close());

const CENTER = { lat: 39.9042, lng: 116.4074 };
const SIZE = 3;

/** What a row sorts by, as the test knows it. */
interface Row {
  id: string;
  rowId: bigint;
  title: string;
  /** coalesce(published_at, created_at), ISO in UTC with microseconds (so strings compare as instants). */
  newest: string;
  lat: number;
  lng: number;
  distance: number;
}

type Spec = Pick<Row, 'title' | 'newest' | 'lat' | 'lng'> & { draft?: boolean };

/** A point `meters` from CENTER towards `bearing` degrees. */
function around(meters: number, bearing: number) {
  const rad = (bearing * Math.PI) / 180;
  const deg = 180 / Math.PI;
  const lat = CENTER.lat + ((meters * Math.cos(rad)) / EARTH_RADIUS_METERS) * deg;
  return { lat, lng: CENTER.lng + ((meters * Math.sin(rad)) / (EARTH_RADIUS_METERS * Math.cos(CENTER.lat / deg))) * deg };
}

const TITLES = [
  '阅览室', '自习室', 'B栋活动室', '阅览室', '图书馆', '阅览室', 'a栋活动室', 'Ａ栋会议室', '图书馆阅览室', '停车场',
  '阅览室', '自习室', '厕所', 'Zebra', '100号', '阅览室', '早餐', '托管班', '饮水点', '诊所',
];
const TIE_INSTANT = '2027-03-01T10:00:00.000000Z';
const TIE_POINT = around(555, 30);

/**
 * 20 rows with ties in every order: five titled 阅览室, four at one instant (one of them a draft created
 * then), two a microsecond apart, four at one point. Neither title nor time nor distance follows the id.
 */
function dataSet(): Spec[] {
  return TITLES.map((title, i) => {
    const tied = i % 5 === 0;
    let newest = tied ? TIE_INSTANT : `2027-03-${String(2 + ((i * 7) % 19)).padStart(2, '0')}T10:00:00.000001Z`;
    // rows 1 and 2 a microsecond apart, the later id the older: a millisecond order would swap them
    if (i === 1) newest = '2027-03-09T10:00:00.000002Z';
    if (i === 2) newest = '2027-03-09T10:00:00.000001Z';
    const point = tied ? TIE_POINT : around(100 + 97 * ((i * 11) % 19), i * 40);
    return { title, newest, ...point, draft: i % 7 === 3 };
  });
}

/** Inserts rows of a new unit directly (one statement each, so ids follow the list). */
async function insert(orgRowId: string, specs: Spec[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const spec of specs) {
    const { rows: [{ id }] } = await hub.app.db.pool.query<{ id: string }>(
      `insert into resource (organization_id, kind, status, title, lat, lng, area_id, area_path, access_mode, published_at, created_at, updated_at)
       values ($1, 'TOILET', $2, $3, $4, $5, $6, $7, 'OPEN_ACCESS', $8, $9, $9) returning id::text`,
      [
        orgRowId, spec.draft ? 'DRAFT' : 'PUBLISHED', spec.title, spec.lat, spec.lng, d.community.rowId, d.community.path,
        spec.draft ? null : spec.newest, spec.draft ? spec.newest : '2027-01-01T00:00:00Z',
      ],
    );
    rows.push({ ...spec, id: toGlobalId('Resource', id), rowId: BigInt(id), distance: greatCircleMeters(CENTER, spec) });
  }
  return rows;
}

const byId = (a: Row, b: Row) => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0);
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Each order as the test expects it: titles by code point ("C"), newest first with the id descending too. */
const ORDERS: Record<ResourceOrder, (a: Row, b: Row) => number> = {
  ID: byId,
  TITLE: (a, b) => compare(a.title, b.title) || byId(a, b),
  NEWEST: (a, b) => compare(b.newest, a.newest) || byId(b, a),
  DISTANCE: (a, b) => compare(a.distance, b.distance) || byId(a, b),
};

const sorted = (rows: Row[], order: ResourceOrder) => [...rows].sort(ORDERS[order]);

/** A unit of its own with the data set; the filter finds exactly its rows (drafts too, for a district admin). */
async function scenario(order: ResourceOrder) {
  const org = await buildOrganization(hub, d.community);
  const rows = await insert(org.rowId, dataSet());
  const filter: ResourceFilter = {
    organizationId: org.id,
    statuses: ['PUBLISHED', 'DRAFT'],
    ...(order === 'DISTANCE' ? { near: { ...CENTER, radiusMeters: 5000 } } : {}),
  };
  return { org, rows, filter };
}

type Connection = SearchPageQuery['resources'];

async function page(filter: ResourceFilter, orderBy: ResourceOrder, args: { first?: number; after?: string | null; last?: number; before?: string | null }) {
  const data: SearchPageQuery = await hub.client.data(Page, { filter, orderBy, ...args }, admin);
  return data.resources;
}

/**
 * Walks every page of SIZE forwards (or backwards), calling `between` after each page; returns the ids in
 * list order and the pages as fetched.
 */
async function walk(
  filter: ResourceFilter,
  orderBy: ResourceOrder,
  direction: 'forwards' | 'backwards',
  between: (fetched: Connection[]) => Promise<void> = async () => {},
) {
  const pages: Connection[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const current: Connection =
      direction === 'forwards' ? await page(filter, orderBy, { first: SIZE, after: cursor }) : await page(filter, orderBy, { last: SIZE, before: cursor });
    pages.push(current);
    await between(pages);
    const more = direction === 'forwards' ? current.pageInfo.hasNextPage : current.pageInfo.hasPreviousPage;
    if (!more) break;
    cursor = direction === 'forwards' ? current.pageInfo.endCursor : current.pageInfo.startCursor;
  }
  const inOrder = direction === 'forwards' ? pages : [...pages].reverse();
  return { ids: inOrder.flatMap((p) => p.edges.map((e) => e.node.id)), pages };
}

const idsOf = (connection: Connection) => connection.edges.map((e) => e.node.id);

/** Rows that sort before, after and level with the row `c`, and one more for the tie group. */
const newcomers = (c: Row): Spec[] => [
  { title: '0号', newest: '2027-12-31T00:00:00.000000Z', ...CENTER },
  { title: 'ｚ', newest: '2026-06-01T00:00:00.000000Z', ...around(4900, 200) },
  { title: c.title, newest: c.newest, lat: c.lat, lng: c.lng },
  { title: '阅览室', newest: TIE_INSTANT, ...TIE_POINT },
];

/** The key an order ties on (none for ID). */
const TIE_KEY: Record<ResourceOrder, ((r: Row) => string | number) | null> = {
  ID: null,
  TITLE: (r) => r.title,
  NEWEST: (r) => r.newest,
  DISTANCE: (r) => r.distance,
};

describe.each<ResourceOrder>(['ID', 'TITLE', 'NEWEST', 'DISTANCE'])('resources ordered by %s', (order) => {
  it('walks forwards in pages of 3: every row once, in order, totalCount the whole count on every page', async () => {
    const { rows, filter } = await scenario(order);
    const { ids, pages } = await walk(filter, order, 'forwards');
    expect(ids).toEqual(sorted(rows, order).map((r) => r.id));
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(pages.map((p) => p.totalCount)).toEqual(pages.map(() => rows.length));
    expect(pages.map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual(pages.map((_, i) => [i > 0, i < pages.length - 1]));
    for (const p of pages) expect([p.pageInfo.startCursor, p.pageInfo.endCursor]).toEqual([p.edges[0]!.cursor, p.edges.at(-1)!.cursor]);
    // distances come with `near` only, and then agree with greatCircleMeters
    const distance = new Map(rows.map((r) => [r.id, order === 'DISTANCE' ? r.distance : null]));
    for (const edge of pages.flatMap((p) => p.edges)) {
      const expected = distance.get(edge.node.id)!;
      if (expected === null) expect(edge.distanceMeters).toBeNull();
      else expect(Math.abs(edge.distanceMeters! - expected)).toBeLessThanOrEqual(1e-6);
    }
  });

  it('walks backwards in pages of 3 from the end: every row once, in order', async () => {
    const { rows, filter } = await scenario(order);
    const { ids, pages } = await walk(filter, order, 'backwards');
    expect(ids).toEqual(sorted(rows, order).map((r) => r.id));
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(pages.map((p) => p.totalCount)).toEqual(pages.map(() => rows.length));
    expect(pages.map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual(pages.map((_, i) => [i < pages.length - 1, i > 0]));
  });

  it('resolves ties by id, also where a page boundary falls inside the tied rows', async () => {
    const { rows, filter } = await scenario(order);
    const { ids, pages } = await walk(filter, order, 'forwards');
    const key = TIE_KEY[order];
    const byGlobalId = new Map(rows.map((r) => [r.id, r]));
    const listed = ids.map((id) => byGlobalId.get(id)!);
    if (!key) {
      expect(listed.map((r) => r.rowId)).toEqual(rows.map((r) => r.rowId).sort((a, b) => (a < b ? -1 : 1)));
      return;
    }
    let splitGroups = 0;
    const boundaries = new Set(pages.slice(0, -1).map((_, i) => (i + 1) * SIZE));
    for (const value of new Set(listed.map(key))) {
      const positions = listed.flatMap((r, i) => (key(r) === value ? [i] : []));
      if (positions.length < 2) continue;
      const group = positions.map((i) => listed[i]!.rowId);
      // tied rows are adjacent, in id order (descending for NEWEST, whose every key descends)
      expect(positions.at(-1)! - positions[0]!).toBe(positions.length - 1);
      const ascending = [...group].sort((a, b) => (a < b ? -1 : 1));
      expect(group).toEqual(order === 'NEWEST' ? ascending.reverse() : ascending);
      if (positions.some((i) => boundaries.has(i) && i !== positions[0])) splitGroups++;
    }
    expect(splitGroups).toBeGreaterThan(0);
  });

  it('continues from the cursor of any edge, in both directions and between two cursors', async () => {
    const { rows, filter } = await scenario(order);
    const expected = sorted(rows, order).map((r) => r.id);
    const all = await page(filter, order, { first: 100 });
    expect(idsOf(all)).toEqual(expected);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    for (let k = 0; k < expected.length; k++) {
      const cursor = all.edges[k]!.cursor;
      const after = await page(filter, order, { first: SIZE, after: cursor });
      expect({ k, ids: idsOf(after), more: after.pageInfo.hasNextPage, total: after.totalCount }).toEqual({
        k, ids: expected.slice(k + 1, k + 1 + SIZE), more: k + 1 + SIZE < expected.length, total: expected.length,
      });
      const before = await page(filter, order, { last: SIZE, before: cursor });
      expect({ k, ids: idsOf(before), more: before.pageInfo.hasPreviousPage }).toEqual({
        k, ids: expected.slice(Math.max(0, k - SIZE), k), more: k - SIZE > 0,
      });
    }
    const between = await page(filter, order, { first: 100, after: all.edges[2]!.cursor, before: all.edges[9]!.cursor });
    expect(idsOf(between)).toEqual(expected.slice(3, 9));
  });

  it('loses and repeats no row when rows are added between pages walked forwards', async () => {
    const { org, rows, filter } = await scenario(order);
    let cursorRow: Row | undefined;
    const added: Row[] = [];
    const { ids, pages } = await walk(filter, order, 'forwards', async (fetched) => {
      if (fetched.length !== 2) return;
      cursorRow = rows.find((r) => r.id === fetched[1]!.edges.at(-1)!.node.id)!;
      added.push(...(await insert(org.rowId, newcomers(cursorRow))));
    });
    // what sorts after the cursor shows up later; what sorts before it is behind us
    const expected = sorted([...rows, ...added.filter((r) => ORDERS[order](r, cursorRow!) > 0)], order).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.at(-1)!.totalCount).toBe(rows.length + added.length);
    if (order !== 'ID') expect(added.filter((r) => ORDERS[order](r, cursorRow!) < 0).length).toBeGreaterThan(0);
  });

  it('loses and repeats no row when rows are added between pages walked backwards', async () => {
    const { org, rows, filter } = await scenario(order);
    let cursorRow: Row | undefined;
    const added: Row[] = [];
    const { ids } = await walk(filter, order, 'backwards', async (fetched) => {
      if (fetched.length !== 2) return;
      cursorRow = rows.find((r) => r.id === fetched[1]!.edges[0]!.node.id)!;
      added.push(...(await insert(org.rowId, newcomers(cursorRow))));
    });
    const expected = sorted([...rows, ...added.filter((r) => ORDERS[order](r, cursorRow!) < 0)], order).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    if (order !== 'ID') expect(added.filter((r) => ORDERS[order](r, cursorRow!) < 0).length).toBeGreaterThan(0);
  });
});

describe('resources: cursors and page sizes that do not fit', () => {
  let filter: ResourceFilter;
  let near: ResourceFilter;
  const cursors = {} as Record<ResourceOrder, string>;

  beforeAll(async () => {
    const s = await scenario('TITLE');
    filter = s.filter;
    near = { ...filter, near: { ...CENTER, radiusMeters: 5000 } };
    for (const order of ['ID', 'TITLE', 'NEWEST'] as const) cursors[order] = (await page(filter, order, { first: 2 })).pageInfo.endCursor!;
    cursors.DISTANCE = (await page(near, 'DISTANCE', { first: 2 })).pageInfo.endCursor!;
  });

  const rejection = async (variables: Parameters<typeof page>[2] & { filter: ResourceFilter; orderBy: ResourceOrder }) => {
    const { filter: f, orderBy, ...args } = variables;
    const result = await hub.client.request(Page, { filter: f, orderBy, ...args }, { token: admin });
    return result.errors?.[0]?.extensions ?? { data: result.data };
  };

  it('accepts a cursor for the same search, however its lists are ordered', async () => {
    const reordered = { ...filter, statuses: ['DRAFT', 'PUBLISHED', 'DRAFT'] } as ResourceFilter;
    const again = await page(reordered, 'TITLE', { first: 1, after: cursors.TITLE });
    expect(again.edges).toHaveLength(1);
  });

  it('rejects a cursor made for another order or filter as BAD_USER_INPUT on after or before', async () => {
    const wrong: [string, ResourceFilter, ResourceOrder, string][] = [
      ['another order', filter, 'ID', cursors.TITLE],
      ['another order', filter, 'NEWEST', cursors.ID],
      ['another order', near, 'TITLE', cursors.DISTANCE],
      ['another kind', { ...filter, kinds: ['TOILET'] }, 'TITLE', cursors.TITLE],
      ['other statuses', { ...filter, statuses: ['PUBLISHED'] }, 'NEWEST', cursors.NEWEST],
      ['a text', { ...filter, text: '阅览' }, 'TITLE', cursors.TITLE],
      ['another point', { ...near, near: { ...CENTER, lat: CENTER.lat + 0.001, radiusMeters: 5000 } }, 'DISTANCE', cursors.DISTANCE],
      ['another radius', { ...near, near: { ...CENTER, radiusMeters: 4999 } }, 'DISTANCE', cursors.DISTANCE],
    ];
    for (const [label, f, orderBy, cursor] of wrong) {
      expect({ label, after: await rejection({ filter: f, orderBy, first: 3, after: cursor }) }).toEqual({
        label, after: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      });
      expect({ label, before: await rejection({ filter: f, orderBy, last: 3, before: cursor }) }).toEqual({
        label, before: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before' }),
      });
    }
  });

  it('rejects garbage and forged cursors as BAD_USER_INPUT', async () => {
    const org = await buildOrganization(hub, d.community);
    await buildResource(hub, org.id);
    const otherList = (await hub.client.data(OrganizationResources, { id: org.id }, admin)).organization!.resources.edges[0]!.cursor;
    const forge = (cursor: string, change: (parts: unknown[]) => unknown[]) => encodeCursor(change([...decodeCursor(cursor)!]));
    const bad: [string, ResourceFilter, ResourceOrder, string][] = [
      ['garbage', filter, 'ID', 'garbage'],
      ['an empty cursor', filter, 'ID', ''],
      ['not base64', filter, 'ID', 'a cursor!'],
      ['an empty list', filter, 'ID', encodeCursor([])],
      ['a cursor of another list', filter, 'ID', otherList],
      ['an id of 0', filter, 'ID', forge(cursors.ID, (p) => [...p.slice(0, -1), '0'])],
      ['a numeric id', filter, 'ID', forge(cursors.ID, (p) => [...p.slice(0, -1), 12])],
      ['an id beyond bigint', filter, 'TITLE', forge(cursors.TITLE, (p) => [...p.slice(0, -1), '9999999999999999999'])],
      ['a missing key', filter, 'TITLE', forge(cursors.TITLE, (p) => [p[0], p[1], p.at(-1)])],
      ['a distance that is text', near, 'DISTANCE', forge(cursors.DISTANCE, (p) => [p[0], p[1], 'far', p.at(-1)])],
      ['a time that is not one', filter, 'NEWEST', forge(cursors.NEWEST, (p) => [p[0], p[1], 'yesterday', p.at(-1)])],
      ['a time that is a number', filter, 'NEWEST', forge(cursors.NEWEST, (p) => [p[0], p[1], 5, p.at(-1)])],
    ];
    const answers = [];
    for (const [label, f, orderBy, cursor] of bad) answers.push({ label, error: await rejection({ filter: f, orderBy, first: 3, after: cursor }) });
    expect(answers).toEqual(bad.map(([label]) => ({ label, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) })));
    // the id-ordered lists share the guard
    const beyond = encodeCursor(['organization-resources', '9999999999999999999']);
    const list = await hub.client.request(OrganizationResources, { id: org.id, after: beyond }, { token: admin });
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('rejects page sizes above 100, and first with last, as BAD_USER_INPUT', async () => {
    expect(await rejection({ filter, orderBy: 'ID', first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await rejection({ filter, orderBy: 'ID', last: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    expect(await rejection({ filter, orderBy: 'ID', first: 2, last: 2 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await rejection({ filter: { ...filter, near: undefined }, orderBy: 'DISTANCE', first: 2 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy' });
    expect((await page(filter, 'ID', { first: 100 })).edges).toHaveLength(20);
    expect((await page(filter, 'ID', { last: 100 })).edges).toHaveLength(20);
  });
});
