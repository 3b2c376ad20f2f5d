/**
 * Every environment variable the hub reads, parsed and validated here and nowhere else.
 * `loadConfig` throws a ConfigError naming the variable when a value is malformed, or when
 * NODE_ENV=production lacks a production key for tokens or HOUSEHOLD_HASH_KEY.
 */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  timeZone: string;
  corsOrigins: string[] | '*';
  jwt:
    | { kind: 'hs256'; secret: string; isDevelopmentDefault: boolean }
    | { kind: 'rs256-key'; publicKeyPem: string }
    | { kind: 'rs256-jwks'; jwksUrl: string };
  limits: {
    bodyBytes: number;
    maxDepth: number;
    maxCost: number;
    /** Root fields (aliases count) one mutation operation may hold (TOO_MANY_MUTATIONS). */
    maxMutationFields: number;
    maxPageSize: number;
  };
  /** graphql-jit compiles each operation once (the default); graphql-js interprets it every time. */
  executor: 'jit' | 'graphql-js';
  eventRetentionDays: number;
  /** Events deleted per transaction when the log is purged of what is older than the retention. */
  eventPurgeBatch: number;
  realtime: {
    /** The safety poll of the event feed, beside LISTEN/NOTIFY. */
    pollMs: number;
    /** A subscription quiet this long gets a heartbeat carrying the newest cursor. */
    heartbeatMs: number;
    /** Messages queued for one subscription before it is ended as too slow (SLOW_SUBSCRIBER). */
    maxQueued: number;
    /** Subscriptions one WebSocket may hold at once (TOO_MANY_SUBSCRIPTIONS). */
    maxSubscriptionsPerSocket: number;
  };
  seedOnEmpty: boolean;
  /** How far, in metres, an area's boundary may reach outside its parent's or into a sibling's (AREA_BOUNDARY_TOLERANCE_M). */
  areaBoundaryToleranceM: number;
  /** How many days a whole-unit report's one-time claim codes work (VOLUNTEER_CLAIM_CODE_DAYS). */
  volunteerClaimCodeDays: number;
  /** Per urgency, how many calendar hours after placing a service order must be taken (ORDER_TAKE_WITHIN_HOURS). */
  orderTakeWithinHours: PerUrgency;
  /** Per urgency, how many calendar hours after a whistle a summoned organisation must report in (CASE_REPORT_IN_WITHIN_HOURS). */
  caseReportInWithinHours: PerUrgency;
  /** Per urgency, how many calendar days after a whistle a case must be resolved (CASE_COMPLETE_WITHIN_DAYS). */
  caseCompleteWithinDays: PerUrgency;
  /** How many cases one RESIDENT account (`sub`) may report per local day (CASE_REPORTS_PER_DAY); more is TOO_MANY_REPORTS. */
  caseReportsPerDay: number;
  /** How many days after a case is closed residents may rate it (CASE_RATING_WINDOW_DAYS). */
  caseRatingWindowDays: number;
  /**
   * The HMAC-SHA256 key a call-back rating's household (building + room) is hashed with (HOUSEHOLD_HASH_KEY):
   * only the hash is stored. A fixed development default outside production; required in production.
   */
  householdHashKey: { key: string; isDevelopmentDefault: boolean };
  /** Points per hour served in a community that has set no rule of its own (POINTS_PER_HOUR). */
  pointsPerHour: number;
  /** Ledger imports (POST /import/units, npm run import): the largest body, the most rows, the most an .xlsx may unzip to. */
  imports: {
    maxBytes: number;
    maxRows: number;
    maxUnzippedBytes: number;
  };
  /** GraphiQL at GET /graphql for browsers (src/ide.ts); on by default outside production. */
  ide: boolean;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** What the HSDS export writes in every address where the hub stores nothing (HSDS_STATE_PROVINCE, HSDS_POSTAL_CODE). */
  hsds: { stateProvince: string; postalCode: string };
  /** Prometheus `/metrics` on a listener of its own, off the public port; null when METRICS_PORT=off. */
  metrics: {
    host: string;
    port: number;
    /** The operation names the metrics label by name (METRICS_OPERATION_NAMES); null: the first 200 seen. */
    operationNames: string[] | null;
  } | null;
}

export class ConfigError extends Error {}

/** Used only outside production, so that `npm start` and `npm run token` work with no set-up. */
export const DEVELOPMENT_JWT_SECRET = 'sharehub-development-secret-do-not-use-in-production';

/** Used only outside production: the development key of households' hashes (HOUSEHOLD_HASH_KEY). */
export const DEVELOPMENT_HOUSEHOLD_HASH_KEY = 'sharehub-development-household-key-do-not-use-in-production';

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** A number per urgency: `NAME=URGENT:h,HIGH:h,NORMAL:h,LOW:h` (DESIGN, "Time"). */
export interface PerUrgency {
  URGENT: number;
  HIGH: number;
  NORMAL: number;
  LOW: number;
}

const URGENCIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;

/**
 * A per-urgency setting: every urgency named once with a positive number of hours (or days: `unit` 'd'),
 * fractions allowed, at most a year (8,760 hours, 366 days); the fallback when unset.
 */
export function perUrgency(env: Env, name: string, fallback: PerUrgency, unit: 'h' | 'd' = 'h'): PerUrgency {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const max = unit === 'h' ? 8760 : 366;
  const wrong = () => new ConfigError(`${name} must be URGENT:${unit},HIGH:${unit},NORMAL:${unit},LOW:${unit} with each urgency once and 0 < ${unit} <= ${max}, got "${raw}"`);
  const out: Partial<Record<(typeof URGENCIES)[number], number>> = {};
  for (const part of raw.split(',')) {
    const [key, value, extra] = part.trim().split(':');
    const hours = Number(value);
    if (extra !== undefined || !URGENCIES.includes(key as never) || key! in out || !(hours > 0 && hours <= max)) throw wrong();
    out[key as (typeof URGENCIES)[number]] = hours;
  }
  if (URGENCIES.some((u) => out[u] === undefined)) throw wrong();
  return out as PerUrgency;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * METRICS_PORT: `off`, a port (on 127.0.0.1), or `host:port` (`[::1]:9464` for IPv6); 127.0.0.1:9464 by
 * default, off by default under NODE_ENV=test (test hubs run side by side).
 */
function metricsConfig(env: Env, nodeEnv: Config['env']): Config['metrics'] {
  const raw = (env.METRICS_PORT ?? '').trim() || (nodeEnv === 'test' ? 'off' : '127.0.0.1:9464');
  if (raw === 'off') return null;
  const parts = /^(?:(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/.exec(raw);
  const port = parts ? Number(parts[2]) : NaN;
  if (!parts || port > 65535) {
    throw new ConfigError(`METRICS_PORT must be "off", a port (9464) or host:port (0.0.0.0:9464), got "${raw}"`);
  }
  const names = (env.METRICS_OPERATION_NAMES ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  if (names.length > 200) throw new ConfigError(`METRICS_OPERATION_NAMES may list at most 200 names, got ${names.length}`);
  return { host: parts[1]?.replace(/^\[|\]$/g, '') ?? '127.0.0.1', port, operationNames: names.length ? names : null };
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const timeZone = env.TZ_DISTRICT || 'Asia/Shanghai';
  if (!validTimeZone(timeZone)) throw new ConfigError(`TZ_DISTRICT is not a known time zone: "${timeZone}"`);

  let jwt: Config['jwt'];
  if (env.JWT_PUBLIC_KEY) {
    if (!env.JWT_PUBLIC_KEY.includes('BEGIN PUBLIC KEY')) {
      throw new ConfigError('JWT_PUBLIC_KEY must be a PEM-encoded SPKI public key (-----BEGIN PUBLIC KEY-----)');
    }
    jwt = { kind: 'rs256-key', publicKeyPem: env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n') };
  } else if (env.JWT_JWKS_URL) {
    try {
      new URL(env.JWT_JWKS_URL);
    } catch {
      throw new ConfigError(`JWT_JWKS_URL is not a URL: "${env.JWT_JWKS_URL}"`);
    }
    jwt = { kind: 'rs256-jwks', jwksUrl: env.JWT_JWKS_URL };
  } else if (nodeEnv === 'production') {
    throw new ConfigError('NODE_ENV=production needs JWT_PUBLIC_KEY or JWT_JWKS_URL (RS256); refusing to start');
  } else if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
    jwt = { kind: 'hs256', secret: env.JWT_SECRET, isDevelopmentDefault: false };
  } else {
    jwt = { kind: 'hs256', secret: DEVELOPMENT_JWT_SECRET, isDevelopmentDefault: true };
  }

  // households' hashes: a key of the deployment's own in production, never the published default
  let householdHashKey: Config['householdHashKey'];
  if (env.HOUSEHOLD_HASH_KEY) {
    if (env.HOUSEHOLD_HASH_KEY.length < 32) throw new ConfigError('HOUSEHOLD_HASH_KEY must be at least 32 characters');
    householdHashKey = { key: env.HOUSEHOLD_HASH_KEY, isDevelopmentDefault: false };
  } else if (nodeEnv === 'production') {
    throw new ConfigError('NODE_ENV=production needs HOUSEHOLD_HASH_KEY (at least 32 characters: the key households are hashed with); refusing to start');
  } else {
    householdHashKey = { key: DEVELOPMENT_HOUSEHOLD_HASH_KEY, isDevelopmentDefault: true };
  }

  const origins = (env.CORS_ORIGINS ?? '').trim();
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }

  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: env.DATA_DIR || '.data',
    timeZone,
    corsOrigins: origins === '*' ? '*' : origins ? origins.split(',').map((o) => o.trim()).filter(Boolean) : [],
    jwt,
    limits: {
      bodyBytes: int(env, 'MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxCost: int(env, 'MAX_QUERY_COST', 20_000, 10, 10_000_000),
      maxMutationFields: int(env, 'MAX_MUTATION_FIELDS', 10, 1, 1_000),
      maxPageSize: 100,
    },
    executor: oneOf(env, 'GRAPHQL_EXECUTOR', ['jit', 'graphql-js'] as const, 'jit'),
    eventRetentionDays: int(env, 'EVENT_RETENTION_DAYS', 7, 1, 3650),
    eventPurgeBatch: int(env, 'EVENT_PURGE_BATCH', 5_000, 1, 1_000_000),
    realtime: {
      pollMs: int(env, 'REALTIME_POLL_MS', 2_000, 50, 600_000),
      heartbeatMs: int(env, 'REALTIME_HEARTBEAT_MS', 15_000, 100, 3_600_000),
      maxQueued: int(env, 'REALTIME_MAX_QUEUED', 10_000, 10, 10_000_000),
      maxSubscriptionsPerSocket: int(env, 'REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET', 100, 1, 100_000),
    },
    seedOnEmpty: (env.SEED_ON_EMPTY ?? 'true') !== 'false',
    areaBoundaryToleranceM: int(env, 'AREA_BOUNDARY_TOLERANCE_M', 20, 0, 1_000),
    volunteerClaimCodeDays: int(env, 'VOLUNTEER_CLAIM_CODE_DAYS', 30, 1, 365),
    orderTakeWithinHours: perUrgency(env, 'ORDER_TAKE_WITHIN_HOURS', { URGENT: 2, HIGH: 24, NORMAL: 72, LOW: 168 }),
    caseReportInWithinHours: perUrgency(env, 'CASE_REPORT_IN_WITHIN_HOURS', { URGENT: 0.5, HIGH: 2, NORMAL: 24, LOW: 72 }),
    caseCompleteWithinDays: perUrgency(env, 'CASE_COMPLETE_WITHIN_DAYS', { URGENT: 1, HIGH: 3, NORMAL: 15, LOW: 30 }, 'd'),
    caseReportsPerDay: int(env, 'CASE_REPORTS_PER_DAY', 10, 1, 1_000),
    caseRatingWindowDays: int(env, 'CASE_RATING_WINDOW_DAYS', 7, 1, 366),
    householdHashKey,
    pointsPerHour: int(env, 'POINTS_PER_HOUR', 10, 0, 1_000),
    imports: {
      maxBytes: int(env, 'IMPORT_MAX_BYTES', 20 * 1024 * 1024, 1_000, 200 * 1024 * 1024),
      maxRows: 50_000,
      maxUnzippedBytes: int(env, 'IMPORT_MAX_UNZIPPED_BYTES', 200 * 1024 * 1024, 10_000, 2 * 1024 * 1024 * 1024),
    },
    ide: oneOf(env, 'GRAPHQL_IDE', ['on', 'off'] as const, nodeEnv === 'production' ? 'off' : 'on') === 'on',
    logLevel: oneOf(env, 'LOG_LEVEL', ['silent', 'error', 'info', 'debug'] as const, nodeEnv === 'test' ? 'error' : 'info'),
    metrics: metricsConfig(env, nodeEnv),
    hsds: hsdsConfig(env),
  };
}

function hsdsConfig(env: Env): Config['hsds'] {
  const stateProvince = (env.HSDS_STATE_PROVINCE ?? '北京市').trim();
  if (!stateProvince) throw new ConfigError('HSDS_STATE_PROVINCE must not be empty (HSDS requires a state or province in every address)');
  const postalCode = (env.HSDS_POSTAL_CODE ?? '100010').trim();
  if (!/^[0-9]{6}$/.test(postalCode)) throw new ConfigError(`HSDS_POSTAL_CODE must be a postal code of 6 digits, got "${postalCode}"`);
  return { stateProvince, postalCode };
}
