import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { idOf } from '../../shared/input.js';
import { Area } from '../areas/index.js';
import { isCaseOverdue, isSummonsOverdue } from '../cases/index.js';
import { Organization } from '../organizations/index.js';
import { readWall, type Wall, type WallSearch } from './wall.reads.js';
import { EchoWallFilter, ProblemWallFilter, WallCase, WallCaseConnection, WallSummons } from './wall.type.js';

const distinct = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? [...new Set(values)].sort() : null);

function wallSearch(areaId: string, filter: (ProblemWallFilter & EchoWallFilter) | null, first: number | null, after: string | null): WallSearch {
  const f = filter ?? {};
  return {
    areaRowId: idOf(areaId, ['Area'], 'areaId'),
    categories: distinct(f.categories),
    levels: distinct(f.levels),
    overdue: f.overdue ?? null,
    needsReview: f.needsReview ?? null,
    first,
    after,
  };
}

const read = (ctx: Context, info: GraphQLResolveInfo, wall: Wall, search: WallSearch) =>
  readWall(ctx, wall, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), search);

@Resolver(() => WallCase)
export class WallCaseResolver {
  @Query(() => WallCaseConnection, {
    description:
      'The problem wall (问题墙), readable by anyone, signed in or not: the ACCEPTED and WHISTLED cases of an area and below it, newest first, with the organisations summoned and whether they reported in, the measures (整改措施), the completion deadline and whether it is overdue. ' +
      'Never the description, the reporter, the 12345 ticket number, the notes or the case\'s own point; photos only once staff marked them public. An unknown area is NOT_FOUND.',
  })
  problemWall(
    @Arg('areaId', () => ID, { description: 'The area (a district, street, community or grid): its cases and those below it.' }) areaId: string,
    @Arg('filter', () => ProblemWallFilter, { nullable: true, description: 'Which cases; all conditions must hold.' }) filter: ProblemWallFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 0 to 100 (20 when not given).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the edge to continue after.' }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WallCaseConnection> {
    return read(ctx, info, 'problem', wallSearch(areaId, filter, first, after));
  }

  @Query(() => WallCaseConnection, {
    description:
      'The echo wall (回音壁), readable by anyone, signed in or not: the CLOSED cases of an area and below it, newest first, with what was done, when it was resolved and closed, the minutes it took, whether residents\' ratings called for a review and the community\'s explanation, and the ratings counted by source and value with their comments (never who gave them). ' +
      'Never the description, the reporter, the 12345 ticket number, the notes or the case\'s own point; photos only once staff marked them public. An unknown area is NOT_FOUND.',
  })
  echoWall(
    @Arg('areaId', () => ID, { description: 'The area (a district, street, community or grid): its cases and those below it.' }) areaId: string,
    @Arg('filter', () => EchoWallFilter, { nullable: true, description: 'Which cases; all conditions must hold.' }) filter: EchoWallFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 0 to 100 (20 when not given).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the edge to continue after.' }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WallCaseConnection> {
    return read(ctx, info, 'echo', wallSearch(areaId, filter, first, after));
  }

  @FieldResolver(() => Area, { description: 'Where the problem is: a community, a grid below it, or a street (areas are public).' })
  async area(@Root() w: WallCase, @Ctx() ctx: Context): Promise<Area> {
    // joined by the wall's statement when selected there
    return w.area ?? (await ctx.loaders.areaById.load(w.areaRowId))!;
  }

  @FieldResolver(() => Boolean, { description: 'ACCEPTED or WHISTLED and past its completion deadline (computed from the clock); false on the echo wall.' })
  isOverdue(@Root() w: WallCase, @Ctx() ctx: Context): boolean {
    return isCaseOverdue(w, ctx.app.clock.now());
  }
}

@Resolver(() => WallSummons)
export class WallSummonsResolver {
  @FieldResolver(() => Organization, { description: 'The organisation summoned (organisations are public).' })
  async organization(@Root() s: WallSummons, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.organizationById.load(s.organizationRowId))!;
  }

  @FieldResolver(() => Boolean, { description: 'SUMMONED past its report-in deadline while its case is open (computed from the clock).' })
  isOverdue(@Root() s: WallSummons, @Ctx() ctx: Context): boolean {
    return isSummonsOverdue(s, s.caseStatus, ctx.app.clock.now());
  }
}
