/**
 * `npm run bench:areas-at`: what one areasAt costs at the seeded scales (README, "Area boundaries"), measured on
 * the function the query and the area-less createResource/postDemand use (src/modules/areas/area.geo.ts), so
 * that HTTP and GraphQL do not blur it. The scale-1 and scale-10 districts in `sharehub_bench_areas_at_s1` and
 * `_s10` on the bench PostgreSQL (bench/match/data.ts; seeded once and kept). Points: BENCH_CALLS (2000) drawn
 * in the district's extent by a fixed seed, after 200 unmeasured; then the plan of one statement.
 */
import 'reflect-metadata';
import { openHubDatabase } from '../../src/app.js';
import { areasAt } from '../../src/modules/areas/area.geo.js';
import { mulberry32 } from '../../src/shared/random.js';
import { envInt } from '../hub-process.js';
import { ensureScale, startServer } from '../match/data.js';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function measure(url: string, scale: number, calls: number): Promise<void> {
  const db = await openHubDatabase(url, { poolSize: 2 });
  try {
    const { rows: [extent] } = await db.pool.query<{ min_lat: number; max_lat: number; min_lng: number; max_lng: number; areas: number; bounded: number }>(
      `select min(min_lat) as min_lat, max(max_lat) as max_lat, min(min_lng) as min_lng, max(max_lng) as max_lng,
              count(*)::int as areas, count(boundary)::int as bounded from area`,
    );
    const random = mulberry32(scale);
    const point = () => ({
      lat: extent!.min_lat + random() * (extent!.max_lat - extent!.min_lat),
      lng: extent!.min_lng + random() * (extent!.max_lng - extent!.min_lng),
    });
    for (let i = 0; i < 200; i++) await areasAt(db.pool, point());
    const lengths = new Map<number, number>();
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const chain = await areasAt(db.pool, point());
      times.push(performance.now() - started);
      lengths.set(chain.length, (lengths.get(chain.length) ?? 0) + 1);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    say(`scale ${scale}: ${extent!.areas} areas, ${extent!.bounded} bounded; ${calls} points: median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
    say(`  chain lengths: ${[...lengths].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n}: ${c}`).join(', ')}`);
    const p = point();
    const { rows } = await db.pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) select a.id from area a
       where a.boundary is not null and a.retired_at is null
         and box(point(a.min_lng, a.min_lat), point(a.max_lng, a.max_lat)) @> box(point($1, $2), point($1, $2))`,
      [p.lng, p.lat],
    );
    say(`  the box filter's plan:\n${rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const calls = envInt('BENCH_CALLS', 2000, 1, 1_000_000);
  const server = await startServer(say);
  try {
    for (const scale of [1, 10]) await measure(await ensureScale(server, scale, say, `sharehub_bench_areas_at_s${scale}`), scale, calls);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
