import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { Authenticator } from '../../src/shared/auth.js';
import { ManualClock } from '../../src/shared/clock.js';
import { graphql } from '../gql/index.js';
import { TestClient } from '../kit/client.js';
import { TEST_NOW } from '../kit/server.js';

// reads the seeded district that no test writes (global setup made it), through a hub of its own
let db: Database;
let server: RunningServer;
let client: TestClient;

beforeAll(async () => {
  db = await openDatabase(inject('seededUrl'), { poolSize: 3 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  server = await createServer(
    { config, db, clock: new ManualClock(new Date(TEST_NOW)), auth: new Authenticator(config, db.pool) },
    { port: 0, host: '127.0.0.1' },
  );
  client = new TestClient(server.url);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const Tree = graphql(`
  query SeedTree {
    district { name kind children(first: 10) { totalCount } }
    streets: areas(kind: STREET) { totalCount }
    communities: areas(kind: COMMUNITY) { totalCount }
    grids: areas(kind: GRID) { totalCount }
    buildings: areas(kind: BUILDING) { totalCount }
    organizations { totalCount }
  }
`);

const Holidays = graphql(`
  query SeedHolidays { holidays(from: "2026-01-01", to: "2027-12-31") { date kind name } }
`);

describe('the seeded district', () => {
  it('has the published tree: 5 streets, 31 communities, 63 grids, 113 building groups, 404 resident units', async () => {
    const data = await client.data(Tree);
    expect(data.district).toMatchObject({ name: '东城区', kind: 'DISTRICT', children: { totalCount: 5 } });
    expect(data.streets.totalCount).toBe(5);
    expect(data.communities.totalCount).toBe(31);
    expect(data.grids.totalCount).toBe(63);
    expect(data.buildings.totalCount).toBe(113);
    expect(data.organizations.totalCount).toBe(404);
  });

  it('has exactly the published counts of each resource kind, and 5,596 parking spaces', async () => {
    const { rows } = await db.pool.query<{ kind: string; n: number; capacity: number | null }>(
      `select kind, count(*)::int as n, sum(capacity)::int as capacity from resource where status = 'PUBLISHED' group by kind`,
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(byKind).toMatchObject({
      READING_ROOM: 45, ACTIVITY_VENUE: 83, CIVIC_CLASSROOM: 196, TOILET: 190, WATER_POINT: 162,
      BREAKFAST: 60, AFTER_SCHOOL_CLASSROOM: 13, CLINIC: 66, DAY_CARE: 15,
    });
    expect(rows.find((r) => r.kind === 'PARKING')?.capacity).toBe(5596);
  });

  it('carries this year\'s and next year\'s holidays, make-up workdays included', async () => {
    const { holidays } = await client.data(Holidays);
    const years = new Set(holidays.map((h) => h.date.slice(0, 4)));
    expect(years).toEqual(new Set(['2026', '2027']));
    expect(holidays.some((h) => h.kind === 'MAKEUP_WORKDAY')).toBe(true);
    expect(holidays.find((h) => h.date === '2026-10-01')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节' });
  });
});
