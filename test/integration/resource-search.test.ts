import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EARTH_RADIUS_METERS, gcj02ToWgs84, greatCircleMeters, wgs84ToGcj02 } from '../../src/shared/geo.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { CreateResourceInput, ResourceFilter, ResourceOrder, SearchFindQuery } from '../gql/graphql.js';
import { buildDistrict, buildOrganization } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Find = graphql(`
  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {
    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { distanceMeters node { id title status location { lat lng } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const Latest = graphql(`
  query SearchLatest($filter: ResourceFilter) {
    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }
  }
`);

const Create = graphql(`
  mutation SearchCreate($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id } userErrors { code field message } }
  }
`);

const Publish = graphql(`
  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }
`);

const Pause = graphql(`
  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }
`);

const Report = graphql(`
  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }
`);

let hub: TestHub;
let admin: string;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  admin = await as(Role.DISTRICT_ADMIN);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const ALL_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type Status = 'DRAFT' | 'PUBLISHED' | 'PAUSED';
let n = 0;

/** Creates a resource through the API as a district admin (a reading room open 08:00–20:00 every day), in `status`. */
async function make(organizationId: string, patch: Partial<CreateResourceInput> = {}, status: Status = 'PUBLISHED'): Promise<string> {
  const input: CreateResourceInput = {
    organizationId,
    kind: 'READING_ROOM',
    title: `搜索测试资源${++n}`,
    location: { lat: 39.9152, lng: 116.4253 },
    capacity: 20,
    windows: [{ days: [...ALL_DAYS], dayType: 'ANY', start: '08:00', end: '20:00' }],
    ...patch,
  };
  const created = await hub.client.data(Create, { input }, admin);
  expect(created.createResource.userErrors).toEqual([]);
  const id = created.createResource.resource!.id;
  if (status !== 'DRAFT') expect((await hub.client.data(Publish, { input: { id } }, admin)).publishResource.userErrors).toEqual([]);
  if (status === 'PAUSED') expect((await hub.client.data(Pause, { input: { id } }, admin)).pauseResource.userErrors).toEqual([]);
  return id;
}

/** Every edge the search returns, all pages of 100 walked. */
async function edges(filter: ResourceFilter, token: string | null = null, orderBy?: ResourceOrder) {
  const all: SearchFindQuery['resources']['edges'] = [];
  let after: string | null = null;
  for (;;) {
    const page: SearchFindQuery = await hub.client.data(Find, { filter, orderBy, first: 100, after }, token);
    all.push(...page.resources.edges);
    if (!page.resources.pageInfo.hasNextPage) return all;
    after = page.resources.pageInfo.endCursor;
  }
}

/** The ids the search finds among `mine` (other tests' resources share the database), in the order found. */
async function found(filter: ResourceFilter, mine: readonly string[], token: string | null = null): Promise<string[]> {
  const wanted = new Set(mine);
  return (await edges(filter, token)).map((e) => e.node.id).filter((id) => wanted.has(id));
}


/** A point `north` and `east` metres from `p` (north exactly along the meridian). */
function offset(p: { lat: number; lng: number }, north: number, east = 0) {
  const deg = 180 / Math.PI;
  return { lat: p.lat + (north / EARTH_RADIUS_METERS) * deg, lng: p.lng + (east / (EARTH_RADIUS_METERS * Math.cos(p.lat / deg))) * deg };
}

const ids = (list: { node: { id: string } }[]) => list.map((e) => e.node.id);

describe('resources: each filter alone', () => {
  it('finds PUBLISHED resources only by default, in id order, without distances', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const draft = await make(org.id, {}, 'DRAFT');
    const a = await make(org.id);
    const paused = await make(org.id, {}, 'PAUSED');
    const b = await make(org.id);
    expect(await found({}, [draft, a, paused, b], admin)).toEqual([a, b]);
    const all = await edges({}, admin);
    expect(all.every((e) => e.node.status === 'PUBLISHED' && e.distanceMeters === null)).toBe(true);
  });

  it('filters by kinds: any of the kinds listed', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const parking = await make(org.id, { kind: 'PARKING' });
    const toilet = await make(org.id, { kind: 'TOILET', capacity: null });
    const room = await make(org.id);
    const mine = [parking, toilet, room];
    expect(await found({ kinds: ['PARKING', 'TOILET'] }, mine)).toEqual([parking, toilet]);
    expect(await found({ kinds: ['READING_ROOM'] }, mine)).toEqual([room]);
    expect(await found({ kinds: ['CLINIC'] }, mine)).toEqual([]);
  });

  it('filters by area: a street finds its own, its communities\' and its grids\' resources, never a sibling street\'s', async () => {
    const pool = hub.app.db.pool;
    const d = await buildDistrict(pool);
    // a street whose id starts with the digits of d.street's id: a path prefix without the slash would match it
    const lookalike = `${d.street.rowId}999999`;
    await pool.query(
      `insert into area (id, kind, parent_id, path, depth, name, lat, lng) overriding system value
       values ($1, 'STREET', $2, $3, 1, '仿冒街道', 39.9, 116.4)`,
      [lookalike, d.district.rowId, `${d.district.path}${lookalike}/`],
    );
    const org = await buildOrganization(hub, d.community);
    const inStreet = await make(org.id, { areaId: d.street.id });
    const inCommunity = await make(org.id);
    const inNeighbour = await make(org.id, { areaId: d.neighbourCommunity.id });
    const inGrid = await make(org.id, { areaId: d.grid.id });
    const inOtherStreet = await make(org.id, { areaId: d.otherStreet.id });
    const inOtherCommunity = await make(org.id, { areaId: d.otherCommunity.id });
    const inOtherGrid = await make(org.id, { areaId: d.otherGrid.id });
    const inLookalike = await make(org.id, { areaId: toGlobalId('Area', lookalike) });
    // the district is this test's alone, so every answer is exact
    expect(ids(await edges({ areaId: d.street.id }))).toEqual([inStreet, inCommunity, inNeighbour, inGrid]);
    expect(ids(await edges({ areaId: d.community.id }))).toEqual([inCommunity, inGrid]);
    expect(ids(await edges({ areaId: d.grid.id }))).toEqual([inGrid]);
    expect(ids(await edges({ areaId: d.otherStreet.id }))).toEqual([inOtherStreet, inOtherCommunity, inOtherGrid]);
    expect(ids(await edges({ areaId: d.district.id }))).toEqual([
      inStreet, inCommunity, inNeighbour, inGrid, inOtherStreet, inOtherCommunity, inOtherGrid, inLookalike,
    ]);
    expect(ids(await edges({ areaId: toGlobalId('Area', '987654321') }))).toEqual([]);
  });

  it('filters by organization', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const a = await make(org.id);
    await make(other.id);
    const b = await make(org.id, { areaId: d.grid.id });
    expect(ids(await edges({ organizationId: org.id }))).toEqual([a, b]);
  });

  it('filters by audiences: any resource serving at least one of them', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const elderlyAndPupils = await make(org.id, { audiences: ['ELDERLY', 'PUPILS'] });
    const pupils = await make(org.id, { audiences: ['PUPILS'] });
    const everyone = await make(org.id);
    const mine = [elderlyAndPupils, pupils, everyone];
    expect(await found({ audiences: ['ELDERLY'] }, mine)).toEqual([elderlyAndPupils]);
    expect(await found({ audiences: ['SANITATION_WORKERS', 'PUPILS'] }, mine)).toEqual([elderlyAndPupils, pupils]);
    expect(await found({ audiences: ['ALL_RESIDENTS'] }, mine)).toEqual([everyone]);
    expect(await found({ audiences: ['SANITATION_WORKERS'] }, mine)).toEqual([]);
  });

  it('filters by access mode', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const toilet = await make(org.id, { kind: 'TOILET', capacity: null });
    const parking = await make(org.id, { kind: 'PARKING' });
    const openRoom = await make(org.id, { accessMode: 'OPEN_ACCESS', capacity: null });
    const mine = [toilet, parking, openRoom];
    expect(await found({ accessMode: 'OPEN_ACCESS' }, mine)).toEqual([toilet, openRoom]);
    expect(await found({ accessMode: 'ALLOCATED' }, mine)).toEqual([parking]);
  });

  it('finds DRAFT and PAUSED resources only within the caller\'s scope', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const published = await make(org.id);
    const draft = await make(org.id, {}, 'DRAFT');
    const paused = await make(org.id, {}, 'PAUSED');
    const gridDraft = await make(org.id, { areaId: d.grid.id }, 'DRAFT');
    const mine = [published, draft, paused, gridDraft];
    const hidden = { statuses: ['DRAFT', 'PAUSED'] } as const;
    const scoped = async (token: string | null) => found({ statuses: [...hidden.statuses] }, mine, token);

    expect(await scoped(null)).toEqual([]);
    expect(await scoped(await as(Role.UNIT_ADMIN, { organizationId: other.id }))).toEqual([]);
    expect(await scoped(await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id }))).toEqual([]);
    expect(await scoped(await as(Role.STREET_ADMIN, { areaId: d.otherStreet.id }))).toEqual([]);
    expect(await scoped(await as(Role.VOLUNTEER, { areaId: d.community.id }))).toEqual([]);

    expect(await scoped(await as(Role.UNIT_ADMIN, { organizationId: org.id }))).toEqual([draft, paused, gridDraft]);
    expect(await scoped(await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id }))).toEqual([draft, paused, gridDraft]);
    expect(await scoped(await as(Role.STREET_ADMIN, { areaId: d.street.id }))).toEqual([draft, paused, gridDraft]);
    // a grid worker is staff of the grid only
    expect(await scoped(await as(Role.GRID_WORKER, { areaId: d.grid.id }))).toEqual([gridDraft]);

    const unitAdmin = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    expect(await found({}, mine, unitAdmin)).toEqual([published]);
    expect(await found({ statuses: ['PAUSED'] }, mine, unitAdmin)).toEqual([paused]);
    expect(await found({ statuses: ['PUBLISHED', 'DRAFT'] }, mine, unitAdmin)).toEqual([published, draft, gridDraft]);
    expect(await found({ statuses: ['PUBLISHED', 'DRAFT', 'PAUSED'] }, mine)).toEqual([published]);
  });

  it('finds within the radius only, nearest first, each edge with its great-circle distance', async () => {
    const center = { lat: 31.2304, lng: 121.4737 }; // far from every other test's resources
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const justOutside = await make(org.id, { location: offset(center, 2010) });
    const south1500 = await make(org.id, { location: offset(center, -1500) });
    const justInside = await make(org.id, { location: offset(center, 1990) });
    const east700 = await make(org.id, { location: offset(center, 0, 700) });
    const west1950 = await make(org.id, { location: offset(center, 0, -1950) });
    const near100 = await make(org.id, { location: offset(center, 60, -80) });
    const far = await make(org.id, { location: offset(center, 30_000, 30_000) });

    const within = await edges({ near: { ...center, radiusMeters: 2000 } });
    expect(ids(within)).toEqual([near100, east700, south1500, west1950, justInside]);
    for (const edge of within) {
      expect(Math.abs(edge.distanceMeters! - greatCircleMeters(center, edge.node.location))).toBeLessThanOrEqual(1e-6);
    }
    expect(within.map((e) => Math.round(e.distanceMeters!))).toEqual([100, 700, 1500, 1950, 1990]);

    // another order keeps the distances; the largest radius reaches the far one
    const byId = await edges({ near: { ...center, radiusMeters: 2000 } }, null, 'ID');
    expect(ids(byId)).toEqual([south1500, justInside, east700, west1950, near100]);
    expect(byId.map((e) => Math.round(e.distanceMeters!))).toEqual([1500, 1990, 700, 1950, 100]);
    expect(ids(await edges({ near: { ...center, radiusMeters: 50_000 } }))).toEqual([
      near100, east700, south1500, west1950, justInside, justOutside, far,
    ]);
  });

  it('takes a GCJ-02 point of a Chinese map SDK, converting it to WGS-84 before measuring', async () => {
    const place = { lat: 30.2741, lng: 120.1551 }; // WGS-84, far from every other test's resources
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const here = await make(org.id, { location: place });
    await make(org.id, { location: offset(place, 150) });
    const gcj = wgs84ToGcj02(place.lat, place.lng);

    const within = await edges({ near: { ...gcj, system: 'GCJ02', radiusMeters: 100 } });
    expect(ids(within)).toEqual([here]);
    // the hub rounds converted points to 1e-7°, about a centimetre
    const wgs = gcj02ToWgs84(gcj.lat, gcj.lng);
    const rounded = { lat: Math.round(wgs.lat * 1e7) / 1e7, lng: Math.round(wgs.lng * 1e7) / 1e7 };
    expect(Math.abs(within[0]!.distanceMeters! - greatCircleMeters(rounded, within[0]!.node.location))).toBeLessThanOrEqual(1e-6);
    expect(within[0]!.distanceMeters!).toBeLessThan(0.05);
    // the same numbers read as WGS-84 lie hundreds of metres away
    expect(await edges({ near: { ...gcj, radiusMeters: 100 } })).toEqual([]);
  });

  it('finds Chinese titles and addresses by any part: one character, two-character words, several words', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const library = await make(org.id, { title: '市图书馆阅览室', address: '东城区建国门内大街1号' });
    const apart = await make(org.id, { title: '阅读室览' }); // 阅 and 览 present, never adjacent
    const byAddress = await make(org.id, { title: '社区活动中心', address: '东城区阅览路3号' });
    const libraryOnly = await make(org.id, { title: '区图书馆', address: '东城区东四大街2号' });
    const split = await make(org.id, { title: '公共阅', address: '览胜街1号' }); // 阅 ends the title, 览 starts the address
    const spaced = await make(org.id, { title: '阅 览 角' });
    const latin = await make(org.id, { title: 'WiFi 自习空间' });
    const scattered = await make(org.id, { title: '阅览角旁的览室' }); // the pairs of 阅览室, not 阅览室
    const mine = [library, apart, byAddress, libraryOnly, split, spaced, latin, scattered];
    const search = (text: string) => found({ text }, mine);

    expect(await search('阅览')).toEqual([library, byAddress, scattered]);
    expect(await search('览')).toEqual([library, apart, byAddress, split, spaced, scattered]);
    expect(await search('阅览室')).toEqual([library]);
    expect(await search('阅览路')).toEqual([byAddress]);
    expect(await search('建国门内')).toEqual([library]);
    expect(await search('图书馆 阅览')).toEqual([library]);
    expect(await search('阅览 图书馆')).toEqual([library]);
    expect(await search('图书馆\u3000阅览')).toEqual([library]); // the ideographic space of Chinese input methods
    expect(await search('  图书馆阅览室  ')).toEqual([library]);
    expect(await search('阅读室')).toEqual([apart]);
    expect(await search('书阅')).toEqual([]);
    expect(await search('图书馆 东四')).toEqual([libraryOnly]);
    expect(await search('wifi')).toEqual([latin]);
    expect(await search('WIFI 空间')).toEqual([latin]);
  });

  it('reports each resource\'s latest live count, null when none was reported', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const counted = await make(org.id, { kind: 'PARKING' });
    const silent = await make(org.id, { kind: 'PARKING' });
    const observedAt = '2026-11-23T13:50:00.000+08:00';
    expect((await hub.client.data(Report, { input: { resourceId: counted, freeCount: 7, observedAt } }, admin)).reportAvailability.userErrors).toEqual([]);
    const data = await hub.client.data(Latest, { filter: { organizationId: org.id } });
    expect(data.resources.edges.map((e) => [e.node.id, e.node.latestAvailability])).toEqual([
      [counted, { freeCount: 7, observedAt }],
      [silent, null],
    ]);
  });
});

describe('resources: several filters at once', () => {
  it('finds only what meets every condition, and each condition keeps out exactly its decoy', async () => {
    const center = { lat: 34.2658, lng: 108.9541 }; // far from every other test's resources
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const otherOrg = await buildOrganization(hub, d.community);
    const base: Partial<CreateResourceInput> = {
      title: '街道图书馆阅览室',
      areaId: d.grid.id,
      audiences: ['ELDERLY', 'PUPILS'],
      accessMode: 'OPEN_ACCESS',
      capacity: null,
      location: offset(center, 300),
    };
    const match = await make(org.id, base);
    const decoys = {
      kinds: await make(org.id, { ...base, kind: 'ACTIVITY_VENUE' }),
      areaId: await make(org.id, { ...base, areaId: d.neighbourCommunity.id }),
      organizationId: await make(otherOrg.id, base),
      audiences: await make(org.id, { ...base, audiences: ['SANITATION_WORKERS'] }),
      accessMode: await make(org.id, { ...base, accessMode: 'ALLOCATED', capacity: 12 }),
      statuses: await make(org.id, base, 'PAUSED'),
      openAt: await make(org.id, { ...base, windows: [{ days: [...ALL_DAYS], dayType: 'ANY', start: '20:00', end: '22:00' }] }),
      near: await make(org.id, { ...base, location: offset(center, 1500) }),
      text: await make(org.id, { ...base, title: '街道图书馆自习室' }),
    };
    const filter: ResourceFilter = {
      kinds: ['READING_ROOM', 'TOILET'],
      areaId: d.community.id,
      organizationId: org.id,
      audiences: ['ELDERLY', 'OUTDOOR_WORKERS'],
      accessMode: 'OPEN_ACCESS',
      statuses: ['PUBLISHED'],
      openAt: '2027-10-06T10:00:00+08:00',
      near: { ...center, radiusMeters: 1000 },
      text: '图书馆 阅览',
    };
    const loosened: Record<keyof typeof decoys, ResourceFilter> = {
      kinds: { kinds: null },
      areaId: { areaId: d.street.id },
      organizationId: { organizationId: null },
      audiences: { audiences: ['SANITATION_WORKERS', 'ELDERLY'] },
      accessMode: { accessMode: null },
      statuses: { statuses: ['PUBLISHED', 'PAUSED'] },
      openAt: { openAt: '2027-10-06T21:00:00+08:00' },
      near: { near: { ...center, radiusMeters: 2000 } },
      text: { text: '图书馆' },
    };

    const all = await edges(filter, admin);
    expect(all.map((e) => [e.node.id, Math.round(e.distanceMeters!)])).toEqual([[match, 300]]);
    for (const [condition, decoy] of Object.entries(decoys) as [keyof typeof decoys, string][]) {
      const looser = ids(await edges({ ...filter, ...loosened[condition] }, admin));
      // the open-at decoy is open at 21:00 and the match is not
      const expected = condition === 'openAt' ? [decoy] : [match, decoy];
      expect({ condition, found: looser }).toEqual({ condition, found: expected });
    }
  });
});

describe('resources: bad arguments', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a radius of 0', { filter: { near: { lat: 39.9, lng: 116.4, radiusMeters: 0 } } }, 'filter.near.radiusMeters'],
    ['a negative radius', { filter: { near: { lat: 39.9, lng: 116.4, radiusMeters: -5 } } }, 'filter.near.radiusMeters'],
    ['a radius of 60 km', { filter: { near: { lat: 39.9, lng: 116.4, radiusMeters: 60_000 } } }, 'filter.near.radiusMeters'],
    ['a radius just over 50 km', { filter: { near: { lat: 39.9, lng: 116.4, radiusMeters: 50_000.5 } } }, 'filter.near.radiusMeters'],
    ['a latitude out of range', { filter: { near: { lat: 91, lng: 116.4, radiusMeters: 100 } } }, 'filter.near.lat'],
    ['a blank text', { filter: { text: '   ' } }, 'filter.text'],
    ['an empty text', { filter: { text: '' } }, 'filter.text'],
    ['a text of 51 characters', { filter: { text: '阅'.repeat(51) } }, 'filter.text'],
    ['DISTANCE order without near', { orderBy: 'DISTANCE' }, 'orderBy'],
    ['first: 101', { first: 101 }, 'first'],
    ['first: -1', { first: -1 }, 'first'],
    ['an area id that is not an id', { filter: { areaId: 'not-an-id' } }, 'filter.areaId'],
    ['an organization id that is an area\'s', { filter: { organizationId: toGlobalId('Area', '1') } }, 'filter.organizationId'],
  ])('rejects %s as BAD_USER_INPUT naming the field', async (_label, variables, field) => {
    const result = await hub.client.request(Find, variables as never);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data ?? null).toBeNull();
  });

  it('rejects an openAt without an offset as BAD_USER_INPUT', async () => {
    expect(await hub.client.errorCode(Find, { filter: { openAt: '2027-10-06T10:00:00' } })).toBe('BAD_USER_INPUT');
  });
});
