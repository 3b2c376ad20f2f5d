import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from './errors.js';
import { ADMIN_AREA_ROLES, AREA_ROLES, Role, type Viewer } from './viewer.js';

export function requireSignedIn(viewer: Viewer): void {
  if (viewer.role === null) throw unauthenticated();
}

/** Signed in, and `allowed`; otherwise UNAUTHENTICATED or FORBIDDEN. */
export function requireAllowed(viewer: Viewer, allowed: boolean, message?: string): void {
  requireSignedIn(viewer);
  if (!allowed) throw forbidden(message);
}

/**
 * The roles that may ever do a thing, for `@Authorized(...)` on a mutation. Whether this caller may do it
 * to this object is the service's question (it reads the object); these say who never may, so that those
 * callers are refused before any statement is sent.
 */
export const MAY = {
  /** District, street and community admins. */
  ADMINS: ADMIN_AREA_ROLES,
  ADMINS_AND_UNITS: [...ADMIN_AREA_ROLES, Role.UNIT_ADMIN],
  /** Area staff: the admins and grid workers. */
  STAFF: AREA_ROLES,
  STAFF_AND_UNITS: [...AREA_ROLES, Role.UNIT_ADMIN],
  /** Who signs agreements: the unit's admin and the admin of the agreement's own street or community. */
  SIGNATORIES: [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.UNIT_ADMIN],
  /** Who takes demands: a unit, or a volunteer. */
  TAKERS: [Role.UNIT_ADMIN, Role.VOLUNTEER],
  UNITS: [Role.UNIT_ADMIN],
  DISTRICT: [Role.DISTRICT_ADMIN],
} as const satisfies Record<string, readonly Role[]>;

/**
 * type-graphql's check of `@Authorized(roles)`, run before the resolver: anonymous callers get
 * UNAUTHENTICATED, roles not listed FORBIDDEN. It reads only the token's claims, never the database.
 */
export const roleChecker: AuthChecker<{ viewer: Viewer }, Role> = ({ context }, roles) => {
  requireAllowed(context.viewer, context.viewer.role !== null && roles.includes(context.viewer.role));
  return true;
};
