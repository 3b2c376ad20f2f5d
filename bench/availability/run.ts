/**
 * `npm run bench:availability`: the CPU the hub spends on one `reportAvailability` (and, per observation, on
 * `reportAvailabilities`), nobody subscribed.
 *
 * The scale-1 district in `sharehub_bench_availability` on the bench PostgreSQL (`.data/bench-postgres`, or
 * BENCH_DATABASE_URL's server; bench/match/data.ts), seeded once and kept; the hub as deployed
 * (`node dist/src/main.js`, NODE_ENV=production, RS256 tokens signed here; bench/hub-process.ts); 100
 * published counted car parks, each reported by its unit's admin, in turn, over HTTP keep-alive with
 * BENCH_CONCURRENCY (4) requests in flight, and no more than BENCH_RATE a second when set (100: the fan-out
 * bench's load). After BENCH_WARMUP (500) calls, BENCH_CALLS (3000) are measured:
 * the hub's utime + stime from /proc (10 ms ticks) over the calls, divided by the calls; then BENCH_BATCHES
 * (100) batches of BENCH_BATCH_SIZE (50) the same way, per observation. Every call must be accepted.
 */
import 'reflect-metadata';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { BenchError, cpuMs, envInt, postGraphql, runBench, startHub, tokenMinter, type Hub } from '../hub-process.js';
import { ensureScale, startServer } from '../match/data.js';

const DATABASE = 'sharehub_bench_availability';
const TARGETS = 100;

const say = (line = '') => process.stdout.write(`${line}\n`);

interface Target {
  id: string;
  organizationId: string;
  capacity: number;
}

/** The car parks, and the district's area (its admin sends the batches). */
async function pickTargets(url: string): Promise<{ targets: Target[]; districtAreaId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; organization_id: string; capacity: number }>(
      `select id::text, organization_id::text, capacity from resource
       where status = 'PUBLISHED' and kind = 'PARKING' and capacity > 0 order by id limit $1`,
      [TARGETS],
    );
    if (rows.length < TARGETS) throw new BenchError(`the district has ${rows.length} published counted car parks, the bench needs ${TARGETS}`);
    const { rows: [district] } = await client.query<{ id: string }>(`select id::text from area order by length(path), id limit 1`);
    return {
      targets: rows.map((r) => ({ id: toGlobalId('Resource', r.id), organizationId: r.organization_id, capacity: r.capacity })),
      districtAreaId: toGlobalId('Area', district!.id),
    };
  } finally {
    await client.end();
  }
}

const REPORT = `mutation Report($input: ReportAvailabilityInput!) {
  reportAvailability(input: $input) { observation { id freeCount observedAt source recordedAt } userErrors { code message } }
}`;

const REPORT_MANY = `mutation ReportMany($input: ReportAvailabilitiesInput!) {
  reportAvailabilities(input: $input) { observations { id freeCount observedAt source recordedAt } userErrors { code message } }
}`;

type Answer = { data?: Record<string, { userErrors: { code: string; message: string }[] }>; errors?: { message: string }[] };

/**
 * `count` calls of `send(k)`, `concurrency` in flight; observedAt is taken at sending and a target comes
 * round again only after the other 99, so no count is out of order; with `rate` > 0, no faster than that
 * many a second. The hub's CPU ms over the calls.
 */
async function measure(hub: Hub, count: number, concurrency: number, rate: number, send: (k: number) => Promise<Answer>): Promise<number> {
  let next = 0;
  const cpu0 = cpuMs(hub.child.pid!);
  const started = performance.now();
  const worker = async () => {
    for (let k = next++; k < count; k = next++) {
      // paced: call k leaves no earlier than start + k / rate
      const wait = rate > 0 ? started + (k * 1000) / rate - performance.now() : 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const answer = await send(k);
      const problem = answer.errors?.[0]?.message ?? Object.values(answer.data ?? {})[0]?.userErrors[0]?.code;
      if (problem) throw new BenchError(`call ${k} refused: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return cpuMs(hub.child.pid!) - cpu0;
}

let stopData: (() => Promise<void>) | null = null;

async function main(): Promise<void> {
  const warmup = envInt('BENCH_WARMUP', 500, 0, 1_000_000);
  const calls = envInt('BENCH_CALLS', 3000, 100, 1_000_000);
  const concurrency = envInt('BENCH_CONCURRENCY', 4, 1, 64);
  const batches = envInt('BENCH_BATCHES', 100, 0, 100_000);
  const batchSize = envInt('BENCH_BATCH_SIZE', 50, 1, TARGETS);
  // 0: as fast as the calls in flight allow, which lets the hub's background work (the matcher, the event
  // feed) take many events a pass; 100: the fan-out bench's load, a pass an event or so
  const rate = envInt('BENCH_RATE', 0, 0, 100_000);
  say(`availability benchmark: ${calls} reportAvailability after ${warmup} to warm up, ${batches} reportAvailabilities of ${batchSize}, ${concurrency} in flight${rate ? `, at most ${rate}/s` : ''}`);
  say(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);

  const server = await startServer(say);
  stopData = () => server.stop();
  say(`bench database server: ${server.description}`);
  const url = await ensureScale(server, 1, say, DATABASE);
  const { targets, districtAreaId } = await pickTargets(url);
  const minter = await tokenMinter();
  const tokens = new Map<string, string>();
  for (const t of targets) {
    if (!tokens.has(t.organizationId)) {
      tokens.set(t.organizationId, await minter.sign(`bench-unit-${t.organizationId}`, { role: Role.UNIT_ADMIN, organizationId: toGlobalId('Organization', t.organizationId) }));
    }
  }
  const hub = await startHub(url, minter.publicKeyPem);
  say(`hub: pid ${hub.child.pid}, ${hub.url}`);

  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const report = (k: number) => {
    const t = targets[k % targets.length]!;
    const input = { resourceId: t.id, freeCount: k % (t.capacity + 1), observedAt: new Date().toISOString(), source: 'bench' };
    return postGraphql<Answer>(agent, hub.url, tokens.get(t.organizationId)!, REPORT, { input });
  };
  // a batch of one unit's car parks would be small: batches are sent by the district's admin instead
  const districtToken = await minter.sign('bench-district', { role: Role.DISTRICT_ADMIN, areaId: districtAreaId });
  const reportMany = (k: number) => {
    const observedAt = new Date().toISOString();
    const observations = Array.from({ length: batchSize }, (_, i) => {
      const t = targets[(k * batchSize + i) % targets.length]!;
      return { resourceId: t.id, freeCount: (k + i) % (t.capacity + 1), observedAt, source: 'bench' };
    });
    return postGraphql<Answer>(agent, hub.url, districtToken, REPORT_MANY, { input: { observations } });
  };

  await measure(hub, warmup, concurrency, rate, report);
  const started = performance.now();
  const singleCpu = await measure(hub, calls, concurrency, rate, report);
  const singleWall = performance.now() - started;
  say(`reportAvailability: ${calls} calls in ${(singleWall / 1000).toFixed(1)} s (${((calls * 1000) / singleWall).toFixed(0)}/s); hub CPU ${singleCpu} ms = ${(singleCpu / calls).toFixed(2)} ms per call`);
  if (batches > 0) {
    // one batch at a time: two batches in flight could hold the same car park with the same observedAt
    await measure(hub, Math.min(10, batches), 1, 0, reportMany);
    const batchStarted = performance.now();
    const batchCpu = await measure(hub, batches, 1, 0, reportMany);
    const batchWall = performance.now() - batchStarted;
    const n = batches * batchSize;
    say(`reportAvailabilities: ${batches} × ${batchSize} in ${(batchWall / 1000).toFixed(1)} s; hub CPU ${batchCpu} ms = ${(batchCpu / n).toFixed(3)} ms per observation, ${(batchCpu / batches).toFixed(1)} ms per call`);
  }
  agent.destroy();
}

runBench('bench:availability', main, () => stopData, () => {});
