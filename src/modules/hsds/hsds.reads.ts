import type pg from 'pg';
import { SqlParams } from '../../read/params.js';
import { ANONYMOUS } from '../../shared/viewer.js';
import { resourceVisibleSql } from '../resources/index.js';
import { HsdsIdIndex, organizationHsdsId, serviceHsdsId } from './hsds.ids.js';
import type { PublicOrganizationRow, PublicResourceRow } from './hsds.map.js';

/*
 * What the HSDS export reads: what an anonymous caller may see (README, "Who may do what"), set-based — a page
 * is a count and one statement for its rows, the data package one statement per table. Only public columns are
 * selected: a unit's contacts are never read here.
 *
 * Departments (职能部门, kind DEPARTMENT) are not exported: HSDS describes the organisations whose services
 * residents can use, and a department publishes none (it is summoned to cases); the export's organizations are the
 * resident units, the published figures. Should a department ever own a published resource, that service is left
 * out with it, so that every exported service's organization is exported too.
 */

const ORGANIZATION_COLUMNS = 'o.id::text as id, o.name, o.description';
const RESOURCE_COLUMNS =
  'r.id::text as id, r.organization_id::text as organization_id, r.title, r.description, r.address, r.lat, r.lng, r.audiences, r.windows, r.updated_at';

/** The organisations exported: the resident units (every kind but DEPARTMENT), over `organization` aliased `alias`. */
const exportedOrganizations = (alias = 'o') => `${alias}.kind <> 'DEPARTMENT'`;
const EXPORTED_ORGANIZATIONS = exportedOrganizations();

/** The anonymous caller's predicate on resources (resources/resource.rules.ts): PUBLISHED ones only, of exported units. */
function publicResources(p: SqlParams): string {
  return `${resourceVisibleSql(ANONYMOUS, p, 'r')}
    and exists (select 1 from organization eo where eo.id = r.organization_id and ${exportedOrganizations('eo')})`;
}

/** One page of rows, by offset, and the total. */
export interface Slice<T> {
  total: number;
  rows: T[];
}

async function slice<T>(
  pool: pg.Pool,
  query: { from: string; columns: string; where: string; params: unknown[]; orderBy: string },
  offset: number,
  limit: number,
): Promise<Slice<T>> {
  const { from, columns, where, params, orderBy } = query;
  const [count, page] = await Promise.all([
    pool.query<{ n: string }>(`select count(*) as n from ${from} where ${where}`, params),
    pool.query<T & pg.QueryResultRow>(
      `select ${columns} from ${from} where ${where} order by ${orderBy} limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, limit, offset],
    ),
  ]);
  return { total: Number(count.rows[0]!.n), rows: page.rows };
}

export function organizationSlice(pool: pg.Pool, offset: number, limit: number): Promise<Slice<PublicOrganizationRow>> {
  return slice(pool, { from: 'organization o', columns: ORGANIZATION_COLUMNS, where: EXPORTED_ORGANIZATIONS, params: [], orderBy: 'o.id' }, offset, limit);
}

export function resourceSlice(pool: pg.Pool, offset: number, limit: number): Promise<Slice<PublicResourceRow>> {
  const p = new SqlParams();
  return slice(pool, { from: 'resource r', columns: RESOURCE_COLUMNS, where: publicResources(p), params: p.values, orderBy: 'r.id' }, offset, limit);
}

/**
 * The whole export in one snapshot (a read-only REPEATABLE READ transaction, so every service's unit is there):
 * the units, the public resources and the district's name, one statement each.
 */
export async function everything(pool: pg.Pool): Promise<{ organizations: PublicOrganizationRow[]; resources: PublicResourceRow[]; city: string }> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const organizations = await client.query<PublicOrganizationRow>(`select ${ORGANIZATION_COLUMNS} from organization o where ${EXPORTED_ORGANIZATIONS} order by o.id`);
    const p = new SqlParams();
    const resources = await client.query<PublicResourceRow>(`select ${RESOURCE_COLUMNS} from resource r where ${publicResources(p)} order by r.id`, p.values);
    const city = await districtName(client);
    await client.query('commit');
    return { organizations: organizations.rows, resources: resources.rows, city };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The district's name (the root area's), the city of every address. */
export async function districtName(pool: pg.Pool | pg.PoolClient): Promise<string> {
  const { rows } = await pool.query<{ name: string }>('select name from area where parent_id is null order by id limit 1');
  return rows[0]?.name ?? '';
}

const organizationIds = new HsdsIdIndex(organizationHsdsId);
const resourceIds = new HsdsIdIndex(serviceHsdsId);

/** The unit with this HSDS id, or null. */
export async function organizationByHsdsId(pool: pg.Pool, uuid: string): Promise<PublicOrganizationRow | null> {
  const rowId = await organizationIds.rowIdOf(uuid, async () => (await pool.query<{ id: string }>(`select o.id::text as id from organization o where ${EXPORTED_ORGANIZATIONS}`)).rows.map((r) => r.id));
  if (rowId === null) return null;
  const { rows } = await pool.query<PublicOrganizationRow>(`select ${ORGANIZATION_COLUMNS} from organization o where o.id = $1 and ${EXPORTED_ORGANIZATIONS}`, [rowId]);
  return rows[0] ?? null;
}

/** The public resources of a unit, in id order. */
export async function publicResourcesOf(pool: pg.Pool, organizationRowId: string): Promise<PublicResourceRow[]> {
  const p = new SqlParams([organizationRowId]);
  const { rows } = await pool.query<PublicResourceRow>(
    `select ${RESOURCE_COLUMNS} from resource r where r.organization_id = $1 and ${publicResources(p)} order by r.id`,
    p.values,
  );
  return rows;
}

/** The public resource whose service has this HSDS id, with its unit, or null (unknown, or not public). */
export async function resourceByHsdsId(pool: pg.Pool, uuid: string): Promise<{ resource: PublicResourceRow; organization: PublicOrganizationRow } | null> {
  const rowId = await resourceIds.rowIdOf(uuid, async () => {
    const p = new SqlParams();
    return (await pool.query<{ id: string }>(`select r.id::text as id from resource r where ${publicResources(p)}`, p.values)).rows.map((r) => r.id);
  });
  if (rowId === null) return null;
  const p = new SqlParams([rowId]);
  const { rows } = await pool.query<PublicResourceRow & { o_name: string; o_description: string }>(
    `select ${RESOURCE_COLUMNS}, o.name as o_name, o.description as o_description
     from resource r join organization o on o.id = r.organization_id where r.id = $1 and ${publicResources(p)}`,
    p.values,
  );
  const row = rows[0];
  if (!row) return null;
  const { o_name, o_description, ...resource } = row;
  return { resource, organization: { id: resource.organization_id, name: o_name, description: o_description } };
}
