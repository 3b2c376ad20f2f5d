import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { DemandStatistic } from './demand.type.js';
import { todayOf } from '../../shared/today.js';

@Resolver(() => Area)
export class AreaDemandStatisticsResolver {
  @FieldResolver(() => [DemandStatistic], {
    description: 'Public counts of the demands in this area and below it, per status (as of now) and kind; only combinations that occur.',
  })
  demandStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<DemandStatistic[]> {
    return ctx.loaders.demandStatisticsByPath.load({ owner: area.path, today: todayOf(ctx) });
  }
}
