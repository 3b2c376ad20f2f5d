import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { demandsByIds, readDemands, type DemandSearch } from './demand.search.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import type { Outcome } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { DemandFulfilment, DemandStatus } from './demand.enums.js';
import { TakeDemandInput } from './demand-take.inputs.js';
import { takePayload } from './demand-take.resolver.js';
import { DemandTake } from './demand-take.type.js';
import { CancelDemandInput, DemandFilter, DemandIdInput, PostDemandInput, UpdateDemandInput } from './demand.inputs.js';
import { localDate } from './demand.parse.js';
import { DemandPayload, DemandTakePayload } from './demand.payloads.js';
import { DemandService } from './demand.service.js';
import { effectiveDemandStatus, isOrderOverdue } from './demand.transitions.js';
import { Demand, DemandConnection, DemandHistoryEntry, DemandList } from './demand.type.js';
import { todayOf } from '../../shared/today.js';

const payload = (outcome: Outcome<Demand>): DemandPayload =>
  outcome.ok ? { demand: outcome.value, userErrors: [] } : { demand: null, userErrors: outcome.errors };

const distinct = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? [...new Set(values)].sort() : null);

export function demandSearch(filter: DemandFilter | null | undefined): DemandSearch {
  const f = filter ?? {};
  return {
    areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
    statuses: distinct(f.statuses),
    kinds: distinct(f.kinds),
    fulfilment: f.fulfilment ?? null,
    serviceKinds: distinct(f.serviceKinds),
    demandListRowId: f.demandListId ? idOf(f.demandListId, ['DemandList'], 'filter.demandListId') : null,
    urgency: f.urgency ?? null,
    neededOn: f.neededOn == null ? null : localDate(f.neededOn, 'filter.neededOn'),
  };
}

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => Demand, { nullable: true, description: 'One demand by id; null when there is none or you may not see it.' })
  async demand(@Arg('id', () => ID, { description: 'Global id of the demand.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [demand] = await demandsByIds(ctx, selectionOf(info).get('Demand'), [idOf(id, ['Demand'], 'id')]);
    return demand;
  }

  @Query(() => DemandConnection, {
    description:
      'The demands you may see (staff: those of your area and below; a unit: those it took), in id order. Anonymous callers get none: `Area.demandStatistics` gives everyone the counts.',
  })
  demands(
    @Arg('filter', () => DemandFilter, { nullable: true, description: 'Which demands; all conditions must hold.' }) filter: DemandFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readDemands(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), demandSearch(filter), page);
  }

  @FieldResolver(() => DemandStatus, { description: 'Where it is now; EXPIRED once its last needed day has passed in the district\'s time.' })
  status(@Root() d: Demand, @Ctx() ctx: Context): DemandStatus {
    return effectiveDemandStatus(d.storedStatus, d.endDate, todayOf(ctx), d.takenQuantity);
  }

  @FieldResolver(() => Area, { description: 'The grid or community it belongs to.' })
  area(@Root() d: Demand & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return d.area ?? ctx.loaders.areaById.load(d.areaRowId);
  }

  @FieldResolver(() => DemandList, { nullable: true, description: 'The demand list it was collected into, if any (and if you may see it).' })
  demandList(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandList | null> | null {
    return d.demandListRowId === null ? null : ctx.loaders.demandListById.load(d.demandListRowId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    deprecationReason: 'A service order may have several takers: read `takes`. This shows the unit of the first live take only.',
    description: 'The resident unit that took it (a service order: the first live take\'s); null when none has (or a volunteer or team did).',
  })
  takenBy(@Root() d: Demand & { takenBy?: Organization | null }, @Ctx() ctx: Context): Organization | null | Promise<Organization | null> {
    if (d.takenBy !== undefined) return d.takenBy;
    return d.takenByOrganizationRowId === null ? null : ctx.loaders.organizationById.load(d.takenByOrganizationRowId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'A service order past a deadline and not done: PLACED (not covered) past its take deadline, or a take still TAKEN past its serve deadline (computed from the clock). Always false for RESOURCE demands.',
  })
  async isOverdue(@Root() d: Demand, @Ctx() ctx: Context): Promise<boolean> {
    if (d.fulfilment !== DemandFulfilment.SERVICE) return false;
    const status = effectiveDemandStatus(d.storedStatus, d.endDate, todayOf(ctx), d.takenQuantity);
    const takes = await ctx.loaders.demandTakesByDemandId.load(d.rowId);
    return isOrderOverdue({ status, takeDeadline: d.takeDeadline }, takes, ctx.app.clock.now());
  }

  @FieldResolver(() => [DemandTake], { description: 'A service order\'s takes, oldest first, ended ones included; empty for RESOURCE demands.' })
  takes(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandTake[]> | DemandTake[] {
    return d.fulfilment === DemandFulfilment.SERVICE ? ctx.loaders.demandTakesByDemandId.load(d.rowId) : [];
  }

  @FieldResolver(() => [DemandHistoryEntry], { description: 'Every change, oldest first: the order flow with who, when and why.' })
  history(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandHistoryEntry[]> {
    return ctx.loaders.demandHistoryByDemandId.load(d.rowId);
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Records what residents ordered (群众点单) as POSTED. A grid worker or an admin of the grid or community.',
  })
  async postDemand(@Arg('input', () => PostDemandInput, { description: 'The demand.' }) input: PostDemandInput, @Ctx() ctx: Context) {
    return payload(await new DemandService(ctx).post(input));
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Changes a POSTED demand, given the version last read (VERSION_CONFLICT when stale; DEMAND_NOT_EDITABLE once placed).',
  })
  async updateDemand(@Arg('input', () => UpdateDemandInput, { description: 'The changes.' }) input: UpdateDemandInput, @Ctx() ctx: Context) {
    return payload(await new DemandService(ctx).update(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandPayload, { complexity: MUTATION_COST.WRITE, description: 'The community places a POSTED demand (社区下单): it becomes PLACED. Community admin or above.' })
  async placeDemand(@Arg('input', () => DemandIdInput, { description: 'Which demand.' }) input: DemandIdInput, @Ctx() ctx: Context) {
    return payload(await new DemandService(ctx).place(input));
  }

  @Authorized(MAY.TAKERS)
  @Mutation(() => DemandTakePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Takes a demand (党员接单). A SERVICE order (PLACED): an approved volunteer for themself (orders of their home community) or for an ACTIVE team they lead (orders within the team's area), a unit admin for its unit (orders of its street), a quantity of what is still needed; the order is TAKEN once live takes cover it (DEMAND_QUANTITY_EXCEEDS, DEMAND_ALREADY_TAKEN, DEMAND_NOT_TAKEABLE). A RESOURCE demand (PLACED or PARTIALLY_MATCHED): a unit admin or a volunteer records who and when; the status stays.",
  })
  async takeDemand(@Arg('input', () => TakeDemandInput, { description: 'Which demand, how much and for whom.' }) input: TakeDemandInput, @Ctx() ctx: Context) {
    return takePayload(await new DemandService(ctx).take(input));
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Cancels a live demand, with a reason. Staff of its area while POSTED; community admin or above once placed.',
  })
  async cancelDemand(@Arg('input', () => CancelDemandInput, { description: 'Which demand, and why.' }) input: CancelDemandInput, @Ctx() ctx: Context) {
    return payload(await new DemandService(ctx).cancel(input));
  }
}
