import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import {
  acceptedCase, buildDepartment, buildUnit, caseEventRows, caseSnapshot, close, communityAdmin, districtAdmin, gridWorker, reopen, reportCase, reportIn, resolve, rowIdOf, streetAdmin,
  unitAdmin, whistledCase,
} from '../kit/cases.js';
import {
  callback, closedCase, mustRate, rate, ratedCaseOf, ratingErrorCodeOf, ratingErrorsOf, ratingRows, residentToken, run, type RatingMutation,
} from '../kit/ratings.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

/*
 * Residents' ratings (居民监督评议) through the real API: who may rate a case and when, once per account and
 * per household, the review ratings may call for, and the community's explanation.
 */

let hub: TestHub;
let d: District;
let district: string;
let admin: string;
let grid: string;

const NOW = new Date(TEST_NOW);
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;

/** What is stored of a case and its ratings: compared before and after a refused write. */
const stored = async (caseId: string) => ({ ...(await caseSnapshot(hub, caseId)), ratings: await ratingRows(hub, rowIdOf(caseId)) });

const eventTypes = async (caseId: string) => (await caseEventRows(hub, caseId)).map((e) => e.type);

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  district = await districtAdmin(hub);
  admin = await communityAdmin(hub, d.community);
  grid = await gridWorker(hub, d.grid);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

describe('rateCase: once per account', () => {
  it('takes one rating from the reporter and one from a resident of the community; a second is RATING_ALREADY_GIVEN and changes nothing', async () => {
    const c = await closedCase(hub, d.community, { reporterSub: 'resident-reporter-1' });
    const reporter = await residentToken(hub, null, 'resident-reporter-1');
    const neighbour = await residentToken(hub, d.community);

    const mine = await rate(hub, c.id, reporter, 'SATISFIED');
    expect(mine.rating).toEqual({ value: 'SATISFIED', source: 'SELF', comment: null, ratedAt: expect.any(String), isReporter: true });
    // the reporter reads their case; a resident of the community reads it on the echo wall, not here
    expect(mine.case).toEqual({ id: c.id, needsReview: false });
    const theirs = await rate(hub, c.id, neighbour, 'BASICALLY_SATISFIED', '  清运及时，但异味仍在  ');
    expect(theirs.rating).toMatchObject({ value: 'BASICALLY_SATISFIED', comment: '清运及时，但异味仍在', isReporter: false });
    expect(theirs.case).toBeNull();

    // the same account again, even with another token declaring another community: refused, nothing changed
    const before = await stored(c.id);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'DISSATISFIED' }, reporter)).toEqual(['RATING_ALREADY_GIVEN']);
    const again = await residentToken(hub, d.community, 'resident-reporter-1');
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'DISSATISFIED' }, again)).toEqual(['RATING_ALREADY_GIVEN']);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, neighbour)).toEqual(['RATING_ALREADY_GIVEN']);
    expect(await stored(c.id)).toEqual(before);

    const read = await ratedCaseOf(hub, c.id);
    expect(read.ratings).toEqual([
      { value: 'SATISFIED', source: 'SELF', comment: null, ratedAt: expect.any(String), isReporter: true },
      { value: 'BASICALLY_SATISFIED', source: 'SELF', comment: '清运及时，但异味仍在', ratedAt: expect.any(String), isReporter: false },
    ]);
    expect(read.ratingSummary).toEqual({
      self: { count: 2, satisfied: 1, basicallySatisfied: 1, dissatisfied: 0 },
      callback: { count: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
    });
    // stored with the account (private), the event carries the source and the value only
    const rows = await ratingRows(hub, rowIdOf(c.id));
    expect(rows.map((r) => [r.account_id, r.is_reporter, r.household_hash])).toEqual([['resident-reporter-1', true, null], [expect.stringMatching(/^resident-/), false, null]]);
    const rated = (await caseEventRows(hub, c.id)).filter((e) => e.type === 'CASE_RATED');
    expect(rated.map((e) => e.data)).toEqual([{ source: 'SELF', value: 'SATISFIED' }, { source: 'SELF', value: 'BASICALLY_SATISFIED' }]);
    expect(rated.every((e) => !e.is_public && e.area_path === d.community.path && e.actor_role === 'RESIDENT')).toBe(true);
  });

  it('takes one of two identical ratings sent at once; the other is RATING_ALREADY_GIVEN', async () => {
    const c = await closedCase(hub, d.community);
    const resident = await residentToken(hub, d.community);
    const input = { caseId: c.id, value: 'DISSATISFIED', comment: '没有解决' };
    const [a, b] = await Promise.all([run(hub, 'rateCase', input, resident), run(hub, 'rateCase', input, resident)]);
    const codes = [a, b].map((p) => p.userErrors.map((e: { code: string }) => e.code));
    expect(codes.sort()).toEqual([[], ['RATING_ALREADY_GIVEN']]);
    expect(await ratingRows(hub, rowIdOf(c.id))).toHaveLength(1);
    expect((await eventTypes(c.id)).filter((t) => t === 'CASE_RATED')).toHaveLength(1);
  });
});

describe('the events of ratings', () => {
  it('are scoped like every case event: the case\'s area and every organisation summoned to it, never public', async () => {
    const dept = await buildDepartment(hub, d.street, '建国门街道环卫所');
    const w = await whistledCase(hub, d.community, dept);
    await reportIn(hub, w.leadSummonsId, dept.token);
    await resolve(hub, w.id, dept.token);
    await close(hub, w.id, district);
    await rate(hub, w.id, await residentToken(hub, d.community), 'DISSATISFIED');
    await callback(hub, w.id, admin, { building: '4号楼', room: '401' }, 'DISSATISFIED');
    await callback(hub, w.id, admin, { building: '4号楼', room: '402' }, 'SATISFIED');
    const events = (await caseEventRows(hub, w.id)).filter((e) => ['CASE_RATED', 'CASE_REVIEW_NEEDED'].includes(e.type));
    expect(events.map((e) => e.type)).toEqual(['CASE_RATED', 'CASE_RATED', 'CASE_RATED', 'CASE_REVIEW_NEEDED']);
    for (const e of events) expect(e).toMatchObject({ area_path: d.community.path, organization_ids: [dept.rowId], is_public: false });
  });
});

describe('rateCase: the window after closing', () => {
  it(`takes ratings until CASE_RATING_WINDOW_DAYS × 24 hours after closing: the last minute in, the first minute out`, async () => {
    const c = await closedCase(hub, d.community);
    const closedAt = new Date(c.closedAt).getTime();
    expect(closedAt).toBe(NOW.getTime());
    const days = hub.config.caseRatingWindowDays;
    expect(days).toBe(7);

    hub.clock.set(at(days * DAY - MINUTE));
    await rate(hub, c.id, await residentToken(hub, d.community));

    hub.clock.set(at(days * DAY + MINUTE));
    const late = await residentToken(hub, d.community);
    const before = await stored(c.id);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, late)).toEqual(['RATING_WINDOW_CLOSED']);
    // the grid worker's call-back visit keeps the same window
    expect(await ratingErrorsOf(hub, 'recordCallbackRating', { caseId: c.id, building: '1号楼', room: '101', value: 'SATISFIED' }, admin)).toEqual(['RATING_WINDOW_CLOSED']);
    expect(await stored(c.id)).toEqual(before);
    // exactly at the end it is closed too
    hub.clock.set(at(days * DAY));
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, late)).toEqual(['RATING_WINDOW_CLOSED']);
  });

  it('counts the window from the last closing of a reopened case', async () => {
    const c = await closedCase(hub, d.community);
    hub.clock.set(at(10 * DAY));
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, await residentToken(hub, d.community))).toEqual(['RATING_WINDOW_CLOSED']);
    await reopen(hub, c.id, district);
    const resident = await residentToken(hub, d.community);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, resident)).toEqual(['RATING_CASE_NOT_CLOSED']);
    await resolve(hub, c.id, district);
    await close(hub, c.id, district);
    await rate(hub, c.id, resident);
  });
});

describe('rateCase: who may rate', () => {
  it("takes a resident of the community for a case in a grid below it, and no resident of another community or of none", async () => {
    const c = await closedCase(hub, d.grid);
    await rate(hub, c.id, await residentToken(hub, d.community));

    const before = await stored(c.id);
    // a CLOSED case is public on the echo wall: refused, not hidden
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, await residentToken(hub, d.neighbourCommunity))).toBe('FORBIDDEN');
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, await residentToken(hub, d.otherCommunity))).toBe('FORBIDDEN');
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, await residentToken(hub, null))).toBe('FORBIDDEN');
    expect(await stored(c.id)).toEqual(before);

    // a case reported in the street is no community's: only its reporter rates it
    const inStreet = await closedCase(hub, d.street, { reporterSub: 'resident-street-reporter' });
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: inStreet.id, value: 'SATISFIED' }, await residentToken(hub, d.community))).toBe('FORBIDDEN');
    await rate(hub, inStreet.id, await residentToken(hub, null, 'resident-street-reporter'));
  });

  it('hides a case that is not CLOSED from residents with no standing, and one the walls do not show from the community', async () => {
    const reported = await reportCase(hub, d.community, {}, await hub.token({ role: Role.DISTRICT_ADMIN, sub: 'resident-early' }));
    const accepted = await acceptedCase(hub, d.community);
    const stranger = await residentToken(hub, d.otherCommunity);
    const neighbour = await residentToken(hub, d.community);
    for (const c of [reported, accepted]) {
      expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, stranger)).toBe('NOT_FOUND');
      expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED' }, await residentToken(hub, null))).toBe('NOT_FOUND');
    }
    // a REPORTED case is on no wall: its community's residents do not learn of it
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: reported.id, value: 'SATISFIED' }, neighbour)).toBe('NOT_FOUND');
    // its reporter, and the community for a case on the problem wall, learn that it is not closed yet
    const before = await stored(reported.id);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: reported.id, value: 'SATISFIED' }, await residentToken(hub, null, 'resident-early'))).toEqual(['RATING_CASE_NOT_CLOSED']);
    expect(await stored(reported.id)).toEqual(before);
    expect(await ratingErrorsOf(hub, 'rateCase', { caseId: accepted.id, value: 'SATISFIED' }, neighbour)).toEqual(['RATING_CASE_NOT_CLOSED']);
    expect(await ratingRows(hub, rowIdOf(accepted.id))).toEqual([]);
    // an unknown case
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: reported.id.replace(/.$/, 'Z'), value: 'SATISFIED' }, neighbour)).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
  });

  it('refuses a comment over 500 characters as bad input', async () => {
    const c = await closedCase(hub, d.community);
    const before = await stored(c.id);
    expect(await ratingErrorCodeOf(hub, 'rateCase', { caseId: c.id, value: 'SATISFIED', comment: '好'.repeat(501) }, await residentToken(hub, d.community))).toBe('BAD_USER_INPUT');
    expect(await stored(c.id)).toEqual(before);
    await rate(hub, c.id, await residentToken(hub, d.community), 'SATISFIED', '好'.repeat(500));
  });
});

describe('recordCallbackRating: one per household', () => {
  it('stores only the keyed hash of the normalised building and room, and counts one household however it is spelled', async () => {
    const c = await closedCase(hub, d.grid);
    const done = await callback(hub, c.id, grid, { building: '3号楼', room: '2单元301' }, 'SATISFIED', '回访满意');
    expect(done.rating).toEqual({ value: 'SATISFIED', source: 'CALLBACK', comment: '回访满意', ratedAt: expect.any(String), isReporter: false });
    expect(done.case).toEqual({ id: c.id, needsReview: false });

    const rows = await ratingRows(hub, rowIdOf(c.id));
    const expected = createHmac('sha256', hub.config.householdHashKey.key).update('3号楼\n2单元301').digest('hex');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'CALLBACK', household_hash: expected, account_id: null, actor_role: 'GRID_WORKER' });
    expect(JSON.stringify(rows)).not.toContain('301');

    // spaces, full-width characters and letter case do not make another household
    const before = await stored(c.id);
    for (const household of [{ building: ' 3 号楼 ', room: '2单元 301' }, { building: '３号楼', room: '２单元３０１' }, { building: '3号楼', room: '2单元\u3000301' }]) {
      expect(await ratingErrorsOf(hub, 'recordCallbackRating', { caseId: c.id, ...household, value: 'DISSATISFIED' }, admin)).toEqual(['RATING_ALREADY_GIVEN']);
    }
    expect(await stored(c.id)).toEqual(before);
    await callback(hub, c.id, admin, { building: 'b座', room: '1201' });
    expect(await ratingErrorsOf(hub, 'recordCallbackRating', { caseId: c.id, building: 'B座', room: '1201', value: 'SATISFIED' }, grid)).toEqual(['RATING_ALREADY_GIVEN']);
    // another room of the same building is another household
    await callback(hub, c.id, grid, { building: '3号楼', room: '2单元302' }, 'BASICALLY_SATISFIED');

    expect((await ratedCaseOf(hub, c.id)).ratingSummary).toEqual({
      self: { count: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
      callback: { count: 3, satisfied: 2, basicallySatisfied: 1, dissatisfied: 0 },
    });
    expect((await caseEventRows(hub, c.id)).filter((e) => e.type === 'CASE_RATED').map((e) => e.data)).toEqual([
      { source: 'CALLBACK', value: 'SATISFIED' }, { source: 'CALLBACK', value: 'SATISFIED' }, { source: 'CALLBACK', value: 'BASICALLY_SATISFIED' },
    ]);
  });

  it('takes staff of the case\'s area only, on a CLOSED case', async () => {
    const c = await closedCase(hub, d.community);
    const household = { building: '5号楼', room: '101', value: 'SATISFIED' };
    const before = await stored(c.id);
    // a grid worker of another community: the case is CLOSED, so public: FORBIDDEN
    expect(await ratingErrorCodeOf(hub, 'recordCallbackRating', { caseId: c.id, ...household }, await gridWorker(hub, d.otherGrid))).toBe('FORBIDDEN');
    // a grid worker of a grid below the community does not look after a case of the whole community
    expect(await ratingErrorCodeOf(hub, 'recordCallbackRating', { caseId: c.id, ...household }, grid)).toBe('FORBIDDEN');
    expect(await stored(c.id)).toEqual(before);
    await callback(hub, c.id, await streetAdmin(hub, d.street), household);

    const open = await acceptedCase(hub, d.grid);
    expect(await ratingErrorCodeOf(hub, 'recordCallbackRating', { caseId: open.id, ...household }, await gridWorker(hub, d.otherGrid))).toBe('NOT_FOUND');
    const openBefore = await stored(open.id);
    expect(await ratingErrorsOf(hub, 'recordCallbackRating', { caseId: open.id, ...household }, grid)).toEqual(['RATING_CASE_NOT_CLOSED']);
    expect(await stored(open.id)).toEqual(openBefore);
    expect(await ratingErrorCodeOf(hub, 'recordCallbackRating', { caseId: c.id, ...household, building: '   ' }, admin)).toBe('BAD_USER_INPUT');
  });
});

describe('the review ratings call for', () => {
  it("calls for it when the reporter is DISSATISFIED, once: CASE_REVIEW_NEEDED and the history line are not repeated", async () => {
    const c = await closedCase(hub, d.community, { reporterSub: 'resident-unhappy' });
    const done = await rate(hub, c.id, await residentToken(hub, null, 'resident-unhappy'), 'DISSATISFIED', '问题没有解决');
    expect(done.case).toEqual({ id: c.id, needsReview: true });
    const read = await ratedCaseOf(hub, c.id);
    expect(read).toMatchObject({ needsReview: true, reviewNeededAt: expect.any(String), status: 'CLOSED' });
    expect(new Date(read.reviewNeededAt).getTime()).toBe(NOW.getTime());
    expect(read.history.map((h: { action: string }) => h.action).slice(-1)).toEqual(['REVIEW_NEEDED']);

    hub.clock.set(at(DAY));
    await rate(hub, c.id, await residentToken(hub, d.community), 'DISSATISFIED');
    await rate(hub, c.id, await residentToken(hub, d.community), 'DISSATISFIED');
    await callback(hub, c.id, admin, { building: '1号楼', room: '101' }, 'DISSATISFIED');
    const later = await ratedCaseOf(hub, c.id);
    expect(new Date(later.reviewNeededAt).getTime()).toBe(NOW.getTime());
    expect(later.history.filter((h: { action: string }) => h.action === 'REVIEW_NEEDED')).toHaveLength(1);
    const types = await eventTypes(c.id);
    expect(types.filter((t) => t === 'CASE_REVIEW_NEEDED')).toHaveLength(1);
    expect(types.filter((t) => t === 'CASE_RATED')).toHaveLength(4);
    const review = (await caseEventRows(hub, c.id)).find((e) => e.type === 'CASE_REVIEW_NEEDED')!;
    expect(review).toMatchObject({ data: {}, is_public: false, area_path: d.community.path });
  });

  it('calls for it at 3 ratings or more with more than half DISSATISFIED, SELF and CALLBACK together; not at half', async () => {
    const c = await closedCase(hub, d.community);
    await rate(hub, c.id, await residentToken(hub, d.community), 'SATISFIED');
    await rate(hub, c.id, await residentToken(hub, d.community), 'BASICALLY_SATISFIED');
    await rate(hub, c.id, await residentToken(hub, d.community), 'DISSATISFIED');
    await callback(hub, c.id, admin, { building: '2号楼', room: '201' }, 'DISSATISFIED');
    // two of four: half is not more than half
    expect((await ratedCaseOf(hub, c.id)).needsReview).toBe(false);
    expect(await eventTypes(c.id)).not.toContain('CASE_REVIEW_NEEDED');
    // three of five
    const done = await callback(hub, c.id, admin, { building: '2号楼', room: '202' }, 'DISSATISFIED');
    expect(done.case.needsReview).toBe(true);
    expect((await eventTypes(c.id)).filter((t) => t === 'CASE_REVIEW_NEEDED')).toHaveLength(1);

    // two of two DISSATISFIED are too few; a third rating, even SATISFIED, makes two of three
    const small = await closedCase(hub, d.community);
    await rate(hub, small.id, await residentToken(hub, d.community), 'DISSATISFIED');
    await callback(hub, small.id, admin, { building: '9号楼', room: '901' }, 'DISSATISFIED');
    expect((await ratedCaseOf(hub, small.id)).needsReview).toBe(false);
    const third = await rate(hub, small.id, await residentToken(hub, d.community), 'SATISFIED');
    // the resident of the community does not read the case here, but the rule ran
    expect(third.case).toBeNull();
    expect((await ratedCaseOf(hub, small.id)).needsReview).toBe(true);
    expect((await eventTypes(small.id)).filter((t) => t === 'CASE_REVIEW_NEEDED')).toHaveLength(1);
  });
});

describe('explainCase', () => {
  it('lets the handling level explain a case that needs review, and only then', async () => {
    const c = await closedCase(hub, d.community, { reporterSub: 'resident-explained' });
    const before = await stored(c.id);
    expect(await ratingErrorsOf(hub, 'explainCase', { id: c.id, explanation: '已核实' }, admin)).toEqual(['CASE_REVIEW_NOT_NEEDED']);
    expect(await stored(c.id)).toEqual(before);

    await rate(hub, c.id, await residentToken(hub, null, 'resident-explained'), 'DISSATISFIED');
    const reviewed = await stored(c.id);
    // grid workers do not explain; another community's admin does not see the case
    expect(await ratingErrorCodeOf(hub, 'explainCase', { id: c.id, explanation: '已核实' }, grid)).toBe('FORBIDDEN');
    expect(await ratingErrorCodeOf(hub, 'explainCase', { id: c.id, explanation: '已核实' }, await communityAdmin(hub, d.otherCommunity))).toBe('NOT_FOUND');
    expect(await ratingErrorCodeOf(hub, 'explainCase', { id: c.id, explanation: '说'.repeat(2001) }, admin)).toBe('BAD_USER_INPUT');
    expect(await stored(c.id)).toEqual(reviewed);

    hub.clock.set(at(2 * DAY));
    const explained = await mustRate(hub, 'explainCase', { id: c.id, explanation: '  垃圾站已改为每日两次清运，异味源为相邻餐馆，已移交执法队  ' }, admin);
    expect(explained.case).toMatchObject({ needsReview: true, explanation: '垃圾站已改为每日两次清运，异味源为相邻餐馆，已移交执法队', explainedAt: expect.any(String) });
    expect(new Date(explained.case.explainedAt).toISOString()).toBe(at(2 * DAY));
    const read = await ratedCaseOf(hub, c.id);
    expect(read.history.map((h: { action: string }) => h.action).slice(-1)).toEqual(['EXPLAIN']);
    const events = await caseEventRows(hub, c.id);
    expect(events.filter((e) => e.type === 'CASE_EXPLAINED').map((e) => e.data)).toEqual([{}]);
  });
});

describe('reading ratings', () => {
  it('reads the review flags, ratings and their summary through the `cases` list as well as by id', async () => {
    const c = await closedCase(hub, d.neighbourCommunity, { reporterSub: 'resident-listed' });
    await rate(hub, c.id, await residentToken(hub, null, 'resident-listed'), 'DISSATISFIED', '仍有异味');
    await callback(hub, c.id, district, { building: '7号楼', room: '701' }, 'BASICALLY_SATISFIED');
    const list = await hub.client.data<{ cases: { edges: { node: Record<string, unknown> }[] } }, Record<string, unknown>>(
      `query($areaId: ID!) { cases(filter: { areaId: $areaId }, first: 5) { edges { node { id needsReview reviewNeededAt explanation explainedAt measures measuresAt
        ratings { value source comment isReporter } ratingSummary { self { count dissatisfied } callback { count basicallySatisfied } } } } } }`,
      { areaId: d.neighbourCommunity.id },
      await communityAdmin(hub, d.neighbourCommunity),
    );
    expect(list.cases.edges.map((e) => e.node)).toEqual([
      {
        id: c.id, needsReview: true, reviewNeededAt: expect.any(String), explanation: null, explainedAt: null, measures: null, measuresAt: null,
        ratings: [
          { value: 'DISSATISFIED', source: 'SELF', comment: '仍有异味', isReporter: true },
          { value: 'BASICALLY_SATISFIED', source: 'CALLBACK', comment: null, isReporter: false },
        ],
        ratingSummary: { self: { count: 1, dissatisfied: 1 }, callback: { count: 1, basicallySatisfied: 1 } },
      },
    ]);
  });
});

describe('who may never rate, record or explain', () => {
  const inputs = (caseId: string): Record<RatingMutation, Record<string, unknown>> => ({
    rateCase: { caseId, value: 'SATISFIED' },
    recordCallbackRating: { caseId, building: '1号楼', room: '101', value: 'SATISFIED' },
    explainCase: { id: caseId, explanation: '已核实' },
  });

  it('answers anonymous callers UNAUTHENTICATED and the wrong roles FORBIDDEN, changing nothing', async () => {
    const c = await closedCase(hub, d.community, { reporterSub: 'resident-roles' });
    await rate(hub, c.id, await residentToken(hub, null, 'resident-roles'), 'DISSATISFIED');
    const unit = await buildUnit(hub, d.community);
    const before = await stored(c.id);
    const refusals: [string, string | null, RatingMutation[], string][] = [
      ['anonymous', null, ['rateCase', 'recordCallbackRating', 'explainCase'], 'UNAUTHENTICATED'],
      ['a unit admin', await unitAdmin(hub, unit.id), ['rateCase', 'recordCallbackRating', 'explainCase'], 'FORBIDDEN'],
      ['a volunteer', await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }), ['rateCase', 'recordCallbackRating', 'explainCase'], 'FORBIDDEN'],
      ['the community admin', admin, ['rateCase'], 'FORBIDDEN'],
      ['a grid worker', grid, ['rateCase', 'explainCase'], 'FORBIDDEN'],
      ['the district admin', district, ['rateCase'], 'FORBIDDEN'],
      ['a resident of the community', await residentToken(hub, d.community), ['recordCallbackRating', 'explainCase'], 'FORBIDDEN'],
      ['the reporter', await residentToken(hub, null, 'resident-roles'), ['recordCallbackRating', 'explainCase'], 'FORBIDDEN'],
    ];
    for (const [who, token, names, code] of refusals) {
      for (const name of names) expect(await ratingErrorCodeOf(hub, name, inputs(c.id)[name], token), `${who}: ${name}`).toBe(code);
    }
    expect(await stored(c.id)).toEqual(before);
  });
});
