import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type BuiltArea, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const Statistics = graphql(`
  query VolStatistics($id: ID!, $first: Int) {
    area(id: $id) {
      volunteerStatistics {
        total byStatus { status count } approved partyMembers inService retired reportedByUnits teams unitsReported
        byEmployer(first: $first) { organization { id name } members partyMembers }
      }
    }
  }
`);

const Streets = graphql(`
  query VolStreetStatistics {
    areas(kind: STREET, first: 50) {
      edges { node { volunteerStatistics { total approved teams unitsReported byEmployer { members organization { name } } } } }
    }
  }
`);

const StreetsOnly = graphql(`query VolStreetsOnly { areas(kind: STREET, first: 50) { edges { node { id } } } }`);

const NAME_SENTINEL = '哨兵姓名';
let hub: TestHub;
let d: District;
let other: District;
let subGrid: BuiltArea;
let units: { a: string; b: string; c: string };

/** A grid of level 2 inside `parent`, written directly as the kit writes areas. */
async function insertSubGrid(pool: pg.Pool, parent: BuiltArea): Promise<BuiltArea> {
  const { rows } = await pool.query<{ id: string; path: string }>(
    `with next as (select nextval(pg_get_serial_sequence('area', 'id')) as id)
     insert into area (id, kind, parent_id, path, depth, name, lat, lng, grid_level) overriding system value
     select next.id, 'GRID', $1::bigint, $2 || next.id || '/', 4, '第一网格之一', 39.9152, 116.4252, 2 from next
     returning id::text, path`,
    [parent.rowId, parent.path],
  );
  return { rowId: rows[0]!.id, id: toGlobalId('Area', rows[0]!.id), path: rows[0]!.path };
}

let phones = 0;
interface Row { home: BuiltArea; grid?: BuiltArea; status: string; party: boolean; employer?: string; reported?: boolean }
async function insertVolunteers(pool: pg.Pool, rows: Row[]) {
  for (const r of rows) {
    const inService = r.employer !== undefined;
    await pool.query(
      `insert into volunteer (account_id, status, real_name, phone, area_id, area_path, grid_id, employer_id, is_party_member, is_in_service,
         reported_by_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), now())`,
      [`stat-volunteer-${++phones}`, r.status, `${NAME_SENTINEL}${phones}`, `1009999${String(phones).padStart(4, '0')}`, r.home.rowId, r.home.path,
        r.grid?.rowId ?? null, r.employer ?? null, r.party, inService, r.reported ? r.employer : null],
    );
  }
}

async function insertTeam(pool: pg.Pool, area: BuiltArea, name: string, status: 'ACTIVE' | 'DISBANDED') {
  await pool.query(
    `insert into volunteer_team (area_id, area_path, name, status, disband_reason, disbanded_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, now(), now())`,
    [area.rowId, area.path, name, status, status === 'DISBANDED' ? '队伍撤销' : null, status === 'DISBANDED' ? new Date() : null],
  );
}

beforeAll(async () => {
  hub = await startTestHub();
  const pool = hub.app.db.pool;
  d = await buildDistrict(pool);
  other = await buildDistrict(pool);
  subGrid = await insertSubGrid(pool, d.grid);
  // A is created first: the lowest id, first among ties
  const a = await buildOrganization(hub, d.community, '统计测试甲单位');
  const b = await buildOrganization(hub, d.neighbourCommunity, '统计测试乙单位');
  const c = await buildOrganization(hub, d.otherCommunity, '统计测试丙单位');
  const elsewhere = await buildOrganization(hub, other.community, '统计测试外区单位');
  units = { a: a.rowId, b: b.rowId, c: c.rowId };
  const A = a.rowId; const B = b.rowId; const C = c.rowId;
  await insertVolunteers(pool, [
    // 史家胡同社区 (community; its grid and the grid's sub-grid)
    { home: d.community, grid: subGrid, status: 'APPROVED', party: true, employer: A, reported: true }, // 1
    { home: d.community, grid: d.grid, status: 'APPROVED', party: true, employer: A, reported: true }, // 2
    { home: d.community, status: 'APPROVED', party: false, employer: A }, // 3
    { home: d.community, grid: d.grid, status: 'APPROVED', party: true }, // 4 retired
    { home: d.community, grid: d.grid, status: 'APPLIED', party: true, employer: B, reported: true }, // 5
    { home: d.community, status: 'SUSPENDED', party: true, employer: A }, // 6
    // 演乐里社区 (same street)
    { home: d.neighbourCommunity, status: 'APPROVED', party: true, employer: B }, // 7
    { home: d.neighbourCommunity, status: 'APPROVED', party: false, employer: B }, // 8
    { home: d.neighbourCommunity, status: 'REJECTED', party: false }, // 9 retired
    { home: d.neighbourCommunity, status: 'APPROVED', party: false }, // 10 retired
    // 韶九社区 (the other street)
    { home: d.otherCommunity, grid: d.otherGrid, status: 'APPROVED', party: true, employer: C, reported: true }, // 11
    { home: d.otherCommunity, status: 'LEFT', party: true, employer: C }, // 12
    { home: d.otherCommunity, grid: d.otherGrid, status: 'APPROVED', party: true, employer: A }, // 13
    // the second district: none of it may show in the first one's figures
    { home: other.community, status: 'APPROVED', party: true, employer: A, reported: true },
    { home: other.community, grid: other.grid, status: 'APPROVED', party: true, employer: elsewhere.rowId },
    { home: other.otherCommunity, status: 'APPLIED', party: false },
  ]);
  await insertTeam(pool, d.community, '史家胡同社区夕阳红志愿服务队', 'ACTIVE');
  await insertTeam(pool, d.street, '建国门街道法律援助志愿服务队', 'ACTIVE');
  await insertTeam(pool, d.neighbourCommunity, '演乐里社区巾帼志愿服务队', 'DISBANDED');
  await insertTeam(pool, d.otherCommunity, '韶九社区环境卫生志愿服务队', 'ACTIVE');
  await insertTeam(pool, other.community, '史家胡同社区文明交通劝导志愿服务队', 'ACTIVE');
});
afterAll(async () => {
  await hub?.close();
});

const statuses = (applied: number, approved: number, rejected: number, suspended: number, left: number) => [
  { status: 'APPLIED', count: applied }, { status: 'APPROVED', count: approved }, { status: 'REJECTED', count: rejected },
  { status: 'SUSPENDED', count: suspended }, { status: 'LEFT', count: left },
];
const unit = (key: 'a' | 'b' | 'c', members: number, partyMembers: number) => ({
  organization: { id: toGlobalId('Organization', units[key]), name: { a: '统计测试甲单位', b: '统计测试乙单位', c: '统计测试丙单位' }[key] },
  members,
  partyMembers,
});
const read = async (area: BuiltArea, first?: number) => (await hub.client.data(Statistics, { id: area.id, first })).area!.volunteerStatistics;

describe('Area.volunteerStatistics', () => {
  it('counts a community\'s records by status, party, service, unit report, teams and employer, for anyone', async () => {
    expect(await read(d.community)).toEqual({
      total: 6, byStatus: statuses(1, 4, 0, 1, 0), approved: 4, partyMembers: 3, inService: 3, retired: 1, reportedByUnits: 2,
      teams: 1, unitsReported: 1, byEmployer: [unit('a', 3, 2)],
    });
  });

  it('adds up the communities of a street, leaving out disbanded teams, most members first', async () => {
    expect(await read(d.street)).toEqual({
      total: 10, byStatus: statuses(1, 7, 1, 1, 0), approved: 7, partyMembers: 4, inService: 5, retired: 2, reportedByUnits: 2,
      teams: 2, unitsReported: 2, byEmployer: [unit('a', 3, 2), unit('b', 2, 1)],
    });
    // a tie is broken by the unit's id: 甲 before 丙
    expect(await read(d.otherStreet)).toEqual({
      total: 3, byStatus: statuses(0, 2, 0, 0, 1), approved: 2, partyMembers: 2, inService: 2, retired: 0, reportedByUnits: 1,
      teams: 1, unitsReported: 2, byEmployer: [unit('a', 1, 1), unit('c', 1, 1)],
    });
  });

  it('counts the whole district and nothing of a second district in the same database', async () => {
    expect(await read(d.district)).toEqual({
      total: 13, byStatus: statuses(1, 9, 1, 1, 1), approved: 9, partyMembers: 6, inService: 7, retired: 2, reportedByUnits: 3,
      teams: 3, unitsReported: 3, byEmployer: [unit('a', 4, 3), unit('b', 2, 1), unit('c', 1, 1)],
    });
    expect((await read(d.district, 2)).byEmployer).toEqual([unit('a', 4, 3), unit('b', 2, 1)]);
    const second = await read(other.district);
    expect([second.total, second.approved, second.teams, second.unitsReported]).toEqual([3, 2, 1, 2]);
  });

  it('counts a grid by the grids its volunteers gave: the grid itself and the grids inside it', async () => {
    expect(await read(d.grid)).toEqual({
      total: 4, byStatus: statuses(1, 3, 0, 0, 0), approved: 3, partyMembers: 3, inService: 2, retired: 1, reportedByUnits: 2,
      teams: 0, unitsReported: 1, byEmployer: [unit('a', 2, 2)],
    });
    expect(await read(subGrid)).toEqual({
      total: 1, byStatus: statuses(0, 1, 0, 0, 0), approved: 1, partyMembers: 1, inService: 1, retired: 0, reportedByUnits: 1,
      teams: 0, unitsReported: 1, byEmployer: [unit('a', 1, 1)],
    });
  });

  it('never answers with a name or a phone', async () => {
    const body = JSON.stringify(await hub.client.request(Statistics, { id: d.district.id }));
    expect(body).not.toContain(NAME_SENTINEL);
    expect(body).not.toContain('1009999');
  });

  it('refuses byEmployer(first) outside 1 to 500 with BAD_USER_INPUT', async () => {
    for (const first of [0, 501, -1]) expect(await hub.client.errorCode(Statistics, { id: d.district.id, first })).toBe('BAD_USER_INPUT');
    expect((await read(d.district, 500)).byEmployer).toHaveLength(3);
  });

  it('costs the same statements for any number of areas: one for the counts, one for the employers', async () => {
    const { count, result } = await countStatements(() => hub.client.data(Streets, {}));
    expect(result.areas.edges.map((e) => e.node.volunteerStatistics.total).sort((x, y) => x - y)).toEqual([1, 2, 3, 10]);
    // the streets' page as without statistics, then the two batches of statistics
    const { count: alone } = await countStatements(() => hub.client.data(StreetsOnly, {}));
    expect(count - alone).toBe(2);
  });
});
