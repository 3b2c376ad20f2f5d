import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { todayOf } from '../../shared/today.js';
import { AgreementStatistic } from './agreement.type.js';

@Resolver(() => Area)
export class AreaAgreementStatisticsResolver {
  @FieldResolver(() => [AgreementStatistic], {
    description: 'Agreements made with this area and the areas below it, counted by their status today; every status listed. Public: counts only.',
  })
  agreementStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<AgreementStatistic[]> {
    return ctx.loaders.agreementStatisticsByPathOn(todayOf(ctx)).load(area.path);
  }

  @FieldResolver(() => Int, {
    description: 'PUBLISHED resources in this area and below it that an agreement in force today shares. Public.',
  })
  resourcesCoveredCount(@Root() area: Area, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.resourcesCoveredCountByPathOn(todayOf(ctx)).load(area.path);
  }
}
