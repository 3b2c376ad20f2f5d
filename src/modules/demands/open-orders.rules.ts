import type { SqlParams } from '../../read/params.js';
import { areaScope, isApprovedVolunteer, Role, type Viewer } from '../../shared/viewer.js';
import { DemandTakeStatus } from './demand.enums.js';

/*
 * Who sees the order board, and which orders on it: those the caller may take, as `takeDemand` reaches them.
 *  - an approved VOLUNTEER: orders of their home community (their record says, not their token), and of the
 *    areas of the ACTIVE teams they lead;
 *  - a UNIT_ADMIN: orders within its unit's street;
 *  - staff (district, street, community admins, grid workers): orders of their area, the board their
 *    volunteers see.
 * Anyone else (a volunteer not approved, a resident) is FORBIDDEN; anonymous callers UNAUTHENTICATED.
 */

/** Live takes: they hold part of an order's quantity, and their takers see the order. */
export const LIVE_TAKE_STATUSES: readonly DemandTakeStatus[] = [DemandTakeStatus.TAKEN, DemandTakeStatus.SERVED, DemandTakeStatus.DISPUTED];

/** The orders `viewer` reaches as a taker, as one SQL predicate over the demand read as `alias`; null: no board. */
export function boardReachSql(viewer: Viewer, p: SqlParams, alias = 'd'): string | null {
  const scope = areaScope(viewer);
  if (scope !== null) return `${alias}.area_path like ${p.add(`${scope}%`)}`;
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    // the unit's street: the first two steps of its path ('/1/7/42/' → '/1/7/'), the district for a unit above streets
    return `${alias}.area_path like (select coalesce(substring(o.area_path from '^/[^/]+/[^/]+/'), o.area_path) || '%'
                                     from organization o where o.id = ${p.add(viewer.organizationId)}::bigint)`;
  }
  if (isApprovedVolunteer(viewer) && viewer.areaPath !== null && viewer.volunteer) {
    return `(${alias}.area_path like ${p.add(`${viewer.areaPath}%`)}
             or exists (select 1 from volunteer_team t where t.leader_id = ${p.add(viewer.volunteer.id)}::bigint
                        and t.status = 'ACTIVE' and ${alias}.area_path like t.area_path || '%'))`;
  }
  return null;
}

/** Orders the viewer already holds a live take of (as themself or for the team they lead; for their unit). */
export function heldByViewerSql(viewer: Viewer, p: SqlParams, alias = 'd'): string | null {
  const held = (condition: string) =>
    `exists (select 1 from demand_take ht where ht.demand_id = ${alias}.id and ht.status = any(${p.add(LIVE_TAKE_STATUSES)}::text[]) and ${condition})`;
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) return held(`ht.organization_id = ${p.add(viewer.organizationId)}::bigint`);
  if (viewer.role === Role.VOLUNTEER && viewer.accountId !== null) return held(`ht.taker_kind <> 'ORGANIZATION' and ht.account_id = ${p.add(viewer.accountId)}`);
  return null;
}

/** Whether the viewer holds a live take of an order whose live takers are these (the demand channel's node). */
export function isLiveTaker(viewer: Viewer, takers: { accountIds: readonly string[]; organizationIds: readonly string[] }): boolean {
  if (viewer.role === Role.UNIT_ADMIN) return viewer.organizationId !== null && takers.organizationIds.includes(viewer.organizationId);
  if (viewer.role === Role.VOLUNTEER) return viewer.accountId !== null && takers.accountIds.includes(viewer.accountId);
  return false;
}
