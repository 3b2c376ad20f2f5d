import { SqlParams } from '../read/params.js';
import { actsForOrganization, areaScope, isApprovedVolunteer, isBelow, Role, staffOfArea, type Viewer } from '../shared/viewer.js';

/*
 * An event's scope: every event carries the area path and the organisations and accounts it concerns, and
 * whether it is public or on the order board (outbox.ts). The same rule in SQL for reads of the log and in
 * code for events already read (the hub).
 */

/** The roles whose account an event may name: a volunteer (a service order's taker) and a resident (a case they reported). */
const ACCOUNT_ROLES: readonly (Role | null)[] = [Role.VOLUNTEER, Role.RESIDENT];

function namedByAccount(viewer: Viewer): viewer is Viewer & { accountId: string } {
  return ACCOUNT_ROLES.includes(viewer.role) && viewer.accountId !== null;
}

/**
 * Anyone sees public events; staff those of their area and below; a unit admin those concerning its unit;
 * a volunteer's or resident's account those naming it (a service order's takers, a case's RESIDENT reporter);
 * an approved volunteer the board events of their home community (whose data and subject carry nothing
 * private: the subject is the order's redacted card).
 */
export function eventVisibleSql(viewer: Viewer, p: SqlParams): string {
  const clauses = ['e.is_public'];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`e.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`${p.add(viewer.organizationId)}::bigint = any(e.organization_ids)`);
  }
  if (namedByAccount(viewer)) clauses.push(`${p.add(viewer.accountId)}::text = any(e.account_ids)`);
  if (isApprovedVolunteer(viewer) && viewer.areaPath !== null) clauses.push(`(e.is_board and e.area_path like ${p.add(`${viewer.areaPath}%`)})`);
  return `(${clauses.join(' or ')})`;
}

export interface EventScope {
  isPublic: boolean;
  areaPath: string | null;
  organizationIds: readonly string[];
  accountIds: readonly string[];
  isBoard: boolean;
}

/** Whether the viewer sees the event in full: public, of their area, naming their unit or their account. */
function seesInFull(viewer: Viewer, e: EventScope): boolean {
  return (
    e.isPublic ||
    (e.areaPath !== null && staffOfArea(viewer, e.areaPath)) ||
    e.organizationIds.some((id) => actsForOrganization(viewer, id)) ||
    (namedByAccount(viewer) && e.accountIds.includes(viewer.accountId!))
  );
}

/** Whether the event is on the board of the viewer: an approved volunteer of its area. */
function onBoardOf(viewer: Viewer, e: EventScope): boolean {
  return e.isBoard && e.areaPath !== null && isApprovedVolunteer(viewer) && isBelow(e.areaPath, viewer.areaPath);
}

/** The same rule in code, for events already read (subscriptions). */
export function eventVisible(viewer: Viewer, e: EventScope): boolean {
  return seesInFull(viewer, e) || onBoardOf(viewer, e);
}

/** Whether the viewer sees an event only because it is on the board (the redacted card, nothing more). */
export function seesOnlyBoard(viewer: Viewer, e: EventScope): boolean {
  return !seesInFull(viewer, e) && onBoardOf(viewer, e);
}
