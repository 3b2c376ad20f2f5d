import type { SqlParams } from '../../read/params.js';
import { areaScope, isBelow, Role, type Viewer } from '../../shared/viewer.js';
import { LIVE_DEMAND_STATUSES } from './demand.transitions.js';

/*
 * Demands carry residents' circumstances (docs/architecture.md, "Who may do what"): a demand is visible, details and
 * all, to staff of its area (area roles at or above it, grid workers included) and to whoever took it;
 * nobody else sees it by any path, only the public counts of `demandStatistics`. Every read of demands
 * compiles `demandVisibleSql` into its statement; code that holds a loaded row uses `demandVisible`.
 */

/**
 * The units granted a demand besides its area's staff: the unit that took it, and units with a PROPOSED or
 * ACCEPTED match of one of their resources to it, so they can judge and serve the proposal.
 */
function unitGrantSql(alias: string, organization: string): string {
  return `(${alias}.taken_by_organization_id = ${organization}
    or exists (select 1 from match mg where mg.demand_id = ${alias}.id and mg.organization_id = ${organization}::bigint and mg.status in ('PROPOSED','ACCEPTED')))`;
}

/** Who may see a demand, as one SQL predicate over the demand table read as `alias`. */
export function demandVisibleSql(viewer: Viewer, p: SqlParams, alias = 'd'): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(unitGrantSql(alias, p.add(viewer.organizationId)));
  }
  if (viewer.role === Role.VOLUNTEER && viewer.accountId !== null) {
    clauses.push(`(${alias}.taken_by_organization_id is null and ${alias}.taken_by_account = ${p.add(viewer.accountId)})`);
  }
  return clauses.length ? `(${clauses.join(' or ')})` : 'false';
}

export interface DemandScopeFacts {
  areaPath: string;
  takenByOrganizationId: string | null;
  takenByAccount: string | null;
}

/** The same rule in code, for rows already loaded. */
export function demandVisible(viewer: Viewer, d: DemandScopeFacts): boolean {
  if (isBelow(d.areaPath, areaScope(viewer))) return true;
  if (viewer.role === Role.UNIT_ADMIN) return viewer.organizationId !== null && d.takenByOrganizationId === viewer.organizationId;
  if (viewer.role === Role.VOLUNTEER) return d.takenByOrganizationId === null && viewer.accountId !== null && d.takenByAccount === viewer.accountId;
  return false;
}

/**
 * A demand list holds no residents' details of its own: anyone sees it once it has been published (its
 * demands stay private); before that only staff of its grid and above.
 */
export function demandListVisibleSql(viewer: Viewer, p: SqlParams, alias = 'l'): string {
  const clauses = [`${alias}.published_at is not null`];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  return `(${clauses.join(' or ')})`;
}

export function demandListVisible(viewer: Viewer, l: { areaPath: string; publishedAt?: Date | null }): boolean {
  return (l.publishedAt ?? null) !== null || isBelow(l.areaPath, areaScope(viewer));
}

/** The effective status in SQL, as `effectiveDemandStatus` computes it, for local date `today` (a $n of type date). */
export function demandStatusSql(alias: string, today: string): string {
  const live = LIVE_DEMAND_STATUSES.map((s) => `'${s}'`).join(',');
  return `(case when ${alias}.status in (${live}) and ${alias}.end_date < ${today}::date then 'EXPIRED' else ${alias}.status end)`;
}
