import DataLoader from 'dataloader';
import type pg from 'pg';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SqlParams } from '../../read/params.js';
import { periodBoundsSql, periodKey, type Period } from '../../shared/period.js';
import { CaseAction, CaseCategory, CaseLevel, CaseStatus, SummonsStatus } from './case.enums.js';
import { CaseSatisfaction, satisfactionOf, satisfactionSql } from './case.satisfaction.js';
import { caseOverdueSql, summonsOverdueSql } from './case.transitions.js';

/*
 * The figures of an area's cases for a period (the joint meeting's, 联席会议): counts, shares and medians over
 * the cases and summonses of the area and below it, never a reporter, a ticket number or a case's text. Three
 * sets of things are counted, each named in its field's description:
 *   - cases reported in the period (what came in), and cases closed in the period (the median to close);
 *   - summonses made in the period (how organisations answered them, whenever they did);
 *   - cases whose completion deadline falls in the period (what was due);
 *   - ratings given in the period (residents' satisfaction), and cases flagged for review or explained in it.
 * "Now" is the operation's clock, passed in as a parameter.
 */

@ObjectType({ simpleResolvers: true, description: 'How many cases are in one status.' })
export class CaseStatusCount {
  @Field(() => CaseStatus, { description: 'The status.' })
  status!: CaseStatus;

  @Field(() => Int, { description: 'How many cases are in it.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many cases are of one category.' })
export class CaseCategoryCount {
  @Field(() => CaseCategory, { description: 'The category.' })
  category!: CaseCategory;

  @Field(() => Int, { description: 'How many cases are of it.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many cases are handled at one level.' })
export class CaseLevelCount {
  @Field(() => CaseLevel, { description: 'The level.' })
  level!: CaseLevel;

  @Field(() => Int, { description: 'How many cases it handles now.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How one organisation answered the summonses it was given in the period to cases of the area and below it (部门报到): every figure counts those summonses, whatever happened to them since.",
})
export class OrganizationSummonsStatistics {
  organizationRowId!: string;

  @Field(() => Int, { description: 'Summonses it was given in the period.' })
  summoned!: number;

  @Field(() => Int, { description: 'Of those, how many it reported in to (报到), by now.' })
  reportedIn!: number;

  @Field(() => Int, { description: 'Of those, how many it reported in to by their report-in deadline (at the deadline counts as on time).' })
  reportedInOnTime!: number;

  @Field(() => Int, { description: 'Of those, how many it declined (an overruled decline included).' })
  declined!: number;

  @Field(() => Int, { description: 'Of those, how many the whistler released it from by accepting its decline (DECLINE_ACCEPTED now).' })
  declinesAccepted!: number;

  @Field(() => Int, { description: 'Of those, how many are DONE: their case was resolved with it reported in.' })
  done!: number;

  @Field(() => Int, { description: 'Of those, how many are overdue now: still SUMMONED past their report-in deadline while their case is open.' })
  overdueNow!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from being summoned to reporting in, over those it reported in to; null when none.' })
  medianMinutesToReportIn!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Public figures of an area's cases (吹哨报到: cases of the area and below it) for a period of local days, as a joint meeting (联席会议) reviews them: counts, shares and medians, never a reporter, a ticket number or a case's text. \"Now\" is the hub's clock when asked.",
})
export class CaseStatistics {
  @Field(() => Int, { description: 'Cases reported in the period (a merged or rejected one included).' })
  reported!: number;

  @Field(() => [CaseStatusCount], { description: 'The cases counted in `reported`, by their status now: every status, in the order of `CaseStatus`, zeros included.' })
  byStatus!: CaseStatusCount[];

  @Field(() => [CaseCategoryCount], { description: 'The cases counted in `reported`, by category: every category, in the order of `CaseCategory`, zeros included.' })
  byCategory!: CaseCategoryCount[];

  @Field(() => [CaseLevelCount], { description: 'The cases counted in `reported`, by the level handling them now: every level, zeros included.' })
  byLevel!: CaseLevelCount[];

  @Field(() => Int, { description: 'Whistles blown (吹哨) in the period: WHISTLE entries of the cases\' histories (a second whistle on a case, by the same or a higher level, counts again).' })
  whistles!: number;

  @Field(() => Int, { description: 'Summonses made in the period: one per organisation named by a whistle.' })
  summonses!: number;

  @Field(() => Int, { description: 'Distinct organisations summoned in the period (one row each in `byOrganization`).' })
  organizationsSummoned!: number;

  @Field(() => Int, {
    description:
      'Of the summonses made in the period, those whose report-in is decided now: reported in (whenever), or still SUMMONED past their report-in deadline (whatever became of the case). A pending or accepted decline is not counted.',
  })
  reportInsDue!: number;

  @Field(() => Int, { description: 'Of `reportInsDue`, those reported in by their report-in deadline (at the deadline counts as on time).' })
  reportInsOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Report-in on time rate (按时报到率): `reportInsOnTime` / `reportInsDue`, from 0 to 1; null when `reportInsDue` is 0.' })
  reportInOnTimeRate!: number | null;

  @Field(() => Int, {
    description:
      'Cases whose completion deadline (the latest whistle\'s, as stored) falls in the period and whose completion is decided now: RESOLVED or CLOSED, or overdue (ACCEPTED or WHISTLED past the deadline). A case still open before its deadline, or merged, is not counted.',
  })
  completionsDue!: number;

  @Field(() => Int, { description: 'Of `completionsDue`, those RESOLVED or CLOSED with their resolution at or before the deadline (a reopened case counts by its latest resolution).' })
  completionsOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Completed on time rate (按期办结率): `completionsOnTime` / `completionsDue`, from 0 to 1; null when `completionsDue` is 0.' })
  completedOnTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median minutes from summons to report-in, over the summonses made in the period that were reported in (whenever); null when none was.',
  })
  medianMinutesToReportIn!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from reporting a case to closing it, over the cases closed in the period (and CLOSED still); null when none was.' })
  medianMinutesToClose!: number | null;

  @Field(() => Int, { description: 'Cases of the area overdue now, whenever reported: ACCEPTED or WHISTLED past their completion deadline. Not bound to the period.' })
  overdueNow!: number;

  @Field(() => Int, { description: 'Summonses to cases of the area overdue now, whenever made: SUMMONED past their report-in deadline while their case is open. Not bound to the period.' })
  summonsesOverdueNow!: number;

  @Field(() => [OrganizationSummonsStatistics], {
    description: 'Per organisation summoned in the period, how it answered those summonses: most summonses first, ties by the organisation\'s id.',
  })
  byOrganization!: OrganizationSummonsStatistics[];

  @Field(() => CaseSatisfaction, {
    description: 'Residents\' satisfaction (满意度): the ratings of cases of the area and below it given in the period (whenever the case was closed), SELF and CALLBACK apart and together.',
  })
  satisfaction!: CaseSatisfaction;

  @Field(() => Int, { description: 'Cases whose ratings called for a review (needsReview) in the period: at least 3 ratings and more than half DISSATISFIED, or the reporter DISSATISFIED.' })
  reviewsNeeded!: number;

  @Field(() => Int, { description: 'Cases the community explained in the period after a review was called for (their explanation is on the echo wall).' })
  explained!: number;
}

export interface CaseStatisticsKey {
  path: string;
  period: Period;
}

const keyOf = (k: CaseStatisticsKey) => `${periodKey(k.period)}|${k.path}`;

const STATUSES = Object.values(CaseStatus);
const CATEGORIES = Object.values(CaseCategory);
const LEVELS = Object.values(CaseLevel);

export interface OrganizationRow {
  organization_id: string;
  summoned: number;
  reported_in: number;
  reported_in_on_time: number;
  declined: number;
  declines_accepted: number;
  done: number;
  overdue_now: number;
  median_report_in: number | null;
}

interface Row {
  path: string;
  reported: number;
  by_status: number[];
  by_category: number[];
  by_level: number[];
  overdue_now: number;
  completions_due: number;
  completions_on_time: number;
  median_close: number | null;
  whistles: number;
  summonses: number;
  organizations: number;
  report_ins_due: number;
  report_ins_on_time: number;
  median_report_in: number | null;
  summonses_overdue_now: number;
  by_organization: OrganizationRow[];
  satisfaction: number[];
  reviews_needed: number;
  explained: number;
}

/**
 * The figures of an organisation's summonses `sm` (of cases `c`) as an aggregate's columns, named as
 * OrganizationRow's: what `byOrganization` and `Organization.caseRecord` both give.
 */
export function organizationFiguresSql(p: SqlParams, at: string): string {
  const reportedIn = 'sm.reported_in_at is not null';
  return `count(*)::int as summoned,
    count(*) filter (where ${reportedIn})::int as reported_in,
    count(*) filter (where ${reportedIn} and sm.reported_in_at <= sm.report_in_deadline)::int as reported_in_on_time,
    count(*) filter (where sm.declined_at is not null)::int as declined,
    count(*) filter (where sm.status = ${p.add(SummonsStatus.DECLINE_ACCEPTED)})::int as declines_accepted,
    count(*) filter (where sm.status = ${p.add(SummonsStatus.DONE)})::int as done,
    count(*) filter (where ${summonsOverdueSql('sm', 'c', at)})::int as overdue_now,
    percentile_cont(0.5) within group (order by extract(epoch from (sm.reported_in_at - sm.summoned_at)) / 60)
      filter (where ${reportedIn}) as median_report_in`;
}

export const numberOrNull = (v: number | string | null) => (v === null ? null : Number(v));
const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Areas' case statistics for a period at `now`: one statement per distinct period in a batch (an operation
 * usually asks one), whatever the number of areas. Instants are compared with the period's local bounds in
 * `timeZone`; overdue is decided by `now` with the rules of case.transitions.ts.
 */
export function caseStatisticsLoader(pool: pg.Pool, timeZone: string, now: Date) {
  return new DataLoader<CaseStatisticsKey, CaseStatistics, string>(
    async (keys) => {
      const result = new Map<string, CaseStatistics>();
      const periods = new Map(keys.map((k) => [periodKey(k.period), k.period]));
      for (const period of periods.values()) {
        const paths = [...new Set(keys.filter((k) => periodKey(k.period) === periodKey(period)).map((k) => k.path))];
        const p = new SqlParams([paths]);
        const { start, end } = periodBoundsSql(p.add(period.from), p.add(period.to), p.add(timeZone));
        const at = `${p.add(now.toISOString())}::timestamptz`;
        const within = (column: string) => `(${column} >= ${start} and ${column} < ${end})`;
        const below = (alias: string) => `(${alias}.area_path >= s.path and ${alias}.area_path < s.path || '~')`;
        const minutes = (a: string, b: string) => `extract(epoch from (${b} - ${a})) / 60`;
        const reported = within('c.reported_at');
        const countsBy = (column: string, values: readonly string[]) =>
          `array[${values.map((v) => `count(*) filter (where ${reported} and ${column} = ${p.add(v)})`).join(', ')}]::int[]`;
        const resolved = `c.status in (${p.add(CaseStatus.RESOLVED)}, ${p.add(CaseStatus.CLOSED)})`;
        const due = `${within('c.complete_deadline')} and (${resolved} or ${caseOverdueSql('c', at)})`;
        const onTime = `${within('c.complete_deadline')} and ${resolved} and c.resolved_at <= c.complete_deadline`;
        // a summons' report-in: decided once reported in, or once its deadline passed while it is still SUMMONED
        const reportedIn = 'sm.reported_in_at is not null';
        const reportedInOnTime = `(${reportedIn} and sm.reported_in_at <= sm.report_in_deadline)`;
        const reportInDue = `(${reportedIn} or (sm.status = ${p.add(SummonsStatus.SUMMONED)} and sm.report_in_deadline < ${at}))`;
        const medianReportIn = `percentile_cont(0.5) within group (order by ${minutes('sm.summoned_at', 'sm.reported_in_at')}) filter (where ${reportedIn})`;
        const summonsesOfPeriod = `case_summons sm join civic_case c on c.id = sm.case_id where ${below('sm')} and ${within('sm.summoned_at')}`;
        const { rows } = await pool.query<Row>(
          `select s.path, cf.*, sf.*, rf.*,
             (select count(*)::int from case_history h join civic_case c on c.id = h.case_id
              where ${below('c')} and h.action = ${p.add(CaseAction.WHISTLE)} and ${within('h.at')}) as whistles,
             (select count(*)::int from case_summons sm join civic_case c on c.id = sm.case_id
              where ${below('sm')} and ${summonsOverdueSql('sm', 'c', at)}) as summonses_overdue_now,
             (select coalesce(json_agg(o order by o.summoned desc, o.organization_id::bigint), '[]'::json) from (
                select sm.organization_id::text as organization_id, ${organizationFiguresSql(p, at)}
                from ${summonsesOfPeriod} group by sm.organization_id) o) as by_organization
           from unnest($1::text[]) as s(path)
           cross join lateral (
             select count(*) filter (where ${reported})::int as reported,
                    ${countsBy('c.status', STATUSES)} as by_status,
                    ${countsBy('c.category', CATEGORIES)} as by_category,
                    ${countsBy('c.level', LEVELS)} as by_level,
                    count(*) filter (where ${caseOverdueSql('c', at)})::int as overdue_now,
                    count(*) filter (where ${due})::int as completions_due,
                    count(*) filter (where ${onTime})::int as completions_on_time,
                    percentile_cont(0.5) within group (order by ${minutes('c.reported_at', 'c.closed_at')})
                      filter (where c.status = ${p.add(CaseStatus.CLOSED)} and ${within('c.closed_at')}) as median_close,
                    count(*) filter (where c.needs_review and ${within('c.review_needed_at')})::int as reviews_needed,
                    count(*) filter (where c.explanation is not null and ${within('c.explained_at')})::int as explained
             from civic_case c where ${below('c')}
           ) cf
           cross join lateral (
             select count(*)::int as summonses, count(distinct sm.organization_id)::int as organizations,
                    count(*) filter (where ${reportInDue})::int as report_ins_due,
                    count(*) filter (where ${reportInDue} and ${reportedInOnTime})::int as report_ins_on_time,
                    ${medianReportIn} as median_report_in
             from ${summonsesOfPeriod}
           ) sf
           cross join lateral (
             select ${satisfactionSql(p)} as satisfaction from case_rating r where ${below('r')} and ${within('r.rated_at')}
           ) rf`,
          p.values,
        );
        for (const row of rows) {
          result.set(keyOf({ path: row.path, period }), toStatistics(row));
        }
      }
      return keys.map((k) => result.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  );
}

function toStatistics(row: Row): CaseStatistics {
  return {
    reported: row.reported,
    byStatus: STATUSES.map((status, i) => ({ status, count: row.by_status[i]! })),
    byCategory: CATEGORIES.map((category, i) => ({ category, count: row.by_category[i]! })),
    byLevel: LEVELS.map((level, i) => ({ level, count: row.by_level[i]! })),
    whistles: row.whistles,
    summonses: row.summonses,
    organizationsSummoned: row.organizations,
    reportInsDue: row.report_ins_due,
    reportInsOnTime: row.report_ins_on_time,
    reportInOnTimeRate: rate(row.report_ins_on_time, row.report_ins_due),
    completionsDue: row.completions_due,
    completionsOnTime: row.completions_on_time,
    completedOnTimeRate: rate(row.completions_on_time, row.completions_due),
    medianMinutesToReportIn: numberOrNull(row.median_report_in),
    medianMinutesToClose: numberOrNull(row.median_close),
    overdueNow: row.overdue_now,
    summonsesOverdueNow: row.summonses_overdue_now,
    byOrganization: row.by_organization.map((o) =>
      Object.assign(Object.create(OrganizationSummonsStatistics.prototype) as OrganizationSummonsStatistics, {
        organizationRowId: o.organization_id,
        summoned: o.summoned,
        reportedIn: o.reported_in,
        reportedInOnTime: o.reported_in_on_time,
        declined: o.declined,
        declinesAccepted: o.declines_accepted,
        done: o.done,
        overdueNow: o.overdue_now,
        medianMinutesToReportIn: numberOrNull(o.median_report_in),
      }),
    ),
    satisfaction: satisfactionOf(row.satisfaction),
    reviewsNeeded: row.reviews_needed,
    explained: row.explained,
  };
}
