import { createHash } from 'node:crypto';
import type { TestHub } from './server.js';
import { rowIdOf } from './cases.js';

/* The public walls (problemWall, echoWall): documents and readers, and the stand-ins the walls' tests use until the writes they need exist. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** Every field of a wall's card. */
export const WALL_CASE_FIELDS = `caseId title category urgency level status area { id name kind } location { lat lng system } reportedAt
  summonses { role status reportInDeadline reportedInAt isOverdue organization { id name kind } }
  measures completeDeadline isOverdue photoUrls result resolvedAt closedAt minutesTaken needsReview explanation
  ratings { self { satisfied basicallySatisfied dissatisfied total } callback { satisfied basicallySatisfied dissatisfied total }
            comments { text value source ratedAt } }`;

const wallDocument = (wall: 'problemWall' | 'echoWall', filterType: string, fields: string) => `query($areaId: ID!, $filter: ${filterType}, $first: Int, $after: String) {
  ${wall}(areaId: $areaId, filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${fields} } }
  }
}`;

export const PROBLEM_WALL = wallDocument('problemWall', 'ProblemWallFilter', WALL_CASE_FIELDS);
export const ECHO_WALL = wallDocument('echoWall', 'EchoWallFilter', WALL_CASE_FIELDS);

export interface WallArgs {
  filter?: Record<string, unknown>;
  first?: number;
  after?: string;
}

/** A page of the problem wall of `areaId`, read anonymously unless a token is given. */
export async function problemWall(hub: TestHub, areaId: string, args: WallArgs = {}, token: string | null = null): Promise<Any> {
  return ((await hub.client.data(PROBLEM_WALL, { areaId, ...args }, token)) as Any).problemWall;
}

/** A page of the echo wall of `areaId`, read anonymously unless a token is given. */
export async function echoWall(hub: TestHub, areaId: string, args: WallArgs = {}, token: string | null = null): Promise<Any> {
  return ((await hub.client.data(ECHO_WALL, { areaId, ...args }, token)) as Any).echoWall;
}

/** The case ids of a wall's page, in order. */
export const caseIdsOf = (page: Any): string[] => page.edges.map((e: Any) => e.node.caseId);

/**
 * STAND-IN, to be replaced by the ratings' mutations (rateCase, recordCallbackRating) once they exist: writes
 * a rating row of a closed case with SQL, as those would store it (a SELF rating keyed by an account, a
 * CALLBACK one by a household's hash). Writes no event and sets no review flag.
 */
export async function insertRatingBySqlForTest(
  hub: TestHub,
  caseId: string,
  rating: { source: 'SELF' | 'CALLBACK'; value: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED'; comment?: string | null; accountId?: string; household?: string; at: string },
): Promise<void> {
  await hub.app.db.pool.query(
    `insert into case_rating (case_id, area_path, source, value, comment, account_id, household_hash, actor_id, actor_role, rated_at)
     select c.id, c.area_path, $2, $3, $4, $5, $6, coalesce($5, 'test-grid-worker'), case when $2 = 'SELF' then 'RESIDENT' else 'GRID_WORKER' end, $7
     from civic_case c where c.id = $1`,
    [
      rowIdOf(caseId), rating.source, rating.value, rating.comment ?? null,
      rating.source === 'SELF' ? (rating.accountId ?? 'test-resident') : null,
      rating.source === 'CALLBACK' ? createHash('sha256').update(rating.household ?? '1-101').digest('hex') : null,
      rating.at,
    ],
  );
}

/** STAND-IN, to be replaced by setCaseMeasures once it exists: sets a case's measures with SQL (no event, no history). */
export async function setMeasuresBySqlForTest(hub: TestHub, caseId: string, measures: string, at: string): Promise<void> {
  await hub.app.db.pool.query(`update civic_case set measures = $2, measures_at = $3 where id = $1`, [rowIdOf(caseId), measures, at]);
}

/** STAND-IN, to be replaced by publishCasePhotos once it exists: marks a case's photos public with SQL (no event, no history). */
export async function publishPhotosBySqlForTest(hub: TestHub, caseId: string): Promise<void> {
  await hub.app.db.pool.query(`update civic_case set photos_public = true where id = $1`, [rowIdOf(caseId)]);
}

/** STAND-IN, to be replaced by the ratings that call for a review (and explainCase): flags a case for review with SQL. */
export async function flagReviewBySqlForTest(hub: TestHub, caseId: string, at: string, explanation: string | null = null): Promise<void> {
  await hub.app.db.pool.query(
    `update civic_case set needs_review = true, review_needed_at = $2, explanation = $3, explained_at = case when $3::text is null then null else $2::timestamptz end where id = $1`,
    [rowIdOf(caseId), at, explanation],
  );
}
