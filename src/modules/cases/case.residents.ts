import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, InputType, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { parsePageArgs, readPage } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { userError, type UserError } from '../../shared/errors.js';
import { requireSignedIn } from '../../shared/guards.js';
import { PageArgsType } from '../../shared/page-args.js';
import { periodBoundsSql } from '../../shared/period.js';
import { localToday } from '../../shared/today.js';
import { AreaKind, type AreaEntity } from '../areas/index.js';
import { CaseSource, CaseStatus } from './case.enums.js';
import { CASE } from './case.search.js';
import { Case, CaseConnection } from './case.type.js';

/*
 * Residents (居民) and their cases: what a RESIDENT may report (a community, grid or building area, as
 * source RESIDENT, at most CASE_REPORTS_PER_DAY a local day per account), and `myCases`, the cases an account
 * reported, in full.
 */

/** The areas a resident reports in: a community, or a grid or building below one (the community handles it). */
const RESIDENT_AREA_KINDS: readonly AreaKind[] = [AreaKind.COMMUNITY, AreaKind.GRID, AreaKind.BUILDING];

/**
 * Why a RESIDENT may not report this case, or null when they may: the area must be a community, grid or
 * building (CASE_AREA_NOT_COMMUNITY), the source RESIDENT (CASE_SOURCE_NOT_ALLOWED), and the account must have
 * reported fewer than CASE_REPORTS_PER_DAY cases in the local day of `at` (TOO_MANY_REPORTS). The count runs
 * under a transaction-level advisory lock of the account, so two concurrent reports of one account are counted
 * one after the other: the second sees the first once it has committed, and never both pass at the limit.
 */
export async function residentReportRefused(em: EntityManager, ctx: Context, area: AreaEntity, source: CaseSource, at: Date): Promise<UserError | null> {
  if (!RESIDENT_AREA_KINDS.includes(area.kind)) {
    return userError('CASE_AREA_NOT_COMMUNITY', `A resident reports a problem in a community, grid or building, not in a ${area.kind}.`, 'input.areaId');
  }
  if (source !== CaseSource.RESIDENT) {
    return userError('CASE_SOURCE_NOT_ALLOWED', `A resident's report is of source RESIDENT, not ${source}.`, 'input.source');
  }
  const account = ctx.viewer.accountId!;
  const limit = ctx.app.config.caseReportsPerDay;
  const today = localToday(at, ctx.app.config.timeZone);
  const { start, end } = periodBoundsSql('?', '?', '?');
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('sharehub:case-reports:' || ?, 0))`, [account]);
  const rows: { n: number }[] = await em.execute(
    `select count(*)::int as n from civic_case where reporter_account_id = ? and reported_at >= ${start} and reported_at < ${end}`,
    [account, today, ctx.app.config.timeZone, today, ctx.app.config.timeZone],
  );
  if (rows[0].n >= limit) {
    return userError('TOO_MANY_REPORTS', `You have reported ${rows[0].n} cases today, the most a resident may (${limit} a day); report again tomorrow.`, null);
  }
  return null;
}

@InputType({ description: 'Which of your cases to read; all given conditions must hold.' })
export class MyCasesFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'In any of these statuses.' })
  statuses?: CaseStatus[] | null;
}

@Resolver(() => Case)
export class MyCasesResolver {
  @Query(() => CaseConnection, {
    description:
      "The cases your account reported, in id order (oldest first), in full: their fields, reporter, ticket number and photos (the actors of their handling stay HIDDEN, as on every case). Any signed-in role (a RESIDENT's own reports, or a staff member's); anonymous callers get UNAUTHENTICATED.",
  })
  myCases(
    @Arg('filter', () => MyCasesFilter, { nullable: true, description: 'Which of your cases; all when null.' }) filter: MyCasesFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireSignedIn(ctx.viewer);
    const p = new SqlParams();
    const where = [`c.reporter_account_id = ${p.add(ctx.viewer.accountId)}`];
    const statuses = filter?.statuses?.length ? [...new Set(filter.statuses)].sort() : null;
    if (statuses) where.push(`c.status = any(${p.add(statuses)}::text[])`);
    return readPage({
      pool: ctx.app.db.pool,
      def: CASE,
      alias: 'c',
      selection: pathIn([...selectionOf(info).values()][0], 'edges', 'node'),
      listKey: 'myCases',
      where,
      p,
      page: parsePageArgs(page, 'myCases'),
    });
  }
}
