import 'reflect-metadata';
import { loadConfig, type Config } from '../../src/config.js';
import type { App } from '../../src/context.js';
import { createServer, type RunningServer, type ServerOptions } from '../../src/server.js';
import { issueDevelopmentToken, type TokenClaims } from '../../src/auth.js';
import { ManualClock } from '../../src/shared/clock.js';
import { TestClient } from './client.js';
import { createApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestHub {
  server: RunningServer;
  client: TestClient;
  app: App;
  clock: ManualClock;
  database: TestDatabase;
  config: Config;
  token(claims: Omit<TokenClaims, 'sub'> & { sub?: string }, ttlSeconds?: number): Promise<string>;
  close(): Promise<void>;
}

/** The date tests start at, unless they set the clock: a Monday afternoon in Beijing. */
export const TEST_NOW = '2026-11-23T14:00:00+08:00';

/** Test tokens live a year by the hub's clock (tests move it by days and weeks), unless a test gives a ttl. */
const TEST_TOKEN_TTL_SECONDS = 365 * 24 * 3600;

/** A hub on its own database (cloned from the template) and a free port, with a hand-moved clock. */
export async function startTestHub(env: Record<string, string> = {}, options: Pick<ServerOptions, 'workers'> = {}): Promise<TestHub> {
  return startHubOn(await createTestDatabase(), env, options);
}

/**
 * A hub on a given database: a second instance on a test hub's database (its `drop` then only closes its
 * own pools), or one on a database server the test controls.
 */
export async function startHubOn(database: TestDatabase, env: Record<string, string> = {}, options: Pick<ServerOptions, 'workers'> = {}): Promise<TestHub> {
  const fromCi = process.env.GRAPHQL_EXECUTOR ? { GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR } : {};
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...fromCi, ...env });
  const clock = new ManualClock(new Date(TEST_NOW));
  const app: App = createApp(config, database.db, clock);
  // no background work unless the test asks for it (`workers`): tests run matching and sweeps by hand
  const server = await createServer(app, { port: 0, host: '127.0.0.1', ...options });
  let n = 0;
  return {
    server,
    client: new TestClient(server.url),
    app,
    clock,
    database,
    config,
    // tokens are verified by the hub's clock, which tests move by days: valid for a year unless a test says
    token: (claims, ttl = TEST_TOKEN_TTL_SECONDS) => issueDevelopmentToken(config, { sub: `test-${claims.role}-${++n}`, ...claims }, ttl, clock.now()),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
