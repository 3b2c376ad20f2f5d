import { SqlParams } from '../read/params.js';
import { actsForOrganization, areaScope, Role, staffOfArea, type Viewer } from '../shared/viewer.js';

/*
 * An event's scope: every event carries the area path and the unit it concerns, and whether it is public
 * (outbox.ts). The same rule in SQL for reads of the log and in code for events already read (the hub).
 */

/** Anyone sees public events; staff see those of their area and below; a unit admin those of its unit. */
export function eventVisibleSql(viewer: Viewer, p: SqlParams): string {
  const clauses = ['e.is_public'];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`e.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`e.organization_id = ${p.add(viewer.organizationId)}`);
  }
  return `(${clauses.join(' or ')})`;
}

/** The same rule in code, for events already read (subscriptions). */
export function eventVisible(viewer: Viewer, e: { isPublic: boolean; areaPath: string | null; organizationId: string | null }): boolean {
  return e.isPublic || (e.areaPath !== null && staffOfArea(viewer, e.areaPath)) || (e.organizationId !== null && actsForOrganization(viewer, e.organizationId));
}

