import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import { migrationsList } from './migrations/index.js';

// dates stay 'YYYY-MM-DD' strings: a local calendar date has no time zone to convert through
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface Database {
  url: string;
  orm: MikroORM;
  /** The pool of the lean read path and of raw statements; the ORM keeps its own for writes. */
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Session settings of every connection the hub opens. JIT off: the hub's statements are index probes and
 * short scans, and PostgreSQL's JIT (on by default where the server has it, as Debian's PostgreSQL 15 does)
 * compiles any statement whose estimated cost passes jit_above_cost. The matcher's growth statement, a
 * recursive query the planner cannot estimate, spent 124 ms compiling to run for 1 ms on the CI service;
 * with JIT off, the incremental p50 of bench:match on that service went from 174 ms to 25 ms. (The embedded
 * PostgreSQL 18 is built without JIT: pg_jit_available() is false, so nothing changes there.)
 */
/** The connection string `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export const SESSION_OPTIONS = '-c jit=off';

/** MikroORM's entity classes: the hub's come from its modules' manifests (src/app.ts, `openHubDatabase`). */
export type EntityList = readonly (abstract new (...args: never[]) => object)[];

export async function openDatabase(url: string, options: { entities: EntityList; poolSize?: number; debug?: boolean }): Promise<Database> {
  const orm = await MikroORM.init({
    clientUrl: url,
    entities: [...options.entities],
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, tableName: 'schema_migration', silent: true },
    discovery: { disableDynamicFileAccess: true },
    allowGlobalContext: false,
    debug: options.debug ?? false,
    pool: { min: 0, max: options.poolSize ?? 10 },
    driverOptions: { connection: { options: SESSION_OPTIONS } },
  });
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, options: SESSION_OPTIONS });
  // an idle client's error (the server restarted, a backend killed) must not crash the process
  pool.on('error', () => {});
  return {
    url,
    orm,
    pool,
    async close() {
      await Promise.allSettled([orm.close(true), pool.end()]);
    },
  };
}

/** Applies the committed migrations that the database has not seen yet, or those up to and including `to`. */
export async function migrate(db: Database, options: { to?: string } = {}): Promise<void> {
  await db.orm.getMigrator().up(options.to === undefined ? undefined : { to: options.to });
}

/** Checks the server is new enough: migrations use nothing newer than PostgreSQL 15. */
export async function assertServerVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ v: string }>(`select current_setting('server_version_num') as v`);
  const version = Number(rows[0].v);
  if (version < 150000) throw new Error(`PostgreSQL ${version} is too old: the hub needs 15 or newer`);
  return version;
}
