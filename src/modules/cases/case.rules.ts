import type { SqlParams } from '../../read/params.js';
import { actsForOrganization, administersArea, areaScope, isBelow, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';

/*
 * Who sees a case, who sees its private fields, who may act on it. One rule in SQL (reads) and in code
 * (writes, subscriptions); a case the viewer may not see answers NOT_FOUND.
 */

/** What the rules read of a case. */
export interface CaseFacts {
  areaPath: string;
  handlingPath: string;
  reporterAccountId: string;
  /** Every organisation ever summoned to it (a released one included). */
  organizationIds: readonly string[];
}

/** The staff roles that report a case: staff of the area. */
export const STAFF_REPORTING_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];

/** The roles that may report a case: staff of the area, and residents (in a community, grid or building; rate-limited). */
export const REPORTING_ROLES: readonly Role[] = [...STAFF_REPORTING_ROLES, Role.RESIDENT];

/** Its reporter: the account that reported it (a staff account or a RESIDENT's). */
export function isReporterOf(viewer: Viewer, c: Pick<CaseFacts, 'reporterAccountId'>): boolean {
  return viewer.role !== null && viewer.accountId !== null && viewer.accountId === c.reporterAccountId;
}

/**
 * Who sees a case: staff of its area and above (the handling level's included: it is always at or above the
 * area), the admin of any organisation ever summoned to it, and its reporter.
 */
export function caseVisible(viewer: Viewer, c: CaseFacts): boolean {
  return (
    staffOfArea(viewer, c.areaPath) ||
    c.organizationIds.some((id) => actsForOrganization(viewer, id)) ||
    isReporterOf(viewer, c)
  );
}

/** The same rule in SQL over `civic_case` aliased `alias`. */
export function caseVisibleSql(viewer: Viewer, p: SqlParams, alias = 'c'): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`exists (select 1 from case_summons vs where vs.case_id = ${alias}.id and vs.organization_id = ${p.add(viewer.organizationId)}::bigint)`);
  }
  if (viewer.role !== null && viewer.accountId !== null) clauses.push(`${alias}.reporter_account_id = ${p.add(viewer.accountId)}`);
  return clauses.length === 0 ? 'false' : `(${clauses.join(' or ')})`;
}

/** Who sees the reporter and the 12345 ticket number: staff of the case's area and above, and the reporter. */
export function seesCasePrivate(viewer: Viewer, c: Pick<CaseFacts, 'areaPath' | 'reporterAccountId'>): boolean {
  return staffOfArea(viewer, c.areaPath) || isReporterOf(viewer, c);
}

/** The handling level's admins (and those above): accept, reject, merge, whistle, decide declines, close, reopen, escalate. */
export function handlesCase(viewer: Viewer, c: Pick<CaseFacts, 'handlingPath'>): boolean {
  return administersArea(viewer, c.handlingPath);
}

/** Whether an area path lies at or below a scope (re-exported for the module's writes). */
export { isBelow };
