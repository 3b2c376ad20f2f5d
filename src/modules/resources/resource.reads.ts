import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { Viewer } from '../../shared/viewer.js';
import { ResourceStatus } from './resource.enums.js';
import { Resource, RESOURCE_COLUMNS, type AvailabilityObservation, type ResourceRow } from './resource.type.js';
import { resourceVisibleSql } from './resource.visibility.js';

/** A Resource from its row, or from the columns a selection asked for (the rest stay undefined). */
export function toResource(row: ResourceRow): Resource {
  return Object.assign(Object.create(Resource.prototype) as Resource, {
    __typename: 'Resource' as const,
    id: toGlobalId('Resource', row.id),
    rowId: String(row.id),
    organizationRowId: String(row.organization_id),
    areaRowId: String(row.area_id),
    areaPath: row.area_path,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description,
    address: row.address,
    capacity: row.capacity,
    capacityUnit: row.capacity_unit,
    accessMode: row.access_mode,
    audiences: row.audiences,
    location: row.lat === undefined ? undefined : { lat: row.lat, lng: row.lng },
    storedWindows: row.windows,
    storedExceptions: row.exceptions,
    latestAvailability:
      row.latest_free_count == null || row.latest_observed_at == null
        ? null
        : { freeCount: row.latest_free_count, observedAt: row.latest_observed_at },
    version: row.version,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

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
  return keysetPage<ResourceRow, Resource>(pool, 'organization-resources', parsePageArgs(args, 'organization-resources'), {
    select: RESOURCE_COLUMNS,
    from: 'resource r',
    where,
    params: p.values,
    idColumn: 'r.id',
    map: (row) => toResource(row as ResourceRow),
  });
}
