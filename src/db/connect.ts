import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { assertServerVersion, migrate, openDatabase, type Database, type EntityList } from './database.js';
import { startEmbeddedPostgres } from './embedded.js';

export const EMBEDDED_DATABASE_NAME = 'sharehub';

export interface Connected {
  db: Database;
  /** Where the data lives, for the start-up line: the embedded folder, or the URL without its password. */
  description: string;
  close(): Promise<void>;
}

/**
 * Opens the hub's database: DATABASE_URL when set, else the embedded PostgreSQL 18 in
 * `<DATA_DIR>/postgres` (started, and its database created, as needed). Applies pending migrations.
 * `close` closes the pools and stops the embedded server, if one was started.
 */
export async function connectDatabase(config: Config, entities: EntityList, log: (line: string) => void = () => {}): Promise<Connected> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let description: string;
  if (url === null) {
    const dir = path.resolve(config.dataDir, 'postgres');
    const embedded = await startEmbeddedPostgres({ dir, log: config.logLevel === 'debug' ? log : undefined });
    stopEmbedded = () => embedded.stop();
    const admin = new pg.Client({ connectionString: embedded.adminUrl });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE_NAME]);
      if (exists.rowCount === 0) {
        await admin.query(`create database ${EMBEDDED_DATABASE_NAME} encoding 'UTF8' locale 'C.UTF-8' template template0`);
      }
    } finally {
      await admin.end();
    }
    url = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    description = `embedded PostgreSQL 18 in ${dir} (127.0.0.1:${embedded.port})`;
  } else {
    const u = new URL(url);
    u.password = u.password ? '***' : '';
    description = u.toString();
  }
  try {
    const db = await openDatabase(url, { entities });
    await assertServerVersion(db.pool);
    await migrate(db);
    return {
      db,
      description,
      async close() {
        await db.close();
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await stopEmbedded?.();
    throw error;
  }
}
