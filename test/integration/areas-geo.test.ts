import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, openHubDatabase } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { ManualClock } from '../../src/shared/clock.js';
import { fromWgs84 } from '../../src/shared/geo.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildOrganization, eventsOf, type BuiltArea } from '../kit/builders.js';
import { TestClient } from '../kit/client.js';
import { demandInput } from '../kit/demands.js';
import { startHubOn, startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

/*
 * Boundaries, areasAt and area-less createResource/postDemand, on a district entered only through the API, the
 * district itself included (as a hub started with SEED_ON_EMPTY=false enters it): a street, two communities, three levels of
 * grids, given in WGS-84, GCJ-02 and BD-09. Degrees below are WGS-84 unless said; 0.001° is about 85 m of
 * longitude and 111 m of latitude here.
 *
 *   street   116.400–116.420 × 39.900–39.920
 *   c1       116.400–116.410 × 39.900–39.920      c2  116.410–116.420 × 39.900–39.910 (nothing north of it)
 *   g1 (L1)  116.400–116.410 × 39.900–39.910, given in GCJ-02 (c1's north half has no grid)
 *   g2 (L2)  116.400–116.405 × 39.900–39.905, given in BD-09
 *   g3 (L3)  116.400–116.4025 × 39.900–39.9025
 */

const Create = graphql(`
  mutation AreaGeoCreate($input: CreateAreaInput!) {
    createArea(input: $input) { area { id kind gridLevel boundary } userErrors { code field message } }
  }
`);

const Update = graphql(`
  mutation AreaGeoUpdate($input: UpdateAreaInput!) {
    updateArea(input: $input) { area { id version boundary } userErrors { code field message } }
  }
`);

const Boundary = graphql(`
  query AreaGeoBoundary($id: ID!) {
    area(id: $id) { id version wgs: boundary gcj: boundary(system: GCJ02) bd: boundary(system: BD09) }
  }
`);

const At = graphql(`
  query AreaGeoAt($point: GeoPointInput!) {
    areasAt(point: $point) { id kind name }
  }
`);

const CreateResource = graphql(`
  mutation AreaGeoCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id area { id } } userErrors { code field message } }
  }
`);

const PostDemand = graphql(`
  mutation AreaGeoPostDemand($input: PostDemandInput!) {
    postDemand(input: $input) { demand { id area { id } } userErrors { code field message } }
  }
`);

const ChildCount = graphql(`
  query AreaGeoChildCount($id: ID!) {
    area(id: $id) { children(first: 100) { totalCount } }
  }
`);

type System = 'WGS84' | 'GCJ02' | 'BD09';
type Position = [number, number];

/** A rectangle as a closed GeoJSON ring, counter-clockwise, its corners converted to `system`. */
function rect(west: number, south: number, east: number, north: number, system: System = 'WGS84') {
  const corners: Position[] = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  const ring = corners.map(([lng, lat]): Position => {
    const p = fromWgs84(system, lat, lng);
    return [p.lng, p.lat];
  });
  return { system, geojson: { type: 'Polygon', coordinates: [ring] } };
}

let hub: TestHub;
let admin: string;
let district: string;
const a = {} as Record<'street' | 'c1' | 'c2' | 'g1' | 'g2' | 'g3', string>;
let org: { id: string };

async function create(input: Record<string, unknown>) {
  const data = await hub.client.data(Create, { input: { name: `区域${Object.keys(a).length}`, centroid: { lat: 39.9, lng: 116.4 }, ...input } as never }, admin);
  expect(data.createArea.userErrors).toEqual([]);
  return data.createArea.area!;
}

/** createArea's userErrors (an error fails the test) and whether the parent's children stayed as they were. */
async function refused(input: Record<string, unknown>) {
  const parentId = input.parentId as string;
  const before = (await hub.client.data(ChildCount, { id: parentId })).area!.children.totalCount;
  const data = await hub.client.data(Create, { input: { name: '冲突区域', centroid: { lat: 39.9, lng: 116.4 }, ...input } as never }, admin);
  expect(data.createArea.area).toBeNull();
  expect((await hub.client.data(ChildCount, { id: parentId })).area!.children.totalCount).toBe(before);
  return data.createArea.userErrors;
}

/** The error of a createArea refused as bad input, and that nothing was written. */
async function badBoundary(geojson: unknown, parentId = a.c2) {
  const before = (await hub.client.data(ChildCount, { id: parentId })).area!.children.totalCount;
  const result = await hub.client.request(
    Create,
    { input: { kind: 'GRID', parentId, name: '坏边界', centroid: { lat: 39.905, lng: 116.415 }, boundary: { geojson } } as never },
    { token: admin },
  );
  expect((await hub.client.data(ChildCount, { id: parentId })).area!.children.totalCount).toBe(before);
  return { code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field as string | undefined };
}

const chainAt = async (lat: number, lng: number, system: System = 'WGS84') =>
  (await hub.client.data(At, { point: { lat, lng, system } })).areasAt.map((x) => x.id);

beforeAll(async () => {
  // a boundary of 10,000 positions is some 400 kB of JSON: more than the default MAX_BODY_BYTES admits
  hub = await startTestHub({ MAX_BODY_BYTES: '1000000' });
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  // the district itself, as a hub started empty (SEED_ON_EMPTY=false) enters it: only the district admin, only once
  district = (await create({ kind: 'DISTRICT', name: '测试区', centroid: { lat: 39.91, lng: 116.41 } })).id;
  a.street = (await create({ kind: 'STREET', parentId: district, boundary: rect(116.4, 39.9, 116.42, 39.92) })).id;
  a.c1 = (await create({ kind: 'COMMUNITY', parentId: a.street, boundary: rect(116.4, 39.9, 116.41, 39.92) })).id;
  a.c2 = (await create({ kind: 'COMMUNITY', parentId: a.street, boundary: rect(116.41, 39.9, 116.42, 39.91) })).id;
  a.g1 = (await create({ kind: 'GRID', parentId: a.c1, boundary: rect(116.4, 39.9, 116.41, 39.91, 'GCJ02') })).id;
  a.g2 = (await create({ kind: 'GRID', parentId: a.g1, boundary: rect(116.4, 39.9, 116.405, 39.905, 'BD09') })).id;
  const g3 = await create({ kind: 'GRID', parentId: a.g2, boundary: rect(116.4, 39.9, 116.4025, 39.9025) });
  expect(g3.gridLevel).toBe(3);
  a.g3 = g3.id;
  org = await buildOrganization(hub, { id: a.c1 } as BuiltArea);
}, 60_000);
afterAll(() => hub?.close());

describe('the district itself', () => {
  it('is entered once, by the district admin: a second is AREA_PARENT_KIND, anyone else FORBIDDEN, a parent given AREA_PARENT_KIND', async () => {
    const again = { kind: 'DISTRICT', name: '第二个区', centroid: { lat: 39.91, lng: 116.41 } };
    expect((await hub.client.data(Create, { input: again as never }, admin)).createArea.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['AREA_PARENT_KIND', 'input.kind'],
    ]);
    expect((await hub.client.data(Create, { input: { ...again, parentId: district } as never }, admin)).createArea.userErrors.map((e) => e.code)).toEqual([
      'AREA_PARENT_KIND',
    ]);
    for (const token of [await hub.token({ role: Role.STREET_ADMIN, areaId: a.street }), await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: a.c1 })]) {
      expect(await hub.client.errorCode(Create, { input: again as never }, token)).toBe('FORBIDDEN');
    }
    // any other kind without a parent is bad input
    expect(await hub.client.errorCode(Create, { input: { ...again, kind: 'STREET' } as never }, admin)).toBe('BAD_USER_INPUT');
    const { rows } = await hub.app.db.pool.query<{ n: number }>('select count(*)::int as n from area where parent_id is null');
    expect(rows[0]!.n).toBe(1);
  });
});

describe('boundaries', () => {
  it('are stored in WGS-84 whatever they were given in, and given back in the system asked for', async () => {
    const g1 = (await hub.client.data(Boundary, { id: a.g1 })).area!;
    const wgs = (g1.wgs as { type: string; coordinates: Position[][] });
    expect(wgs.type).toBe('Polygon');
    // given in GCJ-02: stored as the WGS-84 corners, to the 7 decimals points keep
    const expected = rect(116.4, 39.9, 116.41, 39.91).geojson.coordinates[0]!;
    wgs.coordinates[0]!.forEach(([lng, lat], i) => {
      expect(lng).toBeCloseTo(expected[i]![0], 6);
      expect(lat).toBeCloseTo(expected[i]![1], 6);
    });
    // and given back in GCJ-02 as given
    const given = rect(116.4, 39.9, 116.41, 39.91, 'GCJ02').geojson.coordinates[0]!;
    (g1.gcj as { coordinates: Position[][] }).coordinates[0]!.forEach(([lng, lat], i) => {
      expect(lng).toBeCloseTo(given[i]![0], 6);
      expect(lat).toBeCloseTo(given[i]![1], 6);
    });
    expect((g1.bd as { coordinates: Position[][] }).coordinates[0]![0]![0]).toBeGreaterThan(116.405);
  });

  it('are refused as BAD_USER_INPUT when not a Polygon or MultiPolygon', async () => {
    expect(await badBoundary({ type: 'LineString', coordinates: [[116.41, 39.9], [116.42, 39.91]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.type' });
    expect(await badBoundary({ type: 'Point', coordinates: [116.41, 39.9] })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.type' });
    expect(await badBoundary({ type: 'Feature', geometry: { type: 'LineString', coordinates: [] } }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.geometry.type' });
  });

  it('are refused as BAD_USER_INPUT when a ring is not closed or has fewer than 4 positions', async () => {
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [116.42, 39.9], [116.42, 39.91], [116.41, 39.91]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[0]' });
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [116.42, 39.9], [116.41, 39.9]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[0]' });
    // closed, but on one line
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [116.412, 39.902], [116.414, 39.904], [116.41, 39.9]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[0]' });
    // a MultiPolygon's second polygon unclosed
    const closed = rect(116.411, 39.901, 116.412, 39.902).geojson.coordinates;
    expect(await badBoundary({ type: 'MultiPolygon', coordinates: [closed, [[[116.413, 39.901], [116.414, 39.901], [116.414, 39.902], [116.413, 39.902]]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[1][0]' });
  });

  it('are refused as BAD_USER_INPUT when they intersect themselves', async () => {
    // a bow tie
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [116.42, 39.91], [116.42, 39.9], [116.41, 39.91], [116.41, 39.9]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates' });
    // two polygons of a MultiPolygon crossing each other
    const one = rect(116.411, 39.901, 116.413, 39.903).geojson.coordinates;
    const two = rect(116.412, 39.902, 116.414, 39.904).geojson.coordinates;
    expect(await badBoundary({ type: 'MultiPolygon', coordinates: [one, two] })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates' });
  });

  it('are refused as BAD_USER_INPUT over 10,000 positions, or with coordinates out of range', async () => {
    const ring: Position[] = [];
    for (let i = 0; i < 10_001; i++) {
      const t = (2 * Math.PI * i) / 10_001;
      ring.push([116.415 + 0.002 * Math.cos(t), 39.905 + 0.002 * Math.sin(t)]);
    }
    ring.push(ring[0]!);
    expect(await badBoundary({ type: 'Polygon', coordinates: [ring] })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates' });
    // 10,000 in all is accepted: a circle in c1's north-west corner
    const circle: Position[] = [];
    for (let i = 0; i < 9_999; i++) {
      const t = (2 * Math.PI * i) / 9_999;
      circle.push([116.4015 + 0.001 * Math.cos(t), 39.9185 + 0.001 * Math.sin(t)]);
    }
    circle.push(circle[0]!);
    const round = await create({ kind: 'GRID', parentId: a.c1, boundary: { geojson: { type: 'Polygon', coordinates: [circle] } } });
    expect((round.boundary as { coordinates: Position[][] }).coordinates[0]).toHaveLength(10_000);
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [116.42, 39.9], [116.42, 95], [116.41, 39.9]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[0][2]' });
    expect(await badBoundary({ type: 'Polygon', coordinates: [[[116.41, 39.9], [216.42, 39.9], [116.42, 39.91], [116.41, 39.9]]] }))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'input.boundary.geojson.coordinates[0][1]' });
  });

  it('may reach up to AREA_BOUNDARY_TOLERANCE_M (20 m) outside the parent and into a sibling, and no further', async () => {
    // ga, and gb overlapping ga by 0.0001° (8.5 m) and reaching 8.5 m east of c2 and the street: accepted
    const ga = await create({ kind: 'GRID', parentId: a.c2, boundary: rect(116.41, 39.9, 116.415, 39.905) });
    const gb = await create({ kind: 'GRID', parentId: a.c2, boundary: rect(116.4149, 39.9, 116.4201, 39.905) });
    expect(ga.gridLevel).toBe(1);
    expect(gb.boundary).not.toBeNull();
    // 0.0015° (128 m) beyond c2's east edge
    const outside = await refused({ kind: 'GRID', parentId: a.c2, boundary: rect(116.416, 39.905, 116.4215, 39.91) });
    expect(outside).toMatchObject([{ code: 'AREA_BOUNDARY_CONFLICT', field: 'input.boundary' }]);
    expect(outside[0]!.message).toMatch(/outside its parent/);
    // overlapping ga by 0.0005° of latitude (55 m)
    const overlapping = await refused({ kind: 'GRID', parentId: a.c2, boundary: rect(116.411, 39.9045, 116.414, 39.91) });
    expect(overlapping).toMatchObject([{ code: 'AREA_BOUNDARY_CONFLICT', field: 'input.boundary' }]);
    expect(overlapping[0]!.message).toMatch(/overlaps its sibling/);
    // a community whose MultiPolygon has a second polygon, 130 m wide, inside c1: checked as a whole
    const multi = await refused({
      kind: 'COMMUNITY', parentId: a.street,
      boundary: { geojson: { type: 'MultiPolygon', coordinates: [rect(116.41, 39.911, 116.415, 39.92).geojson.coordinates, rect(116.408, 39.915, 116.4095, 39.916).geojson.coordinates] } },
    });
    expect(multi).toMatchObject([{ code: 'AREA_BOUNDARY_CONFLICT' }]);
  });

  it('are held to the tolerance the instance is configured with: none under AREA_BOUNDARY_TOLERANCE_M=0', async () => {
    const db = await openHubDatabase(hub.database.url, { poolSize: 2 });
    const strict = await startHubOn({ db, url: hub.database.url, drop: () => db.close() }, { AREA_BOUNDARY_TOLERANCE_M: '0' });
    try {
      const token = await strict.token({ role: Role.DISTRICT_ADMIN });
      // reaching 8.5 m west of c2: within 20 m (as gb above), a conflict with none
      const data = await strict.client.data(Create, {
        input: { kind: 'GRID', parentId: a.c2, name: '严格网格', centroid: { lat: 39.907, lng: 116.412 }, boundary: rect(116.4099, 39.906, 116.412, 39.908) } as never,
      }, token);
      expect(data.createArea.userErrors).toMatchObject([{ code: 'AREA_BOUNDARY_CONFLICT' }]);
      // a point 8.5 m east of g3, in g3's name
      const posted = await strict.client.data(PostDemand, { input: { ...demandInput({ id: a.g3 } as BuiltArea), location: { lat: 39.901, lng: 116.4026 } } }, token);
      expect(posted.postDemand.userErrors).toMatchObject([{ code: 'POINT_OUTSIDE_AREA' }]);
    } finally {
      await strict.close();
    }
  });

  it('may be changed and removed by updateArea; a parent re-bounded so that a child falls outside is a conflict', async () => {
    const read = async () => (await hub.client.data(Boundary, { id: a.c1 })).area!;
    const v = (await read()).version;
    // shrinking c1 to its north half leaves g1 (its south half) outside
    const shrunk = await hub.client.data(Update, { input: { id: a.c1, version: v, boundary: rect(116.4, 39.91, 116.41, 39.92) } }, admin);
    expect(shrunk.updateArea.userErrors).toMatchObject([{ code: 'AREA_BOUNDARY_CONFLICT', field: 'input.boundary' }]);
    expect(shrunk.updateArea.userErrors[0]!.message).toMatch(/child/);
    // a little wider (and given in BD-09): accepted, a new version
    const wider = await hub.client.data(Update, { input: { id: a.c1, version: v, boundary: rect(116.4, 39.9, 116.4101, 39.92, 'BD09') } }, admin);
    expect(wider.updateArea.userErrors).toEqual([]);
    expect(wider.updateArea.area!.version).toBe(v + 1);
    // both at once is bad input; removing it: no boundary, and areasAt passes through c1 as an ancestor
    expect(await hub.client.errorCode(Update, { input: { id: a.c1, version: v + 1, removeBoundary: true, boundary: rect(116.4, 39.9, 116.41, 39.92) } }, admin))
      .toBe('BAD_USER_INPUT');
    const removed = await hub.client.data(Update, { input: { id: a.c1, version: v + 1, removeBoundary: true } }, admin);
    expect(removed.updateArea.area!.boundary).toBeNull();
    expect((await read()).wgs).toBeNull();
    expect(await chainAt(39.901, 116.401)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
    const back = await hub.client.data(Update, { input: { id: a.c1, version: v + 2, boundary: rect(116.4, 39.9, 116.41, 39.92) } }, admin);
    expect(back.updateArea.userErrors).toEqual([]);
    // each change recorded: created with a boundary, then three updates of it
    const events = await eventsOf(hub, a.c1);
    expect(events.map((e) => [e.type, e.data.changed ?? e.data.boundary])).toEqual([
      ['AREA_CREATED', true], ['AREA_UPDATED', ['boundary']], ['AREA_UPDATED', ['boundary']], ['AREA_UPDATED', ['boundary']],
    ]);
  });
});

describe('areasAt', () => {
  it('gives the chain from the district to the deepest grid holding a point', async () => {
    expect(await chainAt(39.901, 116.401)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
    // the same point as AMap gives it
    const gcj = fromWgs84('GCJ02', 39.901, 116.401);
    expect(await chainAt(gcj.lat, gcj.lng, 'GCJ02')).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
    // in g2 beside g3; in c1's north half, which no grid covers
    expect(await chainAt(39.904, 116.404)).toEqual([district, a.street, a.c1, a.g1, a.g2]);
    expect(await chainAt(39.915, 116.405)).toEqual([district, a.street, a.c1]);
  });

  it('counts a point on an edge, or on a corner, as inside', async () => {
    expect(await chainAt(39.901, 116.4025)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
    expect(await chainAt(39.9025, 116.4025)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
  });

  it('gives the district alone outside every boundary, and the street where no community covers the point', async () => {
    expect(await chainAt(39.95, 116.5)).toEqual([district]);
    expect(await chainAt(39.915, 116.415)).toEqual([district, a.street]);
  });

  it('gives nothing outside the district once the district has a boundary', async () => {
    const { version } = (await hub.client.data(Boundary, { id: district })).area!;
    const bounded = await hub.client.data(Update, { input: { id: district, version, boundary: rect(116.39, 39.89, 116.43, 39.93) } }, admin);
    expect(bounded.updateArea.userErrors).toEqual([]);
    expect(await chainAt(39.95, 116.5)).toEqual([]);
    expect(await chainAt(39.915, 116.415)).toEqual([district, a.street]);
    expect(await chainAt(39.901, 116.401)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
  });
});

describe('createResource and postDemand without an area', () => {
  const resource = (lat: number, lng: number, areaId?: string) => ({
    organizationId: org.id, kind: 'TOILET' as const, title: `公厕${lat}${lng}${areaId ?? ''}`, location: { lat, lng }, areaId,
  });

  it('land in the deepest grid holding the point, else the community', async () => {
    const inG3 = await hub.client.data(CreateResource, { input: resource(39.901, 116.401) }, admin);
    expect(inG3.createResource.resource!.area.id).toBe(a.g3);
    const inC1 = await hub.client.data(CreateResource, { input: resource(39.915, 116.405) }, admin);
    expect(inC1.createResource.resource!.area.id).toBe(a.c1);

    const demand = (lat: number, lng: number) => ({ ...demandInput({ id: a.g3 } as BuiltArea), areaId: undefined, location: { lat, lng } });
    const posted = await hub.client.data(PostDemand, { input: demand(39.901, 116.401) }, admin);
    expect(posted.postDemand.demand!.area.id).toBe(a.g3);
    const inCommunity = await hub.client.data(PostDemand, { input: demand(39.915, 116.405) }, admin);
    expect(inCommunity.postDemand.demand!.area.id).toBe(a.c1);
    // in c2's north half, which no grid covers: the community
    const inC2 = await hub.client.data(PostDemand, { input: demand(39.9075, 116.418) }, admin);
    expect(inC2.postDemand.demand!.area.id).toBe(a.c2);
  });

  it('where no community holds the point: a demand is AREA_NOT_FOUND_AT_POINT, a resource goes to its unit\'s area', async () => {
    const demand = { ...demandInput({ id: a.g3 } as BuiltArea), areaId: undefined, location: { lat: 39.915, lng: 116.415 } };
    const refusedDemand = await hub.client.data(PostDemand, { input: demand }, admin);
    expect(refusedDemand.postDemand).toMatchObject({ demand: null, userErrors: [{ code: 'AREA_NOT_FOUND_AT_POINT', field: 'input.location' }] });
    const unit = await hub.client.data(CreateResource, { input: resource(39.915, 116.415) }, admin);
    expect(unit.createResource.resource!.area.id).toBe(a.c1);
  });

  it('naming an area with a point outside its boundary is POINT_OUTSIDE_AREA; within the tolerance it is accepted', async () => {
    const far = await hub.client.data(CreateResource, { input: resource(39.905, 116.415, a.g3) }, admin);
    expect(far.createResource).toMatchObject({ resource: null, userErrors: [{ code: 'POINT_OUTSIDE_AREA', field: 'input.location' }] });
    const demand = { ...demandInput({ id: a.g3 } as BuiltArea), location: { lat: 39.905, lng: 116.415 } };
    const farDemand = await hub.client.data(PostDemand, { input: demand }, admin);
    expect(farDemand.postDemand).toMatchObject({ demand: null, userErrors: [{ code: 'POINT_OUTSIDE_AREA', field: 'input.location' }] });
    // 0.0001° (8.5 m) east of g3
    const near = await hub.client.data(PostDemand, { input: { ...demand, location: { lat: 39.901, lng: 116.4026 } } }, admin);
    expect(near.postDemand.userErrors).toEqual([]);
    expect(near.postDemand.demand!.area.id).toBe(a.g3);
  });
});

describe('moveArea with boundaries', () => {
  const Move = graphql(`
    mutation AreaGeoMove($input: MoveAreaInput!) {
      moveArea(input: $input) { area { id parent { id } } userErrors { code field message } }
    }
  `);

  it('does not hold a move to boundaries: the parents are redrawn after it, the old one shrunk first', async () => {
    // g3 lies in c1's south-west corner, wholly outside c2: moved all the same, then back
    const before = (await hub.client.data(Boundary, { id: a.g3 })).area!;
    const data = await hub.client.data(Move, { input: { id: a.g3, newParentId: a.c2, version: before.version } }, admin);
    expect(data.moveArea.userErrors).toEqual([]);
    expect(data.moveArea.area!.parent!.id).toBe(a.c2);
    const back = await hub.client.data(Move, { input: { id: a.g3, newParentId: a.g2, version: before.version + 1 } }, admin);
    expect(back.moveArea.userErrors).toEqual([]);
    expect(await chainAt(39.901, 116.401)).toEqual([district, a.street, a.c1, a.g1, a.g2, a.g3]);
  });

  it('moves a bounded grid where nothing conflicts, and areasAt follows it', async () => {
    // a level-2 grid of g1 without a boundary: nothing to reach outside of, no bounded sibling for g3 there
    const gu = await create({ kind: 'GRID', parentId: a.g1 });
    const before = (await hub.client.data(Boundary, { id: a.g3 })).area!;
    const data = await hub.client.data(Move, { input: { id: a.g3, newParentId: gu.id, version: before.version } }, admin);
    expect(data.moveArea.userErrors).toEqual([]);
    expect(data.moveArea.area!.parent!.id).toBe(gu.id);
    expect(await chainAt(39.901, 116.401)).toEqual([district, a.street, a.c1, a.g1, gu.id, a.g3]);
    // and back, so the tests after this one find the tree as built
    const back = await hub.client.data(Move, { input: { id: a.g3, newParentId: a.g2, version: before.version + 1 } }, admin);
    expect(back.moveArea.userErrors).toEqual([]);
  });
});

describe('the seeded district', () => {
  let db: Database;
  let server: RunningServer;
  let client: TestClient;
  beforeAll(async () => {
    db = await openHubDatabase(inject('seededUrl'), { poolSize: 2 });
    server = await createServer(createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), db, new ManualClock(new Date(TEST_NOW))), { port: 0, host: '127.0.0.1' });
    client = new TestClient(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const Grids = graphql(`
    query AreaGeoSeededGrids { areas(kind: GRID, first: 100) { edges { node { id centroid { lat lng } parent { id parent { id } } } } } }
  `);

  it('answers areasAt with district, street, community and grid for every seeded grid\'s centroid', async () => {
    const grids = (await client.data(Grids)).areas.edges.map((e) => e.node);
    expect(grids).toHaveLength(63);
    for (const grid of grids) {
      const chain = (await client.data(At, { point: { lat: grid.centroid.lat, lng: grid.centroid.lng } })).areasAt;
      expect(chain.map((x) => x.kind)).toEqual(['DISTRICT', 'STREET', 'COMMUNITY', 'GRID']);
      expect(chain.slice(1).map((x) => x.id)).toEqual([grid.parent!.parent!.id, grid.parent!.id, grid.id]);
    }
  });
});
