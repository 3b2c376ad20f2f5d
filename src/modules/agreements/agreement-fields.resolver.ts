import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Area } from '../areas/index.js';
import { Resource } from '../resources/index.js';
import { todayOf } from '../../shared/today.js';
import { AgreementItem, AgreementStatistic, SharingAgreement } from './agreement.type.js';

@Resolver(() => AgreementItem)
export class AgreementItemResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The resource shared; null if you may not see it (e.g. a draft resource).' })
  resource(@Root() item: AgreementItem, @Ctx() ctx: Context): Promise<Resource | null> {
    return ctx.loaders.resourceById.load(item.resourceRowId);
  }
}

@Resolver(() => Resource)
export class ResourceAgreementsResolver {
  @FieldResolver(() => [SharingAgreement], { description: 'The sharing agreements you may see that share this resource, in id order.' })
  agreements(@Root() r: Resource, @Ctx() ctx: Context): Promise<SharingAgreement[]> {
    return ctx.loaders.agreementsByResourceId.load(r.rowId);
  }
}

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
