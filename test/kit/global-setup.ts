import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, withDatabase } from '../../src/db/database.js';
import { openHubDatabase } from '../../src/app.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { seedDistrict } from '../../seeds/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database, for creating per-file databases. */
    adminUrl: string;
    /** A migrated, empty database that test files clone. */
    templateDatabase: string;
    /** The seeded district (scale 1), which no test writes; empty under SHAREHUB_SELFCHECK. */
    seededUrl: string;
  }
}

const CLUSTER_PREFIX = 'sharehub-test-pg-';


function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Test clusters left by a run that was killed before its teardown (SIGKILL, a lost machine): each folder
 * is named after the pid of the vitest that made it; when that process is gone, its server is sent
 * SIGQUIT and the folder removed. (A run that exits any other way stops its server itself.)
 */
function reapAbandonedClusters(): void {
  for (const name of readdirSync(os.tmpdir())) {
    const match = name.startsWith(CLUSTER_PREFIX) ? /^(\d+)-/.exec(name.slice(CLUSTER_PREFIX.length)) : null;
    if (!match || alive(Number(match[1]))) continue;
    const dir = path.join(os.tmpdir(), name);
    const pidFile = path.join(dir, 'postmaster.pid');
    if (existsSync(pidFile)) {
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (postmaster > 0 && alive(postmaster)) process.kill(postmaster, 'SIGQUIT');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One PostgreSQL for the run: the embedded 18 in a temporary folder, or the server of DATABASE_URL. On it,
 * a migrated template that each test file clones, and a seeded district cloned from it, which no test
 * writes (not made under SHAREHUB_SELFCHECK, whose fixtures need none). Everything it made is dropped or
 * deleted at the end; prints how long the set-up took.
 */
export default async function setup(project: TestProject) {
  const started = performance.now();
  const selfcheck = process.env.SHAREHUB_SELFCHECK === '1';
  const run = randomBytes(4).toString('hex');
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    reapAbandonedClusters();
    // a folder of its own under the system temp dir, reachable by the postgres OS user (as root the server runs as the postgres OS user)
    const dir = path.join(os.tmpdir(), `${CLUSTER_PREFIX}${process.pid}-${run}`);
    const embedded = await startEmbeddedPostgres({ dir, persistent: false, durable: false });
    adminUrl = embedded.adminUrl;
    stop = () => embedded.stop();
  }
  const template = `sharehub_template_${run}`;
  const seeded = `sharehub_seeded_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const created: string[] = [];
  const timings: string[] = [];
  try {
    await admin.query(`create database ${template} encoding 'UTF8' template template0`);
    created.push(template);
    let step = performance.now();
    const db = await openHubDatabase(withDatabase(adminUrl, template), { poolSize: 2 });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    timings.push(`template migrated ${Math.round(performance.now() - step)} ms`);
    if (!selfcheck) {
      step = performance.now();
      await admin.query(`create database ${seeded} template ${template}`);
      created.push(seeded);
      const district = await openHubDatabase(withDatabase(adminUrl, seeded), { poolSize: 2 });
      try {
        await seedDistrict(district.pool, 1);
      } finally {
        await district.close();
      }
      timings.push(`district seeded ${Math.round(performance.now() - step)} ms`);
    }
  } catch (error) {
    await admin.end();
    await stop();
    throw error;
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('seededUrl', selfcheck ? '' : withDatabase(adminUrl, seeded));
  process.stdout.write(
    `test set-up: ${Math.round(performance.now() - started)} ms (${timings.join(', ')}) on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL 18'}\n`,
  );

  return async () => {
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await stop();
  };
}
