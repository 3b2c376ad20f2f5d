import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import { column, idColumn, point, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { Organization } from './organization.type.js';

/** How an Organization is read: each column declared once (src/read/compile.ts). */
export const ORGANIZATION: TypeDef<Organization> = {
  typename: 'Organization',
  table: 'organization',
  prototype: Organization.prototype,
  base: { areaRowId: idColumn('area_id'), areaPath: column('area_path') },
  props: {
    kind: column('kind'),
    name: column('name'),
    address: column('address'),
    location: point('lat', 'lng'),
    description: column('description'),
    contactName: column('contact_name'),
    contactPhone: column('contact_phone'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  relations: { area: { target: () => AREA, foreignKey: 'area_id', optional: false } },
};

export const ORGANIZATION_COLUMNS = selectAll(ORGANIZATION, 'o');
export const toOrganization = readAll(ORGANIZATION);

/** Organisations are public; the resolver blanks their contacts for callers outside the unit and its area's staff. */
export function organizationByIdLoader(pool: pg.Pool) {
  return byIdLoader(pool, `select ${ORGANIZATION_COLUMNS} from organization o where o.id = any($1::bigint[])`, toOrganization);
}

export function listOrganizations(pool: pg.Pool, filter: { belowPath?: string | null; kinds?: readonly string[] | null }, args: PageArgs) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.belowPath) {
    params.push(`${filter.belowPath}%`);
    where.push(`o.area_path like $${params.length}`);
  }
  if (filter.kinds) {
    params.push(filter.kinds);
    where.push(`o.kind = any($${params.length}::text[])`);
  }
  return keysetPage<{ id: string }, Organization>(pool, 'organizations', parsePageArgs(args, 'organizations'), {
    select: ORGANIZATION_COLUMNS,
    from: 'organization o',
    where,
    params,
    idColumn: 'o.id',
    map: toOrganization,
  });
}

/** `retireArea`: units stationed at the area or below it keep it in use (the `areaInUseSql` hook). */
export function organizationsInAreaSql(_p: unknown, below: (alias: string) => string): AreaUseSql[] {
  return [{ kind: AreaUseKind.ORGANIZATION, count: `(select count(*) from organization o where ${below('o')})` }];
}
