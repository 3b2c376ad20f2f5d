import type pg from 'pg';
import { generateDistrict, type DistrictData } from './district.js';
import { seedAgreements } from './agreements.js';
import { seedDemands } from './demands.js';
import { seedProjects } from './projects.js';
import { seedVolunteers } from './volunteers.js';
import { seedServiceOrders } from './service-orders.js';
import { seedCases } from './cases.js';
import { allocateIds, insertRows } from './bulk.js';
import type { SeededDistrict, Seeder } from './seeder.js';

/** What the base district wrote, by seed key, for the modules' seeders to refer to. */

/** Writes a generated district into an empty database in one transaction. */
export async function loadDistrict(
  pool: pg.Pool,
  data: DistrictData,
  options: { scale?: number; seeders?: Seeder[] } = {},
): Promise<Record<string, number>> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const areaIds = await allocateIds(client, 'area', data.areas.length);
    const areaByKey = new Map<string, { id: string; path: string; depth: number; kind: string; parentKey: string | null }>();
    const areaRows = data.areas.map((a, i) => {
      const parent = a.parentKey === null ? null : areaByKey.get(a.parentKey);
      if (a.parentKey !== null && !parent) throw new Error(`seed area ${a.key} comes before its parent ${a.parentKey}`);
      const id = areaIds[i];
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      areaByKey.set(a.key, { id, path, depth, kind: a.kind, parentKey: a.parentKey });
      // the seeded grids are all in communities: level 1
      const b = a.box;
      return {
        id, kind: a.kind, parent_id: parent?.id ?? null, path, depth, name: a.name, code: a.code, lat: a.lat, lng: a.lng, grid_level: a.kind === 'GRID' ? 1 : null,
        // streets, communities and grids: the rectangle they tile, as a GeoJSON Polygon (counter-clockwise) and its box
        boundary: b && { type: 'Polygon', coordinates: [[[b.minLng, b.minLat], [b.maxLng, b.minLat], [b.maxLng, b.maxLat], [b.minLng, b.maxLat], [b.minLng, b.minLat]]] },
        min_lat: b?.minLat ?? null, min_lng: b?.minLng ?? null, max_lat: b?.maxLat ?? null, max_lng: b?.maxLng ?? null,
      };
    });
    await insertRows(client, 'area', {
      id: 'bigint', kind: 'text', parent_id: 'bigint', path: 'text', depth: 'smallint', name: 'text', code: 'text', lat: 'float8', lng: 'float8', grid_level: 'smallint',
      boundary: 'jsonb', min_lat: 'float8', min_lng: 'float8', max_lat: 'float8', max_lng: 'float8',
    }, areaRows);

    const orgIds = await allocateIds(client, 'organization', data.organizations.length);
    const orgByKey = new Map<string, string>();
    const orgRows = data.organizations.map((o, i) => {
      const area = areaByKey.get(o.areaKey);
      if (!area) throw new Error(`seed organization ${o.key} names unknown area ${o.areaKey}`);
      orgByKey.set(o.key, orgIds[i]);
      return {
        id: orgIds[i], kind: o.kind, name: o.name, area_id: area.id, area_path: area.path, address: o.address,
        contact_name: o.contactName, contact_phone: o.contactPhone, description: o.description, lat: o.lat, lng: o.lng,
      };
    });
    await insertRows(client, 'organization', {
      id: 'bigint', kind: 'text', name: 'text', area_id: 'bigint', area_path: 'text', address: 'text', contact_name: 'text',
      contact_phone: 'text', description: 'text', lat: 'float8', lng: 'float8',
    }, orgRows);

    const resourceIds = await allocateIds(client, 'resource', data.resources.length);
    const resourceByKey = new Map<string, string>();
    const resourceRows = data.resources.map((r, i) => {
      resourceByKey.set(r.key, resourceIds[i]);
      const area = areaByKey.get(r.areaKey);
      const org = orgByKey.get(r.organizationKey);
      if (!area || !org) throw new Error(`seed resource ${r.key} names an unknown area or organization`);
      return {
        id: resourceIds[i], organization_id: org, kind: r.kind, status: 'PUBLISHED', title: r.title, description: r.description,
        address: r.address, lat: r.lat, lng: r.lng, area_id: area.id, area_path: area.path, capacity: r.capacity,
        capacity_unit: r.capacityUnit, access_mode: r.accessMode, audiences: r.audiences, windows: r.windows,
        exceptions: r.exceptions, published_at: '2026-01-01T00:00:00+08:00',
      };
    });
    await insertRows(client, 'resource', {
      id: 'bigint', organization_id: 'bigint', kind: 'text', status: 'text', title: 'text', description: 'text', address: 'text',
      lat: 'float8', lng: 'float8', area_id: 'bigint', area_path: 'text', capacity: 'int', capacity_unit: 'text',
      access_mode: 'text', audiences: 'text[]', windows: 'jsonb', exceptions: 'jsonb', published_at: 'timestamptz',
    }, resourceRows);

    await client.query(
      `insert into holiday (date, kind, name) select * from unnest($1::date[], $2::text[], $3::text[])
       on conflict (date) do update set kind = excluded.kind, name = excluded.name`,
      [data.holidays.map((h) => h.date), data.holidays.map((h) => h.kind), data.holidays.map((h) => h.name)],
    );
    const counts: Record<string, number> = { areas: areaRows.length, organizations: orgRows.length, resources: resourceRows.length };
    const seeded: SeededDistrict = {
      data,
      scale: options.scale ?? 1,
      areas: areaByKey,
      organizations: orgByKey,
      resources: resourceByKey,
    };
    for (const seeder of options.seeders ?? MODULE_SEEDERS) Object.assign(counts, await seeder(client, seeded));
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

export async function isEmpty(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query('select 1 from area limit 1');
  return rows.length === 0;
}

/** Empties every table the seed writes (and the event log), for a reseed. */
export async function truncateAll(pool: pg.Pool): Promise<void> {
  // cascade empties every table that refers to these (agreements, demands, projects)
  await pool.query('truncate availability_observation, resource, organization, area, holiday, event restart identity cascade');
}

/** The modules' seeders, in the order their tables depend on each other. */
export const MODULE_SEEDERS: Seeder[] = [seedAgreements, seedDemands, seedProjects, seedVolunteers, seedServiceOrders, seedCases];

export async function seedDistrict(pool: pg.Pool, scale = 1) {
  return loadDistrict(pool, generateDistrict({ scale }), { scale });
}
