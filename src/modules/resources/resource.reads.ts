import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { column, idColumn, point, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { ORGANIZATION } from '../organizations/index.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { Viewer } from '../../shared/viewer.js';
import { ResourceStatus } from './resource.enums.js';
import { Resource, type AvailabilityObservation } from './resource.type.js';
import { resourceVisibleSql } from './resource.rules.js';

/** How a Resource is read: each column declared once (src/read/compile.ts). */
export const RESOURCE: TypeDef<Resource> = {
  typename: 'Resource',
  table: 'resource',
  prototype: Resource.prototype,
  base: {
    organizationRowId: idColumn('organization_id'),
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    status: column('status'),
  },
  props: {
    kind: column('kind'),
    title: column('title'),
    description: column('description'),
    address: column('address'),
    location: point('lat', 'lng'),
    capacity: column('capacity'),
    capacityUnit: column('capacity_unit'),
    externalKey: column('external_key'),
    accessMode: column('access_mode'),
    audiences: column('audiences'),
    storedWindows: column('windows'),
    storedExceptions: column('exceptions'),
    latestAvailability: {
      columns: ['latest_free_count', 'latest_observed_at'],
      read: (row) =>
        row.latest_free_count == null || row.latest_observed_at == null ? null : { freeCount: row.latest_free_count, observedAt: row.latest_observed_at },
    },
    version: column('version'),
    publishedAt: column('published_at'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  // computed by field resolvers from the stored schedule
  serves: {
    windows: ['storedWindows'],
    exceptions: ['storedExceptions'],
    isOpenNow: ['storedWindows', 'storedExceptions'],
    nextOpenAt: ['storedWindows', 'storedExceptions'],
  },
  relations: {
    organization: { target: () => ORGANIZATION, foreignKey: 'organization_id', optional: false },
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
  },
};

export const RESOURCE_COLUMNS = selectAll(RESOURCE, 'r');
export const toResource = readAll(RESOURCE);

export function resourceByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = resourceVisibleSql(viewer, p);
  return byIdLoader(
    pool,
    `select ${RESOURCE_COLUMNS} from resource r where r.id = any($1::bigint[]) and ${visible}`,
    toResource,
    p.values.slice(1),
  );
}

export interface ObservationRow {
  id: string;
  resource_id: string;
  free_count: number;
  observed_at: Date;
  source: string;
  recorded_at: Date;
}

export function toObservation(row: ObservationRow): AvailabilityObservation {
  return {
    __typename: 'AvailabilityObservation',
    id: toGlobalId('AvailabilityObservation', row.id),
    resourceRowId: String(row.resource_id),
    freeCount: row.free_count,
    observedAt: row.observed_at,
    source: row.source,
    recordedAt: row.recorded_at,
  };
}

/** Observations are visible exactly when their resource is. */
export function observationByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = resourceVisibleSql(viewer, p);
  return byIdLoader(
    pool,
    `select o.id, o.resource_id, o.free_count, o.observed_at, o.source, o.recorded_at
     from availability_observation o join resource r on r.id = o.resource_id
     where o.id = any($1::bigint[]) and ${visible}`,
    toObservation,
    p.values.slice(1),
  );
}

export function listResourcesOfOrganization(
  pool: pg.Pool,
  viewer: Viewer,
  organizationId: string,
  statuses: ResourceStatus[] | null,
  args: PageArgs,
) {
  const p = new SqlParams();
  const where = [`r.organization_id = ${p.add(organizationId)}`, resourceVisibleSql(viewer, p)];
  if (statuses?.length) where.push(`r.status = any(${p.add(statuses)}::text[])`);
  return keysetPage<{ id: string }, Resource>(pool, 'organization-resources', parsePageArgs(args, 'organization-resources'), {
    select: RESOURCE_COLUMNS,
    from: 'resource r',
    where,
    params: p.values,
    idColumn: 'r.id',
    map: toResource,
  });
}

/** `retireArea`: resources at the area or below it that are not withdrawn keep it in use (the `areaInUseSql` hook). */
export function resourcesInAreaSql(p: SqlParams, below: (alias: string) => string): AreaUseSql[] {
  return [{ kind: AreaUseKind.RESOURCE, count: `(select count(*) from resource r where ${below('r')} and r.status <> ${p.add(ResourceStatus.WITHDRAWN)})` }];
}
