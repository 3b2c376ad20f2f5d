import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../src/app.js';
import { fromWgs84, greatCircleMeters, type CoordinateSystem, type LatLng } from '../../src/shared/geo.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { postDemand } from '../kit/demands.js';
import { startHubOn, startTestHub, type TestHub } from '../kit/server.js';
import { delivered, wsClient, wsSubscribed, type TestWsClient } from '../kit/ws-client.js';

/*
 * Every point the API returns takes `system` and comes back in it, converted from the stored WGS-84 at
 * resolve time: on the read path's lists, by id and `node`, joined relations, search edges, subscriptions,
 * with both executors.
 */

const CreateAt = graphql(`
  mutation CoordCreate($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id } userErrors { code field message } }
  }
`);

const PublishAt = graphql(`
  mutation CoordPublish($input: ResourceStatusInput!) {
    publishResource(input: $input) { resource { id } userErrors { code } }
  }
`);

const ListIn = graphql(`
  query CoordList($org: ID!, $system: CoordinateSystem!) {
    resources(filter: { organizationId: $org }, first: 10) {
      edges { node { id title location(system: $system) { lat lng system } } }
    }
  }
`);

const ById = graphql(`
  query CoordById($id: ID!, $system: CoordinateSystem!) {
    resource(id: $id) { location(system: $system) { lat lng system } }
    node(id: $id) { ... on Resource { location(system: $system) { lat lng system } } }
  }
`);

const Aliases = graphql(`
  query CoordAliases($org: ID!, $id: ID!) {
    resources(filter: { organizationId: $org }, first: 10) {
      edges {
        node {
          id
          gcj: location(system: GCJ02) { lat lng system }
          plain: location { lat lng system }
          bd: location(system: BD09) { lat lng system }
          wgs: location(system: WGS84) { lat lng }
        }
      }
    }
    resource(id: $id) {
      gcj: location(system: GCJ02) { lat lng system }
      plain: location { lat lng system }
    }
  }
`);

const Nested = graphql(`
  query CoordNested($org: ID!, $id: ID!) {
    resources(filter: { organizationId: $org }, first: 10) {
      edges {
        node {
          organization { location(system: BD09) { lat lng system } plain: location { lat lng } }
          area { centroid(system: GCJ02) { lat lng system } parent { centroid(system: BD09) { lat lng system } } }
        }
      }
    }
    node(id: $id) {
      ... on Resource {
        organization { location(system: BD09) { lat lng system } }
        area { centroid(system: GCJ02) { lat lng system } }
      }
    }
  }
`);

const Near = graphql(`
  query CoordNear($near: NearInput!) {
    resources(filter: { near: $near }, first: 50) {
      edges { distanceMeters node { id location(system: GCJ02) { lat lng system } } }
    }
  }
`);

const DemandAt = graphql(`
  query CoordDemand($id: ID!) {
    demand(id: $id) { gcj: location(system: GCJ02) { lat lng system } plain: location { lat lng system } }
  }
`);

const Report = graphql(`
  mutation CoordReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) { observation { id } userErrors { code } }
  }
`);

const AVAILABILITY = `subscription CoordAvail($ids: [ID!]) {
  availabilityChanged(filter: { resourceIds: $ids }) {
    isHeartbeat
    resource {
      gcj: location(system: GCJ02) { lat lng system }
      plain: location { lat lng system }
      organization { location(system: BD09) { lat lng system } }
    }
  }
}`;

type Point = { lat: number; lng: number; system?: string };
type AvailMessage = { availabilityChanged: { isHeartbeat: boolean; resource: { gcj: Point; plain: Point; organization: { location: Point } } } };

const SYSTEMS = ['WGS84', 'GCJ02', 'BD09'] as const satisfies readonly CoordinateSystem[];
// a car park in 建国门, as GPS has it
const PLACE: LatLng = { lat: 39.91543, lng: 116.43123 };
// where buildOrganization puts every unit, WGS-84
const UNIT_PLACE: LatLng = { lat: 39.915, lng: 116.425 };
// the centroids buildDistrict gives the community and its street
const COMMUNITY_CENTROID: LatLng = { lat: 39.915, lng: 116.425 };
const STREET_CENTROID: LatLng = { lat: 39.91, lng: 116.43 };

const inSystem = (system: CoordinateSystem, p: LatLng) => fromWgs84(system, p.lat, p.lng);

/** Within a metre of `expected` and in its system. */
function near(actual: Point | null | undefined, expected: LatLng, system: CoordinateSystem) {
  expect(actual?.system).toBe(system);
  expect(greatCircleMeters(actual!, expected)).toBeLessThan(1);
}

let hub: TestHub;
let other: TestHub;
let d: District;
let admin: string;
let org: { id: string; rowId: string };
/** One resource per system, each created from PLACE given in that system. */
const created = {} as Record<CoordinateSystem, string>;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub({ GRAPHQL_EXECUTOR: 'jit' });
  // the other executor, on the same database
  const db = await openHubDatabase(hub.database.url, { poolSize: 3 });
  other = await startHubOn({ db, url: hub.database.url, drop: () => db.close() }, { GRAPHQL_EXECUTOR: 'graphql-js' });
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  org = await buildOrganization(hub, d.community);
  for (const system of SYSTEMS) {
    const data = await hub.client.data(
      CreateAt,
      {
        input: {
          organizationId: org.id,
          kind: 'PARKING',
          title: `坐标测试停车场 ${system}`,
          location: { ...inSystem(system, PLACE), system },
          capacity: 10,
          capacityUnit: '个车位',
          windows: [{ days: ['MONDAY'], dayType: 'ANY', start: '19:00', end: '23:00' }],
        },
      },
      admin,
    );
    expect(data.createResource.userErrors).toEqual([]);
    created[system] = data.createResource.resource!.id;
    await hub.client.data(PublishAt, { input: { id: created[system] } }, admin);
  }
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await other?.close();
  await hub?.close();
});

const executors = () => [
  ['graphql-jit', hub],
  ['graphql-js', other],
] as const;

describe.each(['graphql-jit', 'graphql-js'])('with %s', (executor) => {
  const target = () => executors().find(([name]) => name === executor)![1];

  it.each(SYSTEMS)('gives back a point created in %s in that system, within a metre, on the resources list', async (system) => {
    const data = await target().client.data(ListIn, { org: org.id, system }, admin);
    const node = data.resources.edges.map((e) => e.node).find((n) => n.id === created[system])!;
    near(node.location, inSystem(system, PLACE), system);
  });

  it.each(SYSTEMS)('gives back a point created in %s in that system by id and by node', async (system) => {
    const data = await target().client.data(ById, { id: created[system], system }, admin);
    near(data.resource!.location, inSystem(system, PLACE), system);
    near((data.node as { location: Point }).location, inSystem(system, PLACE), system);
  });

  it('answers each alias in its own system in one query, the same on the list and by id', async () => {
    const data = await target().client.data(Aliases, { org: org.id, id: created.GCJ02 }, admin);
    for (const { node } of data.resources.edges) {
      near(node.gcj, inSystem('GCJ02', PLACE), 'GCJ02');
      near(node.bd, inSystem('BD09', PLACE), 'BD09');
      near(node.plain, PLACE, 'WGS84');
      expect(node.wgs).toEqual({ lat: node.plain.lat, lng: node.plain.lng });
    }
    const listed = data.resources.edges.find((e) => e.node.id === created.GCJ02)!.node;
    expect(data.resource).toEqual({ gcj: listed.gcj, plain: listed.plain });
  });

  it('leaves the point as stored, in WGS-84, when no system is asked for', async () => {
    const data = await target().client.data(Aliases, { org: org.id, id: created.WGS84 }, admin);
    const { rows } = await hub.app.db.pool.query<{ id: string; lat: number; lng: number }>(
      'select id::text, lat, lng from resource where organization_id = $1',
      [org.rowId],
    );
    expect(rows).toHaveLength(SYSTEMS.length);
    for (const row of rows) {
      const node = data.resources.edges.find((e) => fromGlobalId(e.node.id)!.id === row.id)!.node;
      expect(node.plain).toEqual({ lat: row.lat, lng: row.lng, system: 'WGS84' });
    }
  });

  it('converts the points of joined relations: the unit\'s location and the area\'s centroids, listed and by node', async () => {
    const data = await target().client.data(Nested, { org: org.id, id: created.BD09 }, admin);
    const fromNode = data.node as { organization: { location: Point }; area: { centroid: Point } };
    for (const { node } of data.resources.edges) {
      near(node.organization.location, inSystem('BD09', UNIT_PLACE), 'BD09');
      expect(node.organization.plain).toEqual(UNIT_PLACE);
      near(node.area.centroid, inSystem('GCJ02', COMMUNITY_CENTROID), 'GCJ02');
      near(node.area.parent!.centroid, inSystem('BD09', STREET_CENTROID), 'BD09');
    }
    near(fromNode.organization.location, inSystem('BD09', UNIT_PLACE), 'BD09');
    near(fromNode.area.centroid, inSystem('GCJ02', COMMUNITY_CENTROID), 'GCJ02');
  });

  it('measures search distances in WGS-84 while the nodes answer in GCJ-02', async () => {
    const gcj = inSystem('GCJ02', PLACE);
    const data = await target().client.data(Near, { near: { ...gcj, system: 'GCJ02', radiusMeters: 50 } }, admin);
    const ours = data.resources.edges.filter((e) => Object.values(created).includes(e.node.id));
    expect(ours).toHaveLength(SYSTEMS.length);
    for (const edge of ours) {
      // the same place: GCJ-02 is ~500 m off WGS-84 here, so a distance taken across datums would show it
      expect(edge.distanceMeters).toBeLessThan(1);
      near(edge.node.location, gcj, 'GCJ02');
    }
  });

  it('converts a demand\'s location', async () => {
    const demand = await postDemand(hub, d.community, { location: { ...inSystem('GCJ02', PLACE), system: 'GCJ02' } });
    const data = await target().client.data(DemandAt, { id: demand.id }, admin);
    near(data.demand!.gcj, inSystem('GCJ02', PLACE), 'GCJ02');
    near(data.demand!.plain, PLACE, 'WGS84');
  });
});

describe('subscriptions', () => {
  it('deliver resources and their units in the systems the subscription asked for', async () => {
    const c = wsClient(hub.server.wsUrl, admin);
    sockets.push(c);
    const sub = await wsSubscribed<AvailMessage>(hub, c.client, AVAILABILITY, { ids: [created.BD09] });
    const reported = await hub.client.data(
      Report,
      { input: { resourceId: created.BD09, freeCount: 4, observedAt: new Date(hub.clock.now().getTime() - 60_000).toISOString() } },
      admin,
    );
    expect(reported.reportAvailability.userErrors).toEqual([]);
    await sub.waitFor(1);
    await delivered(hub, c);
    const { resource } = sub.messages[0].data!.availabilityChanged;
    near(resource.gcj, inSystem('GCJ02', PLACE), 'GCJ02');
    near(resource.plain, PLACE, 'WGS84');
    near(resource.organization.location, inSystem('BD09', UNIT_PLACE), 'BD09');
  });
});
