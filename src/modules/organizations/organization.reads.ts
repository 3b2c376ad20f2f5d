import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import { toGlobalId } from '../../shared/global-id.js';
import { Organization, ORGANIZATION_COLUMNS, type OrganizationRow } from './organization.type.js';

export function toOrganization(row: OrganizationRow): Organization {
  return Object.assign(Object.create(Organization.prototype) as Organization, {
    __typename: 'Organization' as const,
    id: toGlobalId('Organization', row.id),
    rowId: String(row.id),
    areaRowId: String(row.area_id),
    areaPath: row.area_path,
    kind: row.kind,
    name: row.name,
    address: row.address,
    location: row.lat == null || row.lng == null ? null : { lat: row.lat, lng: row.lng },
    description: row.description,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Organisations are public; the resolver blanks their contacts for callers outside the unit and its area's staff. */
export function organizationByIdLoader(pool: pg.Pool) {
  return byIdLoader(pool, `select ${ORGANIZATION_COLUMNS} from organization o where o.id = any($1::bigint[])`, toOrganization);
}

export function listOrganizations(pool: pg.Pool, filter: { belowPath?: string | null }, args: PageArgs) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.belowPath) {
    params.push(`${filter.belowPath}%`);
    where.push(`o.area_path like $${params.length}`);
  }
  return keysetPage<OrganizationRow, Organization>(pool, 'organizations', parsePageArgs(args, 'organizations'), {
    select: ORGANIZATION_COLUMNS,
    from: 'organization o',
    where,
    params,
    idColumn: 'o.id',
    map: (row) => toOrganization(row as OrganizationRow),
  });
}
