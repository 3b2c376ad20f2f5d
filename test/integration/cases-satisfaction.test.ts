import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { acceptDecline, acceptedCase, buildDepartment, close, decline, reopen, reportIn, resolve, whistle, type BuiltParty } from '../kit/cases.js';
import { callback, mustRate, rate, residentToken } from '../kit/ratings.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

/*
 * Residents' satisfaction in Area.caseStatistics and Organization.caseRecord, against figures worked out by
 * hand. Cases, ratings (rateCase, recordCallbackRating) and explanations (explainCase) are written through the
 * real mutations with the clock set (Beijing local, +08:00). The hub takes ratings for 30 days after closing
 * (CASE_RATING_WINDOW_DAYS=30), so one scenario reaches both ends of November. Reviews are flagged by the rule
 * itself (the reporter's DISSATISFIED), at the rating that calls for one. Residents r1, r2, r3 declare the case's
 * community; reporters are the accounts `reporter-0`, `reporter-1` (rating as RESIDENT with the same `sub`).
 *
 * The first street (建国门街道):
 *   case 0 (community): accepted 10-30 09:00, resolved by the community 10:00, closed 10-30 12:00.
 *     SELF reporter DISSATISFIED 10-31 23:59 (before November: its review is October's); CALLBACK h1 DISSATISFIED
 *     11-01 00:00 (November's first instant).
 *   case 1 (grid): accepted 11-02 09:00, whistled 10:00: A LEAD reports in 10:30 (30 min, on time);
 *     B SUPPORT declines 11:00, decline accepted 11:30. A resolves 11-05 09:00; closed 11-06 09:00.
 *     SELF reporter DISSATISFIED 11-06 10:00 (review needed then, explained 11-09 10:00); SELF r1 SATISFIED 11-07;
 *     CALLBACK h1 BASICALLY_SATISFIED 11-08; CALLBACK h2 DISSATISFIED 12-01 00:00 (after November).
 *   case 2 (community): accepted 11-10 09:00, whistled 10:00: B LEAD reports in 12:00 (120 min, on time);
 *     B resolves 11-12 09:00; closed 11-13 09:00.
 *     SELF r1 SATISFIED 11-13 12:00; SELF r2 BASICALLY_SATISFIED 11-14; SELF r3 DISSATISFIED 11-30 23:59:59;
 *     CALLBACK h1 SATISFIED 11-15.
 *   case 4 (community): accepted 11-20 09:00, resolved by the community 11-20 15:00, closed 11-21 09:00.
 *     SELF r1 SATISFIED 11-21 10:00.
 * The other street (东华门街道): case 3 (its community): accepted 11-03 09:00, whistled 10:00: A LEAD reports in
 *   11:00 (60 min); A resolves 11-04 09:00; closed 11-04 12:00. SELF r1 DISSATISFIED 11-04 13:00; CALLBACK h1 SATISFIED 11-05.
 *   Case 5 (its community): accepted and whistled 11-16 to A, reported in 11-16 10:30 (30 min), resolved 11-17 —
 *   closed 11-17 10:00, rated SELF r1 DISSATISFIED 12:00, reopened 13:00 (its summons acts again: no longer DONE):
 *   not CLOSED now, so the rating counts for the area, never for A's record.
 */

const Stats = graphql(`
  query CaseSatisfaction($id: ID!, $period: PeriodInput) {
    area(id: $id) {
      caseStatistics(period: $period) {
        reviewsNeeded explained
        satisfaction {
          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }
          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }
          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }
        }
      }
    }
  }
`);

const Record = graphql(`
  query OrganizationCaseRecord($id: ID!, $period: PeriodInput) {
    organization(id: $id) {
      caseRecord(period: $period) {
        summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn
        satisfaction {
          self { count satisfied basicallySatisfied dissatisfied satisfactionRate }
          callback { count satisfied basicallySatisfied dissatisfied satisfactionRate }
          combined { count satisfied basicallySatisfied dissatisfied satisfactionRate }
        }
      }
    }
  }
`);

const Records = graphql(`
  query OrganizationCaseRecords($a: ID!, $b: ID!, $c: ID!, $period: PeriodInput) {
    a: organization(id: $a) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }
    b: organization(id: $b) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }
    c: organization(id: $c) { caseRecord(period: $period) { summoned satisfaction { combined { count } } } }
  }
`);

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const NOW = '2026-12-02T12:00:00+08:00';
const at = (local: string) => `2026-${local}+08:00`;

let hub: TestHub;
let d: District;
let a: BuiltParty;
let b: BuiltParty;
let c: BuiltParty;

/** count, satisfied, basicallySatisfied, dissatisfied, with the rate (satisfied + basically) / count. */
const counts = (count: number, satisfied: number, basicallySatisfied: number, dissatisfied: number) => ({
  count, satisfied, basicallySatisfied, dissatisfied, satisfactionRate: count === 0 ? null : (satisfied + basicallySatisfied) / count,
});
const none = counts(0, 0, 0, 0);

async function when<T>(local: string, step: () => Promise<T>): Promise<T> {
  hub.clock.set(at(local));
  return step();
}

async function stats(id: string, period = NOVEMBER) {
  return (await hub.client.data(Stats, { id, period })).area!.caseStatistics;
}

async function record(party: BuiltParty, period = NOVEMBER, token?: string) {
  return (await hub.client.data(Record, { id: party.id, period }, token)).organization!.caseRecord;
}

beforeAll(async () => {
  hub = await startTestHub({ CASE_RATING_WINDOW_DAYS: '30' });
  hub.clock.set(at('10-29T20:00:00'));
  d = await buildDistrict(hub.app.db.pool);
  a = await buildDepartment(hub, d.district, '区城市管理委员会');
  b = await buildDepartment(hub, d.district, '区住房和城乡建设委员会');
  c = await buildDepartment(hub, d.district, '东城交通支队');
  const community = () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });

  const reporter = (sub: string) => hub.token({ role: Role.DISTRICT_ADMIN, sub });
  const c0 = await when('10-30T09:00:00', async () => acceptedCase(hub, d.community, { title: '楼道堆物' }, await reporter('reporter-0')));
  await when('10-30T10:00:00', async () => resolve(hub, c0.id, await community()));
  await when('10-30T12:00:00', () => close(hub, c0.id));

  const c1 = await when('11-02T09:00:00', async () => acceptedCase(hub, d.grid, {}, await reporter('reporter-1')));
  const w1 = await when('11-02T10:00:00', () => whistle(hub, c1.id, [{ organizationId: a.id, role: 'LEAD' }, { organizationId: b.id, role: 'SUPPORT' }]));
  await when('11-02T10:30:00', () => reportIn(hub, w1.summonses[0].id, a.token));
  await when('11-02T11:00:00', () => decline(hub, w1.summonses[1].id, b.token));
  await when('11-02T11:30:00', () => acceptDecline(hub, w1.summonses[1].id));
  await when('11-05T09:00:00', () => resolve(hub, c1.id, a.token));
  await when('11-06T09:00:00', () => close(hub, c1.id));

  const c3 = await when('11-03T09:00:00', () => acceptedCase(hub, d.otherCommunity, { category: 'MUNICIPAL_FACILITIES', title: '路灯不亮' }));
  const w3 = await when('11-03T10:00:00', () => whistle(hub, c3.id, [{ organizationId: a.id, role: 'LEAD' }]));
  await when('11-03T11:00:00', () => reportIn(hub, w3.summonses[0].id, a.token));
  await when('11-04T09:00:00', () => resolve(hub, c3.id, a.token));
  await when('11-04T12:00:00', () => close(hub, c3.id));

  const c2 = await when('11-10T09:00:00', () => acceptedCase(hub, d.community, { category: 'PROPERTY_HOUSING', title: '楼顶漏水' }));
  const w2 = await when('11-10T10:00:00', () => whistle(hub, c2.id, [{ organizationId: b.id, role: 'LEAD' }]));
  await when('11-10T12:00:00', () => reportIn(hub, w2.summonses[0].id, b.token));
  await when('11-12T09:00:00', () => resolve(hub, c2.id, b.token));
  await when('11-13T09:00:00', () => close(hub, c2.id));

  const c5 = await when('11-16T09:00:00', () => acceptedCase(hub, d.otherCommunity, { category: 'MUNICIPAL_FACILITIES', title: '井盖松动' }));
  const w5 = await when('11-16T10:00:00', () => whistle(hub, c5.id, [{ organizationId: a.id, role: 'LEAD' }]));
  await when('11-16T10:30:00', () => reportIn(hub, w5.summonses[0].id, a.token));
  await when('11-17T09:00:00', () => resolve(hub, c5.id, a.token));
  await when('11-17T10:00:00', () => close(hub, c5.id));

  const c4 = await when('11-20T09:00:00', () => acceptedCase(hub, d.community, { title: '垃圾桶破损' }));
  await when('11-20T15:00:00', async () => resolve(hub, c4.id, await community()));
  await when('11-21T09:00:00', () => close(hub, c4.id));

  // the ratings, each at its time (the window is 30 days here)
  const self = (caseId: string, sub: string, community: typeof d.community | null, value: string, local: string, comment?: string) =>
    when(local, async () => rate(hub, caseId, await residentToken(hub, community, sub), value, comment));
  const household = (caseId: string, h: string, value: string, local: string) =>
    when(local, async () => callback(hub, caseId, await hub.token({ role: Role.DISTRICT_ADMIN }), { building: `${h}号楼`, room: '101' }, value));
  const r0 = await self(c0.id, 'reporter-0', null, 'DISSATISFIED', '10-31T23:59:00');
  expect(r0.rating.isReporter).toBe(true);
  expect(r0.case.needsReview).toBe(true);
  await household(c0.id, 'h1', 'DISSATISFIED', '11-01T00:00:00');
  await self(c3.id, 'r1', d.otherCommunity, 'DISSATISFIED', '11-04T13:00:00');
  await household(c3.id, 'h1', 'SATISFIED', '11-05T10:00:00');
  expect((await self(c1.id, 'reporter-1', null, 'DISSATISFIED', '11-06T10:00:00', '不满意，问题反复出现')).case.needsReview).toBe(true);
  await self(c1.id, 'r1', d.community, 'SATISFIED', '11-07T10:00:00');
  await household(c1.id, 'h1', 'BASICALLY_SATISFIED', '11-08T10:00:00');
  await when('11-09T10:00:00', async () => mustRate(hub, 'explainCase', { id: c1.id, explanation: '已再次上门核实并向居民说明' }, await hub.token({ role: Role.DISTRICT_ADMIN })));
  await self(c2.id, 'r1', d.community, 'SATISFIED', '11-13T12:00:00', '很满意，当天就修好了');
  await self(c2.id, 'r2', d.community, 'BASICALLY_SATISFIED', '11-14T10:00:00');
  await household(c2.id, 'h1', 'SATISFIED', '11-15T10:00:00');
  await self(c5.id, 'r1', d.otherCommunity, 'DISSATISFIED', '11-17T12:00:00');
  await when('11-17T13:00:00', () => reopen(hub, c5.id));
  await self(c4.id, 'r1', d.community, 'SATISFIED', '11-21T10:00:00');
  await self(c2.id, 'r3', d.community, 'DISSATISFIED', '11-30T23:59:59');
  await household(c1.id, 'h2', 'DISSATISFIED', '12-01T00:00:00');
  hub.clock.set(NOW);
}, 120_000);

afterAll(async () => {
  await hub?.close();
});

describe('Area.caseStatistics: satisfaction', () => {
  it('counts the first street\'s ratings given in November, SELF and CALLBACK apart and together', async () => {
    // SELF: case 1 reporter D, r1 S; case 2 S, B, D (23:59:59 of the last day is in); case 4 S; case 0's S of 10-31 is out
    //   → 6 = 3 S + 1 B + 2 D, rate 4/6
    // CALLBACK: case 0 D (11-01 00:00 is in); case 1 h1 B (h2 of 12-01 00:00 is out); case 2 S → 3 = 1 S + 1 B + 1 D, rate 2/3
    // combined: 9 = 4 S + 2 B + 3 D, rate 6/9
    // reviews: case 1 flagged 11-06 10:00 (case 0's of 10-31 23:59 is out); explained: case 1 on 11-09
    expect(await stats(d.street.id)).toEqual({
      reviewsNeeded: 1,
      explained: 1,
      satisfaction: { self: counts(6, 3, 1, 2), callback: counts(3, 1, 1, 1), combined: counts(9, 4, 2, 3) },
    });
    expect((await stats(d.street.id)).satisfaction.self.satisfactionRate).toBeCloseTo(4 / 6, 12);
  });

  it('counts below the area only, and the district as the sum of its streets', async () => {
    // the grid: case 1 only → SELF D, S; CALLBACK B
    expect((await stats(d.grid.id)).satisfaction).toEqual({ self: counts(2, 1, 0, 1), callback: counts(1, 0, 1, 0), combined: counts(3, 1, 1, 1) });
    // the other street: case 3 SELF D, CALLBACK S; case 5 (reopened since) SELF D → SELF 2 D, rate 0; CALLBACK 1 S, rate 1
    expect(await stats(d.otherStreet.id)).toEqual({
      reviewsNeeded: 0, explained: 0,
      satisfaction: { self: counts(2, 0, 0, 2), callback: counts(1, 1, 0, 0), combined: counts(3, 1, 0, 2) },
    });
    expect((await stats(d.district.id)).satisfaction).toEqual({ self: counts(8, 3, 1, 4), callback: counts(4, 2, 1, 1), combined: counts(12, 5, 2, 5) });
  });

  it('bounds the period by local dates: October holds case 0\'s reporter\'s rating and its review, December case 1\'s second household', async () => {
    expect(await stats(d.street.id, OCTOBER)).toEqual({
      reviewsNeeded: 1, explained: 0,
      satisfaction: { self: counts(1, 0, 0, 1), callback: none, combined: counts(1, 0, 0, 1) },
    });
    expect(await stats(d.street.id, DECEMBER)).toEqual({
      reviewsNeeded: 0, explained: 0,
      satisfaction: { self: none, callback: counts(1, 0, 0, 1), combined: counts(1, 0, 0, 1) },
    });
    // a single day: 11-30 holds only case 2's r3 at 23:59:59
    expect((await stats(d.street.id, { from: '2026-11-30', to: '2026-11-30' })).satisfaction.self).toEqual(counts(1, 0, 0, 1));
  });
});

describe('Organization.caseRecord', () => {
  it('gives A\'s answers and the ratings of the closed cases it reported in to', async () => {
    // summonses of November: case 1 (30 min), case 3 (60 min), case 5 (30 min), all reported in on time; DONE
    //   those of cases 1 and 3 (case 5 was reopened: its summons acts again) → median of 30, 30, 60 = 30
    // satisfaction: closed cases A reported in to: 1 and 3 (case 5 was reopened: not CLOSED now)
    //   SELF: case 1 D, S; case 3 D → 3 = 1 S + 2 D, rate 1/3; CALLBACK: case 1 B (h2 is December's), case 3 S → 2, rate 1
    expect(await record(a)).toEqual({
      summoned: 3, reportedIn: 3, reportedInOnTime: 3, declined: 0, declinesAccepted: 0, done: 2, overdueNow: 0, medianMinutesToReportIn: 30,
      satisfaction: { self: counts(3, 1, 0, 2), callback: counts(2, 1, 1, 0), combined: counts(5, 2, 1, 2) },
    });
  });

  it('leaves out the cases an organisation declined: B\'s record holds case 2 alone', async () => {
    // summonses: case 1 declined, decline accepted; case 2 reported in at 120 min, DONE
    // satisfaction: case 2 only (B declined case 1): SELF S, B, D → rate 2/3; CALLBACK S → rate 1
    expect(await record(b)).toEqual({
      summoned: 2, reportedIn: 1, reportedInOnTime: 1, declined: 1, declinesAccepted: 1, done: 1, overdueNow: 0, medianMinutesToReportIn: 120,
      satisfaction: { self: counts(3, 1, 1, 1), callback: counts(1, 1, 0, 0), combined: counts(4, 2, 1, 1) },
    });
  });

  it('bounds the ratings by when they were given, not when the organisation was summoned', async () => {
    // December: no summons; case 1's h2 (12-01 00:00) is A's
    expect(await record(a, DECEMBER)).toEqual({
      summoned: 0, reportedIn: 0, reportedInOnTime: 0, declined: 0, declinesAccepted: 0, done: 0, overdueNow: 0, medianMinutesToReportIn: null,
      satisfaction: { self: none, callback: counts(1, 0, 0, 1), combined: counts(1, 0, 0, 1) },
    });
    // C was never summoned
    expect((await record(c)).satisfaction.combined).toEqual(none);
  });

  it('is public: anonymous and a resident read the same record', async () => {
    const resident = await hub.token({ role: Role.RESIDENT, sub: 'resident-x' });
    expect(await record(a, NOVEMBER, resident)).toEqual(await record(a));
    expect(await record(b, NOVEMBER, await hub.token({ role: Role.UNIT_ADMIN, organizationId: c.id }))).toEqual(await record(b));
  });

  it('reads any number of organisations\' records in one statement', async () => {
    const { result, statements } = await countStatements(() => hub.client.data(Records, { a: a.id, b: b.id, c: c.id, period: NOVEMBER }));
    expect([result.a!.caseRecord.summoned, result.b!.caseRecord.summoned, result.c!.caseRecord.summoned]).toEqual([3, 2, 0]);
    expect(statements.filter((s) => s.includes('case_rating'))).toHaveLength(1);
  });
});
