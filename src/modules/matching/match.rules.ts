import { actsForOrganization, areaScope, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';

/*
 * A match tells of a demand, so it is private like the demand (docs/architecture.md, "Who may do what"): staff of the
 * demand's area and above see it, and the admin of the resource's unit; nobody else, by any path.
 */

/** Who may see a match, as one SQL predicate over the match table read as `alias`; `add` binds a value. */
export function matchVisibleSql(viewer: Viewer, add: (value: unknown) => string, alias = 'm'): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) clauses.push(`${alias}.organization_id = ${add(viewer.organizationId)}::bigint`);
  return clauses.length ? `(${clauses.join(' or ')})` : 'false';
}

/** The same rule in code, for rows already loaded. */
export function matchVisible(viewer: Viewer, m: { areaPath: string; organizationId: string }): boolean {
  return staffOfArea(viewer, m.areaPath) || actsForOrganization(viewer, m.organizationId);
}
