import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { DemandStatistic } from './demand.type.js';
import { todayOf } from '../../shared/today.js';
import { periodOrMonth, PeriodInput } from '../../shared/period.js';
import { OrderStatistics } from './order.statistics.js';

@Resolver(() => Area)
export class AreaDemandStatisticsResolver {
  @FieldResolver(() => [DemandStatistic], {
    description: 'Public counts of the demands in this area and below it, per status (as of now) and kind; only combinations that occur.',
  })
  demandStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<DemandStatistic[]> {
    return ctx.loaders.demandStatisticsByPath.load({ owner: area.path, today: todayOf(ctx) });
  }
}

@Resolver(() => Area)
export class AreaOrderStatisticsResolver {
  @FieldResolver(() => OrderStatistics, {
    description: "Public figures of the service orders of this area and below it for a period: placed, taken, served, confirmed, the median minutes to take and to serve, minutes served and points awarded.",
  })
  orderStatistics(
    @Root() area: Area,
    @Arg('period', () => PeriodInput, { nullable: true, description: "Which days: local dates in the district's time zone, both inclusive. Omitted: the current month, from its 1st through today." })
    period: PeriodInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrderStatistics> {
    return ctx.loaders.orderStatisticsByPath.load({ path: area.path, period: periodOrMonth(period, 'period', todayOf(ctx)) });
  }
}
