import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { idOf } from '../../shared/input.js';
import { parseNear } from '../../shared/location.js';
import { Area } from '../areas/index.js';
import { localDate } from './demand.parse.js';
import { readOpenOrders, type OpenOrderSearch } from './open-orders.reads.js';
import { serviceKindsForSkills } from './open-orders.skills.js';
import { OpenOrder, OpenOrderConnection, OpenOrderFilter } from './open-orders.type.js';

const distinct = <T>(values: T[]): T[] => [...new Set(values)].sort();

/** The filter as the read takes it: ids decoded, the point converted, `skills` turned into kinds of work. */
function openOrderSearch(filter: OpenOrderFilter | null, first: number | null | undefined, after: string | null | undefined): OpenOrderSearch {
  const f = filter ?? {};
  let serviceKinds = f.serviceKinds?.length ? distinct(f.serviceKinds) : null;
  if (f.skills?.length) {
    const suited = serviceKindsForSkills(f.skills);
    serviceKinds = serviceKinds === null ? suited : serviceKinds.filter((k) => suited.includes(k));
  }
  return {
    areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
    near: f.near ? parseNear({ ...f.near.location, radiusMeters: f.near.radiusMeters }, 'filter.near') : null,
    serviceKinds,
    neededOn: f.neededOn == null ? null : localDate(f.neededOn, 'filter.neededOn'),
    first,
    after,
  };
}

@Resolver(() => OpenOrder)
export class OpenOrderResolver {
  @Query(() => OpenOrderConnection, {
    description:
      'The order board (接单大厅): the service orders you may take, as redacted cards — PLACED, not past their last needed day, with some quantity no live take covers, and none you already hold a live take of. ' +
      'An approved volunteer sees the orders of their home community and of the areas of the active teams they lead; a unit admin those within its unit\'s street; staff those of their area. ' +
      'Anyone else is refused (FORBIDDEN; UNAUTHENTICATED without a token). Most urgent first, then the earliest take deadline.',
  })
  openOrders(
    @Arg('filter', () => OpenOrderFilter, { nullable: true, description: 'Which orders; all conditions must hold.' }) filter: OpenOrderFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 0 to 100 (20 when not given).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the edge to continue after.' }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OpenOrderConnection> {
    return readOpenOrders(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), openOrderSearch(filter, first, after));
  }

  @FieldResolver(() => Boolean, { description: 'Not taken by its take deadline: the clock is past `takeDeadline`.' })
  isOverdue(@Root() o: OpenOrder, @Ctx() ctx: Context): boolean {
    return o.takeDeadline !== null && ctx.app.clock.now().getTime() > new Date(o.takeDeadline).getTime();
  }

  @FieldResolver(() => Area, { description: 'The community the order belongs to.' })
  community(@Root() o: OpenOrder, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return o.community ?? ctx.loaders.areaById.load(o.communityRowId);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Its grid; null when the order sits directly in its community.' })
  grid(@Root() o: OpenOrder, @Ctx() ctx: Context): Area | null | Promise<Area | null> {
    if (o.grid !== undefined) return o.grid;
    return o.gridRowId === null ? null : ctx.loaders.areaById.load(o.gridRowId);
  }
}
