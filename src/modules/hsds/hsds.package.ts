import { stringify } from 'csv-stringify/sync';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Config } from '../../config.js';
import {
  addressesOf,
  hsdsSetting,
  locationOf,
  organizationOf,
  schedulesOf,
  serviceAtLocationOf,
  serviceOf,
} from './hsds.map.js';
import { everything } from './hsds.reads.js';

/*
 * HSDS 3.0's tabular data package (`npm run export:hsds -- --out DIR`): one CSV file per table, with the
 * columns HSDS's simple/schema.csv lays out for it and in that order, and datapackage.json describing them
 * (Frictionless Data: tabular-data-package). Written from one snapshot read in three statements, whatever the
 * district's size.
 */

/** A column: its name, and its Frictionless type when not string (HSDS's type or datapackage_type). */
type Column = string;

/** The tables written, in HSDS's datapackage order, with their columns as simple/schema.csv has them. */
export const HSDS_TABLES: readonly { name: string; path: string; columns: readonly Column[] }[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    columns: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'year_incorporated:number', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
  },
  {
    name: 'service',
    path: 'services.csv',
    columns: [
      'id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services',
      'application_process', 'fees_description', 'accreditations', 'eligibility_description', 'minimum_age:number', 'maximum_age:number',
      'assured_date:date', 'assurer_email', 'alert',
    ],
  },
  { name: 'service_at_location', path: 'service_at_location.csv', columns: ['id', 'service_id', 'location_id', 'description'] },
  {
    name: 'location',
    path: 'locations.csv',
    columns: [
      'id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude:number',
      'longitude:number', 'external_identifier', 'external_identifier_type',
    ],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    columns: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    columns: [
      'id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from:date', 'valid_to:date', 'dtstart:date', 'timezone:number', 'until:date',
      'count', 'wkst', 'freq', 'interval:number', 'byday', 'byweekno', 'bymonthday:number', 'byyearday:number', 'description', 'opens_at:time',
      'closes_at:time', 'schedule_link', 'attending_type', 'notes',
    ],
  },
];

const nameOf = (c: Column) => c.split(':')[0]!;
const typeOf = (c: Column) => c.split(':')[1] ?? 'string';

/** The rows of each table, as HSDS objects (only their one-to-one fields are written). */
export async function hsdsTables(pool: pg.Pool, config: Pick<Config, 'timeZone' | 'hsds'>, now: Date): Promise<Record<string, Record<string, unknown>[]>> {
  const { organizations, resources, city } = await everything(pool);
  const s = hsdsSetting(config, now, city);
  return {
    organization: organizations.map(organizationOf),
    service: resources.map((r) => serviceOf(r, s)),
    service_at_location: resources.map(serviceAtLocationOf),
    location: resources.map(locationOf),
    address: resources.flatMap((r) => addressesOf(r, s)),
    schedule: resources.flatMap((r) => schedulesOf(r, s)),
  };
}

/** datapackage.json: every table's path, columns and types, `id` its primary key. */
export function dataPackage(now: Date) {
  return {
    profile: 'tabular-data-package',
    name: 'sharehub-hsds',
    title: 'Resident units and their published resources, as Open Referral HSDS 3.0',
    created: now.toISOString(),
    resources: HSDS_TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.columns.map((c) => ({ name: nameOf(c), type: typeOf(c) })),
        primaryKey: ['id'],
      },
    })),
  };
}

/** Writes the data package into `dir` (made if missing); answers the number of rows of each table. */
export async function writeHsdsPackage(pool: pg.Pool, dir: string, config: Pick<Config, 'timeZone' | 'hsds'>, now: Date): Promise<Record<string, number>> {
  const tables = await hsdsTables(pool, config, now);
  await mkdir(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const t of HSDS_TABLES) {
    const rows = tables[t.name]!;
    const columns = t.columns.map(nameOf);
    const csv = stringify(rows.map((row) => columns.map((c) => row[c] ?? '')), { header: true, columns, record_delimiter: 'unix' });
    await writeFile(path.join(dir, t.path), csv, 'utf8');
    counts[t.name] = rows.length;
  }
  await writeFile(path.join(dir, 'datapackage.json'), `${JSON.stringify(dataPackage(now), null, 2)}\n`, 'utf8');
  return counts;
}
