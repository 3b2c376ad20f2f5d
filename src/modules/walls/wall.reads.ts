import type { Context } from '../../context.js';
import { preparedName } from '../../db/statements.js';
import { column, idColumn, plan, point, ReadQuery, type Row, type TypeDef } from '../../read/compile.js';
import { connectionOf, parsePageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import type { Selection } from '../../read/selection.js';
import { encodeCursor } from '../../shared/cursor.js';
import { notFound } from '../../shared/errors.js';
import { AREA, belowAreaSql } from '../areas/index.js';
import { caseOverdueSql, CaseStatus, type CaseCategory, type CaseLevel } from '../cases/index.js';
import { RatingSource, RatingValue } from '../ratings/index.js';
import { WallCase, WallComment, WallSummons, type WallCaseConnection, type WallRatingCounts, type WallRatings } from './wall.type.js';

/*
 * The problem wall (问题墙) and the echo wall (回音壁), each page one prepared statement: the page of cases is
 * chosen over `civic_case` alone (the (area_path, id) index of the walls' statuses), then each of its rows gets
 * its location (the centroid of the deepest grid at or above its area, else of its community, else of its
 * street), its summonses and, on the echo wall, its ratings, as JSON; the areas the selection asks for are
 * joined. Only the columns below are ever selected: never the description, the reporter, the ticket number,
 * the case's own point, the notes, an actor, a rater's account or a household.
 */

export type Wall = 'problem' | 'echo';

const STATUSES: Record<Wall, CaseStatus[]> = {
  problem: [CaseStatus.ACCEPTED, CaseStatus.WHISTLED],
  echo: [CaseStatus.CLOSED],
};

const SUMMONSES = `(select coalesce(json_agg(json_build_object('organizationRowId', s.organization_id::text, 'role', s.role, 'status', s.status,
    'reportInDeadline', s.report_in_deadline, 'reportedInAt', s.reported_in_at) order by s.id), '[]'::json)
  from case_summons s where s.case_id = c.id) as summonses`;

const countsOf = (source: RatingSource) =>
  `json_build_object('satisfied', count(*) filter (where r.source = '${source}' and r.value = '${RatingValue.SATISFIED}'),
    'basicallySatisfied', count(*) filter (where r.source = '${source}' and r.value = '${RatingValue.BASICALLY_SATISFIED}'),
    'dissatisfied', count(*) filter (where r.source = '${source}' and r.value = '${RatingValue.DISSATISFIED}'),
    'total', count(*) filter (where r.source = '${source}'))`;

/** The echo wall's columns: the result, the time taken, the review, the ratings (never who rated). */
const ECHO_COLUMNS = `c.result, c.resolved_at, c.closed_at, floor(extract(epoch from c.closed_at - c.reported_at) / 60)::int as minutes_taken,
  c.needs_review, c.explanation,
  (select json_build_object('self', ${countsOf(RatingSource.SELF)}, 'callback', ${countsOf(RatingSource.CALLBACK)}) from case_rating r where r.case_id = c.id) as rating_counts,
  (select coalesce(json_agg(json_build_object('text', r.comment, 'value', r.value, 'source', r.source, 'ratedAt', r.rated_at) order by r.id), '[]'::json)
   from case_rating r where r.case_id = c.id and r.comment is not null) as comments`;

const NO_ECHO_COLUMNS = `null::text as result, null::timestamptz as resolved_at, null::timestamptz as closed_at, null::int as minutes_taken,
  null::boolean as needs_review, null::text as explanation, null::json as rating_counts, null::json as comments`;

// the area's ancestors are the steps of its path ('/1/7/42/108/' → 1, 7, 42, 108): the deepest grid first, then the community, then the street
const LOCATION = `cross join lateral (select a.lat, a.lng from area a
    where a.id = any(string_to_array(trim(both '/' from c.area_path), '/')::bigint[]) and a.kind <> 'BUILDING'
    order by case a.kind when 'GRID' then 0 when 'COMMUNITY' then 1 else 2 end, a.depth desc limit 1) loc`;

const wallColumns = (wall: Wall) => `c.id, c.area_id, c.title, c.category, c.urgency, c.level, c.status, c.reported_at, c.measures, c.complete_deadline,
  case when c.photos_public then c.photo_urls else '{}'::text[] end as photo_urls, loc.lat, loc.lng, ${SUMMONSES},
  ${wall === 'echo' ? ECHO_COLUMNS : NO_ECHO_COLUMNS}`;

const toDate = (value: unknown) => (value == null ? null : new Date(value as string));

const summonsesOf = (row: Row): WallSummons[] =>
  (row.summonses as Record<string, unknown>[]).map((s) =>
    Object.assign(Object.create(WallSummons.prototype) as WallSummons, {
      organizationRowId: s.organizationRowId as string,
      role: s.role,
      status: s.status,
      reportInDeadline: toDate(s.reportInDeadline)!,
      reportedInAt: toDate(s.reportedInAt),
      caseStatus: row.status as CaseStatus,
    }),
  );

const ratingsOf = (row: Row): WallRatings | null => {
  const counts = row.rating_counts as { self: WallRatingCounts; callback: WallRatingCounts } | null;
  if (counts === null) return null;
  const comments = (row.comments as Record<string, unknown>[]).map((c) =>
    Object.assign(Object.create(WallComment.prototype) as WallComment, {
      text: c.text as string,
      value: c.value as RatingValue,
      source: c.source as RatingSource,
      ratedAt: toDate(c.ratedAt)!,
    }),
  );
  return { self: counts.self, callback: counts.callback, comments };
};

/** How a wall's case is read (src/read/compile.ts), from the columns of `wallColumns`. */
export const WALL_CASE: TypeDef<WallCase> = {
  typename: 'WallCase',
  table: 'civic_case',
  prototype: WallCase.prototype,
  base: { areaRowId: idColumn('area_id'), status: column('status'), completeDeadline: column('complete_deadline') },
  props: {
    title: column('title'),
    category: column('category'),
    urgency: column('urgency'),
    level: column('level'),
    location: point('lat', 'lng'),
    reportedAt: column('reported_at'),
    summonsList: { columns: ['summonses', 'status'], read: summonsesOf },
    measures: column('measures'),
    photoUrls: column('photo_urls'),
    result: column('result'),
    resolvedAt: column('resolved_at'),
    closedAt: column('closed_at'),
    minutesTaken: column('minutes_taken'),
    needsReview: column('needs_review'),
    explanation: column('explanation'),
    ratings: { columns: ['rating_counts', 'comments'], read: ratingsOf },
  },
  serves: { summonses: ['summonsList'] },
  relations: { area: { target: () => AREA, foreignKey: 'area_id', optional: false } },
};

export interface WallSearch {
  areaRowId: string;
  categories: CaseCategory[] | null;
  /** problem wall */
  levels: CaseLevel[] | null;
  overdue: boolean | null;
  /** echo wall */
  needsReview: boolean | null;
  first: number | null | undefined;
  after: string | null | undefined;
}

/**
 * One page of a wall, newest case first: the cases of the area and below in the wall's statuses. Anyone may
 * read it. An unknown area answers NOT_FOUND (checked only when the page is empty: a second statement then).
 */
export async function readWall(ctx: Context, wall: Wall, selection: Selection | undefined, search: WallSearch): Promise<WallCaseConnection> {
  const listKey = `${wall}-wall`;
  const page = parsePageArgs({ first: search.first, after: search.after }, listKey);
  const p = new SqlParams();
  const where = [`c.status = any(${p.add(STATUSES[wall])}::text[])`, belowAreaSql('c', p, search.areaRowId)];
  if (search.categories) where.push(`c.category = any(${p.add(search.categories)}::text[])`);
  if (search.levels) where.push(`c.level = any(${p.add(search.levels)}::text[])`);
  if (search.overdue !== null) {
    const overdue = caseOverdueSql('c', p.add(ctx.app.clock.now().toISOString()));
    where.push(search.overdue ? overdue : `not ${overdue}`);
  }
  if (search.needsReview !== null) where.push(`c.needs_review = ${p.add(search.needsReview)}::boolean`);
  if (page.afterId !== null) where.push(`c.id < ${p.add(page.afterId)}::bigint`);
  const query = new ReadQuery();
  const build = plan(WALL_CASE, selection, 'w', query);
  const text = `select ${query.columns.join(', ')}
    from (select ${wallColumns(wall)}
          from (select c.id, c.area_id, c.area_path, c.title, c.category, c.urgency, c.level, c.status, c.reported_at, c.measures,
                       c.complete_deadline, c.photos_public, c.photo_urls, c.result, c.resolved_at, c.closed_at, c.needs_review, c.explanation
                from civic_case c where ${where.join(' and ')} order by c.id desc limit ${p.add(page.limit + 1)}) c
          ${LOCATION}) w
    ${query.joins.join(' ')}
    order by w.id desc`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  if (rows.length === 0 && !(await ctx.loaders.areaById.load(search.areaRowId))) throw notFound('areaId', 'area');
  const connection = connectionOf(
    rows,
    { limit: page.limit, backward: false, afterId: page.afterId, beforeId: null },
    (row) => {
      const node = build(row);
      return { cursor: encodeCursor([listKey, node.rowId]), node };
    },
    () => Promise.resolve(0),
  );
  return { edges: connection.edges, pageInfo: connection.pageInfo };
}
