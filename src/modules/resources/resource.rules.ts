import type { SqlParams } from '../../read/params.js';
import { actsForOrganization, administersArea, areaScope, isBelow, Role, type Viewer } from '../../shared/viewer.js';
import { ResourceStatus } from './resource.enums.js';

/**
 * Who may see a resource, as one SQL predicate compiled into the statement that reads it: anyone sees
 * PUBLISHED ones; staff of the resource's area (or above) and the owning unit's admin see all statuses.
 */
export function resourceVisibleSql(viewer: Viewer, p: SqlParams, alias = 'r'): string {
  const clauses = [`${alias}.status = 'PUBLISHED'`];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`${alias}.organization_id = ${p.add(viewer.organizationId)}`);
  }
  return `(${clauses.join(' or ')})`;
}

/** The same rule in code, for rows already loaded. */
export function resourceVisible(viewer: Viewer, r: { status: ResourceStatus; areaPath: string; organizationRowId: string }): boolean {
  return (
    r.status === ResourceStatus.PUBLISHED ||
    isBelow(r.areaPath, areaScope(viewer)) ||
    actsForOrganization(viewer, r.organizationRowId)
  );
}

export function canManageResource(viewer: Viewer, r: { organizationId: string; areaPath: string }): boolean {
  return actsForOrganization(viewer, r.organizationId) || administersArea(viewer, r.areaPath);
}
