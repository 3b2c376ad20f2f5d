import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_HOUSEHOLD_HASH_KEY, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/config.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Viewer = graphql(`
  query AuthViewer {
    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }
  }
`);

const Holidays = graphql(`query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }`);

const SetHolidays = graphql(`
  mutation AuthSetHolidays($input: SetHolidaysInput!) {
    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }
  }
`);

const HolidayEvents = graphql(`
  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

const encode = (text: string) => new TextEncoder().encode(text);
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** An HS256 token for `claims`, signed with any secret and algorithm, as an attacker could make one. */
function signed(claims: Record<string, unknown>, secret: string, alg = 'HS256') {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).setSubject('intruder').setExpirationTime(inAnHour()).sign(encode(secret));
}

const sorted = (values: readonly string[]) => [...values].sort();

describe('viewer', () => {
  it('shows an anonymous caller as anonymous, with no role, scope or capabilities', async () => {
    const { viewer } = await hub.client.data(Viewer);
    expect(viewer).toEqual({ isAnonymous: true, accountId: null, role: null, expiresAt: null, capabilities: [], area: null, organization: null });
  });

  it.each([
    [Role.DISTRICT_ADMIN, 'district', ['REGISTER_ORGANIZATIONS', 'MANAGE_RESOURCES', 'REPORT_AVAILABILITY', 'READ_SCOPED_EVENTS', 'SET_HOLIDAYS']],
    [Role.STREET_ADMIN, 'street', ['REGISTER_ORGANIZATIONS', 'MANAGE_RESOURCES', 'REPORT_AVAILABILITY', 'READ_SCOPED_EVENTS']],
    [Role.COMMUNITY_ADMIN, 'community', ['REGISTER_ORGANIZATIONS', 'MANAGE_RESOURCES', 'REPORT_AVAILABILITY', 'READ_SCOPED_EVENTS']],
    [Role.GRID_WORKER, 'grid', ['REPORT_AVAILABILITY', 'READ_SCOPED_EVENTS']],
  ] as const)('shows a %s its role, its area and its capabilities', async (role, areaKey, capabilities) => {
    const area = d[areaKey];
    const token = await hub.token({ role, sub: `account-of-${role}`, ...(role === Role.DISTRICT_ADMIN ? {} : { areaId: area.id }) });
    const { viewer } = await hub.client.data(Viewer, {}, token);
    expect(viewer).toMatchObject({ isAnonymous: false, accountId: `account-of-${role}`, role, area: { id: area.id }, organization: null });
    expect(sorted(viewer.capabilities)).toEqual(sorted(capabilities));
    expect(Date.parse(viewer.expiresAt!)).toBeGreaterThan(hub.clock.now().getTime());
  });

  it('shows a UNIT_ADMIN its organization, no area, and what a unit may do', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    const { viewer } = await hub.client.data(Viewer, {}, token);
    expect(viewer).toMatchObject({ role: 'UNIT_ADMIN', area: null, organization: { id: org.id, name: org.name } });
    expect(sorted(viewer.capabilities)).toEqual(sorted(['MANAGE_RESOURCES', 'REPORT_AVAILABILITY', 'READ_SCOPED_EVENTS']));
  });

  it('shows a VOLUNTEER signed in but with no capabilities, and no area from an areaId claim (their record decides)', async () => {
    const plain = (await hub.client.data(Viewer, {}, await hub.token({ role: Role.VOLUNTEER }))).viewer;
    expect(plain).toMatchObject({ isAnonymous: false, role: 'VOLUNTEER', capabilities: [], area: null, organization: null });
    const claimed = (await hub.client.data(Viewer, {}, await hub.token({ role: Role.VOLUNTEER, areaId: d.grid.id }))).viewer;
    expect(claimed).toMatchObject({ role: 'VOLUNTEER', capabilities: [], area: null });
  });
});

describe('refused tokens', () => {
  const refusals: [string, () => Promise<Record<string, string>>][] = [
    ['an expired token', async () => ({ authorization: `Bearer ${await hub.token({ role: Role.DISTRICT_ADMIN }, -60)}` })],
    ['a token signed with another secret', async () => ({
      authorization: `Bearer ${await signed({ role: 'DISTRICT_ADMIN' }, 'another-secret-that-is-long-enough-to-sign-with')}`,
    })],
    ['an HS512 token, even with the right secret', async () => ({ authorization: `Bearer ${await signed({ role: 'DISTRICT_ADMIN' }, DEVELOPMENT_JWT_SECRET, 'HS512')}` })],
    ['an unsigned token (alg none)', async () => ({
      authorization: `Bearer ${new UnsecuredJWT({ role: 'DISTRICT_ADMIN' }).setSubject('intruder').setExpirationTime(inAnHour()).encode()}`,
    })],
    ['a token without an expiry', async () => ({
      authorization: `Bearer ${await new SignJWT({ role: 'DISTRICT_ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('forever').sign(encode(DEVELOPMENT_JWT_SECRET))}`,
    })],
    ['an Authorization header that is not a bearer token', async () => ({ authorization: 'Token abc' })],
    ['a garbage bearer token', async () => ({ authorization: 'Bearer garbage' })],
    ['an area role without areaId', async () => ({ authorization: `Bearer ${await hub.token({ role: Role.STREET_ADMIN })}` })],
    ['an area role whose area does not exist', async () => ({
      authorization: `Bearer ${await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: toGlobalId('Area', '987654321') })}`,
    })],
    ['an area role whose areaId is an organization id', async () => {
      const org = await buildOrganization(hub, d.community);
      return { authorization: `Bearer ${await hub.token({ role: Role.GRID_WORKER, areaId: org.id })}` };
    }],
    ['a UNIT_ADMIN without organizationId', async () => ({ authorization: `Bearer ${await hub.token({ role: Role.UNIT_ADMIN })}` })],
    ['a UNIT_ADMIN whose organization does not exist', async () => ({
      authorization: `Bearer ${await hub.token({ role: Role.UNIT_ADMIN, organizationId: toGlobalId('Organization', '987654321') })}`,
    })],
    ['an unknown role', async () => ({ authorization: `Bearer ${await hub.token({ role: 'SUPERUSER' as Role })}` })],
  ];

  it.each(refusals)('refuses %s with UNAUTHENTICATED and HTTP 401, never as anonymous', async (_label, headers) => {
    const result = await hub.client.request(Viewer, {}, { headers: await headers() });
    expect(result.status).toBe(401);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.data ?? null).toBeNull();
  });

  it('says an expired token has expired', async () => {
    const result = await hub.client.request(Viewer, {}, { token: await hub.token({ role: Role.VOLUNTEER }, -60) });
    expect(result.errors?.[0]?.message).toMatch(/expired/);
  });

  it('stops accepting a token the moment it expires, also one verified (and kept) before', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN }, 2);
    const first = await hub.client.request(Viewer, {}, { token });
    expect(first.errors).toBeUndefined();
    hub.clock.advance(2_000); // the hub's clock: exactly at `exp` the token no longer holds
    try {
      const later = await hub.client.request(Viewer, {}, { token });
      expect(later.status).toBe(401);
      expect(later.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    } finally {
      hub.clock.advance(-2_000);
    }
  });
});

describe('RS256 keys', () => {
  it('accepts tokens signed with the configured key pair and refuses development HS256 tokens', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const rsa = await startTestHub({ JWT_PUBLIC_KEY: await exportSPKI(publicKey) });
    try {
      const good = await new SignJWT({ role: 'DISTRICT_ADMIN' })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('rs-admin')
        .setExpirationTime('1h')
        .sign(privateKey);
      expect((await rsa.client.data(Viewer, {}, good)).viewer).toMatchObject({ role: 'DISTRICT_ADMIN', accountId: 'rs-admin' });

      const hs = await signed({ role: 'DISTRICT_ADMIN' }, DEVELOPMENT_JWT_SECRET);
      const refused = await rsa.client.request(Viewer, {}, { token: hs });
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const stranger = (await generateKeyPair('RS256')).privateKey;
      const foreign = await new SignJWT({ role: 'DISTRICT_ADMIN' }).setProtectedHeader({ alg: 'RS256' }).setSubject('x').setExpirationTime('1h').sign(stranger);
      expect(await rsa.client.errorCode(Viewer, {}, foreign)).toBe('UNAUTHENTICATED');
      await expect(rsa.token({ role: Role.DISTRICT_ADMIN })).rejects.toThrow(/HS256/);
    } finally {
      await rsa.close();
    }
  });

  it('verifies RS256 tokens against a JWKS endpoint, choosing the key by its kid', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'district-2026', alg: 'RS256', use: 'sig' };
    const jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const rsa = await startTestHub({ JWT_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json` });
    try {
      const sign = (kid: string) =>
        new SignJWT({ role: 'DISTRICT_ADMIN' }).setProtectedHeader({ alg: 'RS256', kid }).setSubject('jwks-admin').setExpirationTime('1h').sign(privateKey);
      expect((await rsa.client.data(Viewer, {}, await sign('district-2026'))).viewer).toMatchObject({ role: 'DISTRICT_ADMIN', accountId: 'jwks-admin' });
      expect(await rsa.client.errorCode(Viewer, {}, await sign('unknown-key'))).toBe('UNAUTHENTICATED');
    } finally {
      await rsa.close();
      await new Promise((resolve) => jwks.close(resolve));
    }
  });
});

describe('CORS', () => {
  it('answers a browser preflight only for configured origins', async () => {
    const hubWithCors = await startTestHub({ CORS_ORIGINS: 'https://portal.example.cn, https://dashboard.example.cn' });
    try {
      const preflight = (origin: string) =>
        fetch(hubWithCors.server.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
        });
      const allowed = await preflight('https://portal.example.cn');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.cn');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const stranger = await preflight('https://evil.example.com');
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await hubWithCors.close();
    }
  });
});

describe('loadConfig', () => {
  it('refuses to start in production without an RS256 key, naming JWT_PUBLIC_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_PUBLIC_KEY/);
    // a shared secret is not enough in production
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(ConfigError);
  });

  it('starts in production with a JWT_PUBLIC_KEY or a JWT_JWKS_URL', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const household = { HOUSEHOLD_HASH_KEY: 'h'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY: pem, ...household }).jwt).toEqual({ kind: 'rs256-key', publicKeyPem: pem });
    expect(loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example.cn/.well-known/jwks.json', ...household }).jwt.kind).toBe('rs256-jwks');
  });

  it('refuses to start in production without HOUSEHOLD_HASH_KEY, and takes no short key anywhere', () => {
    const jwks = { NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example.cn/.well-known/jwks.json' };
    expect(() => loadConfig(jwks)).toThrow(/HOUSEHOLD_HASH_KEY/);
    expect(() => loadConfig({ ...jwks, HOUSEHOLD_HASH_KEY: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOUSEHOLD_HASH_KEY: 'short' })).toThrow(/HOUSEHOLD_HASH_KEY/);
    expect(loadConfig({ ...jwks, HOUSEHOLD_HASH_KEY: 'k'.repeat(32) }).householdHashKey).toEqual({ key: 'k'.repeat(32), isDevelopmentDefault: false });
    expect(loadConfig({}).householdHashKey).toEqual({ key: DEVELOPMENT_HOUSEHOLD_HASH_KEY, isDevelopmentDefault: true });
  });

  it('uses the development secret only outside production', () => {
    expect(loadConfig({}).jwt).toEqual({ kind: 'hs256', secret: DEVELOPMENT_JWT_SECRET, isDevelopmentDefault: true });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['JWT_PUBLIC_KEY', { JWT_PUBLIC_KEY: 'not a pem' }],
    ['MAX_BODY_BYTES', { MAX_BODY_BYTES: '10' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('throws a ConfigError naming %s for %j', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('setHolidays', () => {
  const springFestival = (year: number) => [
    { date: `${year}-02-06`, kind: 'HOLIDAY' as const, name: '春节' },
    { date: `${year}-02-14`, kind: 'MAKEUP_WORKDAY' as const, name: '春节调休上班' },
  ];
  const stored = async (year: number) => (await hub.client.data(Holidays, { from: `${year}-01-01`, to: `${year}-12-31` })).holidays;
  const eventCount = async () => (await hub.client.data(HolidayEvents)).events.edges.length;
  const setAsAdmin = async (year: number, dates = springFestival(year)) => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const data = await hub.client.data(SetHolidays, { input: { year, dates } }, admin);
    expect(data.setHolidays.userErrors).toEqual([]);
    return data.setHolidays.holidays;
  };

  it('lets a district admin replace one year\'s calendar, leaving other years alone', async () => {
    await setAsAdmin(2028);
    const before = await eventCount();
    expect(await setAsAdmin(2027)).toEqual(springFestival(2027));
    expect(await stored(2027)).toEqual(springFestival(2027));

    const national = [{ date: '2027-10-01', kind: 'HOLIDAY' as const, name: '国庆节' }];
    expect(await setAsAdmin(2027, national)).toEqual(national);
    expect(await stored(2027)).toEqual(national);
    expect(await stored(2028)).toEqual(springFestival(2028));

    const events = (await hub.client.data(HolidayEvents)).events.edges.map((e) => e.node);
    expect(events).toHaveLength(before + 2);
    expect(events.at(-1)).toMatchObject({ type: 'HOLIDAYS_SET', subjectId: d.district.id, data: { year: 2027, count: 1 } });
  });

  it('refuses a street admin with FORBIDDEN and changes nothing', async () => {
    await setAsAdmin(2029);
    const events = await eventCount();
    const token = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    const result = await hub.client.request(SetHolidays, { input: { year: 2029, dates: [] } }, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(2029)).toEqual(springFestival(2029));
    expect(await eventCount()).toBe(events);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED and changes nothing', async () => {
    await setAsAdmin(2030);
    expect(await hub.client.errorCode(SetHolidays, { input: { year: 2030, dates: [] } })).toBe('UNAUTHENTICATED');
    expect(await stored(2030)).toEqual(springFestival(2030));
  });

  it.each([
    ['a date outside the year', [...springFestival(2031), { date: '2032-01-01', kind: 'HOLIDAY' as const, name: '元旦' }], 'input.dates[2].date'],
    ['a date given twice', [...springFestival(2031), { ...springFestival(2031)[0], name: '春节又一次' }], 'input.dates[2].date'],
    ['a date that does not exist', [{ date: '2031-02-30', kind: 'HOLIDAY' as const, name: '不存在' }], 'input.dates[0].date'],
    ['a date not in YYYY-MM-DD form', [{ date: '2031/10/01', kind: 'HOLIDAY' as const, name: '国庆节' }], 'input.dates[0].date'],
    ['a name over 50 characters', [{ date: '2031-10-01', kind: 'HOLIDAY' as const, name: '国'.repeat(51) }], 'input.dates[0].name'],
  ])('rejects %s as BAD_USER_INPUT naming the field, and changes nothing', async (_label, dates, field) => {
    await setAsAdmin(2031);
    const events = await eventCount();
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const result = await hub.client.request(SetHolidays, { input: { year: 2031, dates } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(2031)).toEqual(springFestival(2031));
    expect(await eventCount()).toBe(events);
  });

  it('rejects a year out of range as BAD_USER_INPUT naming input.year', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const result = await hub.client.request(SetHolidays, { input: { year: 1999, dates: [] } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
  });

  it('rejects a holidays query with a malformed or reversed range as BAD_USER_INPUT', async () => {
    expect((await hub.client.request(Holidays, { from: '2027-13-01', to: '2027-12-31' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect((await hub.client.request(Holidays, { from: '2027-12-31', to: '2027-01-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
