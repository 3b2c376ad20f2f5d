/**
 * `npm run bench:fanout`: the realtime fan-out benchmark.
 *
 * 1. data: the scale-1 district in `sharehub_bench_fanout` on the embedded bench PostgreSQL
 *    (`.data/bench-postgres`, or BENCH_DATABASE_URL's server; bench/match/data.ts), seeded once and kept;
 *    100 published PARKING resources (counted) spread over the district are the targets, 50 other published
 *    resources the decoys (plan.ts);
 * 2. the hub, `node dist/src/main.js`, in its own process as deployed (NODE_ENV=production, RS256 tokens
 *    signed here with a key pair made for the run);
 * 3. the clients, in another process (clients.ts): 2,000 WebSocket clients, 5 subscriptions each (plan.ts:
 *    each change reaches ≈ 1% of the 10,000);
 * 4. warm-up: one change per target; waits until the subscriptions have received them (and reports how many
 *    of those that should have did: the subscriptions are live before the clock starts);
 * 5. the writer (this process): 100 `reportAvailability` a second for 10 s over HTTP keep-alive, by the
 *    target's UNIT_ADMIN, targets round-robin (each target once a second: observedAt = now never collides),
 *    open loop: request k leaves at start + k × 10 ms whatever the earlier ones are doing;
 * 6. drain, then the ground truth: the AVAILABILITY_REPORTED events committed since the writer started,
 *    read over HTTP with `events(after)`; expected deliveries = for each, the subscriptions whose filter
 *    holds for its resource; lost = expected pairs (subscription, cursor) never received, duplicated = extra
 *    receipts of a pair; the hub's peak RSS = VmHWM of its process; then, the clients gone, 2 s more of
 *    changes measure the mutations' own CPU;
 * 7. the baseline: a bare `ws` server (baseline.ts) in its own process, the same clients reconnected to it,
 *    sending the hub's recorded (socket, message) pairs of each change, pre-serialised, on the same schedule;
 * 8. the table: hub beside baseline, targets, met / NOT MET.
 *
 * Latency = receipt time at the client − commit time, both from this machine's clock (Date/performance in
 * every process). The hub's commit time is the event's `occurredAt`, which the hub stamps when the
 * transaction starts, before its writes and the commit: the figure is commit-to-receipt plus the
 * transaction's own time (a few ms), never less. A second row measures from the moment the writer had the
 * mutation's response (after the commit, plus the HTTP reply): a lower bound. The baseline's commit time is
 * the moment it starts sending a change's messages.
 *
 * Knobs: BENCH_CLIENTS (2000), BENCH_RATE changes/s (100), BENCH_SECONDS (10), BENCH_WRITER_CONNECTIONS (8), BENCH_DATABASE_URL,
 * BENCH_PROFILE=DIR (a V8 CPU profile of the hub).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { BenchError, cpuMs, envInt, percentile, postGraphql, runBench, startHub, stopChild, tokenMinter, track, type Hub } from '../hub-process.js';
import { ensureScale, startServer, type MatchBenchServer } from '../match/data.js';
import {
  DOCUMENTS, expectedKeysByTarget, planClients, ROOT_FIELDS, SUBS_PER_CLIENT,
  type BaselineChange, type ClientProblems, type ClientSpec, type FromBaseline, type FromClients, type TargetResource, type ToBaseline, type ToClients,
} from './plan.js';

const DATABASE = 'sharehub_bench_fanout';
const TARGETS = 100;
const DECOYS = 50;
const IDLE_KIND = 'CLINIC';
const P99_TARGET_MS = 250;
const RSS_TARGET_MIB = 1024;
const CONNECT_CONCURRENCY = 20;
const START_TIMEOUT_MS = 120_000;

const say = (line = '') => process.stdout.write(`${line}\n`);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** The next message of `type` from a forked child (rejects if it exits first). */
function nextMessage<T extends { type: string }, K extends T['type']>(child: ChildProcess, type: K, timeoutMs = START_TIMEOUT_MS): Promise<Extract<T, { type: K }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new BenchError(`no "${type}" from child ${child.pid} within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: T) => {
      if (message?.type === type) done(null, message as Extract<T, { type: K }>);
    };
    const onExit = (code: number | null, signal: string | null) => done(new BenchError(`child ${child.pid} exited (${signal ?? `code ${code}`}) while waiting for "${type}"`));
    function done(error: Error | null, message?: Extract<T, { type: K }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Peak resident set (VmHWM) of a live process in MiB, from /proc. */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/** Resident set (VmRSS) of a live process in MiB, from /proc. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
}

// ---------------------------------------------------------------------------------------------- HTTP

/** The writer's keep-alive connections to the hub (BENCH_WRITER_CONNECTIONS, 8): requests beyond wait for one. */
const agent = new http.Agent({ keepAlive: true, maxSockets: envInt('BENCH_WRITER_CONNECTIONS', 8, 1, 256) });

const graphql = <T>(url: string, token: string | null, query: string, variables: Record<string, unknown>) => postGraphql<T>(agent, url, token, query, variables);

const REPORT = `mutation Report($input: ReportAvailabilityInput!) {
  reportAvailability(input: $input) { observation { id } userErrors { code message } }
}`;

interface Write {
  target: TargetResource;
  sentAt: number;
  answeredAt: number;
  /** Row id of the observation recorded, null when refused. */
  observationId: string | null;
  problem: string | null;
}

/**
 * `count` changes at `rate` a second, open loop: change k is sent at start + k / rate whatever the earlier
 * ones are doing, to targets round-robin, freeCount varying within the capacity.
 */
async function writeChanges(hub: Hub, targets: TargetResource[], tokens: Map<string, string>, count: number, rate: number, salt: number): Promise<Write[]> {
  const started = now();
  const pending: Promise<Write>[] = [];
  for (let k = 0; k < count; k++) {
    const wait = started + (k * 1000) / rate - now();
    if (wait > 0) await sleep(wait);
    const target = targets[k % targets.length]!;
    const freeCount = (k * 7 + salt) % (target.capacity + 1);
    const sentAt = now();
    pending.push(
      graphql<{ data?: { reportAvailability: { observation: { id: string } | null; userErrors: { code: string }[] } }; errors?: { message: string }[] }>(
        hub.url, tokens.get(target.organizationId)!, REPORT, { input: { resourceId: target.id, freeCount } },
      ).then(
        (answer) => {
          const payload = answer.data?.reportAvailability;
          const problem = answer.errors?.[0]?.message ?? payload?.userErrors[0]?.code ?? null;
          const observation = payload?.observation ? fromGlobalId(payload.observation.id) : null;
          return { target, sentAt, answeredAt: now(), observationId: observation ? String(observation.id) : null, problem };
        },
        (error: unknown) => ({ target, sentAt, answeredAt: now(), observationId: null, problem: String(error) }),
      ),
    );
  }
  return Promise.all(pending);
}

interface CommittedEvent {
  cursor: string;
  type: string;
  subjectId: string;
  occurredAt: number;
  observationId: string | null;
}

const EVENTS = `query Events($after: String, $first: Int!) {
  events(after: $after, first: $first) {
    edges { cursor node { type subjectId occurredAt data } }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** Every event committed after `after` (the ground truth), read over HTTP as a district admin. */
async function eventsAfter(hub: Hub, token: string, after: string): Promise<CommittedEvent[]> {
  const all: CommittedEvent[] = [];
  for (let cursor: string | null = after; ;) {
    type Page = { data?: { events: { edges: { cursor: string; node: { type: string; subjectId: string; occurredAt: string; data: { observationId?: string } } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }; errors?: { message: string }[] };
    const answer: Page = await graphql<Page>(hub.url, token, EVENTS, { after: cursor, first: 500 });
    if (!answer.data) throw new BenchError(`events: ${answer.errors?.map((e) => e.message).join('; ')}`);
    for (const { cursor: c, node } of answer.data.events.edges) {
      all.push({ cursor: c, type: node.type, subjectId: node.subjectId, occurredAt: Date.parse(node.occurredAt), observationId: node.data.observationId ?? null });
    }
    if (!answer.data.events.pageInfo.hasNextPage) return all;
    cursor = answer.data.events.pageInfo.endCursor;
  }
}

// ----------------------------------------------------------------------------------------------- clients

interface Received {
  /** (key, cursor) → receipt times, in arrival order. */
  byPair: Map<string, number[]>;
  /** (key, cursor) → the message text of the first receipt (hub phase only, for the baseline). */
  textOf: Map<string, string>;
  heartbeats: number;
  problems: ClientProblems;
}

const pairOf = (key: number, cursor: string) => `${key}|${cursor}`;

async function flushClients(clients: ChildProcess, keepText: boolean): Promise<Received> {
  const received: Received = { byPair: new Map(), textOf: new Map(), heartbeats: 0, problems: { closes: {}, errors: {}, completes: 0, resultErrors: {} } };
  const onMessage = (message: FromClients) => {
    if (message.type !== 'receipts') return;
    for (const [key, cursor, heartbeat, at, text] of message.rows) {
      if (heartbeat) {
        received.heartbeats++;
        continue;
      }
      const pair = pairOf(key, cursor);
      const times = received.byPair.get(pair);
      if (times) times.push(at);
      else received.byPair.set(pair, [at]);
      if (text !== null && !received.textOf.has(pair)) received.textOf.set(pair, text);
    }
  };
  clients.on('message', onMessage);
  const flushed = nextMessage<FromClients, 'flushed'>(clients, 'flushed');
  clients.send({ type: 'flush', keepText } satisfies ToClients);
  received.problems = (await flushed).problems;
  clients.off('message', onMessage);
  return received;
}

/** Waits until the clients have received no new event for `quietMs` (at most `maxMs`); the count. */
async function drain(clients: ChildProcess, quietMs: number, maxMs: number): Promise<number> {
  const started = now();
  let last = -1;
  let since = now();
  for (;;) {
    const reply = nextMessage<FromClients, 'count'>(clients, 'count');
    clients.send({ type: 'count' } satisfies ToClients);
    const { events } = await reply;
    if (events !== last) {
      last = events;
      since = now();
    } else if (now() - since >= quietMs) {
      return events;
    }
    if (now() - started > maxMs) return events;
    await sleep(200);
  }
}

async function connectClients(clients: ChildProcess, url: string, plan: ClientSpec[], label: string): Promise<void> {
  const connected = nextMessage<FromClients, 'connected'>(clients, 'connected', 300_000);
  clients.send({ type: 'connect', url, clients: plan, documents: DOCUMENTS, concurrency: CONNECT_CONCURRENCY } satisfies ToClients);
  const c = await connected;
  say(`${label}: ${c.sockets} sockets connected, ${c.sockets * SUBS_PER_CLIENT} subscriptions sent in ${(c.ms / 1000).toFixed(1)} s${c.failed ? `, ${c.failed} FAILED` : ''}`);
  if (c.failed) throw new BenchError(`${label}: ${c.failed} clients could not connect`);
}

async function disconnectClients(clients: ChildProcess): Promise<void> {
  const done = nextMessage<FromClients, 'disconnected'>(clients, 'disconnected');
  clients.send({ type: 'disconnect' } satisfies ToClients);
  await done;
}

// ----------------------------------------------------------------------------------------------- figures

interface Figures {
  latencies: number[];
  expected: number;
  lost: number;
  duplicated: number;
  /** Receipts of a measured change by a subscription whose filter does not hold for it. */
  unexpected: number;
  /** Receipts of events outside the measured changes (warm-up leftovers, other event types). */
  outside: number;
  heartbeats: number;
}

/**
 * Compares the receipts with the expected pairs: for each measured change (cursor → its commit time and
 * the subscriptions it must reach), received pairs give latencies (first receipt − commit time).
 */
function figuresOf(received: Received, changes: { cursor: string; committedAt: number; keys: number[] }[]): Figures {
  const f: Figures = { latencies: [], expected: 0, lost: 0, duplicated: 0, unexpected: 0, outside: 0, heartbeats: received.heartbeats };
  const expectedPairs = new Set<string>();
  const committedAt = new Map<string, number>();
  for (const change of changes) {
    committedAt.set(change.cursor, change.committedAt);
    for (const key of change.keys) {
      const pair = pairOf(key, change.cursor);
      expectedPairs.add(pair);
      const times = received.byPair.get(pair);
      if (!times) f.lost++;
      else f.latencies.push(times[0]! - change.committedAt);
    }
  }
  f.expected = expectedPairs.size;
  for (const [pair, times] of received.byPair) {
    f.duplicated += times.length - 1;
    if (expectedPairs.has(pair)) continue;
    if (committedAt.has(pair.slice(pair.indexOf('|') + 1))) f.unexpected++;
    else f.outside++;
  }
  return f;
}

function describeProblems(label: string, p: ClientProblems): void {
  const lines = [
    ...Object.entries(p.closes).map(([what, n]) => `socket closed by the server ${n}×: ${what}`),
    ...Object.entries(p.errors).map(([what, n]) => `error message ${n}×: ${what}`),
    ...Object.entries(p.resultErrors).map(([what, n]) => `next with errors ${n}×: ${what}`),
    ...(p.completes ? [`complete from the server ${p.completes}×`] : []),
  ];
  for (const line of lines.slice(0, 12)) say(`  ${label}: ${line}`);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

// ------------------------------------------------------------------------------------------------- data

/** 100 published PARKING resources with a capacity spread over the district (every n-th by id), 50 decoys. */
async function pickResources(url: string): Promise<{ targets: TargetResource[]; decoys: TargetResource[]; districtAreaId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    type Row = { id: string; organization_id: string; area_id: string; kind: string; lat: number; lng: number; capacity: number };
    const { rows } = await client.query<Row>(
      `select id::text, organization_id::text, area_id::text, kind, lat, lng, capacity from resource
       where status = 'PUBLISHED' and kind = 'PARKING' and capacity > 0 order by id`,
    );
    if (rows.length < TARGETS) throw new BenchError(`the district has ${rows.length} published counted car parks, the bench needs ${TARGETS}`);
    const step = rows.length / TARGETS;
    const picked = Array.from({ length: TARGETS }, (_, i) => rows[Math.floor(i * step)]!);
    const { rows: others } = await client.query<Row>(
      `select id::text, organization_id::text, area_id::text, kind, lat, lng, coalesce(capacity, 0) as capacity from resource
       where status = 'PUBLISHED' and not (id = any($1::bigint[])) order by id limit $2`,
      [picked.map((r) => r.id), DECOYS],
    );
    const { rows: [district] } = await client.query<{ id: string }>(`select id::text from area order by length(path), id limit 1`);
    const toTarget = (r: Row): TargetResource => ({
      id: toGlobalId('Resource', r.id), organizationId: toGlobalId('Organization', r.organization_id), areaId: toGlobalId('Area', r.area_id),
      kind: r.kind, lat: r.lat, lng: r.lng, capacity: r.capacity,
    });
    return { targets: picked.map(toTarget), decoys: others.map(toTarget), districtAreaId: toGlobalId('Area', district!.id) };
  } finally {
    await client.end();
  }
}

/**
 * The bench database server with `track_commit_timestamp = on`, so that each event's real commit time can be
 * read (`pg_xact_commit_timestamp(xmin)`). The embedded server is switched on once with ALTER SYSTEM and
 * restarted; a server from BENCH_DATABASE_URL is used as it is (without the setting the bench falls back to
 * the events' occurredAt, see `commitTimes`).
 */
async function startWithCommitTimestamps(): Promise<MatchBenchServer> {
  let server = await startServer(say);
  stopData = () => server.stop();
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ track_commit_timestamp: string }>('show track_commit_timestamp');
  const embedded = server.description.startsWith('embedded');
  if (rows[0]!.track_commit_timestamp !== 'on' && embedded) await admin.query('alter system set track_commit_timestamp = on');
  await admin.end();
  if (rows[0]!.track_commit_timestamp !== 'on' && embedded) {
    say('bench data: turning track_commit_timestamp on (once) and restarting the bench server');
    await server.stop();
    server = await startServer(say);
    stopData = () => server.stop();
  }
  return server;
}

/**
 * Commit time of each event after `after` (epoch ms, PostgreSQL's clock: the same machine) by cursor; empty
 * when the server does not track commit timestamps.
 */
async function commitTimes(url: string, after: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [setting] } = await client.query<{ track_commit_timestamp: string }>('show track_commit_timestamp');
    if (setting!.track_commit_timestamp !== 'on') return new Map();
    const { rows } = await client.query<{ cursor: string; ms: number }>(
      `select cursor::text, extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 as ms from event where cursor > $1::bigint`,
      [after],
    );
    return new Map(rows.map((r) => [r.cursor, Number(r.ms)]));
  } finally {
    await client.end();
  }
}

async function newestCursor(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ cursor: string }>('select coalesce(max(cursor), 0)::text as cursor from event');
    return rows[0]!.cursor;
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------------ main

let stopData: (() => Promise<void>) | null = null;

async function main(): Promise<boolean> {
  const clientCount = envInt('BENCH_CLIENTS', 2000, 10, 20_000);
  const rate = envInt('BENCH_RATE', 100, 1, 1000);
  const seconds = envInt('BENCH_SECONDS', 10, 1, 600);
  const changes = rate * seconds;
  const intervalMs = 1000 / rate;
  say(`fan-out benchmark: ${clientCount} clients × ${SUBS_PER_CLIENT} subscriptions, ${rate} changes/s for ${seconds} s`);
  say(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);

  // 1. data
  const server = await startWithCommitTimestamps();
  say(`bench database server: ${server.description}`);
  const url = await ensureScale(server, 1, say, DATABASE);
  const { targets, decoys, districtAreaId } = await pickResources(url);

  // tokens: a UNIT_ADMIN per target's organization (the writer, and some clients), a district admin
  const minter = await tokenMinter();
  const unitTokens = new Map<string, string>();
  for (const t of targets) {
    if (!unitTokens.has(t.organizationId)) unitTokens.set(t.organizationId, await minter.sign(`bench-unit-${t.organizationId}`, { role: Role.UNIT_ADMIN, organizationId: t.organizationId }));
  }
  const districtToken = await minter.sign('bench-district', { role: Role.DISTRICT_ADMIN, areaId: districtAreaId });
  // clients that follow matches and agreements: a unit admin of the target's unit, or the district admin
  const plan = planClients({
    clients: clientCount, targets, decoys, idleKind: IDLE_KIND,
    tokenFor: (client, target) => (Math.floor(client / 10) % 2 === 0 ? unitTokens.get(target.organizationId)! : districtToken),
  });
  const keysByTarget = expectedKeysByTarget(plan, targets);
  const perChange = [...keysByTarget.values()].reduce((n, k) => n + k.length, 0) / targets.length;
  say(`plan: ${targets.length} target car parks, ${plan.length * SUBS_PER_CLIENT} subscriptions, ${perChange.toFixed(1)} per change on average (${((perChange / (plan.length * SUBS_PER_CLIENT)) * 100).toFixed(2)}%)`);

  // 2. hub, 3. clients
  const hub = await startHub(url, minter.publicKeyPem);
  say(`hub: pid ${hub.child.pid}, ${hub.url}`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const clients = track(fork(path.join(here, 'clients.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await connectClients(clients, hub.wsUrl, plan, 'hub');
  const rssSubscribed = rssMiB(hub.child.pid!);

  // 4. warm-up: one change per target; every subscription a target's change must reach should get it
  await sleep(1000);
  const warmup = await writeChanges(hub, targets, unitTokens, targets.length, rate, 1);
  const refused = warmup.filter((w) => w.problem);
  if (refused.length) throw new BenchError(`warm-up: ${refused.length} changes refused, e.g. ${refused[0]!.problem}`);
  await drain(clients, 2000, 30_000);
  const warm = await flushClients(clients, false);
  const reachedKeys = new Set([...warm.byPair.keys()].map((pair) => Number(pair.slice(0, pair.indexOf('|')))));
  const shouldReach = new Set([...keysByTarget.values()].flat());
  const live = [...shouldReach].filter((k) => reachedKeys.has(k)).length;
  say(`warm-up: ${targets.length} changes; ${live} of the ${shouldReach.size} subscriptions they should reach received one; hub RSS ${rssSubscribed.toFixed(0)} MiB subscribed, ${rssMiB(hub.child.pid!).toFixed(0)} MiB after`);
  describeProblems('hub warm-up', warm.problems);

  // 5. the measured changes
  // the machine is shared: say how busy it was (1-minute load average) around the measured window
  const loadBefore = os.loadavg()[0]!;
  const before = await newestCursor(url);
  const cpu0 = cpuMs(hub.child.pid!);
  const clientsCpu0 = cpuMs(clients.pid!);
  const writeStarted = now();
  const writes = await writeChanges(hub, targets, unitTokens, changes, rate, 3);
  const writeEnded = now();
  const cpu1 = cpuMs(hub.child.pid!);
  const clientsCpu1 = cpuMs(clients.pid!);
  const loadAfter = os.loadavg()[0]!;

  // 6. drain, ground truth, figures
  await drain(clients, 3000, 60_000);
  const hubRss = peakRssMiB(hub.child.pid!);
  const received = await flushClients(clients, true);
  const committed = await eventsAfter(hub, districtToken, before);
  const committedAt = await commitTimes(url, before);
  await disconnectClients(clients);
  // the mutations' own cost, on the warm hub: 2 s of changes once nobody is subscribed any more (after a
  // pause, so that the subscriptions' clean-up is not counted)
  await sleep(2000);
  const alone0 = cpuMs(hub.child.pid!);
  const alone = await writeChanges(hub, targets, unitTokens, 2 * rate, rate, 5);
  const aloneCpuPerChange = (cpuMs(hub.child.pid!) - alone0) / alone.length;
  await stopChild(hub.child);

  const measured = committed.filter((e) => e.type === 'AVAILABILITY_REPORTED' && keysByTarget.has(e.subjectId));
  // the load the hub actually took: commits per second from the first to the last measured commit
  const commits = measured.map((e) => committedAt.get(e.cursor) ?? e.occurredAt);
  const commitRate = measured.length > 1 ? ((measured.length - 1) * 1000) / (Math.max(...commits) - Math.min(...commits)) : NaN;
  const answeredAt = new Map(writes.filter((w) => w.observationId).map((w) => [w.observationId!, w.answeredAt]));
  // commit time: PostgreSQL's commit timestamp of the event's transaction, or (not tracked) its occurredAt
  const hubFigures = figuresOf(received, measured.map((e) => ({ cursor: e.cursor, committedAt: committedAt.get(e.cursor) ?? e.occurredAt, keys: keysByTarget.get(e.subjectId)! })));
  const afterOccurred = figuresOf(received, measured.map((e) => ({ cursor: e.cursor, committedAt: e.occurredAt, keys: keysByTarget.get(e.subjectId)! })));
  const afterResponse = figuresOf(
    received,
    measured.filter((e) => e.observationId && answeredAt.has(e.observationId)).map((e) => ({ cursor: e.cursor, committedAt: answeredAt.get(e.observationId!)!, keys: keysByTarget.get(e.subjectId)! })),
  );
  const writeProblems = writes.filter((w) => w.problem);
  const roundTrips = writes.map((w) => w.answeredAt - w.sentAt);
  say(
    `writer: ${writes.length} changes in ${((writeEnded - writeStarted) / 1000).toFixed(1)} s, ${writeProblems.length} refused or failed` +
      `${writeProblems.length ? ` (e.g. ${writeProblems[0]!.problem})` : ''}; round trip p50 ${percentile(roundTrips, 50).toFixed(1)} ms, p99 ${percentile(roundTrips, 99).toFixed(1)} ms`,
  );
  say(`log: ${measured.length} AVAILABILITY_REPORTED events of the targets committed, ${committed.length - measured.length} other events; CPU while writing: hub ${((cpu1 - cpu0) / (writeEnded - writeStarted) * 100).toFixed(0)}% of a core, ` +
    `clients ${((clientsCpu1 - clientsCpu0) / (writeEnded - writeStarted) * 100).toFixed(0)}%; ` +
    `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores`);
  describeProblems('hub', received.problems);

  // 7. baseline: the hub's (socket, message) pairs of each expected delivery, on the same schedule
  let borrowed = 0;
  let synthesised = 0;
  const schedule: BaselineChange[] = measured.map((e) => {
    const keys = keysByTarget.get(e.subjectId)!;
    const subOf = (key: number) => plan[Math.floor(key / SUBS_PER_CLIENT)]!.subscriptions[key % SUBS_PER_CLIENT]!;
    // a pair the hub lost is sent too: its text is another subscriber's message of the same change and
    // document with this subscription's id, or, if the hub sent that document nothing, a bare event
    const byDoc = new Map<number, string>();
    for (const key of keys) {
      const text = received.textOf.get(pairOf(key, e.cursor));
      if (text) byDoc.set(subOf(key).doc, text);
    }
    const sends = keys.map((key): [number, number, string] => {
      const sub = subOf(key);
      const pair = pairOf(key, e.cursor);
      let text = received.textOf.get(pair);
      if (!text) {
        const template = byDoc.get(sub.doc);
        if (template) borrowed++;
        else synthesised++;
        text = template
          ? JSON.stringify({ ...(JSON.parse(template) as object), id: sub.id })
          : JSON.stringify({ id: sub.id, type: 'next', payload: { data: { [ROOT_FIELDS[sub.doc as 0]]: { cursor: e.cursor, isHeartbeat: false, occurredAt: new Date(e.occurredAt).toISOString() } } } });
      }
      return [received.byPair.get(pair)?.[0] ?? Infinity, Math.floor(key / SUBS_PER_CLIENT), text];
    });
    // in the order the hub's sockets received them; pairs the hub lost last
    return { sends: sends.sort((a, b) => a[0] - b[0]).map(([, client, text]) => [client, text] as [number, string]) };
  });
  if (borrowed || synthesised) say(`baseline: ${borrowed} messages the hub did not send made from another subscriber's, ${synthesised} synthesised`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-fanout-'));
  const file = path.join(dir, 'schedule.json');
  writeFileSync(file, JSON.stringify(schedule));
  const baseline = track(fork(path.join(here, 'baseline.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const { port } = await nextMessage<FromBaseline, 'ready'>(baseline, 'ready');
  const scheduled = nextMessage<FromBaseline, 'scheduled'>(baseline, 'scheduled');
  baseline.send({ type: 'schedule', file, intervalMs } satisfies ToBaseline);
  const s = await scheduled;
  rmSync(dir, { recursive: true, force: true });
  await connectClients(clients, `ws://127.0.0.1:${port}/graphql`, plan, 'baseline');
  await sleep(1000);
  const sent = nextMessage<FromBaseline, 'sent'>(baseline, 'sent', (seconds + 60) * 1000);
  const baselineCpu0 = cpuMs(baseline.pid!);
  baseline.send({ type: 'start' } satisfies ToBaseline);
  const { startedAt } = await sent;
  const baselineCpu1 = cpuMs(baseline.pid!);
  await drain(clients, 3000, 60_000);
  const baselineRss = peakRssMiB(baseline.pid!);
  const baselineReceived = await flushClients(clients, false);
  await disconnectClients(clients);
  await stopChild(baseline);
  await stopChild(clients);
  const baselineFigures = figuresOf(baselineReceived, measured.map((e, k) => ({ cursor: e.cursor, committedAt: startedAt[k]!, keys: keysByTarget.get(e.subjectId)! })));
  say(`baseline: ${s.changes} changes, ${s.messages} messages scheduled`);
  describeProblems('baseline', baselineReceived.problems);

  // 8. report
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  const ms = (x: number) => (Number.isNaN(x) ? '-' : `${x.toFixed(1)} ms`);
  const hubP99 = percentile(hubFigures.latencies, 99);
  const allCommitted = measured.length === changes && writeProblems.length === 0;
  const ok = {
    rate: commitRate >= rate * 0.95,
    p99: hubP99 <= P99_TARGET_MS,
    rss: hubRss <= RSS_TARGET_MIB,
    lost: hubFigures.lost === 0 && allCommitted,
    duplicated: hubFigures.duplicated === 0,
  };
  say('');
  say(`${measured.length} changes committed (of ${changes} sent), ${hubFigures.expected} deliveries expected (${(hubFigures.expected / Math.max(1, measured.length)).toFixed(1)} per change)`);
  say(`commit time: ${committedAt.size ? "PostgreSQL's commit timestamp of each event" : "each event's occurredAt (track_commit_timestamp is off)"}; baseline: when it starts sending the change`);
  say(
    table([
      ['measure', 'hub', 'baseline', 'target', 'status'],
      ['changes committed per second', commitRate.toFixed(1), (((startedAt.length - 1) * 1000) / (startedAt[startedAt.length - 1]! - startedAt[0]!)).toFixed(1), `${rate} (the load)`, met(ok.rate)],
      ['commit → receipt p50', ms(percentile(hubFigures.latencies, 50)), ms(percentile(baselineFigures.latencies, 50)), '', ''],
      ['commit → receipt p99', ms(hubP99), ms(percentile(baselineFigures.latencies, 99)), `≤ ${P99_TARGET_MS} ms`, met(ok.p99)],
      ['commit → receipt max', ms(percentile(hubFigures.latencies, 100)), ms(percentile(baselineFigures.latencies, 100)), '', ''],
      ['occurredAt → receipt p50 / p99', `${ms(percentile(afterOccurred.latencies, 50))} / ${ms(percentile(afterOccurred.latencies, 99))}`, '-', '', ''],
      ['mutation response → receipt p50 / p99', `${ms(percentile(afterResponse.latencies, 50))} / ${ms(percentile(afterResponse.latencies, 99))}`, '-', '', ''],
      // CPU of the process over the writing (hub: the mutations too) or sending window, per change
      ['CPU per change (process)', ms((cpu1 - cpu0) / writes.length), ms((baselineCpu1 - baselineCpu0) / startedAt.length), '', ''],
      ['  hub: the change alone, nobody subscribed', ms(aloneCpuPerChange), '', '', ''],
      ['peak RSS (VmHWM)', `${hubRss.toFixed(0)} MiB`, `${baselineRss.toFixed(0)} MiB`, `≤ ${RSS_TARGET_MIB} MiB`, met(ok.rss)],
      ['events lost', String(hubFigures.lost), String(baselineFigures.lost), '0', met(ok.lost)],
      ['events duplicated', String(hubFigures.duplicated), String(baselineFigures.duplicated), '0', met(ok.duplicated)],
      ['received, filter does not hold', String(hubFigures.unexpected), String(baselineFigures.unexpected), '0', ''],
      ['received, other events', String(hubFigures.outside), String(baselineFigures.outside), '', ''],
      ['heartbeats received', String(hubFigures.heartbeats), String(baselineFigures.heartbeats), '', ''],
    ]),
  );
  if (!allCommitted) say(`note: ${changes - measured.length} of the ${changes} changes were not committed: counted as lost`);
  return Object.values(ok).every(Boolean) && hubFigures.unexpected === 0;
}

runBench('bench:fanout', main, () => stopData, (allMet) => {
  say('');
  say(allMet ? 'all targets met' : 'some targets NOT MET');
});
