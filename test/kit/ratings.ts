import { expect } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import type { BuiltArea } from './builders.js';
import { acceptedCase, CASE_FIELDS, close, districtAdmin, resolve } from './cases.js';
import type { TestHub } from './server.js';

/* Residents' ratings (居民监督评议) through the real API: closed cases, residents, rateCase, recordCallbackRating, explainCase. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export const RATING_FIELDS = 'value source comment ratedAt isReporter';
export const RATED_CASE_FIELDS = `${CASE_FIELDS} needsReview reviewNeededAt explanation explainedAt
  ratings { ${RATING_FIELDS} }
  ratingSummary { self { count satisfied basicallySatisfied dissatisfied } callback { count satisfied basicallySatisfied dissatisfied } }`;

const ERRORS = 'userErrors { code field message }';

export const RATE_CASE = `mutation($input: RateCaseInput!) { rateCase(input: $input) { rating { ${RATING_FIELDS} } case { id needsReview } ${ERRORS} } }`;
export const RECORD_CALLBACK = `mutation($input: RecordCallbackRatingInput!) { recordCallbackRating(input: $input) { rating { ${RATING_FIELDS} } case { id needsReview } ${ERRORS} } }`;
export const EXPLAIN_CASE = `mutation($input: ExplainCaseInput!) { explainCase(input: $input) { case { id needsReview explanation explainedAt version } ${ERRORS} } }`;
export const RATED_CASE = `query($id: ID!) { case(id: $id) { ${RATED_CASE_FIELDS} } }`;

export const RATING_MUTATIONS = { rateCase: RATE_CASE, recordCallbackRating: RECORD_CALLBACK, explainCase: EXPLAIN_CASE } as const;
export type RatingMutation = keyof typeof RATING_MUTATIONS;

let residents = 0;

/** A RESIDENT's token: `community` the home community they declare (none when null), `sub` their account. */
export function residentToken(hub: TestHub, community: BuiltArea | null, sub = `resident-${++residents}`): Promise<string> {
  return hub.token({ role: Role.RESIDENT, sub, ...(community ? { areaId: community.id } : {}) });
}

/** Runs rating mutation `name`; fails the test on GraphQL errors; returns the payload. */
export async function run(hub: TestHub, name: RatingMutation, input: Record<string, unknown>, token: string): Promise<Any> {
  return (await hub.client.data<Any, Record<string, unknown>>(RATING_MUTATIONS[name], { input }, token))[name];
}

/** Runs rating mutation `name` and expects it done; returns the payload. */
export async function mustRate(hub: TestHub, name: RatingMutation, input: Record<string, unknown>, token: string): Promise<Any> {
  const payload = await run(hub, name, input, token);
  expect(payload.userErrors, name).toEqual([]);
  return payload;
}

/** The user-error codes rating mutation `name` answers. */
export async function ratingErrorsOf(hub: TestHub, name: RatingMutation, input: Record<string, unknown>, token: string): Promise<string[]> {
  return (await run(hub, name, input, token)).userErrors.map((e: { code: string }) => e.code);
}

/** The code of the GraphQL error rating mutation `name` answers (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED…), or undefined. */
export function ratingErrorCodeOf(hub: TestHub, name: RatingMutation, input: Record<string, unknown>, token: string | null): Promise<string | undefined> {
  return hub.client.errorCode(RATING_MUTATIONS[name], { input }, token);
}

/** A resident rates a case; returns the payload (fails the test on user errors). */
export const rate = (hub: TestHub, caseId: string, token: string, value = 'SATISFIED', comment?: string): Promise<Any> =>
  mustRate(hub, 'rateCase', { caseId, value, ...(comment === undefined ? {} : { comment }) }, token);

/** Staff record a household's call-back rating; returns the payload (fails the test on user errors). */
export const callback = (hub: TestHub, caseId: string, token: string, household: { building: string; room: string }, value = 'SATISFIED', comment?: string): Promise<Any> =>
  mustRate(hub, 'recordCallbackRating', { caseId, ...household, value, ...(comment === undefined ? {} : { comment }) }, token);

/**
 * A CLOSED case in `area` through the real API: reported (by the account `reporterSub` when given: a district
 * admin's token with that `sub`, so a RESIDENT token with the same `sub` is its reporter), accepted, resolved
 * and closed by a district admin at the clock's time.
 */
export async function closedCase(hub: TestHub, area: BuiltArea, options: { reporterSub?: string; patch?: Record<string, unknown> } = {}): Promise<Any> {
  const admin = await districtAdmin(hub);
  const reporter = options.reporterSub ? await hub.token({ role: Role.DISTRICT_ADMIN, sub: options.reporterSub }) : admin;
  const c = await acceptedCase(hub, area, options.patch ?? {}, reporter);
  await resolve(hub, c.id, admin);
  return close(hub, c.id, admin);
}

/** The case with its ratings, as a district admin reads it. */
export async function ratedCaseOf(hub: TestHub, id: string): Promise<Any> {
  return (await hub.client.data<Any, Record<string, unknown>>(RATED_CASE, { id }, await districtAdmin(hub))).case;
}

/** Everything stored of a case's ratings (and the case: caseSnapshot), for the tests of refused writes. */
export async function ratingRows(hub: TestHub, caseRowId: string) {
  const { rows } = await hub.app.db.pool.query('select * from case_rating where case_id = $1 order by id', [caseRowId]);
  return rows;
}
