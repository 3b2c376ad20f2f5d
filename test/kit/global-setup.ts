import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { seedDistrict } from '../../seeds/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database, for creating per-file databases. */
    adminUrl: string;
    /** A migrated, empty database that test files clone. */
    templateDatabase: string;
    /** The seeded district (scale 1), which no test writes. */
    seededUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One PostgreSQL for the run: the embedded 18 in a temporary folder, or the server of DATABASE_URL. On it,
 * a migrated template that each test file clones, and a seeded database for the district's figures.
 * Everything it made is dropped or deleted at the end.
 */
export default async function setup(project: TestProject) {
  const run = randomBytes(4).toString('hex');
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    // a folder of its own under the system temp dir: reachable by the postgres OS user (STACK.md, trap 9)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sharehub-test-pg-'));
    rmSync(dir, { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres({ dir, persistent: false, durable: false });
    adminUrl = embedded.adminUrl;
    stop = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `sharehub_template_${run}`;
  const seeded = `sharehub_seeded_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const created: string[] = [];
  try {
    for (const name of [template, seeded]) {
      await admin.query(`create database ${name} encoding 'UTF8' template template0`);
      created.push(name);
    }
    for (const name of [template, seeded]) {
      const db = await openDatabase(withDatabase(adminUrl, name), { poolSize: 2 });
      try {
        await migrate(db);
        if (name === seeded) await seedDistrict(db.pool, 1);
      } finally {
        await db.close();
      }
    }
  } catch (error) {
    await admin.end();
    await stop();
    throw error;
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('seededUrl', withDatabase(adminUrl, seeded));

  return async () => {
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await stop();
  };
}
