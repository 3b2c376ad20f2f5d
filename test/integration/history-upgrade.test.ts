import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, SESSION_OPTIONS } from '../../src/db/database.js';
import { migrationsList } from '../../src/db/migrations/index.js';
import { ProjectHistoryEntity } from '../../src/modules/projects/project.entity.js';
import { generateDistrict } from '../../seeds/district.js';
import { loadDistrict, MODULE_SEEDERS } from '../../seeds/load.js';
import { seedVolunteers } from '../../seeds/volunteers.js';
import { seedServiceOrders } from '../../seeds/service-orders.js';
import { seedCases } from '../../seeds/cases.js';
import { createTestDatabase, type TestDatabase } from '../kit/database.js';

/*
 * Upgrading a database that holds data: the seeded district (scale 1) at the migration before the one that
 * names project_history's time `at`, then that migration. Every history line is still there, and each keeps
 * its values, its time under the new name.
 */
const HISTORY_AT = 'Migration20261202000000_history_at';
const BEFORE = migrationsList[migrationsList.findIndex((m) => m.name === HISTORY_AT) - 1]!.name;
const HISTORY_TABLES = ['agreement_history', 'demand_history', 'demand_list_history', 'match_history', 'project_history'];
const SAMPLE_EVERY = 50;

type Row = Record<string, unknown>;
interface Snapshot {
  counts: Record<string, number>;
  /** Every 50th line of each table by id, all columns. */
  samples: Record<string, Row[]>;
  /** project_history's id and time of every line, in id order. */
  projectTimes: string;
}

async function snapshot(pool: pg.Pool, timeColumn: 'occurred_at' | 'at'): Promise<Snapshot> {
  const counts: Record<string, number> = {};
  const samples: Record<string, Row[]> = {};
  for (const table of HISTORY_TABLES) {
    const { rows } = await pool.query<Row>(`select * from ${table} order by id`);
    counts[table] = rows.length;
    samples[table] = rows.filter((_, i) => i % SAMPLE_EVERY === 0);
  }
  const { rows } = await pool.query<{ times: string }>(
    `select string_agg(id || '@' || ${timeColumn}::text, ',' order by id) as times from project_history`,
  );
  return { counts, samples, projectTimes: rows[0]!.times };
}

/**
 * Seeds a database at BEFORE. The seeder writes today's schema, in which project_history's time is `at`; at
 * BEFORE the column is still occurred_at, so the seeding connection finds first, on its search path, a view
 * of project_history that names it `at` (a simple view: inserts pass through to the table). The seeder also
 * writes area's grid_level and boundary (with its box), columns of later migrations: they are there while seeding,
 * and dropped after; the volunteers and the service orders, whose tables come later still, are not seeded.
 */
async function seedBeforeRename(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `${SESSION_OPTIONS} -c search_path=seed_shim,public` });
  try {
    await pool.query(`
      alter table public.area add column grid_level smallint,
        add column boundary jsonb, add column min_lat float8, add column min_lng float8, add column max_lat float8, add column max_lng float8;
      create schema seed_shim;
      create view seed_shim.project_history as
        select id, project_id, action, from_status, to_status, actor_id, actor_role, reason, detail, occurred_at as at
        from public.project_history;
    `);
    await loadDistrict(pool, generateDistrict({ scale: 1 }), { scale: 1, seeders: MODULE_SEEDERS.filter((s) => s !== seedVolunteers && s !== seedServiceOrders && s !== seedCases) });
    await pool.query(`drop schema seed_shim cascade;
      alter table public.area drop column grid_level, drop column boundary, drop column min_lat, drop column min_lng, drop column max_lat, drop column max_lng`);
  } finally {
    await pool.end();
  }
}

describe('the migration that names every history time `at`', () => {
  let database: TestDatabase;
  let before: Snapshot;
  let after: Snapshot;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    await migrate(database.db, { to: BEFORE });
    await seedBeforeRename(database.url);
    before = await snapshot(database.db.pool, 'occurred_at');
    await migrate(database.db, { to: HISTORY_AT });
    after = await snapshot(database.db.pool, 'at');
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('keeps every line of every history table', () => {
    expect(before.counts.project_history).toBeGreaterThan(0);
    expect(after.counts).toEqual(before.counts);
  });

  it('keeps every column of the sampled lines, project_history\'s time moved from occurred_at to at', () => {
    const expected = Object.fromEntries(
      Object.entries(before.samples).map(([table, rows]) => [
        table,
        table === 'project_history' ? rows.map(({ occurred_at: at, ...rest }) => ({ ...rest, at })) : rows,
      ]),
    );
    expect(before.samples.project_history!.length).toBeGreaterThan(1);
    expect(after.samples).toEqual(expected);
  });

  it('carries every project history time over to at', () => {
    expect(after.projectTimes).toBe(before.projectTimes);
  });

  it('leaves project_history with a NOT NULL timestamptz at, and no occurred_at', async () => {
    const { rows } = await database.db.pool.query(
      `select column_name, data_type, is_nullable from information_schema.columns
       where table_schema = 'public' and table_name = 'project_history' and column_name in ('at', 'occurred_at')`,
    );
    expect(rows).toEqual([{ column_name: 'at', data_type: 'timestamp with time zone', is_nullable: 'NO' }]);
  });

  it('reads the moved time through the entity', async () => {
    const sampled = before.samples.project_history![1]!;
    const line = await database.db.orm.em.fork().findOneOrFail(ProjectHistoryEntity, { id: String(sampled.id) });
    expect(line.at).toEqual(sampled.occurred_at);
  });
});
