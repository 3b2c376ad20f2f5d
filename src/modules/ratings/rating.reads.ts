import type pg from 'pg';
import { listLoader } from '../../read/list-loader.js';
import type { RatingSource, RatingValue } from './rating.enums.js';
import { Rating } from './rating.type.js';

/**
 * Only for cases the viewer already sees: their ratings, oldest first. Never the account or the household's
 * hash: they are not even read.
 */
export const ratingsByCaseLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, Rating>(
    pool,
    'case_id',
    `select case_id::text as case_id, value, source, comment, rated_at, is_reporter
     from case_rating where case_id = any($1::bigint[]) order by case_id, id`,
    (row) =>
      Object.assign(Object.create(Rating.prototype) as Rating, {
        caseRowId: row.case_id as string,
        value: row.value as RatingValue,
        source: row.source as RatingSource,
        comment: row.comment as string | null,
        ratedAt: row.rated_at as Date,
        isReporter: row.is_reporter as boolean,
      }),
  );
