import type { SqlParams } from '../../read/params.js';
import { administersArea, areaScope, isBelow, Role, type Viewer } from '../../shared/viewer.js';

/*
 * Who may see and change points (README, "Points"). A volunteer's ledger, and their name in a ranking, are
 * seen by the volunteer themself and by staff of their home community and above (area roles at or above it:
 * not a grid's worker, not a unit's admin, not another volunteer). The balance is a field of Volunteer, so
 * whoever sees the volunteer sees it. Rates and rankings are public (names masked as 王某某).
 */

/** Who may read a volunteer's ledger (and their whole name in a ranking), as one SQL predicate over `volunteer` read as `alias`. */
export function ledgerVisibleSql(viewer: Viewer, p: SqlParams, alias = 'v'): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.VOLUNTEER && viewer.accountId !== null) clauses.push(`${alias}.account_id = ${p.add(viewer.accountId)}`);
  return clauses.length ? `(${clauses.join(' or ')})` : 'false';
}

/** Whether the viewer sees the accounts behind a ledger's lines: staff of the home community and above. */
export function seesLedgerActors(viewer: Viewer, homePath: string): boolean {
  return isBelow(homePath, areaScope(viewer));
}

/** Setting a community's rate: its admin, its street's, the district's (not grid workers, units or volunteers). */
export function canSetPointsRule(viewer: Viewer, communityPath: string): boolean {
  return administersArea(viewer, communityPath);
}

/** Adjusting a volunteer's points: admins of their home community and above. */
export function canAdjustPoints(viewer: Viewer, homePath: string): boolean {
  return administersArea(viewer, homePath);
}
