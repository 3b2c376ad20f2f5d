import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { periodOrMonth, PeriodInput } from '../../shared/period.js';
import { todayOf } from '../../shared/today.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { CaseStatistics, OrganizationSummonsStatistics } from './case.statistics.js';

@Resolver(() => Area)
export class AreaCaseStatisticsResolver {
  @FieldResolver(() => CaseStatistics, {
    description:
      "Public figures of the cases (吹哨报到) of this area and below it for a period, as a joint meeting (联席会议) reviews them: cases reported by status, category and level, whistles blown, organisations summoned, the report-in on time and completed on time rates, the median minutes to report in and to close, what is overdue now, and how each organisation summoned answered. Counts only: no reporter, ticket number or case text, like `orderStatistics`.",
  })
  caseStatistics(
    @Root() area: Area,
    @Arg('period', () => PeriodInput, { nullable: true, description: "Which days: local dates in the district's time zone, both inclusive. Omitted: the current month, from its 1st through today." })
    period: PeriodInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<CaseStatistics> {
    return ctx.loaders.caseStatisticsByPath.load({ path: area.path, period: periodOrMonth(period, 'period', todayOf(ctx)) });
  }
}

@Resolver(() => OrganizationSummonsStatistics)
export class OrganizationSummonsStatisticsResolver {
  @FieldResolver(() => Organization, { description: 'The organisation summoned (organisations are public).' })
  async organization(@Root() o: OrganizationSummonsStatistics, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(o.organizationRowId))!;
  }
}
