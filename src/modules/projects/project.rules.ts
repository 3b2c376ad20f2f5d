import type { SqlParams } from '../../read/params.js';
import { actsForOrganization, administersArea, areaScope, isBelow, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';

/** What the rules below need to know of a project. */
export interface ProjectFacts {
  areaPath: string;
  ownerOrganizationId: string | null;
  /** Approved at some time: public for good, also once cancelled. */
  approved: boolean;
}

/**
 * Who may see a project, as one SQL predicate compiled into the statement that reads it: anyone sees an
 * approved one (whatever its status now); staff of its area (or above) and the admin of the unit that
 * leads it also see it while PROPOSED, and when it was cancelled before approval.
 */
export function projectVisibleSql(viewer: Viewer, p: SqlParams, alias = 'pr'): string {
  const clauses = [`${alias}.approved_at is not null`];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`${alias}.owner_organization_id = ${p.add(viewer.organizationId)}`);
  }
  return `(${clauses.join(' or ')})`;
}

const leads = (viewer: Viewer, f: ProjectFacts) => f.ownerOrganizationId !== null && actsForOrganization(viewer, f.ownerOrganizationId);

/** The same rule in code, for rows already loaded. */
export function projectVisible(viewer: Viewer, f: ProjectFacts): boolean {
  return f.approved || isBelow(f.areaPath, areaScope(viewer)) || leads(viewer, f);
}

/**
 * Proposing in an area: its staff (district, street or community admins and grid workers at or above it),
 * or a unit's admin for its own unit when the unit is stationed in that area (at or below it).
 */
export function canProposeIn(viewer: Viewer, areaPath: string, unit: { id: string; areaPath: string } | null): boolean {
  if (unit !== null && actsForOrganization(viewer, unit.id)) return isBelow(unit.areaPath, areaPath);
  return staffOfArea(viewer, areaPath);
}

/** Links, milestones, notes, starting and finishing: staff of the project's area, or the leading unit's admin. */
export function canManageProject(viewer: Viewer, f: ProjectFacts): boolean {
  return staffOfArea(viewer, f.areaPath) || leads(viewer, f);
}

/** Approving and evaluating: admins of the project's area or above (not grid workers, not units). */
export function canAdministerProject(viewer: Viewer, f: ProjectFacts): boolean {
  return administersArea(viewer, f.areaPath);
}

/** Cancelling: admins of the project's area or above, or the leading unit's admin. */
export function canCancelProject(viewer: Viewer, f: ProjectFacts): boolean {
  return administersArea(viewer, f.areaPath) || leads(viewer, f);
}
