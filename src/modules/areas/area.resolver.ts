import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { MAY } from '../../shared/guards.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { idOf } from '../../shared/input.js';
import { CoordinateSystem, GeoPointInput, parsePoint } from '../../shared/location.js';
import { boundaryIn, type Boundary } from './area.boundary.js';
import { PageArgsType } from '../../shared/page-args.js';
import { AreaKind } from './area.enums.js';
import { CreateAreaInput, MoveAreaInput, RetireAreaInput, UpdateAreaInput } from './area.inputs.js';
import { CreateAreaPayload, MoveAreaPayload, RetireAreaPayload, UpdateAreaPayload } from './area.payloads.js';
import { areasAt } from './area.geo.js';
import { districtArea, listAreas } from './area.reads.js';
import { AreaService } from './area.service.js';
import { AreaMoveService } from './area-move.service.js';
import { AreaRetireService } from './area-retire.service.js';
import { Area, AreaConnection } from './area.type.js';

@ArgsType()
class AreasArgs extends PageArgsType {
  @Field(() => AreaKind, { nullable: true, description: 'Only areas of this level.' })
  kind?: AreaKind | null;

  @Field(() => ID, { nullable: true, description: 'Only areas at or below this area.' })
  below?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Also retired areas (retireArea); left out by default.' })
  includeRetired!: boolean;
}

@ArgsType()
class ChildrenArgs extends PageArgsType {
  @Field(() => Boolean, { defaultValue: false, description: 'Also retired children (retireArea); left out by default.' })
  includeRetired!: boolean;
}

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'The district: the root of the area tree.' })
  district(@Ctx() ctx: Context): Promise<Area | null> {
    return districtArea(ctx.app.db.pool);
  }

  @Query(() => Area, { nullable: true, description: 'One area by id; null when there is none.' })
  area(@Arg('id', () => ID, { description: 'Global id of the area.' }) id: string, @Ctx() ctx: Context): Promise<Area | null> {
    return ctx.loaders.areaById.load(idOf(id, ['Area'], 'id'));
  }

  @Query(() => AreaConnection, { description: 'Areas, in id order, optionally of one level and below one area; live ones only unless includeRetired.' })
  async areas(@Args() args: AreasArgs, @Ctx() ctx: Context) {
    let belowPath: string | null = null;
    if (args.below) {
      const below = await ctx.loaders.areaById.load(idOf(args.below, ['Area'], 'below'));
      belowPath = below?.path ?? '/nowhere/';
    }
    return listAreas(ctx.app.db.pool, { kind: args.kind, belowPath, includeRetired: args.includeRetired }, args);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area this one belongs to; null for the district.' })
  parent(@Root() area: Area & { parent?: Area | null }, @Ctx() ctx: Context): Promise<Area | null> | Area | null {
    // joined in by the read path when it read this area; loaded otherwise
    if (area.parent !== undefined) return area.parent;
    return area.parentRowId === null ? null : ctx.loaders.areaById.load(area.parentRowId);
  }

  @FieldResolver(() => AreaConnection, { description: 'The areas directly below this one, in id order; live ones only unless includeRetired.' })
  children(@Root() area: Area, @Args() args: ChildrenArgs, @Ctx() ctx: Context) {
    return listAreas(ctx.app.db.pool, { parentId: area.rowId, includeRetired: args.includeRetired }, args);
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CreateAreaPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Enters an area below its parent. Admins of the parent: the district admin for streets, a street admin below their street, a community admin for grids and buildings below their community.',
  })
  async createArea(
    @Arg('input', () => CreateAreaInput, { description: 'The area.' }) input: CreateAreaInput,
    @Ctx() ctx: Context,
  ): Promise<CreateAreaPayload> {
    const outcome = await new AreaService(ctx).create(input);
    return outcome.ok ? { area: outcome.value, userErrors: [] } : { area: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => UpdateAreaPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Changes an area\'s name, code, centroid or boundary. Admins of its parent, as for createArea.',
  })
  async updateArea(
    @Arg('input', () => UpdateAreaInput, { description: 'The changes.' }) input: UpdateAreaInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateAreaPayload> {
    const outcome = await new AreaService(ctx).update(input);
    return outcome.ok ? { area: outcome.value, userErrors: [] } : { area: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => RetireAreaPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Retires an area nothing uses any more: it keeps answering node(id) and area(id) with retiredAt set, leaves children and areas (unless includeRetired), takes nothing new, and tokens naming it are refused. Admins of its parent, as for updateArea; the district is never retired (AREA_IS_DISTRICT). Refused with AREA_IN_USE, and the counts in inUse, while anything at or below it is live: see AreaUseKind.',
  })
  async retireArea(
    @Arg('input', () => RetireAreaInput, { description: 'The area, its version and why.' }) input: RetireAreaInput,
    @Ctx() ctx: Context,
  ): Promise<RetireAreaPayload> {
    const { outcome, inUse } = await new AreaRetireService(ctx).retire(input);
    return outcome.ok ? { area: outcome.value, inUse: [], userErrors: [] } : { area: null, inUse, userErrors: outcome.errors };
  }

  @Query(() => [Area], {
    description: 'The chain of live areas holding a point, the district first and the deepest (a grid, or a bounded building) last. Areas without a boundary appear as ancestors of a bounded area holding the point; the district alone when none does, nothing when the district\'s own boundary does not hold it. A point on an edge is inside.',
  })
  areasAt(
    @Arg('point', () => GeoPointInput, { description: 'The point; any of WGS84, GCJ02, BD09.' }) point: GeoPointInput,
    @Ctx() ctx: Context,
  ): Promise<Area[]> {
    return areasAt(ctx.app.db.pool, parsePoint(point, 'point'));
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The boundary: a GeoJSON Polygon or MultiPolygon, positions [lng, lat] in `system`; null when the area has none.',
  })
  async boundary(
    @Root() area: Area,
    @Arg('system', () => CoordinateSystem, {
      defaultValue: CoordinateSystem.WGS84,
      description: 'The coordinate system to give the positions in: WGS84 (GPS, the default), GCJ02 (AMap, Tencent, WeChat) or BD09 (Baidu).',
    })
    system: CoordinateSystem,
    @Ctx() ctx: Context,
  ): Promise<Boundary | null> {
    const boundary = await ctx.loaders.areaBoundary.load(area.rowId);
    return boundary && boundaryIn(boundary, system);
  }

  @Authorized(MAY.DISTRICT)
  @Mutation(() => MoveAreaPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Moves an area, with everything below it, to another parent (a community to another street, a grid to another community or grid). The district admin only. Paths below it, and those copied onto units, resources, agreements, demands, lists, projects and matches, change in the same transaction; matches it leaves without an agreement in force are put at risk (accepted) or superseded (proposed). Events already written keep their scope.',
  })
  async moveArea(
    @Arg('input', () => MoveAreaInput, { description: 'The area and its new parent.' }) input: MoveAreaInput,
    @Ctx() ctx: Context,
  ): Promise<MoveAreaPayload> {
    const outcome = await new AreaMoveService(ctx).move(input);
    return outcome.ok ? { area: outcome.value, userErrors: [] } : { area: null, userErrors: outcome.errors };
  }
}
