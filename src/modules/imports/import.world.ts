import type pg from 'pg';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { ImportRow, ImportWorld, WorldArea, WorldResource, WorldUnit } from './import.validate.js';

/*
 * What a validation needs of the hub, read in three statements whatever the file's size: the areas its rows
 * name (by code or name), the units they name, and those units' resources plus any resource holding one of
 * their keys.
 */

/** A stored window in the order of its fields as the hub writes them (jsonb keeps keys in its own order). */
const windowOf = (w: WeeklyWindow): WeeklyWindow => ({ days: w.days, dayType: w.dayType, start: w.start, end: w.end });

export async function readWorld(client: pg.ClientBase, rows: ImportRow[]): Promise<ImportWorld> {
  const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((x): x is string => x !== undefined))];
  const areaRefs = distinct(rows.map((r) => r.values.area));
  const unitNames = distinct(rows.map((r) => r.values.unitName));
  const keys = distinct(rows.map((r) => r.values.key));

  const areas = await client.query<WorldArea>(
    `select id::text, path, name, code, retired_at is not null as retired, boundary
       from area where code = any($1::text[]) or name = any($1::text[])`,
    [areaRefs],
  );
  const units = await client.query<WorldUnit>(
    `select id::text, name, area_path as "areaPath" from organization where name = any($1::text[])`,
    [unitNames],
  );
  const resources = await client.query<WorldResource>(
    `select r.id::text, r.organization_id::text as "organizationId", o.name as "unitName", r.external_key as "externalKey",
            r.kind, r.status, r.title, r.description, r.address, r.lat, r.lng, r.area_id::text as "areaId",
            r.area_path as "areaPath", r.capacity, r.capacity_unit as "capacityUnit", r.audiences, r.windows, r.version,
            r.accepted_quantity as "acceptedQuantity"
       from resource r join organization o on o.id = r.organization_id
      where o.name = any($1::text[]) or r.external_key = any($2::text[])`,
    [unitNames, keys],
  );
  return {
    areas: areas.rows,
    units: units.rows,
    resources: resources.rows.map((r) => ({ ...r, windows: r.windows.map(windowOf) })),
  };
}
