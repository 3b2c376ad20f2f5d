import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database } from '../../src/db/database.js';
import { createApp, openHubDatabase } from '../../src/app.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { ManualClock } from '../../src/shared/clock.js';
import { graphql } from '../gql/index.js';
import { TestClient } from '../kit/client.js';
import { TEST_NOW } from '../kit/server.js';

// reads the seeded district that no test writes (global setup made it), through a hub of its own
let db: Database;
let server: RunningServer;
let client: TestClient;

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 3 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const clock = new ManualClock(new Date(TEST_NOW));
  server = await createServer(
    createApp(config, db, clock),
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
    units: organizations(kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) { totalCount }
    departments: organizations(kinds: [DEPARTMENT]) { totalCount }
    organizations { totalCount }
  }
`);

const Statistics = graphql(`
  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }
`);

const StreetStatistics = graphql(`
  query SeedStreetStatistics {
    district { resourceStatistics { kind resourceCount totalCapacity } }
    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }
  }
`);

const VolunteerFigures = graphql(`
  query SeedVolunteerFigures {
    district {
      volunteerStatistics {
        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported
        byEmployer(first: 500) { members }
      }
    }
    streets: areas(kind: STREET) { edges { node { volunteerStatistics { total approved teams } } } }
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
    // the resident units are every kind but DEPARTMENT; the seeded departments (seeds/cases.ts) come on top
    expect(data.units.totalCount).toBe(404);
    expect(data.departments.totalCount).toBeGreaterThan(0);
    expect(data.organizations.totalCount).toBe(404 + data.departments.totalCount);
  });

  it('answers the district\'s published figures through resourceStatistics: 45 reading rooms … 5,596 parking spaces', async () => {
    const { district } = await client.data(Statistics);
    const byKind = Object.fromEntries(district!.resourceStatistics.map((s) => [s.kind, s]));
    const counts = Object.fromEntries(district!.resourceStatistics.map((s) => [s.kind, s.resourceCount]));
    expect(counts).toEqual({
      READING_ROOM: 45, ACTIVITY_VENUE: 83, CIVIC_CLASSROOM: 196, PARKING: 150, TOILET: 190, WATER_POINT: 162,
      BREAKFAST: 60, AFTER_SCHOOL_CLASSROOM: 13, CLINIC: 66, DAY_CARE: 15, OTHER: 0,
    });
    expect(byKind.PARKING.totalCapacity).toBe(5596);
    // toilets and water points are access only: no capacity to add up
    expect(byKind.TOILET.totalCapacity).toBeNull();
    expect(byKind.WATER_POINT.totalCapacity).toBeNull();
    expect(byKind.OTHER.totalCapacity).toBeNull();
  });

  it('adds up the same statistics street by street', async () => {
    const { district, streets } = await client.data(StreetStatistics);
    const total = (kind: string, field: 'resourceCount' | 'totalCapacity') =>
      streets.edges.reduce((sum, e) => sum + (e.node.resourceStatistics.find((s) => s.kind === kind)?.[field] ?? 0), 0);
    for (const stat of district!.resourceStatistics) {
      expect(total(stat.kind, 'resourceCount')).toBe(stat.resourceCount);
      expect(total(stat.kind, 'totalCapacity')).toBe(stat.totalCapacity ?? 0);
    }
  });

  it('carries this year\'s and next year\'s holidays, make-up workdays included', async () => {
    const { holidays } = await client.data(Holidays);
    const years = new Set(holidays.map((h) => h.date.slice(0, 4)));
    expect(years).toEqual(new Set(['2026', '2027']));
    expect(holidays.some((h) => h.kind === 'MAKEUP_WORKDAY')).toBe(true);
    expect(holidays.find((h) => h.date === '2026-10-01')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节' });
  });

  it('answers the volunteer figures the seeder states: more than 11,000 serving, 62 units reporting more than 3,800, 33 teams', async () => {
    const { district, streets } = await client.data(VolunteerFigures);
    const { byEmployer, ...figures } = district!.volunteerStatistics;
    // seeds/volunteer-plan.ts's VOLUNTEERS_PER_COPY; the party and service splits are what its PRNG drew
    expect(figures).toEqual({
      total: 12_000,
      byStatus: [
        { status: 'APPLIED', count: 560 }, { status: 'APPROVED', count: 11_220 }, { status: 'REJECTED', count: 80 },
        { status: 'SUSPENDED', count: 36 }, { status: 'LEFT', count: 104 },
      ],
      approved: 11_220, partyMembers: 9_124, inService: 8_885, retired: 2_335, reportedByUnits: 3_820, teams: 33, unitsReported: 374,
    });
    expect(byEmployer).toHaveLength(374);
    expect(byEmployer.reduce((sum, e) => sum + e.members, 0)).toBe(figures.inService);
    const streetSum = (field: 'total' | 'approved' | 'teams') => streets.edges.reduce((sum, e) => sum + e.node.volunteerStatistics[field], 0);
    expect([streetSum('total'), streetSum('approved'), streetSum('teams')]).toEqual([12_000, 11_220, 33]);
  });
});
