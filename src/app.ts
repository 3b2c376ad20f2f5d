import type { Config } from './config.js';
import type { App } from './context.js';
import { connectDatabase, type Connected } from './db/connect.js';
import { openDatabase, type Database } from './db/database.js';
import { hubEntities, hubModules } from './modules/index.js';
import { Authenticator } from './auth.js';
import { systemClock, type Clock } from './shared/clock.js';

/*
 * The composition root: where the core meets the registry of modules. Everything that runs the hub (the
 * process, the tools, the seeds, the benchmarks, the tests) opens its database and makes its App here.
 */

/** The App of one process over an open database: every module, token verification on `clock`. */
export function createApp(config: Config, db: Database, clock: Clock = systemClock): App {
  return { config, db, clock, auth: new Authenticator(config, db.pool, clock), modules: hubModules };
}

/** Opens a database at `url` with the hub's entities (no migration, no embedded server). */
export function openHubDatabase(url: string, options: { poolSize?: number; debug?: boolean } = {}): Promise<Database> {
  return openDatabase(url, { ...options, entities: hubEntities });
}

/** DATABASE_URL or the embedded PostgreSQL, migrated, with the hub's entities (src/db/connect.ts). */
export function connectHubDatabase(config: Config, log?: (line: string) => void): Promise<Connected> {
  return connectDatabase(config, hubEntities, log);
}
