import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { administersArea, areaScope, isApprovedVolunteer, isBelow, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { DemandFulfilment, DemandStatus } from './demand.enums.js';
import { TAKER_SEES_DAYS_AFTER_CONFIRMATION } from './demand.transitions.js';
import { DemandEntity } from './demand.entity.js';
import { DemandListEntity } from './demand-list.entity.js';
import type { SqlParams } from '../../read/params.js';

/*
 * Who may do what to demands and lists, and the records every change leaves (history and event).
 */

export interface DemandFacts {
  areaPath: string;
  fulfilment?: DemandFulfilment;
  status: DemandStatus;
  takenByOrganizationId: string | null;
  takenByAccount: string | null;
}

export const factsOf = (d: DemandEntity): DemandFacts => ({
  areaPath: d.areaPath,
  fulfilment: d.fulfilment,
  status: d.status,
  takenByOrganizationId: d.takenByOrganization?.id ?? null,
  takenByAccount: d.takenByAccount ?? null,
});

/** Grid workers and admins of the area record and change what residents ordered. */
export const canRecord = (viewer: Viewer, d: { areaPath: string }) => staffOfArea(viewer, d.areaPath);

/** The community (its admin, or the street's or district's) places a demand. */
export const canPlace = (viewer: Viewer, d: { areaPath: string }) => administersArea(viewer, d.areaPath);

/** A posted demand may be withdrawn by whoever may record it; once placed, only the community and above. */
export const canCancel = (viewer: Viewer, d: DemandFacts) =>
  d.status === DemandStatus.POSTED ? canRecord(viewer, d) : canPlace(viewer, d);

/**
 * A demand, as an entity or a row (null when there is none), checked for a change by the viewer: NOT_FOUND
 * when it does not exist or the viewer may not see it, FORBIDDEN when the viewer sees it but may not do
 * this.
 */
export function demandForChangeOf<T>(
  viewer: Viewer,
  d: T | null,
  facts: (d: T) => DemandFacts,
  field: string,
  allow: (viewer: Viewer, d: DemandFacts) => boolean,
): T {
  if (!d || !demandVisible(viewer, facts(d))) throw notFound(field, 'demand');
  requireAllowed(viewer, allow(viewer, facts(d)));
  return d;
}

/** Loads a demand for a change by the viewer, checked by `demandForChangeOf`. */
export async function demandForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, d: DemandFacts) => boolean,
): Promise<DemandEntity> {
  return demandForChangeOf(viewer, await em.findOne(DemandEntity, { id }), factsOf, field, allow);
}

export async function demandListForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, l: { areaPath: string }) => boolean,
): Promise<DemandListEntity> {
  const list = await em.findOne(DemandListEntity, { id });
  if (!list || !demandListVisible(viewer, list)) throw notFound(field, 'demand list');
  requireAllowed(viewer, allow(viewer, list));
  return list;
}

/*
 * Demands carry residents' circumstances (docs/architecture.md, "Who may do what"): a demand is visible, details and
 * all, to staff of its area (area roles at or above it, grid workers included) and to whoever took it;
 * nobody else sees it by any path, only the public counts of `demandStatistics`. Every read of demands
 * compiles `demandVisibleSql` into its statement; code that holds a loaded row uses `demandVisible`.
 */

/**
 * The units granted a RESOURCE demand besides its area's staff: the unit that took it, and units with a
 * PROPOSED or ACCEPTED match of one of their resources to it, so they can judge and serve the proposal.
 */
function unitGrantSql(alias: string, organization: string): string {
  return `((${alias}.fulfilment = 'RESOURCE' and ${alias}.taken_by_organization_id = ${organization})
    or exists (select 1 from match mg where mg.demand_id = ${alias}.id and mg.organization_id = ${organization}::bigint and mg.status in ('PROPOSED','ACCEPTED')))`;
}

/**
 * A service order's takers see it from taking until TAKER_SEES_DAYS_AFTER_CONFIRMATION days after the take's
 * confirmation, or until it is released or revoked: a volunteer their own takes, a team's current leader the
 * team's, a unit's admin the unit's. `taker` is the predicate naming the viewer's takes (over `t`). Without
 * `now` only takes still live grant it (never SQL now(): the clock is the caller's).
 */
function takeGrantSql(alias: string, taker: string, p: SqlParams, now: Date | null): string {
  const confirmed = now === null ? '' : ` or t.status = 'CONFIRMED' and t.confirmed_at > ${p.add(new Date(now.getTime() - TAKER_SEES_DAYS_AFTER_CONFIRMATION * 86_400_000).toISOString())}::timestamptz`;
  return `exists (select 1 from demand_take t where t.demand_id = ${alias}.id and ${taker}
    and (t.status in ('TAKEN','SERVED','DISPUTED')${confirmed}))`;
}

/**
 * The predicate over a take `t` naming the viewer's takes (their own, their teams', their unit's); null for
 * none. A volunteer's record must be APPROVED for their takes to open the order's details to them
 * (`demandVisibleSql`); their takes themselves stay theirs to read whatever their standing (`anyStanding`).
 */
export function viewerTakesSql(viewer: Viewer, p: SqlParams, anyStanding = false): string | null {
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) return `t.organization_id = ${p.add(viewer.organizationId)}::bigint`;
  if ((anyStanding ? viewer.role === Role.VOLUNTEER : isApprovedVolunteer(viewer)) && viewer.volunteer) {
    const me = p.add(viewer.volunteer.id);
    return `(t.volunteer_id = ${me}::bigint or t.team_id in (select vt.id from volunteer_team vt where vt.leader_id = ${me}::bigint))`;
  }
  return null;
}

/**
 * Who may see a demand, as one SQL predicate over the demand table read as `alias`. `now` (the operation's
 * clock) bounds a service order's takers' window after confirmation.
 */
export function demandVisibleSql(viewer: Viewer, p: SqlParams, alias = 'd', now: Date | null = null): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(unitGrantSql(alias, p.add(viewer.organizationId)));
  }
  if (viewer.role === Role.VOLUNTEER && viewer.accountId !== null) {
    clauses.push(`(${alias}.fulfilment = 'RESOURCE' and ${alias}.taken_by_organization_id is null and ${alias}.taken_by_account = ${p.add(viewer.accountId)})`);
  }
  const takes = viewerTakesSql(viewer, p);
  if (takes !== null) clauses.push(takeGrantSql(alias, takes, p, now));
  return clauses.length ? `(${clauses.join(' or ')})` : 'false';
}

export interface DemandScopeFacts {
  areaPath: string;
  fulfilment?: DemandFulfilment;
  takenByOrganizationId: string | null;
  takenByAccount: string | null;
}

/**
 * The same rule in code, for rows already loaded. A service order's takers are not judged here (their takes
 * are not loaded with the order): the writes that let a taker act find the take, not the order.
 */
export function demandVisible(viewer: Viewer, d: DemandScopeFacts): boolean {
  if (isBelow(d.areaPath, areaScope(viewer))) return true;
  if (d.fulfilment === DemandFulfilment.SERVICE) return false;
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
