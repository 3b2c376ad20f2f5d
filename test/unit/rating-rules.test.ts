import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  callsForReview, householdHash, normaliseHouseholdPart, onTheWalls, refusalOf, residentStanding, tallyOf, withinRatingWindow,
} from '../../src/modules/ratings/rating.rules.js';
import { RatingSource, RatingValue } from '../../src/modules/ratings/rating.enums.js';
import { CaseStatus } from '../../src/modules/cases/index.js';
import { ANONYMOUS, Role, type Viewer } from '../../src/shared/viewer.js';

/* The rules of residents' ratings (居民监督评议), without the database. */

const { SELF, CALLBACK } = RatingSource;
const { SATISFIED: S, BASICALLY_SATISFIED: B, DISSATISFIED: D } = RatingValue;
const rating = (value: RatingValue, source = SELF, isReporter = false) => ({ value, source, isReporter });

describe('the review rule', () => {
  it.each([
    ['nothing', [], false],
    ['two of two DISSATISFIED: too few', [rating(D), rating(D, CALLBACK)], false],
    ['two of three', [rating(D), rating(D, CALLBACK), rating(S)], true],
    ['two of four: half is not more than half', [rating(D), rating(D), rating(S), rating(B)], false],
    ['three of five, SELF and CALLBACK together', [rating(D), rating(D, CALLBACK), rating(D, CALLBACK), rating(S), rating(B)], true],
    ['the reporter DISSATISFIED alone', [rating(D, SELF, true)], true],
    ['the reporter satisfied, two others not', [rating(S, SELF, true), rating(D)], false],
  ] as const)('%s', (_, ratings, expected) => {
    expect(callsForReview(tallyOf(ratings))).toBe(expected);
  });
});

describe('the window after closing', () => {
  const closedAt = new Date('2026-11-23T06:00:00Z');
  it('is open until CASE_RATING_WINDOW_DAYS × 24 hours after closing, and not at its end', () => {
    expect(withinRatingWindow(closedAt, 7, new Date('2026-11-30T05:59:59.999Z'))).toBe(true);
    expect(withinRatingWindow(closedAt, 7, new Date('2026-11-30T06:00:00Z'))).toBe(false);
    expect(withinRatingWindow(closedAt, 1, new Date('2026-11-23T06:00:00Z'))).toBe(true);
  });
});

describe('a household', () => {
  it('is the same however it is spelled: spaces, full-width characters, letter case', () => {
    const part = (v: string) => normaliseHouseholdPart(v, 'input.room');
    expect(part(' 2单元 301 ')).toBe('2单元301');
    expect(part('２单元３０１')).toBe('2单元301');
    expect(part('2单元\u3000301\t')).toBe('2单元301');
    expect(part('b座')).toBe('B座');
    expect(() => part(' \u3000 ')).toThrow(/blank/);
    expect(() => part('1'.repeat(51))).toThrow(/at most 50/);
  });

  it('is stored as an HMAC-SHA256 of building and room under the key: another key, another hash', () => {
    const hash = householdHash('k'.repeat(32), '3号楼', '2单元301');
    expect(hash).toBe(createHmac('sha256', 'k'.repeat(32)).update('3号楼\n2单元301').digest('hex'));
    expect(householdHash('j'.repeat(32), '3号楼', '2单元301')).not.toBe(hash);
    // the pair is unambiguous: moving a character from the building to the room is another household
    expect(householdHash('k'.repeat(32), '3号楼2', '单元301')).not.toBe(hash);
  });
});

describe("a resident's standing to a case", () => {
  const community = { id: '4', path: '/1/2/4/' };
  const resident = (sub: string, declared: typeof community | null): Viewer => ({ ...ANONYMOUS, accountId: sub, role: Role.RESIDENT, declaredCommunity: declared });
  const c = { areaPath: '/1/2/4/9/', reporterAccountId: 'r-1', status: CaseStatus.CLOSED };

  it('is the reporter by account, a resident of the community by the declared community, else none', () => {
    expect(residentStanding(resident('r-1', null), c)).toBe('reporter');
    expect(residentStanding(resident('r-2', community), c)).toBe('community');
    expect(residentStanding(resident('r-2', { id: '5', path: '/1/2/5/' }), c)).toBeNull();
    expect(residentStanding(resident('r-2', null), c)).toBeNull();
    // staff with the reporter's account are no residents
    expect(residentStanding({ ...ANONYMOUS, accountId: 'r-1', role: Role.COMMUNITY_ADMIN, areaPath: '/1/2/4/' }, c)).toBeNull();
  });

  it('refuses a CLOSED case openly and hides every other', () => {
    expect(refusalOf(c)).toBe('forbidden');
    for (const status of [CaseStatus.REPORTED, CaseStatus.ACCEPTED, CaseStatus.WHISTLED, CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.MERGED]) {
      expect(refusalOf({ ...c, status }), status).toBe('notFound');
    }
    expect([CaseStatus.ACCEPTED, CaseStatus.WHISTLED, CaseStatus.CLOSED].every((status) => onTheWalls({ status }))).toBe(true);
    expect([CaseStatus.REPORTED, CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.MERGED].some((status) => onTheWalls({ status }))).toBe(false);
  });
});
