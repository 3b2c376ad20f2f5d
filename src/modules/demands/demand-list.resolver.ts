import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { readDemandLists, readDemands } from './demand.search.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import type { Outcome } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { DemandStatus } from './demand.enums.js';
import { DemandListFilter, DemandListStatusInput, OpenDemandListInput } from './demand.inputs.js';
import { DemandListPayload } from './demand.payloads.js';
import { demandSearch } from './demand.resolver.js';
import { DemandListService } from './demand-list.service.js';
import { DemandConnection, DemandList, DemandListConnection, DemandListHistoryEntry, DemandStatistic } from './demand.type.js';
import { todayOf } from '../../shared/today.js';

const payload = (outcome: Outcome<DemandList>): DemandListPayload =>
  outcome.ok ? { demandList: outcome.value, userErrors: [] } : { demandList: null, userErrors: outcome.errors };

@ArgsType()
class ListDemandsArgs extends PageArgsType {
  @Field(() => [DemandStatus], { nullable: true, description: 'Only demands of these statuses, as of now.' })
  statuses?: DemandStatus[] | null;
}

@Resolver(() => DemandList)
export class DemandListResolver {
  @Query(() => DemandList, { nullable: true, description: 'One demand list by id; null when there is none or you may not see it.' })
  demandList(@Arg('id', () => ID, { description: 'Global id of the demand list.' }) id: string, @Ctx() ctx: Context): Promise<DemandList | null> {
    return ctx.loaders.demandListById.load(idOf(id, ['DemandList'], 'id'));
  }

  @Query(() => DemandListConnection, {
    description: 'Demand lists in id order: published ones for everyone, the others for staff of their grid and above.',
  })
  demandLists(
    @Arg('filter', () => DemandListFilter, { nullable: true, description: 'Which lists; all conditions must hold.' }) filter: DemandListFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const f = filter ?? {};
    const search = {
      areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
      statuses: f.statuses?.length ? [...new Set(f.statuses)].sort() : null,
    };
    return readDemandLists(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), search, page);
  }

  @FieldResolver(() => Area, { description: 'The grid the list is of.' })
  area(@Root() l: DemandList & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return l.area ?? ctx.loaders.areaById.load(l.areaRowId);
  }

  @FieldResolver(() => DemandConnection, { description: 'Its demands that you may see, in id order (public callers see none: use `demandStatistics`).' })
  demands(@Root() l: DemandList, @Args() args: ListDemandsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const search = { ...demandSearch({ statuses: args.statuses }), demandListRowId: l.rowId };
    return readDemands(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), search, args);
  }

  @FieldResolver(() => [DemandStatistic], { description: 'Public counts of its demands per status and kind.' })
  demandStatistics(@Root() l: DemandList, @Ctx() ctx: Context): Promise<DemandStatistic[]> {
    return ctx.loaders.demandStatisticsByList.load({ owner: l.rowId, today: todayOf(ctx) });
  }

  @FieldResolver(() => [DemandListHistoryEntry], { description: 'Every change, oldest first.' })
  history(@Root() l: DemandList, @Ctx() ctx: Context): Promise<DemandListHistoryEntry[]> {
    return ctx.loaders.demandListHistoryByListId.load(l.rowId);
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => DemandListPayload, { complexity: MUTATION_COST.WRITE, description: 'Opens a COLLECTING demand list of a grid for a period. Its grid worker, or an admin above.' })
  async openDemandList(@Arg('input', () => OpenDemandListInput, { description: 'The grid and period.' }) input: OpenDemandListInput, @Ctx() ctx: Context) {
    return payload(await new DemandListService(ctx).open(input));
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => DemandListPayload, { complexity: MUTATION_COST.WRITE, description: 'Submits a COLLECTING list to the community. Its grid worker, or an admin above.' })
  async submitDemandList(@Arg('input', () => DemandListStatusInput, { description: 'Which list.' }) input: DemandListStatusInput, @Ctx() ctx: Context) {
    return payload(await new DemandListService(ctx).move('submit', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandListPayload, { complexity: MUTATION_COST.WRITE, description: 'Publishes a SUBMITTED list; the list becomes public, its demands stay private. Community admin or above.' })
  async publishDemandList(@Arg('input', () => DemandListStatusInput, { description: 'Which list.' }) input: DemandListStatusInput, @Ctx() ctx: Context) {
    return payload(await new DemandListService(ctx).move('publish', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandListPayload, { complexity: MUTATION_COST.WRITE, description: 'Closes a list that is not closed yet. Community admin or above.' })
  async closeDemandList(@Arg('input', () => DemandListStatusInput, { description: 'Which list, and why.' }) input: DemandListStatusInput, @Ctx() ctx: Context) {
    return payload(await new DemandListService(ctx).move('close', input));
  }
}
