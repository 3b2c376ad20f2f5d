import type pg from 'pg';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from './server.js';

export interface BuiltArea {
  rowId: string;
  id: string;
  path: string;
}

async function insertArea(pool: pg.Pool, kind: string, name: string, parent: BuiltArea | null, lat: number, lng: number): Promise<BuiltArea> {
  const { rows } = await pool.query<{ id: string; path: string }>(
    `with next as (select nextval(pg_get_serial_sequence('area', 'id')) as id)
     insert into area (id, kind, parent_id, path, depth, name, lat, lng, grid_level) overriding system value
     select next.id, $1::text, $2::bigint, coalesce($3, '/') || next.id || '/', $4, $5, $6, $7, case when $1::text = 'GRID' then 1 end from next
     returning id::text, path`,
    [kind, parent?.rowId ?? null, parent?.path ?? null, parent ? parent.path.split('/').length - 2 : 0, name, lat, lng],
  );
  return { rowId: rows[0].id, id: toGlobalId('Area', rows[0].id), path: rows[0].path };
}

/**
 * A small district for a test: one district, two streets, a community in each (two in the first),
 * and a grid in each community, written directly (quicker than createArea, and any test may use it).
 */
export async function buildDistrict(pool: pg.Pool) {
  const district = await insertArea(pool, 'DISTRICT', '东城区', null, 39.92, 116.42);
  const street = await insertArea(pool, 'STREET', '建国门街道', district, 39.91, 116.43);
  const otherStreet = await insertArea(pool, 'STREET', '东华门街道', district, 39.93, 116.40);
  const community = await insertArea(pool, 'COMMUNITY', '史家胡同社区', street, 39.915, 116.425);
  const neighbourCommunity = await insertArea(pool, 'COMMUNITY', '演乐里社区', street, 39.912, 116.431);
  const otherCommunity = await insertArea(pool, 'COMMUNITY', '韶九社区', otherStreet, 39.93, 116.401);
  const grid = await insertArea(pool, 'GRID', '第一网格', community, 39.9151, 116.4251);
  const otherGrid = await insertArea(pool, 'GRID', '第一网格', otherCommunity, 39.9301, 116.4011);
  return { district, street, otherStreet, community, neighbourCommunity, otherCommunity, grid, otherGrid };
}

export type District = Awaited<ReturnType<typeof buildDistrict>>;

const RegisterOrganization = graphql(`
  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }
  }
`);

const CreateResource = graphql(`
  mutation KitCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id version status } userErrors { code field message } }
  }
`);

const PublishResource = graphql(`
  mutation KitPublishResource($input: ResourceStatusInput!) {
    publishResource(input: $input) { resource { id version status } userErrors { code } }
  }
`);

let counter = 0;

/** The kinds of organisation a test registers: a resident unit's, or DEPARTMENT (职能部门). */
export type BuiltOrganizationKind = 'AGENCY' | 'SCHOOL' | 'HOSPITAL' | 'COMPANY' | 'SOCIAL_ORGANIZATION' | 'DEPARTMENT';

/** Registers a unit (a COMPANY unless `options.kind` says otherwise) through the API as a district admin. */
export async function buildOrganization(hub: TestHub, area: BuiltArea, name = `测试单位${++counter}号`, options: { kind?: BuiltOrganizationKind } = {}) {
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const data = await hub.client.data(
    RegisterOrganization,
    { input: { kind: options.kind ?? 'COMPANY', name, areaId: area.id, address: '北京市东城区建国门内大街18号', location: { lat: 39.915, lng: 116.425 } } },
    admin,
  );
  const org = data.registerOrganization.organization!;
  return { ...org, rowId: fromGlobalId(org.id)!.id, name };
}

/** Creates (and by default publishes) a parking resource of a unit through the API. */
export async function buildResource(
  hub: TestHub,
  organizationId: string,
  options: { publish?: boolean; capacity?: number | null; kind?: 'PARKING' | 'TOILET' | 'READING_ROOM'; areaId?: string } = {},
) {
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const kind = options.kind ?? 'PARKING';
  const data = await hub.client.data(
    CreateResource,
    {
      input: {
        organizationId,
        kind,
        title: `${kind === 'PARKING' ? '职工停车场' : kind === 'TOILET' ? '对外开放厕所' : '阅览室'}${++counter}`,
        location: { lat: 39.9152, lng: 116.4253 },
        areaId: options.areaId,
        capacity: options.capacity === undefined ? (kind === 'TOILET' ? null : 30) : options.capacity,
        capacityUnit: kind === 'PARKING' ? '个车位' : null,
        windows: [{ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], dayType: 'WORKDAY', start: '19:00', end: '07:30' }],
      },
    },
    admin,
  );
  let resource = data.createResource.resource!;
  if (options.publish ?? true) {
    const published = await hub.client.data(PublishResource, { input: { id: resource.id } }, admin);
    resource = published.publishResource.resource!;
  }
  return resource;
}

const EventsOf = graphql(`
  query KitEventsOf($id: ID!) {
    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }
  }
`);

/** The events recorded about one object, oldest first, as a district admin reads them. */
export async function eventsOf(hub: TestHub, subjectId: string) {
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const data = await hub.client.data(EventsOf, { id: subjectId }, admin);
  return data.events.edges.map((e) => e.node);
}

/** Just the types of `eventsOf`, for asserting the order of what happened. */
export async function eventTypesOf(hub: TestHub, subjectId: string): Promise<string[]> {
  return (await eventsOf(hub, subjectId)).map((e) => e.type);
}

/**
 * A token for each role the area tests try, scoped in `d`: the district admin, the first street's admin and
 * the other street's, the first community's admin, its grid's worker, a unit admin of a new unit stationed
 * in the community, and a volunteer of the community.
 */
export async function areaRoleTokens(hub: TestHub, d: District) {
  const org = await buildOrganization(hub, d.community);
  return {
    district: await hub.token({ role: Role.DISTRICT_ADMIN }),
    street: await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }),
    otherStreet: await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id }),
    community: await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    grid: await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }),
    unit: await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id }),
    volunteer: await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }),
  };
}

export type AreaRoleTokens = Awaited<ReturnType<typeof areaRoleTokens>>;

/** A test hub with `buildDistrict`'s district and `areaRoleTokens` in it: the area tests' set-up. */
export async function startAreaTestHub(): Promise<{ hub: TestHub; d: District; tokens: AreaRoleTokens }> {
  const hub = await startTestHub();
  const d = await buildDistrict(hub.app.db.pool);
  return { hub, d, tokens: await areaRoleTokens(hub, d) };
}
