import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { resourcesByIds } from '../../read/by-selection.js';
import type { Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { Node } from '../../shared/relay.js';

const MAX_NODES = 100;

/** Loads any node the viewer may see; unknown types, unknown ids and hidden objects are all null. */
export async function nodeByTypeAndId(ctx: Context, type: string, id: string): Promise<Node | null> {
  switch (type) {
    case 'Area':
      return ctx.loaders.areaById.load(id);
    case 'Organization':
      return ctx.loaders.organizationById.load(id);
    case 'Resource':
      return ctx.loaders.resourceById.load(id);
    case 'AvailabilityObservation':
      return ctx.loaders.observationById.load(id);
    case 'SharingAgreement':
      return ctx.loaders.agreementById.load(id);
    case 'Demand':
      return ctx.loaders.demandById.load(id);
    case 'DemandList':
      return ctx.loaders.demandListById.load(id);
    case 'Project':
      return ctx.loaders.projectById.load(id);
    case 'Match':
      return ctx.loaders.matchById.load(id);
    case 'MatchRun':
      return ctx.loaders.matchRunById.load(id);
    default:
      return null;
  }
}

/** Resources asked for at the root are read with their selection (one statement); other types through loaders. */
async function nodesByGlobalIds(ctx: Context, info: GraphQLResolveInfo, globalIds: string[]): Promise<(Node | null)[]> {
  const decoded = globalIds.map((gid) => fromGlobalId(gid));
  const resourceIds = decoded.filter((d) => d?.type === 'Resource').map((d) => d!.id);
  const resources = new Map<string, Node | null>();
  if (resourceIds.length) {
    const read = await resourcesByIds(ctx, info, resourceIds);
    resourceIds.forEach((id, i) => resources.set(id, read[i]));
  }
  return Promise.all(
    decoded.map((d) => (d === null ? null : d.type === 'Resource' ? (resources.get(d.id) ?? null) : nodeByTypeAndId(ctx, d.type, d.id))),
  );
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when none exists or you may not see it.' })
  async node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await nodesByGlobalIds(ctx, info, [id]))[0];
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global ids, in the same order; null where `node` would be null.' })
  nodes(
    @Arg('ids', () => [ID], { description: `Up to ${MAX_NODES} global ids.` }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (ids.length > MAX_NODES) throw badInput('ids', `Ask for at most ${MAX_NODES} ids at once, got ${ids.length}.`);
    return nodesByGlobalIds(ctx, info, ids);
  }
}
