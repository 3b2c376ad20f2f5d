/**
 * The matching benchmark's databases: the scale-1 and scale-10 districts, `sharehub_bench_match_s1` and
 * `sharehub_bench_match_s10`, on the embedded PostgreSQL 18 of the browse benchmark (`.data/bench-postgres`)
 * or, with BENCH_DATABASE_URL set, on that server (same logic as bench/browse/data.ts). Seeded once and
 * kept; the matching bench resets only matching state before each measurement (run.ts).
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrate, withDatabase } from '../../src/db/database.js';
import { openHubDatabase } from '../../src/app.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { isEmpty, seedDistrict, truncateAll } from '../../seeds/load.js';
import { BENCH_DATA_DIR } from '../browse/data.js';
import { runBench } from '../hub-process.js';

export interface MatchBenchServer {
  urlFor(database: string): string;
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

export const databaseNameOf = (scale: number) => `sharehub_bench_match_s${scale}`;


async function stopLeftoverPostmaster(dir: string, say: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline: string[];
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return;
  }
  const i = cmdline.indexOf('-D');
  if (i < 0 || !path.basename(cmdline[0] ?? '').startsWith('postgres') || path.resolve(cmdline[i + 1]!) !== dir) return;
  say(`bench data: stopping PostgreSQL ${pid} left running on ${dir} by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; existsSync(`/proc/${pid}`); waited += 100) {
    if (waited > 30_000) throw new Error(`PostgreSQL ${pid} on ${dir} did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startServer(say: (line: string) => void): Promise<MatchBenchServer> {
  const external = process.env.BENCH_DATABASE_URL?.trim();
  if (external) {
    const u = new URL(external);
    if (u.password) u.password = '***';
    return { adminUrl: external, urlFor: (db) => withDatabase(external, db), description: u.toString(), stop: async () => {} };
  }
  const dir = path.resolve(BENCH_DATA_DIR);
  await stopLeftoverPostmaster(dir, say);
  const embedded = await startEmbeddedPostgres({ dir });
  return {
    adminUrl: embedded.adminUrl,
    urlFor: (db) => embedded.urlFor(db),
    description: `embedded PostgreSQL 18 in ${dir} (127.0.0.1:${embedded.port})`,
    stop: () => embedded.stop(),
  };
}

/**
 * Creates, migrates and seeds the scale-`scale` database (named `name`, by default the matching bench's)
 * unless it already holds that district; its URL.
 */
export async function ensureScale(server: MatchBenchServer, scale: number, say: (line: string) => void, name = databaseNameOf(scale)): Promise<string> {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      try {
        await admin.query(`create database ${name} encoding 'UTF8' locale 'C.UTF-8' template template0`);
      } catch {
        await admin.query(`create database ${name} encoding 'UTF8' template template0`);
      }
    }
  } finally {
    await admin.end();
  }
  const url = server.urlFor(name);
  const db = await openHubDatabase(url, { poolSize: 2 });
  try {
    await migrate(db);
    const { rows } = await db.pool.query<{ n: number }>('select count(*)::int as n from organization');
    // the database is the bench's own and named by its scale: any district in it is the one seeded here
    if (rows[0]!.n > 0) {
      say(`bench data: ${name} already seeded (${rows[0]!.n} organizations)`);
      return url;
    }
    if (!(await isEmpty(db.pool))) await truncateAll(db.pool);
    say(`bench data: seeding the scale-${scale} district into ${name} (once)…`);
    const started = performance.now();
    const counts = await seedDistrict(db.pool, scale);
    await db.pool.query('vacuum analyze');
    say(`bench data: seeded ${counts.organizations} organizations, ${counts.resources} resources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return url;
  } finally {
    await db.close();
  }
}

/**
 * Runs a bench in process against the bench PostgreSQL: starts the server, hands it to `bench`, and stops it
 * however the run ends (runBench's signals included).
 */
export function runOnBenchServer(name: string, say: (line: string) => void, bench: (server: MatchBenchServer) => Promise<void>): void {
  let server: MatchBenchServer | null = null;
  runBench(
    name,
    async () => {
      server = await startServer(say);
      say(`bench database server: ${server.description}`);
      return bench(server);
    },
    () => (server ? () => server!.stop() : null),
    () => {},
  );
}
