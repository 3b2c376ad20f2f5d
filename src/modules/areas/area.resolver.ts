import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { MAY } from '../../shared/guards.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { AreaKind } from './area.enums.js';
import { CreateAreaInput, UpdateAreaInput } from './area.inputs.js';
import { CreateAreaPayload, UpdateAreaPayload } from './area.payloads.js';
import { districtArea, listAreas } from './area.reads.js';
import { AreaService } from './area.service.js';
import { Area, AreaConnection } from './area.type.js';
import { MoveAreaInput } from './area.inputs.js';
import { MoveAreaPayload } from './area.payloads.js';
import { AreaMoveService } from './area-move.service.js';

@ArgsType()
class AreasArgs extends PageArgsType {
  @Field(() => AreaKind, { nullable: true, description: 'Only areas of this level.' })
  kind?: AreaKind | null;

  @Field(() => ID, { nullable: true, description: 'Only areas at or below this area.' })
  below?: string | null;
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

  @Query(() => AreaConnection, { description: 'Areas, in id order, optionally of one level and below one area.' })
  async areas(@Args() args: AreasArgs, @Ctx() ctx: Context) {
    let belowPath: string | null = null;
    if (args.below) {
      const below = await ctx.loaders.areaById.load(idOf(args.below, ['Area'], 'below'));
      belowPath = below?.path ?? '/nowhere/';
    }
    return listAreas(ctx.app.db.pool, { kind: args.kind, belowPath }, args);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area this one belongs to; null for the district.' })
  parent(@Root() area: Area & { parent?: Area | null }, @Ctx() ctx: Context): Promise<Area | null> | Area | null {
    // joined in by the read path when it read this area; loaded otherwise
    if (area.parent !== undefined) return area.parent;
    return area.parentRowId === null ? null : ctx.loaders.areaById.load(area.parentRowId);
  }

  @FieldResolver(() => AreaConnection, { description: 'The areas directly below this one, in id order.' })
  children(@Root() area: Area, @Args() args: PageArgsType, @Ctx() ctx: Context) {
    return listAreas(ctx.app.db.pool, { parentId: area.rowId }, args);
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
    description: 'Changes an area\'s name, code or centroid. Admins of its parent, as for createArea.',
  })
  async updateArea(
    @Arg('input', () => UpdateAreaInput, { description: 'The changes.' }) input: UpdateAreaInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateAreaPayload> {
    const outcome = await new AreaService(ctx).update(input);
    return outcome.ok ? { area: outcome.value, userErrors: [] } : { area: null, userErrors: outcome.errors };
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
