import type pg from 'pg';
import { rowIdOf } from './cases.js';

/*
 * STAND-IN, written with SQL: ratings, review flags and explanations inserted directly, for the figures' tests
 * while the ratings' mutations (rateCase, recordCallbackRating, explainCase: the ratings helper's branch) are not
 * merged. The rows are what those mutations store; the figures read nothing else. Replace with test/kit/ratings.ts
 * once it is on main.
 */

export interface RatingRowSpec {
  source: 'SELF' | 'CALLBACK';
  value: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED';
  /** When it was given (an instant). */
  at: string;
  /** SELF: the rater's account; `reporter` for the case's reporter. */
  account?: string;
  /** CALLBACK: the household (stored as given, standing in for its hash). */
  household?: string;
  comment?: string;
}

/** Inserts ratings of a case (global id) with SQL: see the note above. */
export async function insertRatingsBySql(pool: pg.Pool, caseId: string, ratings: RatingRowSpec[]): Promise<void> {
  for (const r of ratings) {
    await pool.query(
      `insert into case_rating (case_id, area_path, source, value, comment, account_id, is_reporter, household_hash, actor_id, actor_role, rated_at)
       select c.id, c.area_path, $2, $3, $4,
              case when $2 = 'SELF' then (case when $5 = 'reporter' then c.reporter_account_id else $5 end) end,
              $2 = 'SELF' and $5 = 'reporter',
              case when $2 = 'CALLBACK' then 'household:' || $6 end,
              case when $2 = 'SELF' then (case when $5 = 'reporter' then c.reporter_account_id else $5 end) else 'grid-worker' end,
              case when $2 = 'SELF' then 'RESIDENT' else 'GRID_WORKER' end,
              $7::timestamptz
       from civic_case c where c.id = $1`,
      [rowIdOf(caseId), r.source, r.value, r.comment ?? null, r.account ?? null, r.household ?? null, r.at],
    );
  }
}

/** Flags a case as needing review at `at` (and explains it at `explainedAt`), with SQL: see the note above. */
export async function flagReviewBySql(pool: pg.Pool, caseId: string, at: string, explainedAt?: string): Promise<void> {
  await pool.query(
    `update civic_case set needs_review = true, review_needed_at = $2::timestamptz,
       explanation = case when $3::timestamptz is null then null else '已联系居民说明情况' end, explained_at = $3::timestamptz
     where id = $1`,
    [rowIdOf(caseId), at, explainedAt ?? null],
  );
}
