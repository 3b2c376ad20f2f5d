import type { SqlParams } from '../../read/params.js';
import { actsForOrganization, areaScope, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';

// The same rules as agreement.transitions.ts and the visibility rule, as SQL predicates compiled into the
// statements that read agreements (and into `resources(filter: { sharedWith })`). `today` is a parameter
// holding the district's local date from the injected clock, never SQL's now().

/** The status a query shows, on local date `today` (a `$n::date` parameter): effectiveStatus in SQL. */
export function effectiveStatusSql(alias: string, today: string): string {
  return `(case
    when ${alias}.status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED') and ${alias}.end_date < ${today} then 'EXPIRED'
    when ${alias}.status = 'SIGNED' and ${alias}.start_date <= ${today} then 'ACTIVE'
    else ${alias}.status end)`;
}

/** In force on `today`: effectively ACTIVE. */
export function inForceSql(alias: string, today: string): string {
  return `(${alias}.status in ('SIGNED','ACTIVE') and ${alias}.end_date >= ${today}
    and (${alias}.status = 'ACTIVE' or ${alias}.start_date <= ${today}))`;
}

/**
 * Who may see an agreement: anyone once it was signed by both parties; before that, the unit's admin
 * and staff of the agreement's area or above. Discarded drafts are seen by no one.
 */
export function agreementVisibleSql(viewer: Viewer, p: SqlParams, alias = 'a'): string {
  const clauses = [`${alias}.signed_at is not null`];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`${alias}.organization_id = ${p.add(viewer.organizationId)}`);
  }
  return `(${alias}.discarded_at is null and (${clauses.join(' or ')}))`;
}

/** The same rule in code, for rows already loaded. */
export function agreementVisible(
  viewer: Viewer,
  a: { signedAt: Date | null; areaPath: string; organizationRowId: string; discardedAt?: Date | null },
): boolean {
  if (a.discardedAt) return false;
  return a.signedAt !== null || staffOfArea(viewer, a.areaPath) || actsForOrganization(viewer, a.organizationRowId);
}

/**
 * Resources (alias `resource`) covered by an agreement in force on `today` made with the area `areaId`
 * or an area above it: for a community, its own agreements and its street's. Used by the resource search.
 */
export function sharedWithSql(p: SqlParams, resource: string, areaId: string, today: string): string {
  const todayP = `${p.add(today)}::date`;
  return `exists (select 1 from agreement_item si join sharing_agreement sa on sa.id = si.agreement_id
    where si.resource_id = ${resource}.id and sa.discarded_at is null and ${inForceSql('sa', todayP)}
      and starts_with((select path from area where id = ${p.add(areaId)}::bigint), sa.area_path))`;
}
