import { createHmac } from 'node:crypto';
import { badInput } from '../../shared/errors.js';
import { isResident, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { CaseStatus } from '../cases/index.js';
import { RatingSource, RatingValue } from './rating.enums.js';

/*
 * The rules of residents' ratings (居民监督评议), apart from the writes: who may rate a case, the window after
 * closing, the household of a call-back visit, and when ratings call for a review.
 */

/** The statuses the walls show (the problem wall: ACCEPTED and WHISTLED; the echo wall: CLOSED): their existence is public. */
export const WALL_STATUSES: readonly CaseStatus[] = [CaseStatus.ACCEPTED, CaseStatus.WHISTLED, CaseStatus.CLOSED];

/** What the rules read of a case. */
export interface RatedCaseFacts {
  areaPath: string;
  reporterAccountId: string;
  status: CaseStatus;
}

/**
 * How a RESIDENT stands to a case: its reporter (the account that reported it), a resident of the community
 * they declare (the case lies in it), or neither.
 */
export function residentStanding(viewer: Viewer, c: RatedCaseFacts): 'reporter' | 'community' | null {
  if (!isResident(viewer)) return null;
  if (viewer.accountId === c.reporterAccountId) return 'reporter';
  const community = viewer.declaredCommunity ?? null;
  if (community !== null && c.areaPath.startsWith(community.path)) return 'community';
  return null;
}

/**
 * What a caller who may not rate a case learns of it: FORBIDDEN when the case is CLOSED (it is public on the
 * echo wall), NOT_FOUND otherwise (a case the walls do not show must not be seen to exist).
 */
export const refusalOf = (c: RatedCaseFacts): 'forbidden' | 'notFound' => (c.status === CaseStatus.CLOSED ? 'forbidden' : 'notFound');

/**
 * Whether a resident of the case's community (not its reporter) may know the case exists: only when the walls
 * show it. A REPORTED, RESOLVED, REJECTED or MERGED case is NOT_FOUND to them, not RATING_CASE_NOT_CLOSED.
 */
export const onTheWalls = (c: Pick<RatedCaseFacts, 'status'>) => WALL_STATUSES.includes(c.status);

/** Staff of the case's area (its grid workers and admins, and those above): who record call-back ratings. */
export const recordsCallbacks = (viewer: Viewer, c: Pick<RatedCaseFacts, 'areaPath'>) => staffOfArea(viewer, c.areaPath);

const DAY_MS = 24 * 3600 * 1000;

/** The end of the rating window: `days` × 24 hours after closing; ratings are taken while the clock is before it. */
export const ratingWindowEnd = (closedAt: Date, days: number) => new Date(closedAt.getTime() + days * DAY_MS);

export const withinRatingWindow = (closedAt: Date, days: number, now: Date) => now.getTime() < ratingWindowEnd(closedAt, days).getTime();

const HOUSEHOLD_PART_MAX = 50;

/**
 * A building or room as one household is named however it is typed: Unicode NFKC (full-width digits and
 * letters become ASCII), every space removed (half- and full-width), Latin letters upper-cased. "3号楼 " and
 * "３号楼", "2单元 301" and "2单元301", "b座" and "B座" are the same.
 */
export function normaliseHouseholdPart(value: string, field: string): string {
  const text = value.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  if (text.length === 0) throw badInput(field, `"${field}" must not be blank.`);
  if (text.length > HOUSEHOLD_PART_MAX) throw badInput(field, `"${field}" must be at most ${HOUSEHOLD_PART_MAX} characters.`);
  return text;
}

/** The household's keyed hash (HMAC-SHA256, hex) over its normalised building and room: all that is stored of it. */
export function householdHash(key: string, building: string, room: string): string {
  // neither part holds a line break once normalised, so the pair is unambiguous
  return createHmac('sha256', key).update(`${building}\n${room}`).digest('hex');
}

/** The ratings of a case as the review rule reads them. */
export interface RatingTally {
  total: number;
  dissatisfied: number;
  /** Whether the reporter's own (SELF) rating is DISSATISFIED. */
  reporterDissatisfied: boolean;
}

/**
 * Ratings call for a review when there are at least 3 (SELF and CALLBACK together) and more than half are
 * DISSATISFIED, or when the reporter rated it DISSATISFIED.
 */
export function callsForReview(t: RatingTally): boolean {
  return (t.total >= 3 && t.dissatisfied * 2 > t.total) || t.reporterDissatisfied;
}

/** The tally of a list of ratings (for the rule's unit checks and the summary). */
export function tallyOf(ratings: readonly { source: RatingSource; value: RatingValue; isReporter: boolean }[]): RatingTally {
  return {
    total: ratings.length,
    dissatisfied: ratings.filter((r) => r.value === RatingValue.DISSATISFIED).length,
    reporterDissatisfied: ratings.some((r) => r.source === RatingSource.SELF && r.isReporter && r.value === RatingValue.DISSATISFIED),
  };
}
