/**
 * `npm run bench:import`: a ledger of BENCH_ROWS (10,000) rows — 100 units of 100 resources each, in the
 * communities of the scale-1 district — validated and written through the service the three doors share
 * (`uploadImport`, then `runImport` with apply), beside two baselines measured in the same run:
 * 1. reading the file alone (csv-parse, no validation, no database): what the format costs;
 * 2. `createResource` through its service, one mutation per row, for 100 rows, extrapolated to BENCH_ROWS: the
 *    one-at-a-time way the bulk import replaces.
 * The district is seeded once into `sharehub_bench_import_s1` on the bench PostgreSQL (bench/match/data.ts) and
 * kept; each run imports units and keys of its own (named by the run's time), so every row is a creation.
 * Target: ≤ 10 s validated and written.
 */
import 'reflect-metadata';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { createApp, openHubDatabase } from '../../src/app.js';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { runImport, uploadImport } from '../../src/modules/imports/index.js';
import { readSheet } from '../../src/modules/imports/import.read.js';
import { ImportFormat } from '../../src/modules/imports/import.enums.js';
import { ResourceService } from '../../src/modules/resources/resource.service.js';
import { Audience, ResourceKind } from '../../src/modules/resources/index.js';
import { CoordinateSystem } from '../../src/shared/location.js';
import { BenchError, envInt } from '../hub-process.js';
import { ensureScale, runOnBenchServer, type MatchBenchServer } from '../match/data.js';

const ROWS = envInt('BENCH_ROWS', 10_000, 100, 50_000);
const BASELINE_ROWS = 100;
const TARGET_MS = 10_000;
const HEADER = '单位名称,单位类型,所属社区/网格,资源编号,资源名称,资源类型,地址,经度,纬度,坐标系,容量,容量单位,开放时间,面向对象,状态';

const say = (line = '') => process.stdout.write(`${line}\n`);
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function bench(server: MatchBenchServer): Promise<void> {
  const url = await ensureScale(server, 1, say, 'sharehub_bench_import_s1');
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error', SEED_ON_EMPTY: 'false' });
  const db = await openHubDatabase(url);
  const app = createApp(config, db);
  try {
    const ctx = () => createContext(app, SYSTEM_VIEWER);
    // communities whose names no other area shares, and a point of each (its centroid lies in its boundary)
    const { rows: areas } = await db.pool.query<{ name: string; lat: number; lng: number }>(
      `select min(name) as name, min(lat) as lat, min(lng) as lng from area
        where kind = 'COMMUNITY' and retired_at is null group by name having count(*) = 1 order by 1 limit 20`,
    );
    if (areas.length === 0) throw new BenchError('the district has no community');
    const stamp = Date.now().toString(36);
    const lines = [HEADER];
    for (let i = 0; i < ROWS; i++) {
      const unit = Math.floor(i / 100);
      const a = areas[unit % areas.length]!;
      lines.push(
        `基准单位${stamp}-${unit},企业,${a.name},BENCH-${stamp}-${i},基准资源${i},阅览室,东城区${i}号,${a.lng},${a.lat},WGS84,${10 + (i % 50)},个座位,工作日 18:00-21:00；休息日 9:00-17:00,中小学生、老年人,${i % 2 ? '发布' : ''}`,
      );
    }
    const bytes = Buffer.from(lines.join('\n'));
    say(`${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} kB of CSV, ${Math.ceil(ROWS / 100)} units in ${areas.length} communities`);

    const parse = await timed(() => readSheet(bytes, ImportFormat.CSV, null, { maxRows: 50_000, maxUnzippedBytes: 0 }));

    const { rows: [org] } = await db.pool.query<{ id: string; lat: number; lng: number }>(`select id::text, lat, lng from organization where lat is not null order by id limit 1`);
    if (!org) throw new BenchError('the district has no unit with a location');
    const one = await timed(async () => {
      for (let i = 0; i < BASELINE_ROWS; i++) {
        const outcome = await new ResourceService(ctx()).create({
          organizationId: toGlobalId('Organization', org.id), kind: ResourceKind.READING_ROOM, title: `基准对照${stamp}-${i}`, description: '', address: '',
          location: { lat: org.lat, lng: org.lng, system: CoordinateSystem.WGS84 }, capacity: 10, audiences: [Audience.ALL_RESIDENTS], windows: [], exceptions: [],
        } as never);
        if (!outcome.ok) throw new BenchError(`createResource: ${outcome.errors.map((e) => e.message).join('; ')}`);
      }
    });

    const upload = await timed(() => uploadImport(ctx(), { bytes, fileName: 'bench.csv', contentType: 'text/csv', encoding: null }));
    if (upload.value.status !== 'VALIDATED') {
      throw new BenchError(`the ledger was ${upload.value.status}: ${upload.value.problems.slice(0, 3).map((p) => `row ${p.row} ${p.code} ${p.message}`).join('; ')}`);
    }
    const apply = await timed(() => runImport(ctx(), fromGlobalId(upload.value.id)!.id, true));
    if (!apply.value.ok || apply.value.value.run.status !== 'APPLIED') throw new BenchError('the ledger was not applied');
    const total = upload.ms + apply.ms;
    say('');
    say(`baseline  reading the CSV alone (csv-parse)                   ${ms(parse.ms)}`);
    say(`baseline  createResource one by one, ${BASELINE_ROWS} rows × ${ROWS / BASELINE_ROWS}          ${ms(one.ms * (ROWS / BASELINE_ROWS))} (measured ${ms(one.ms)})`);
    say(`import    upload: read, validated, kept                    ${ms(upload.ms)}`);
    say(`import    apply: validated again, written                  ${ms(apply.ms)} (${apply.value.value.run.resourcesCreated} resources, ${apply.value.value.run.unitsCreated} units)`);
    say(`import    total                                            ${ms(total)}`);
    say(`target    ${ROWS} rows ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    await db.close();
  }
}

runOnBenchServer('bench:import', say, bench);
