import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, type District } from '../kit/builders.js';
import {
  acceptDecline, acceptedCase, buildDepartment, close, decline, escalate, merge, reject, reportCase, reportIn, resolve, whistle, type BuiltParty,
} from '../kit/cases.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

/*
 * Area.caseStatistics against figures worked out by hand. A fresh district's cases are written through the real
 * mutations with the clock set at each step (times are Beijing local, +08:00); the figures are read for
 * November 2026 with the clock at 2026-12-01 12:00 unless a test says otherwise.
 *
 * The first street (建国门街道: its community 史家胡同 and that community's grid):
 *   case 1 (grid, ENVIRONMENT_HYGIENE, NORMAL): reported and accepted 11-02 09:00, whistled 11:00 (completion
 *     due 11-17 11:00): s1 A LEAD (report in due 11-03 11:00) reports in 12:30 (90 min, on time);
 *     s2 B SUPPORT declines 14:00, decline accepted 15:00. A resolves 11-10 09:00 (on time); closed 11-12 09:00.
 *   case 2 (community, PARKING_TRAFFIC, HIGH): reported and accepted 11-05 08:00, whistled 09:00 (completion due
 *     11-08 09:00): s3 C LEAD (due 11:00) reports in 13:00 (240 min, late); s4 A SUPPORT reports in 10:00 (60 min,
 *     on time). Escalated to the street 11-09 10:00; never resolved: overdue now.
 *   case 3 (grid, PUBLIC_SAFETY, NORMAL): reported and accepted 11-20 10:00, whistled 12:00 (completion due
 *     12-05 12:00, after the period): s5 B LEAD (due 11-21 12:00) never answers: overdue now.
 *   case 4 (community, ENVIRONMENT_HYGIENE): reported and accepted 11-25 09:00, resolved by the community
 *     11-26 10:00 (nobody summoned: no completion deadline), closed 11-27 09:00.
 *   case 5 (grid, NOISE_NUISANCE): reported 11-28 09:00, rejected 10:00.
 *   case 6 (community, ELDERLY_DISABLED_CARE): reported 11-29 09:00, left REPORTED.
 *   case 7 (grid, ENVIRONMENT_HYGIENE): reported 11-29 10:00, merged into case 3 at 11:00.
 *   outside the period: case 0 (community) reported 10-31 23:59; case 8 (grid) reported 12-01 00:00.
 * The other street (东华门街道): case X (its community, MUNICIPAL_FACILITIES, NORMAL): reported and accepted
 *   11-03 09:00, whistled 10:00 (completion due 11-18 10:00): sX A LEAD reports in 10:30 (30 min, on time) and
 *   resolves it 11-19 10:00, a day late.
 * Organisations A, B, C are departments stationed at the district, registered in that order (ids ascending).
 */

const Stats = graphql(`
  query CaseStats($id: ID!, $period: PeriodInput) {
    area(id: $id) {
      caseStatistics(period: $period) {
        reported byStatus { status count } byCategory { category count } byLevel { level count }
        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate
        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose
        overdueNow summonsesOverdueNow
        byOrganization { organization { id } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }
      }
    }
  }
`);

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const NOW = '2026-12-01T12:00:00+08:00';
const at = (local: string) => `2026-${local}+08:00`;

let hub: TestHub;
let d: District;
let a: BuiltParty;
let b: BuiltParty;
let c: BuiltParty;
/** The figures of the first street at 11-05 12:00, before C reported in late. */
let beforeLateReportIn: Stats;

type Stats = Awaited<ReturnType<typeof stats>>;

async function stats(id: string, period: { from: string; to: string } | null = NOVEMBER, token?: string) {
  return (await hub.client.data(Stats, { id, period }, token)).area!.caseStatistics;
}

/** Every status (category, level) with its count, zeros for the others, in the enum's order. */
const statuses = (counts: Record<string, number>) =>
  ['REPORTED', 'ACCEPTED', 'REJECTED', 'MERGED', 'WHISTLED', 'RESOLVED', 'CLOSED'].map((status) => ({ status, count: counts[status] ?? 0 }));
const categories = (counts: Record<string, number>) =>
  [
    'ENVIRONMENT_HYGIENE', 'PARKING_TRAFFIC', 'PROPERTY_HOUSING', 'PUBLIC_SAFETY', 'ELDERLY_DISABLED_CARE', 'MUNICIPAL_FACILITIES',
    'MARKET_ORDER', 'NOISE_NUISANCE', 'GREENERY', 'NEIGHBOUR_DISPUTE', 'ILLEGAL_CONSTRUCTION', 'OTHER',
  ].map((category) => ({ category, count: counts[category] ?? 0 }));
const levels = (counts: Record<string, number>) => ['COMMUNITY', 'STREET', 'DISTRICT'].map((level) => ({ level, count: counts[level] ?? 0 }));

const org = (party: BuiltParty, figures: Partial<Stats['byOrganization'][number]>) => ({
  organization: { id: party.id },
  summoned: 0, reportedIn: 0, reportedInOnTime: 0, declined: 0, declinesAccepted: 0, done: 0, overdueNow: 0, medianMinutesToReportIn: null,
  ...figures,
});

/** Sets the clock, then runs `step` (tokens are issued by the clock: each step signs its own). */
async function when<T>(local: string, step: () => Promise<T>): Promise<T> {
  hub.clock.set(at(local));
  return step();
}

beforeAll(async () => {
  hub = await startTestHub();
  hub.clock.set(at('10-31T20:00:00'));
  d = await buildDistrict(hub.app.db.pool);
  a = await buildDepartment(hub, d.district, '区城市管理委员会');
  b = await buildDepartment(hub, d.district, '区住房和城乡建设委员会');
  c = await buildDepartment(hub, d.district, '东城交通支队');
  const community = () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });
  const instant = (value: string) => new Date(value).toISOString();

  await when('10-31T23:59:00', () => reportCase(hub, d.community, { title: '楼道堆物' }));

  // accepting takes no time of its own here: no figure reads when a case was accepted
  const c1 = await when('11-02T09:00:00', () => acceptedCase(hub, d.grid));
  const w1 = await when('11-02T11:00:00', () => whistle(hub, c1.id, [{ organizationId: a.id, role: 'LEAD' }, { organizationId: b.id, role: 'SUPPORT' }]));
  expect(instant(w1.case.completeDeadline)).toBe(instant(at('11-17T11:00:00')));
  expect(instant(w1.summonses[0].reportInDeadline)).toBe(instant(at('11-03T11:00:00')));
  await when('11-02T12:30:00', () => reportIn(hub, w1.summonses[0].id, a.token));
  await when('11-02T14:00:00', () => decline(hub, w1.summonses[1].id, b.token));
  await when('11-02T15:00:00', () => acceptDecline(hub, w1.summonses[1].id));

  const cx = await when('11-03T09:00:00', () => acceptedCase(hub, d.otherCommunity, { category: 'MUNICIPAL_FACILITIES', title: '路灯不亮' }));
  const wx = await when('11-03T10:00:00', () => whistle(hub, cx.id, [{ organizationId: a.id, role: 'LEAD' }]));
  await when('11-03T10:30:00', () => reportIn(hub, wx.summonses[0].id, a.token));
  await when('11-19T10:00:00', () => resolve(hub, cx.id, a.token));

  const c2 = await when('11-05T08:00:00', () => acceptedCase(hub, d.community, { category: 'PARKING_TRAFFIC', urgency: 'HIGH', title: '消防通道被占' }));
  const w2 = await when('11-05T09:00:00', () => whistle(hub, c2.id, [{ organizationId: c.id, role: 'LEAD' }, { organizationId: a.id, role: 'SUPPORT' }]));
  expect(instant(w2.case.completeDeadline)).toBe(instant(at('11-08T09:00:00')));
  expect(w2.summonses.map((s: { reportInDeadline: string }) => instant(s.reportInDeadline))).toEqual([instant(at('11-05T11:00:00')), instant(at('11-05T11:00:00'))]);
  await when('11-05T10:00:00', () => reportIn(hub, w2.summonses[1].id, a.token));
  beforeLateReportIn = await when('11-05T12:00:00', () => stats(d.street.id));
  await when('11-05T13:00:00', () => reportIn(hub, w2.summonses[0].id, c.token));
  await when('11-09T10:00:00', async () => escalate(hub, c2.id, await community()));

  await when('11-10T09:00:00', () => resolve(hub, c1.id, a.token));
  await when('11-12T09:00:00', () => close(hub, c1.id));

  const c3 = await when('11-20T10:00:00', () => acceptedCase(hub, d.grid, { category: 'PUBLIC_SAFETY', title: '电动车飞线充电' }));
  await when('11-20T12:00:00', () => whistle(hub, c3.id, [{ organizationId: b.id, role: 'LEAD' }]));

  const c4 = await when('11-25T09:00:00', () => acceptedCase(hub, d.community, { title: '垃圾桶破损' }));
  await when('11-26T10:00:00', async () => resolve(hub, c4.id, await community()));
  await when('11-27T09:00:00', () => close(hub, c4.id));

  const c5 = await when('11-28T09:00:00', () => reportCase(hub, d.grid, { category: 'NOISE_NUISANCE', title: '夜间施工扰民' }));
  await when('11-28T10:00:00', () => reject(hub, c5.id));
  await when('11-29T09:00:00', () => reportCase(hub, d.community, { category: 'ELDERLY_DISABLED_CARE', title: '独居老人需要探访' }));
  const c7 = await when('11-29T10:00:00', () => reportCase(hub, d.grid, { title: '电动车飞线充电（重复）' }));
  await when('11-29T11:00:00', () => merge(hub, c7.id, c3.id));

  await when('12-01T00:00:00', () => reportCase(hub, d.grid, { title: '井盖缺失' }));
  hub.clock.set(NOW);
}, 180_000);
afterAll(() => hub?.close());

describe('Area.caseStatistics', () => {
  it("counts the first street's November, worked out by hand", async () => {
    expect(await stats(d.street.id)).toEqual({
      // cases 1–7 (case 0 was reported the day before, case 8 the day after)
      reported: 7,
      byStatus: statuses({ REPORTED: 1, REJECTED: 1, MERGED: 1, WHISTLED: 2, CLOSED: 2 }),
      byCategory: categories({ ENVIRONMENT_HYGIENE: 3, PARKING_TRAFFIC: 1, PUBLIC_SAFETY: 1, NOISE_NUISANCE: 1, ELDERLY_DISABLED_CARE: 1 }),
      // case 2 was escalated to the street
      byLevel: levels({ COMMUNITY: 6, STREET: 1 }),
      // cases 1, 2, 3; s1–s5 naming A, B, C
      whistles: 3,
      summonses: 5,
      organizationsSummoned: 3,
      // due: s1, s3, s4 reported in, s5 still SUMMONED past 11-21 12:00 (s2 was released); on time: s1, s4
      reportInsDue: 4,
      reportInsOnTime: 2,
      reportInOnTimeRate: 0.5,
      // due in November: case 1 (11-17, resolved 11-10: on time), case 2 (11-08, still open: late); case 3 is due
      // 12-05, case 4 was never whistled
      completionsDue: 2,
      completionsOnTime: 1,
      completedOnTimeRate: 0.5,
      // s4 60, s1 90, s3 240 minutes
      medianMinutesToReportIn: 90,
      // case 1: 10 days (14,400 minutes), case 4: 2 days (2,880): halfway, 8,640
      medianMinutesToClose: 8640,
      // case 2; s5
      overdueNow: 1,
      summonsesOverdueNow: 1,
      byOrganization: [
        // s1 (90, on time, DONE with case 1) and s4 (60, on time): median 75
        org(a, { summoned: 2, reportedIn: 2, reportedInOnTime: 2, done: 1, medianMinutesToReportIn: 75 }),
        // s2 declined and released, s5 never answered
        org(b, { summoned: 2, declined: 1, declinesAccepted: 1, overdueNow: 1 }),
        // s3, 240 minutes: two hours late
        org(c, { summoned: 1, reportedIn: 1, reportedInOnTime: 0, medianMinutesToReportIn: 240 }),
      ],
    });
  });

  it("counts the district's, a grid's and the other street's: another street's cases stay out of the first street's", async () => {
    expect(await stats(d.district.id)).toEqual({
      // the first street's and case X
      reported: 8,
      byStatus: statuses({ REPORTED: 1, REJECTED: 1, MERGED: 1, WHISTLED: 2, RESOLVED: 1, CLOSED: 2 }),
      byCategory: categories({ ENVIRONMENT_HYGIENE: 3, PARKING_TRAFFIC: 1, PUBLIC_SAFETY: 1, MUNICIPAL_FACILITIES: 1, NOISE_NUISANCE: 1, ELDERLY_DISABLED_CARE: 1 }),
      byLevel: levels({ COMMUNITY: 7, STREET: 1 }),
      whistles: 4,
      summonses: 6,
      organizationsSummoned: 3,
      // sX reported in on time too: 3 of 5
      reportInsDue: 5,
      reportInsOnTime: 3,
      reportInOnTimeRate: 0.6,
      // case X was due 11-18 10:00 and resolved a day late: 1 of 3
      completionsDue: 3,
      completionsOnTime: 1,
      completedOnTimeRate: 1 / 3,
      // 30, 60, 90, 240: halfway between 60 and 90
      medianMinutesToReportIn: 75,
      medianMinutesToClose: 8640,
      overdueNow: 1,
      summonsesOverdueNow: 1,
      byOrganization: [
        // 30, 60, 90
        org(a, { summoned: 3, reportedIn: 3, reportedInOnTime: 3, done: 2, medianMinutesToReportIn: 60 }),
        org(b, { summoned: 2, declined: 1, declinesAccepted: 1, overdueNow: 1 }),
        org(c, { summoned: 1, reportedIn: 1, medianMinutesToReportIn: 240 }),
      ],
    });

    expect(await stats(d.otherStreet.id)).toEqual({
      reported: 1,
      byStatus: statuses({ RESOLVED: 1 }),
      byCategory: categories({ MUNICIPAL_FACILITIES: 1 }),
      byLevel: levels({ COMMUNITY: 1 }),
      whistles: 1,
      summonses: 1,
      organizationsSummoned: 1,
      reportInsDue: 1,
      reportInsOnTime: 1,
      reportInOnTimeRate: 1,
      completionsDue: 1,
      completionsOnTime: 0,
      completedOnTimeRate: 0,
      medianMinutesToReportIn: 30,
      medianMinutesToClose: null,
      overdueNow: 0,
      summonsesOverdueNow: 0,
      byOrganization: [org(a, { summoned: 1, reportedIn: 1, reportedInOnTime: 1, done: 1, medianMinutesToReportIn: 30 })],
    });

    // the grid: cases 1, 3, 5, 7 and summonses s1, s2, s5; B, summoned twice, comes before A
    expect(await stats(d.grid.id)).toEqual({
      reported: 4,
      byStatus: statuses({ REJECTED: 1, MERGED: 1, WHISTLED: 1, CLOSED: 1 }),
      byCategory: categories({ ENVIRONMENT_HYGIENE: 2, PUBLIC_SAFETY: 1, NOISE_NUISANCE: 1 }),
      byLevel: levels({ COMMUNITY: 4 }),
      whistles: 2,
      summonses: 3,
      organizationsSummoned: 2,
      reportInsDue: 2,
      reportInsOnTime: 1,
      reportInOnTimeRate: 0.5,
      completionsDue: 1,
      completionsOnTime: 1,
      completedOnTimeRate: 1,
      medianMinutesToReportIn: 90,
      medianMinutesToClose: 14400,
      overdueNow: 0,
      summonsesOverdueNow: 1,
      byOrganization: [
        org(b, { summoned: 2, declined: 1, declinesAccepted: 1, overdueNow: 1 }),
        org(a, { summoned: 1, reportedIn: 1, reportedInOnTime: 1, done: 1, medianMinutesToReportIn: 90 }),
      ],
    });
  });

  it("keeps to the period's local days", async () => {
    const nothingInIt = {
      byStatus: statuses({}), whistles: 0, summonses: 0, organizationsSummoned: 0, reportInsDue: 0, reportInsOnTime: 0, reportInOnTimeRate: null,
      completionsDue: 0, completionsOnTime: 0, completedOnTimeRate: null, medianMinutesToReportIn: null, medianMinutesToClose: null, byOrganization: [],
    };
    // 10-31 holds case 0 only (reported at 23:59 local, 15:59 UTC); what is overdue now is not bound to the period
    expect(await stats(d.street.id, { from: '2026-10-31', to: '2026-10-31' })).toMatchObject({
      ...nothingInIt, reported: 1, byStatus: statuses({ REPORTED: 1 }), overdueNow: 1, summonsesOverdueNow: 1,
    });
    // 12-01 holds case 8 only (reported at 00:00 local, the 30th in UTC)
    expect(await stats(d.street.id, { from: '2026-12-01', to: '2026-12-01' })).toMatchObject({ ...nothingInIt, reported: 1, byStatus: statuses({ REPORTED: 1 }) });
    // the days either side of those instants hold no report: 10-31 23:59 is not 11-01, 12-01 00:00 is not 11-30
    expect(await stats(d.street.id, { from: '2026-11-01', to: '2026-11-01' })).toMatchObject({ ...nothingInIt, reported: 0 });
    expect(await stats(d.street.id, { from: '2026-11-30', to: '2026-11-30' })).toMatchObject({ ...nothingInIt, reported: 0 });
    // 11-02: case 1, its whistle and its two summonses (s2 released: not due); nothing was due or closed that day
    expect(await stats(d.street.id, { from: '2026-11-02', to: '2026-11-02' })).toEqual({
      reported: 1,
      byStatus: statuses({ CLOSED: 1 }),
      byCategory: categories({ ENVIRONMENT_HYGIENE: 1 }),
      byLevel: levels({ COMMUNITY: 1 }),
      whistles: 1,
      summonses: 2,
      organizationsSummoned: 2,
      reportInsDue: 1,
      reportInsOnTime: 1,
      reportInOnTimeRate: 1,
      completionsDue: 0,
      completionsOnTime: 0,
      completedOnTimeRate: null,
      medianMinutesToReportIn: 90,
      medianMinutesToClose: null,
      overdueNow: 1,
      summonsesOverdueNow: 1,
      byOrganization: [
        org(a, { summoned: 1, reportedIn: 1, reportedInOnTime: 1, done: 1, medianMinutesToReportIn: 90 }),
        org(b, { summoned: 1, declined: 1, declinesAccepted: 1 }),
      ],
    });
    // a completion is counted in the period of its deadline: case 2's (11-08, missed), case 1's (11-17, met)
    expect(await stats(d.street.id, { from: '2026-11-08', to: '2026-11-08' })).toMatchObject({ completionsDue: 1, completionsOnTime: 0, completedOnTimeRate: 0 });
    expect(await stats(d.street.id, { from: '2026-11-17', to: '2026-11-17' })).toMatchObject({ completionsDue: 1, completionsOnTime: 1, completedOnTimeRate: 1 });
    // closing is counted on the day it happened: case 4's two days
    expect(await stats(d.street.id, { from: '2026-11-27', to: '2026-11-27' })).toMatchObject({ reported: 0, medianMinutesToClose: 2880 });
  });

  it('decides by the clock: a report-in still owed past its deadline is due, and a late one stays late', async () => {
    // 11-05 12:00: cases 1 and 2 reported; s3 (C) still SUMMONED an hour past its deadline: due, not on time, overdue
    expect(beforeLateReportIn).toMatchObject({
      reported: 2,
      byStatus: statuses({ WHISTLED: 2 }),
      whistles: 2,
      summonses: 4,
      organizationsSummoned: 3,
      reportInsDue: 3,
      reportInsOnTime: 2,
      // case 1 due 11-17, case 2 due 11-08: neither decided yet
      completionsDue: 0,
      completedOnTimeRate: null,
      // 60, 90
      medianMinutesToReportIn: 75,
      medianMinutesToClose: null,
      overdueNow: 0,
      summonsesOverdueNow: 1,
      byOrganization: [
        org(a, { summoned: 2, reportedIn: 2, reportedInOnTime: 2, medianMinutesToReportIn: 75 }),
        org(b, { summoned: 1, declined: 1, declinesAccepted: 1 }),
        org(c, { summoned: 1, overdueNow: 1 }),
      ],
    });
    expect(beforeLateReportIn.reportInOnTimeRate).toBeCloseTo(2 / 3, 12);
    // C reported in at 13:00, two hours late: reported in, no longer overdue, still not on time
    const now = (await stats(d.street.id)).byOrganization.find((o) => o.organization.id === c.id);
    expect(now).toMatchObject({ reportedIn: 1, reportedInOnTime: 0, overdueNow: 0 });
  });

  it('covers the current month through today when no period is given', async () => {
    // the clock stands at 12-01 12:00: December so far holds case 8 only
    expect(await stats(d.street.id, null)).toMatchObject({ reported: 1, whistles: 0, overdueNow: 1 });
    hub.clock.set(at('11-30T18:00:00'));
    try {
      // on 11-30 the month to date is November, and s5's and case 2's deadlines have passed already
      expect(await stats(d.street.id, null)).toMatchObject({ reported: 7, whistles: 3, reportInsDue: 4, overdueNow: 1, summonsesOverdueNow: 1 });
    } finally {
      hub.clock.set(NOW);
    }
  });

  it('is public: the same figures for anyone, with no name but the organisations\'', async () => {
    const anonymous = await stats(d.street.id);
    expect(await stats(d.street.id, NOVEMBER, await hub.token({ role: Role.DISTRICT_ADMIN }))).toEqual(anonymous);
    expect(await stats(d.street.id, NOVEMBER, await hub.token({ role: Role.UNIT_ADMIN, organizationId: a.id }))).toEqual(anonymous);
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await hub.client.request(Stats, { id: d.street.id, period: { from: '2026-11-30', to: '2026-11-01' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  });

  it("reads every area's figures in one statement, and the organisations named in one more", async () => {
    const query = `query($period: PeriodInput!) { areas(first: 50) { edges { node { id
      caseStatistics(period: $period) { reported byStatus { status count } whistles reportInOnTimeRate medianMinutesToClose overdueNow
        byOrganization { organization { id name } summoned medianMinutesToReportIn } } } } } }`;
    const { result, count } = await countStatements(() => hub.client.data<{ areas: { edges: unknown[] } }, unknown>(query, { period: NOVEMBER }));
    expect(result.areas.edges.length).toBeGreaterThanOrEqual(8);
    // the areas' page, the statistics, the organisations
    expect(count).toBe(3);
  });
});
