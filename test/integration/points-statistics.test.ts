import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { placedDemand } from '../kit/demands.js';
import { insertPointsEntryForTest, insertTakeForTest, placedServiceOrder, rowIdOf } from '../kit/points.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import { approvedVolunteer } from '../kit/volunteers.js';

/*
 * Area.orderStatistics and Area.volunteerRanking against figures worked out by hand, on a district (street,
 * community, grid, a neighbour community, another street) and a second district that must not leak into it.
 * Takes and points lines are written by the kit (test/kit/points.ts) as the service-order mutations would.
 */

const Stats = graphql(`
  query PtsOrderStats($id: ID!, $period: PeriodInput!) {
    area(id: $id) {
      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }
    }
  }
`);

const Ranking = graphql(`
  query PtsRanking($id: ID!, $period: PeriodInput!, $first: Int) {
    area(id: $id) { volunteerRanking(period: $period, first: $first) { rank points minutes volunteerName volunteer { id } } }
  }
`);

const PERIOD = { from: '2026-11-23', to: '2026-11-24' };
const at = (local: string) => `${local}+08:00`;

let hub: TestHub;
let d: District;
let other: District;
let v1: { id: string; token: string };
let v2: { id: string; token: string };
let v3: { id: string; token: string };

beforeAll(async () => {
  hub = await startTestHub();
  const pool = hub.app.db.pool;
  d = await buildDistrict(pool);
  other = await buildDistrict(pool);
  v1 = await approvedVolunteer(hub, d.community, undefined, { realName: '王小明' });
  v2 = await approvedVolunteer(hub, d.community, undefined, { realName: '欧阳娜娜' });
  v3 = await approvedVolunteer(hub, d.otherCommunity, undefined, { realName: '李雷' });
  const v4 = await approvedVolunteer(hub, other.community, undefined, { realName: '韩梅梅' });
  const [r1, r2, r3, r4] = [v1, v2, v3, v4].map((v) => rowIdOf(v.id));

  // A, in the first community's grid: placed 09:00, taken 09:30 (t1, served 11:30, confirmed) and 10:00 (t2, released)
  const a = await placedServiceOrder(hub, d.grid, at('2026-11-23T09:00:00'));
  const t1 = await insertTakeForTest(pool, {
    demandRowId: a.rowId, volunteerRowId: r1, status: 'CONFIRMED', takenAt: at('2026-11-23T09:30:00'), servedAt: at('2026-11-23T11:30:00'),
    confirmedAt: at('2026-11-23T15:00:00'), persons: [{ volunteerRowId: r1, minutes: 60 }, { volunteerRowId: r2, minutes: 45 }],
  });
  await insertPointsEntryForTest(pool, { volunteerRowId: r1, kind: 'SERVICE', points: 10, minutes: 60, takeRowId: t1, at: at('2026-11-23T15:00:00') });
  await insertPointsEntryForTest(pool, { volunteerRowId: r2, kind: 'SERVICE', points: 7, minutes: 45, takeRowId: t1, at: at('2026-11-23T15:00:00') });
  await insertTakeForTest(pool, { demandRowId: a.rowId, volunteerRowId: r2, status: 'RELEASED', takenAt: at('2026-11-23T10:00:00') });

  // B, in the community itself: placed the evening before the period, first taken 00:30 inside it, served 03:30, confirmed 23:59 of its last day
  const b = await placedServiceOrder(hub, d.community, at('2026-11-22T23:30:00'));
  const t3 = await insertTakeForTest(pool, {
    demandRowId: b.rowId, volunteerRowId: r1, status: 'CONFIRMED', takenAt: at('2026-11-23T00:30:00'), servedAt: at('2026-11-23T03:30:00'),
    confirmedAt: at('2026-11-24T23:59:00'), persons: [{ volunteerRowId: r1, minutes: 30 }],
  });
  await insertPointsEntryForTest(pool, { volunteerRowId: r1, kind: 'SERVICE', points: 5, minutes: 30, takeRowId: t3, at: at('2026-11-24T23:59:00') });

  // C, in the neighbour community: placed in the period, taken only after it
  const c = await placedServiceOrder(hub, d.neighbourCommunity, at('2026-11-24T10:00:00'));
  await insertTakeForTest(pool, { demandRowId: c.rowId, volunteerRowId: r1, status: 'TAKEN', takenAt: at('2026-11-25T08:00:00') });

  // D, in the other street: taken 12:20, served 12:50, confirmed 13:00 and that confirmation revoked at 13:30 (its points reversed)
  const dd = await placedServiceOrder(hub, d.otherCommunity, at('2026-11-23T12:00:00'));
  const t5 = await insertTakeForTest(pool, {
    demandRowId: dd.rowId, volunteerRowId: r3, status: 'SERVED', takenAt: at('2026-11-23T12:20:00'), servedAt: at('2026-11-23T12:50:00'),
    confirmedAt: at('2026-11-23T13:00:00'), confirmations: 1, persons: [{ volunteerRowId: r3, minutes: 40 }],
  });
  await insertPointsEntryForTest(pool, { volunteerRowId: r3, kind: 'SERVICE', points: 4, minutes: 40, takeRowId: t5, at: at('2026-11-23T13:00:00') });
  await insertPointsEntryForTest(pool, { volunteerRowId: r3, kind: 'REVERSAL', points: -4, minutes: -40, takeRowId: t5, at: at('2026-11-23T13:30:00') });

  // neither counts: a RESOURCE demand placed in the period, a service order placed after it
  await placedDemand(hub, d.grid);
  await placedServiceOrder(hub, d.grid, at('2026-11-25T00:00:00'));

  // the second district: one order, taken, served and confirmed in the period
  const e = await placedServiceOrder(hub, other.grid, at('2026-11-23T08:00:00'));
  const t6 = await insertTakeForTest(pool, {
    demandRowId: e.rowId, volunteerRowId: r4, status: 'CONFIRMED', takenAt: at('2026-11-23T08:10:00'), servedAt: at('2026-11-23T09:10:00'),
    confirmedAt: at('2026-11-23T10:00:00'), persons: [{ volunteerRowId: r4, minutes: 50 }],
  });
  await insertPointsEntryForTest(pool, { volunteerRowId: r4, kind: 'SERVICE', points: 8, minutes: 50, takeRowId: t6, at: at('2026-11-23T10:00:00') });

  // an adjustment in the period: in the ranking, not in the orders' points
  hub.clock.set(at('2026-11-24T12:00:00'));
  await hub.client.data(
    'mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { userErrors { code } } }',
    { input: { volunteerId: v2.id, points: 2, reason: '补录一次服务' } },
    await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
  );
}, 120_000);
afterAll(() => hub?.close());

describe('Area.orderStatistics', () => {
  it('counts an area\'s service orders in a period, worked out by hand', async () => {
    const stats = async (id: string, period = PERIOD) => (await hub.client.data(Stats, { id, period })).area!.orderStatistics;
    // district: A, C, D placed; t1, t2, t3, t5 taken; t1, t3, t5 served; t1, t3 confirmed (t5's revoked);
    // to take: A 30, B 60, D 20 minutes; to serve: t1 120, t3 180, t5 30; minutes 60 + 45 + 30; points 10 + 7 + 5 + 4 − 4
    expect(await stats(d.district.id)).toEqual({
      placed: 3, taken: 4, served: 3, confirmed: 2, medianMinutesToTake: 30, medianMinutesToServe: 120, minutesServed: 135, pointsAwarded: 22,
    });
    expect(await stats(d.street.id)).toEqual({
      placed: 2, taken: 3, served: 2, confirmed: 2, medianMinutesToTake: 45, medianMinutesToServe: 150, minutesServed: 135, pointsAwarded: 22,
    });
    expect(await stats(d.community.id)).toEqual({
      placed: 1, taken: 3, served: 2, confirmed: 2, medianMinutesToTake: 45, medianMinutesToServe: 150, minutesServed: 135, pointsAwarded: 22,
    });
    expect(await stats(d.grid.id)).toEqual({
      placed: 1, taken: 2, served: 1, confirmed: 1, medianMinutesToTake: 30, medianMinutesToServe: 120, minutesServed: 105, pointsAwarded: 17,
    });
    expect(await stats(d.otherStreet.id)).toEqual({
      placed: 1, taken: 1, served: 1, confirmed: 0, medianMinutesToTake: 20, medianMinutesToServe: 30, minutesServed: 0, pointsAwarded: 0,
    });
    expect(await stats(other.district.id)).toEqual({
      placed: 1, taken: 1, served: 1, confirmed: 1, medianMinutesToTake: 10, medianMinutesToServe: 60, minutesServed: 50, pointsAwarded: 8,
    });
    // one day: the 24th holds C's placing and t3's confirmation only
    expect(await stats(d.district.id, { from: '2026-11-24', to: '2026-11-24' })).toEqual({
      placed: 1, taken: 0, served: 0, confirmed: 1, medianMinutesToTake: null, medianMinutesToServe: null, minutesServed: 30, pointsAwarded: 5,
    });
    // the next day: C's first take, the order placed at its midnight
    expect(await stats(d.district.id, { from: '2026-11-25', to: '2026-11-25' })).toMatchObject({ placed: 1, taken: 1, medianMinutesToTake: 22 * 60 });
  });

  it('covers the current month through today when no period is given', async () => {
    // the clock stands at 2026-11-24 12:00: B, placed on the 22nd, is placed in the month too; G, placed on the 25th, is not
    const data = await hub.client.data<{ area: { orderStatistics: unknown; volunteerRanking: { points: number }[] } }, unknown>(
      'query($id: ID!) { area(id: $id) { orderStatistics { placed taken served confirmed medianMinutesToTake minutesServed pointsAwarded } volunteerRanking { points } } }',
      { id: d.district.id },
    );
    expect(data.area.orderStatistics).toEqual({ placed: 4, taken: 4, served: 3, confirmed: 2, medianMinutesToTake: 30, minutesServed: 135, pointsAwarded: 22 });
    expect(data.area.volunteerRanking.map((r) => r.points)).toEqual([15, 9, 0]);
  });

  it('is public', async () => {
    const anonymous = await hub.client.data(Stats, { id: d.grid.id, period: PERIOD });
    expect(anonymous.area!.orderStatistics.placed).toBe(1);
  });

  it('refuses a period that ends before it starts, is longer than 366 days, or is no date', async () => {
    for (const period of [{ from: '2026-11-24', to: '2026-11-23' }, { from: '2025-11-23', to: '2026-11-24' }, { from: '2026-02-30', to: '2026-03-01' }, { from: '2026-11-23', to: 'tomorrow' }]) {
      const result = await hub.client.request(Stats, { id: d.district.id, period });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    // a leap year's 366 days are one period
    const leap = await hub.client.request(Stats, { id: d.district.id, period: { from: '2028-01-01', to: '2028-12-31' } });
    expect(leap.errors).toBeUndefined();
  });
});

describe('Area.volunteerRanking', () => {
  it('ranks volunteers of the area by the points of the period, names masked for the public', async () => {
    const ranking = async (id: string, token?: string, first?: number) => (await hub.client.data(Ranking, { id, period: PERIOD, first }, token)).area!.volunteerRanking;
    // v1: 10 + 5 (90 minutes); v2: 7 + 2 adjusted (45); v3: 4 − 4 (0)
    expect(await ranking(d.district.id)).toEqual([
      { rank: 1, points: 15, minutes: 90, volunteerName: '王某某', volunteer: null },
      { rank: 2, points: 9, minutes: 45, volunteerName: '欧阳某某', volunteer: null },
      { rank: 3, points: 0, minutes: 0, volunteerName: '李某某', volunteer: null },
    ]);
    expect(await ranking(d.district.id, undefined, 1)).toHaveLength(1);
    expect(await ranking(other.district.id)).toEqual([{ rank: 1, points: 8, minutes: 50, volunteerName: '韩某某', volunteer: null }]);
    expect((await ranking(d.street.id)).map((r) => r.points)).toEqual([15, 9]);
    expect(await ranking(d.neighbourCommunity.id)).toEqual([]);

    const district = await ranking(d.district.id, await hub.token({ role: Role.DISTRICT_ADMIN }));
    expect(district.map((r) => [r.volunteerName, r.volunteer?.id])).toEqual([['王小明', v1.id], ['欧阳娜娜', v2.id], ['李雷', v3.id]]);
    // staff of the first community see its volunteers whole, not the other street's
    const community = await ranking(d.district.id, await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }));
    expect(community.map((r) => [r.volunteerName, r.volunteer?.id ?? null])).toEqual([['王小明', v1.id], ['欧阳娜娜', v2.id], ['李某某', null]]);
    // a volunteer sees their own name, the others masked; a grid worker is no staff of a community
    expect((await ranking(d.district.id, v1.token)).map((r) => r.volunteerName)).toEqual(['王小明', '欧阳某某', '李某某']);
    const grid = await ranking(d.district.id, await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }));
    expect(grid.map((r) => r.volunteerName)).toEqual(['王某某', '欧阳某某', '李某某']);
  });

  it('refuses first outside 1..100', async () => {
    for (const first of [0, 101]) expect(await hub.client.errorCode(Ranking, { id: d.district.id, period: PERIOD, first })).toBe('BAD_USER_INPUT');
  });
});

describe('statements', () => {
  it('reads every area\'s statistics and ranking in one statement each, however many areas', async () => {
    const query = `query($period: PeriodInput!) { areas(first: 50) { edges { node { id
      orderStatistics(period: $period) { placed taken served confirmed medianMinutesToTake medianMinutesToServe minutesServed pointsAwarded }
      volunteerRanking(period: $period) { rank points volunteerName }
      pointsRule { pointsPerHour isDefault } } } } }`;
    const { result, count } = await countStatements(() =>
      hub.client.data<{ areas: { edges: unknown[] } }, unknown>(query, { period: PERIOD }),
    );
    expect(result.areas.edges.length).toBeGreaterThanOrEqual(16);
    // the areas' page, the statistics, the rankings, the communities' rules
    expect(count).toBe(4);
  });
});
