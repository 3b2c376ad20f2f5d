import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
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
    default:
      return null;
  }
}

function nodeByGlobalId(ctx: Context, globalId: string): Promise<Node | null> | null {
  const decoded = fromGlobalId(globalId);
  return decoded ? nodeByTypeAndId(ctx, decoded.type, decoded.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when none exists or you may not see it.' })
  node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() ctx: Context) {
    return nodeByGlobalId(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global ids, in the same order; null where `node` would be null.' })
  nodes(@Arg('ids', () => [ID], { description: `Up to ${MAX_NODES} global ids.` }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_NODES) throw badInput('ids', `Ask for at most ${MAX_NODES} ids at once, got ${ids.length}.`);
    return Promise.all(ids.map((id) => nodeByGlobalId(ctx, id)));
  }
}
