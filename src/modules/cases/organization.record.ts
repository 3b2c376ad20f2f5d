import DataLoader from 'dataloader';
import type pg from 'pg';
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { SqlParams } from '../../read/params.js';
import { periodBoundsSql, periodKey, periodOrMonth, PeriodInput, type Period } from '../../shared/period.js';
import { todayOf } from '../../shared/today.js';
import { Organization } from '../organizations/index.js';
import { CaseStatus } from './case.enums.js';
import { CaseSatisfaction, satisfactionOf, satisfactionSql } from './case.satisfaction.js';
import { numberOrNull, organizationFiguresSql, type OrganizationRow } from './case.statistics.js';

/*
 * `Organization.caseRecord`: how a department or unit answered its summonses and how residents rated its work,
 * public like `Area.caseStatistics` (figures only; no name but the organisation's). The summons figures are
 * those `byOrganization` gives, over every case it was summoned to (not one area's); the satisfaction is that of
 * the CLOSED cases it reported in to, whatever the period it was summoned in, over ratings given in the period.
 */

@ObjectType({
  simpleResolvers: true,
  description:
    "How an organisation answered the summonses of cases (部门报到) and how residents rated its work, for a period of local days. Counts, rates and medians only: no reporter, rater, ticket number or case text.",
})
export class OrganizationCaseRecord {
  @Field(() => Int, { description: 'Summonses it was given in the period, to cases anywhere.' })
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

  @Field(() => CaseSatisfaction, {
    description:
      'How residents rated its work: the ratings given in the period of the CLOSED cases it was summoned to and reported in to (whenever summoned; a case it declined is not its work), SELF and CALLBACK apart and together.',
  })
  satisfaction!: CaseSatisfaction;
}

export interface CaseRecordKey {
  organizationRowId: string;
  period: Period;
}

const keyOf = (k: CaseRecordKey) => `${periodKey(k.period)}|${k.organizationRowId}`;

interface Row extends Omit<OrganizationRow, 'organization_id'> {
  organization_id: string;
  satisfaction: number[];
}

/** Organisations' case records for a period at `now`: one statement per distinct period in a batch, whatever the number of organisations. */
export function caseRecordLoader(pool: pg.Pool, timeZone: string, now: Date) {
  return new DataLoader<CaseRecordKey, OrganizationCaseRecord, string>(
    async (keys) => {
      const result = new Map<string, OrganizationCaseRecord>();
      const periods = new Map(keys.map((k) => [periodKey(k.period), k.period]));
      for (const period of periods.values()) {
        const ids = [...new Set(keys.filter((k) => periodKey(k.period) === periodKey(period)).map((k) => k.organizationRowId))];
        const p = new SqlParams([ids]);
        const { start, end } = periodBoundsSql(p.add(period.from), p.add(period.to), p.add(timeZone));
        const at = `${p.add(now.toISOString())}::timestamptz`;
        const within = (column: string) => `(${column} >= ${start} and ${column} < ${end})`;
        const { rows } = await pool.query<Row>(
          `select o.id::text as organization_id, sf.*, rf.*
           from unnest($1::bigint[]) as o(id)
           cross join lateral (
             select ${organizationFiguresSql(p, at)}
             from case_summons sm join civic_case c on c.id = sm.case_id
             where sm.organization_id = o.id and ${within('sm.summoned_at')}
           ) sf
           cross join lateral (
             select ${satisfactionSql(p)} as satisfaction
             from case_rating r join civic_case c on c.id = r.case_id
             where c.status = ${p.add(CaseStatus.CLOSED)} and ${within('r.rated_at')}
               and exists (select 1 from case_summons sm where sm.case_id = c.id and sm.organization_id = o.id and sm.reported_in_at is not null)
           ) rf`,
          p.values,
        );
        for (const row of rows) result.set(keyOf({ organizationRowId: row.organization_id, period }), toRecord(row));
      }
      return keys.map((k) => result.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  );
}

function toRecord(row: Row): OrganizationCaseRecord {
  return Object.assign(Object.create(OrganizationCaseRecord.prototype) as OrganizationCaseRecord, {
    summoned: row.summoned,
    reportedIn: row.reported_in,
    reportedInOnTime: row.reported_in_on_time,
    declined: row.declined,
    declinesAccepted: row.declines_accepted,
    done: row.done,
    overdueNow: row.overdue_now,
    medianMinutesToReportIn: numberOrNull(row.median_report_in),
    satisfaction: satisfactionOf(row.satisfaction),
  });
}

@Resolver(() => Organization)
export class OrganizationCaseRecordResolver {
  @FieldResolver(() => OrganizationCaseRecord, {
    description:
      "Public record of this organisation in cases (吹哨报到) for a period: how it answered the summonses it was given (reported in, on time, declined, done, overdue now, the median minutes to report in) and how residents rated the closed cases it reported in to (SELF, CALLBACK and combined). Figures only, like `Area.caseStatistics`.",
  })
  caseRecord(
    @Root() org: Organization,
    @Arg('period', () => PeriodInput, { nullable: true, description: "Which days: local dates in the district's time zone, both inclusive. Omitted: the current month, from its 1st through today." })
    period: PeriodInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrganizationCaseRecord> {
    return ctx.loaders.caseRecordByOrganization.load({ organizationRowId: org.rowId, period: periodOrMonth(period, 'period', todayOf(ctx)) });
  }
}
