import { createRemoteJWKSet, importSPKI, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type pg from 'pg';
import type { Config } from './config.js';
import { systemClock, type Clock } from './shared/clock.js';
import { parseGlobalId } from './shared/global-id.js';
import { ANONYMOUS, Role, type Viewer, type VolunteerStanding } from './shared/viewer.js';

export class TokenError extends Error {}

/** Verifies a token's signature and claims as of `now` (the hub's clock, so tests move time by hand). */
type Verify = (token: string, now: Date) => Promise<JWTPayload>;

function verifierFor(jwt: Config['jwt']): Verify {
  switch (jwt.kind) {
    case 'hs256': {
      const key = new TextEncoder().encode(jwt.secret);
      return async (token, now) => (await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'], currentDate: now })).payload;
    }
    case 'rs256-key': {
      const key = importSPKI(jwt.publicKeyPem, 'RS256');
      return async (token, now) => (await jwtVerify(token, await key, { algorithms: ['RS256'], requiredClaims: ['exp', 'sub'], currentDate: now })).payload;
    }
    case 'rs256-jwks': {
      const keys = createRemoteJWKSet(new URL(jwt.jwksUrl));
      return async (token, now) => (await jwtVerify(token, keys, { algorithms: ['RS256'], requiredClaims: ['exp', 'sub'], currentDate: now })).payload;
    }
  }
}

const MAX_VERIFIED_TOKENS = 10_000;
const VERIFIED_TOKEN_TTL_MS = 60_000;

const AREA_BOUND = new Set<Role>([Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER]);

/**
 * Turns bearer tokens into viewers. A token that does not verify, has expired, or whose claims do not fit
 * its role (an area role without `areaId`, a unit admin without `organizationId`, ids that resolve to
 * nothing) is rejected with TokenError: the caller gets UNAUTHENTICATED, never a silently anonymous view.
 * Area paths are cached, and a verified token's viewer is kept until the token expires (a minute at most), so
 * a token keeps working for up to a minute after its unit would stop existing. Areas move (moveArea) and
 * retire (retireArea): every instance hears AREA_MOVED and AREA_RETIRED through its subscription hub, which
 * calls `forgetAreas` (wired in src/server.ts), so a token's area path is read again after the event.
 */
export class Authenticator {
  private readonly verify: Verify;
  private readonly areaPaths = new Map<string, string>();
  private readonly knownOrganizations = new Set<string>();
  /** Tokens already verified, with their viewer, until they expire or for a minute at most. */
  private readonly verified = new Map<string, { viewer: Viewer; until: number }>();
  /** Counts `forgetAreas` calls: a lookup that spans one reads again. */
  private generation = 0;

  constructor(
    config: Config,
    private readonly pool: pg.Pool,
    private readonly clock: Clock = systemClock,
  ) {
    this.verify = verifierFor(config.jwt);
  }

  /**
   * Drops the area paths and the verified viewers (which carry paths): called when an area moved or retired,
   * so the next request with any token reads its area's path again.
   */
  forgetAreas(): void {
    // a lookup already under way may have read the old path: it reads again (`viewerFromToken`)
    this.generation++;
    this.areaPaths.clear();
    this.verified.clear();
  }

  async viewerFromAuthorization(header: string | undefined | null): Promise<Viewer> {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new TokenError('The Authorization header must be "Bearer <token>".');
    return this.viewerFromToken(match[1]);
  }

  async viewerFromToken(token: string): Promise<Viewer> {
    const viewer = await this.verifiedViewer(token);
    return viewer.role === Role.VOLUNTEER ? this.withVolunteerStanding(viewer) : viewer;
  }

  /**
   * A VOLUNTEER's viewer with their record as it stands now: read with every request (one indexed row), so
   * that a suspension or a departure takes effect at once, on every instance.
   */
  async withVolunteerStanding(viewer: Viewer): Promise<Viewer> {
    const [standing] = (await readVolunteerStandings(this.pool, [viewer.accountId!])).values();
    return volunteerViewer(viewer, standing ?? null);
  }

  private async verifiedViewer(token: string): Promise<Viewer> {
    // a client sends the same token with every request until it expires: verifying the signature each time
    // (RS256 especially) is the largest cost of a small mutation's authentication
    const now = this.clock.now();
    const hit = this.verified.get(token);
    if (hit && hit.until > now.getTime()) return hit.viewer;
    const generation = this.generation;
    let viewer = await this.verifyViewer(token, now);
    if (generation !== this.generation) {
      // the areas changed while it was read: the path it read (and cached) may be the old one
      this.areaPaths.clear();
      viewer = await this.verifyViewer(token, now);
    }
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { viewer, until: Math.min(viewer.expiresAt?.getTime() ?? Infinity, now.getTime() + VERIFIED_TOKEN_TTL_MS) });
    return viewer;
  }

  private async verifyViewer(token: string, now: Date): Promise<Viewer> {
    let claims: JWTPayload;
    try {
      claims = await this.verify(token, now);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new TokenError(code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid.');
    }
    const role = claims.role as Role;
    if (!Object.values(Role).includes(role)) throw new TokenError('The token has no known role.');
    // a VOLUNTEER's area comes from their record (`withVolunteerStanding`), never from the claim
    const areaGlobalId = typeof claims.areaId === 'string' && role !== Role.VOLUNTEER ? claims.areaId : null;
    const orgGlobalId = typeof claims.organizationId === 'string' ? claims.organizationId : null;

    let areaId: string | null = null;
    let areaPath: string | null = null;
    // a RESIDENT's areaId is the community they declare, never a scope: kept apart from areaId/areaPath
    let declaredCommunity: { id: string; path: string } | null = null;
    if (role === Role.RESIDENT) {
      if (areaGlobalId !== null) {
        const id = parseGlobalId(areaGlobalId, ['Area']);
        const path = id === null ? null : await this.communityPath(id);
        if (id === null || path === null) throw new TokenError('A RESIDENT token\'s areaId must be an existing community that is not retired.');
        declaredCommunity = { id, path };
      }
    } else if (role === Role.DISTRICT_ADMIN) {
      areaPath = '/';
    } else if (areaGlobalId !== null || AREA_BOUND.has(role)) {
      areaId = areaGlobalId === null ? null : parseGlobalId(areaGlobalId, ['Area']);
      areaPath = areaId === null ? null : await this.areaPath(areaId);
      if (areaPath === null) throw new TokenError(`A ${role} token needs the areaId of an existing area that is not retired.`);
    }
    let organizationId: string | null = null;
    if (role === Role.UNIT_ADMIN) {
      organizationId = orgGlobalId === null ? null : parseGlobalId(orgGlobalId, ['Organization']);
      if (organizationId === null || !(await this.organizationExists(organizationId))) {
        throw new TokenError('A UNIT_ADMIN token needs the organizationId of an existing organization.');
      }
    }
    return {
      accountId: String(claims.sub),
      role,
      areaId,
      areaPath,
      organizationId,
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
      ...(role === Role.RESIDENT ? { declaredCommunity } : {}),
    };
  }

  private async communityPath(id: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ path: string }>(`select path from area where id = $1 and kind = 'COMMUNITY' and retired_at is null`, [id]);
    return rows[0]?.path ?? null;
  }

  private async areaPath(id: string): Promise<string | null> {
    const cached = this.areaPaths.get(id);
    if (cached) return cached;
    const { rows } = await this.pool.query<{ path: string }>('select path from area where id = $1 and retired_at is null', [id]);
    if (rows.length === 0) return null;
    this.areaPaths.set(id, rows[0].path);
    return rows[0].path;
  }

  private async organizationExists(id: string): Promise<boolean> {
    if (this.knownOrganizations.has(id)) return true;
    const { rowCount } = await this.pool.query('select 1 from organization where id = $1', [id]);
    if (rowCount) this.knownOrganizations.add(id);
    return Boolean(rowCount);
  }
}

/** The one statement a VOLUNTEER's sign-in sends: their record's standing (tests tell it from an operation's own). */
export const VOLUNTEER_STANDING_SQL = 'select account_id, id::text as id, status, area_id::text as area_id, area_path from volunteer where account_id = any($1::text[])';

/**
 * The volunteer records of these accounts (VOLUNTEER tokens' `sub`), by account: the one read the token
 * verifier and the subscription hub make of the volunteers' table (its module owns it: src/modules/volunteers).
 */
export async function readVolunteerStandings(pool: pg.Pool, accountIds: string[]): Promise<Map<string, VolunteerStanding>> {
  const { rows } = await pool.query<{ account_id: string; id: string; status: string; area_id: string; area_path: string }>(VOLUNTEER_STANDING_SQL, [accountIds]);
  return new Map(rows.map((r) => [r.account_id, { id: r.id, status: r.status, areaId: r.area_id, areaPath: r.area_path }]));
}

/** A VOLUNTEER's viewer given their record: an APPROVED volunteer acts in their home community, anyone else in none. */
export function volunteerViewer(viewer: Viewer, standing: VolunteerStanding | null): Viewer {
  const approved = standing?.status === 'APPROVED';
  return { ...viewer, volunteer: standing, areaId: approved ? standing.areaId : null, areaPath: approved ? standing.areaPath : null };
}

export interface TokenClaims {
  sub: string;
  role: Role;
  areaId?: string;
  organizationId?: string;
}

/** Signs a development token (HS256) valid for `ttlSeconds` from `now`. Refuses when the hub is configured for RS256 keys. */
export async function issueDevelopmentToken(config: Config, claims: TokenClaims, ttlSeconds = 3600, now = new Date()): Promise<string> {
  if (config.jwt.kind !== 'hs256') throw new Error('development tokens are HS256; this configuration verifies RS256');
  return new SignJWT({ role: claims.role, areaId: claims.areaId, organizationId: claims.organizationId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(config.jwt.secret));
}
