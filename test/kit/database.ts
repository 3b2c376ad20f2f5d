import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase, type Database } from '../../src/db/database.js';
import { openHubDatabase } from '../../src/app.js';
import { waitFor } from './wait.js';

export interface TestDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}


/**
 * A fresh database for one test file, cloned from the migrated template, or with `empty` one no migration has
 * touched (for a test that migrates it itself); `drop` removes it.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `sharehub_test_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // another worker cloning the template at the same instant holds it briefly: try again
    await waitFor(
      async () => {
        await admin.query(`create database ${name} ${options.empty ? `encoding 'UTF8' template template0` : `template ${inject('templateDatabase')}`}`);
        return true;
      },
      { what: `a clone of the template`, intervalMs: 50 + Math.floor(Math.random() * 100), retryIf: (error) => /being accessed by other users/.test(String(error)) },
    );
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const db = await openHubDatabase(url, { poolSize: 5 });
  return {
    db,
    url,
    async drop() {
      await db.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      try {
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}
