/**
 * `npm run bench:area-move`: how long moveArea takes for a community of the scale-10 district, beside two
 * baselines measured in the same run on the same database.
 *
 * The district of scale BENCH_SCALE (10) in `sharehub_bench_area_move_s<scale>` on the bench PostgreSQL
 * (`.data/bench-postgres`, or BENCH_DATABASE_URL's server; bench/match/data.ts), seeded once and kept: the
 * moves change it, so it is not the matching bench's database. In process (services called directly, as the
 * district admin's resolvers would):
 * 1. a full `runMatching` of the district, so the community's demands hold live proposals (and the time of a
 *    full run, the other holder of the matcher's full-run lock, is the first baseline);
 * 2. the community with the most demands, its street and another street;
 * 3. baseline: `updateArea` of that community with its own name (a write transaction that changes nothing),
 *    median of BENCH_RUNS (5);
 * 4. BENCH_RUNS moves of the community to the other street and back, each timed: the median, the slowest, and
 *    the rows whose path it rewrote. Target: ≤ 2 s for each.
 */
import 'reflect-metadata';
import { loadConfig } from '../../src/config.js';
import { createContext, type App } from '../../src/context.js';
import { createApp, openHubDatabase } from '../../src/app.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { AreaService } from '../../src/modules/areas/area.service.js';
import { AreaMoveService } from '../../src/modules/areas/area-move.service.js';
import { MatchRunService } from '../../src/modules/matching/match-run.service.js';
import { BenchError, envInt } from '../hub-process.js';
import { ensureScale, runOnBenchServer, type MatchBenchServer } from '../match/data.js';

const SCALE = envInt('BENCH_SCALE', 10, 1, 100);
const RUNS = envInt('BENCH_RUNS', 5, 1, 100);
const TARGET_MS = 2000;
const COPIES = ['organization', 'resource', 'sharing_agreement', 'demand_list', 'demand', 'project', 'match_run', 'match'];

const say = (line = '') => process.stdout.write(`${line}\n`);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface Scene {
  community: { id: string; name: string };
  from: string;
  to: string;
  rows: Record<string, number>;
}

/** The community with the most demands, its street, another street, and the rows below it per table. */
async function scene(app: App): Promise<Scene> {
  const { rows } = await app.db.pool.query<{ id: string; name: string; street: string; other: string }>(
    `select c.id::text, c.name, c.parent_id::text as street,
            (select s.id::text from area s where s.kind = 'STREET' and s.id <> c.parent_id order by s.id limit 1) as other
     from area c where c.kind = 'COMMUNITY'
     order by (select count(*) from demand d where d.area_path like c.path || '%') desc, c.id limit 1`,
  );
  const c = rows[0];
  if (!c?.other) throw new BenchError('the district needs a community and two streets');
  const counts: Record<string, number> = {};
  for (const table of ['area', ...COPIES]) {
    const column = table === 'area' ? 'path' : 'area_path';
    const { rows: n } = await app.db.pool.query<{ n: number }>(
      `select count(*)::int as n from ${table} where ${column} like (select path from area where id = $1) || '%'`,
      [c.id],
    );
    counts[table] = n[0]!.n;
  }
  return { community: { id: c.id, name: c.name }, from: c.street, to: c.other, rows: counts };
}

async function versionOf(app: App, id: string): Promise<number> {
  const { rows } = await app.db.pool.query<{ version: number }>('select version from area where id = $1', [id]);
  return rows[0]!.version;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function bench(server: MatchBenchServer): Promise<void> {
  const url = await ensureScale(server, SCALE, say, `sharehub_bench_area_move_s${SCALE}`);
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error', SEED_ON_EMPTY: 'false' });
  const db = await openHubDatabase(url);
  const app = createApp(config, db);
  try {
    const ctx = () => createContext(app, SYSTEM_VIEWER);
    const { rows: [district] } = await db.pool.query<{ id: string }>(`select id::text from area where parent_id is null order by id limit 1`);
    const full = await timed(() => new MatchRunService(ctx()).run({ areaId: toGlobalId('Area', district!.id), kinds: null }));
    if (!full.value.ok) throw new BenchError(`runMatching: ${full.value.errors.map((e) => e.message).join('; ')}`);
    const s = await scene(app);
    say(`scale ${SCALE}: community ${s.community.id} (${s.community.name}), rows at or below it: ${Object.entries(s.rows).map(([t, n]) => `${t} ${n}`).join(', ')}`);

    const noop: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const version = await versionOf(app, s.community.id);
      const t = await timed(() => new AreaService(ctx()).update({ id: toGlobalId('Area', s.community.id), version, name: s.community.name, removeBoundary: false }));
      if (!t.value.ok) throw new BenchError(`updateArea: ${t.value.errors.map((e) => e.message).join('; ')}`);
      noop.push(t.ms);
    }

    const moves: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      const to = i % 2 === 0 ? s.to : s.from;
      const version = await versionOf(app, s.community.id);
      const t = await timed(() =>
        new AreaMoveService(ctx()).move({ id: toGlobalId('Area', s.community.id), newParentId: toGlobalId('Area', to), version }),
      );
      if (!t.value.ok) throw new BenchError(`moveArea: ${t.value.errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
      moves.push(t.ms);
    }
    const slowest = Math.max(...moves);
    say('');
    say(`baseline  runMatching of the district (holds the same lock)   ${ms(full.ms)}`);
    say(`baseline  updateArea changing nothing, median of ${RUNS}            ${ms(median(noop))}`);
    say(`moveArea  community to another street and back, median of ${moves.length}   ${ms(median(moves))} (slowest ${ms(slowest)})`);
    say(`target    each move ≤ ${TARGET_MS} ms: ${slowest <= TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    await db.close();
  }
}

runOnBenchServer('bench:area-move', say, bench);
