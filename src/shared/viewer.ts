import { registerEnumType } from 'type-graphql';

/** The roles; area roles act on everything below their area, UNIT_ADMIN on one organisation. */
export enum Role {
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  STREET_ADMIN = 'STREET_ADMIN',
  COMMUNITY_ADMIN = 'COMMUNITY_ADMIN',
  GRID_WORKER = 'GRID_WORKER',
  UNIT_ADMIN = 'UNIT_ADMIN',
  VOLUNTEER = 'VOLUNTEER',
  RESIDENT = 'RESIDENT',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a signed-in account may do; area roles act on everything below their area.',
  valuesConfig: {
    DISTRICT_ADMIN: { description: 'Administers the whole district.' },
    STREET_ADMIN: { description: 'Administers one street (街道) and everything below it.' },
    COMMUNITY_ADMIN: { description: 'Administers one community (社区) and everything below it.' },
    GRID_WORKER: { description: 'Looks after a grid (网格): sees its area, reports live counts.' },
    UNIT_ADMIN: { description: 'Acts for one resident unit: its resources and counts.' },
    VOLUNTEER: {
      description:
        'A volunteer or in-service member (志愿者, 在职党员): the token\'s `sub` keys their Volunteer record, whose home community and status decide what it may do (an `areaId` claim is ignored); without a record it may only apply or claim one.',
    },
    RESIDENT: {
      description:
        'A resident using a mini-program (居民): the token\'s `sub` is their account; an optional `areaId` claim is the community they declare as home, never a read scope. Reports cases (rate-limited), sees their own cases in full, rates their own cases or those of their declared community, reads the walls and public data.',
    },
  },
});

export const AREA_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
/** Area roles that administer (register units, manage resources); grid workers only observe and report. */
export const ADMIN_AREA_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];

/** Who the caller is, resolved once per operation from the bearer token (or anonymous). */
export interface Viewer {
  accountId: string | null;
  role: Role | null;
  /** Database id and materialised path of the area the token is scoped to (area roles, volunteers). */
  areaId: string | null;
  areaPath: string | null;
  /** Database id of the organisation a UNIT_ADMIN acts for. */
  organizationId: string | null;
  expiresAt: Date | null;
  /**
   * A VOLUNTEER's record as it stands now (read with every request, never cached: a suspension takes effect
   * at once); null or absent for other roles and for a volunteer without a record. An APPROVED volunteer's
   * `areaId`/`areaPath` are their home community's; otherwise they are null.
   */
  volunteer?: VolunteerStanding | null;
  /**
   * A RESIDENT's declared home community (the token's `areaId`), id and path: it decides which cases they may
   * rate, never what they may read. Null or absent for every other role (their `areaId`/`areaPath` stay null).
   */
  declaredCommunity?: { id: string; path: string } | null;
}

/** What the token verifier reads of a VOLUNTEER's record (src/auth.ts). */
export interface VolunteerStanding {
  id: string;
  status: string;
  areaId: string;
  areaPath: string;
}

export const ANONYMOUS: Viewer = {
  accountId: null,
  role: null,
  areaId: null,
  areaPath: null,
  organizationId: null,
  expiresAt: null,
};

/**
 * The hub itself, for time-driven changes (an agreement coming into force, a demand expiring): it sees
 * the whole district, and its events name SYSTEM as actor and role.
 */
export const SYSTEM_VIEWER: Viewer = {
  accountId: 'SYSTEM',
  role: Role.DISTRICT_ADMIN,
  areaId: null,
  areaPath: '/',
  organizationId: null,
  expiresAt: null,
};

/** Who did something, as history rows and events record it. */
export interface Actor {
  id: string;
  role: string;
}

export function actorOf(viewer: Viewer): Actor {
  if (viewer === SYSTEM_VIEWER) return { id: 'SYSTEM', role: 'SYSTEM' };
  return { id: viewer.accountId ?? 'anonymous', role: viewer.role ?? 'ANONYMOUS' };
}

/** The area prefix an area-scoped viewer acts below, or null when the viewer has no area scope. */
export function areaScope(viewer: Viewer): string | null {
  if (viewer.role === null || !AREA_ROLES.includes(viewer.role)) return null;
  return viewer.areaPath;
}

export function isBelow(path: string, scope: string | null): boolean {
  return scope !== null && path.startsWith(scope);
}

/** An administrator of `areaPath` (district, street or community admin at or above it). */
export function administersArea(viewer: Viewer, areaPath: string): boolean {
  return viewer.role !== null && ADMIN_AREA_ROLES.includes(viewer.role) && isBelow(areaPath, viewer.areaPath);
}

/** Staff who may see non-public things at `areaPath`: any area role at or above it. */
export function staffOfArea(viewer: Viewer, areaPath: string): boolean {
  return isBelow(areaPath, areaScope(viewer));
}

/** A volunteer whose record is APPROVED: they serve in `viewer.areaPath`, their home community. */
export function isApprovedVolunteer(viewer: Viewer): boolean {
  return viewer.role === Role.VOLUNTEER && viewer.volunteer?.status === 'APPROVED';
}

/** A RESIDENT account (a mini-program user). */
export function isResident(viewer: Viewer): boolean {
  return viewer.role === Role.RESIDENT && viewer.accountId !== null;
}

export function actsForOrganization(viewer: Viewer, organizationId: string): boolean {
  return viewer.role === Role.UNIT_ADMIN && viewer.organizationId === organizationId;
}
