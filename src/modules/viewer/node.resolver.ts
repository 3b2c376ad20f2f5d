import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context, NodeLoader } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { Node } from '../../shared/relay.js';

const MAX_NODES = 100;

/** The node loader of a GraphQL type, from the modules' manifests; null for a type that is not a node. */
function nodeLoaderOf(ctx: Context, type: string): NodeLoader | null {
  for (const m of ctx.app.modules) {
    const loader = m.nodes?.[type];
    if (loader) return loader;
  }
  return null;
}

/** Loads any node the viewer may see; unknown types, unknown ids and hidden objects are all null. */
export async function nodeByTypeAndId(ctx: Context, type: string, id: string): Promise<Node | null> {
  const load = nodeLoaderOf(ctx, type);
  return load ? ((await load(ctx, [id], null))[0] ?? null) : null;
}

/** Nodes in the order asked, each type loaded once (a batch per type). */
async function nodesByGlobalIds(ctx: Context, info: GraphQLResolveInfo, globalIds: string[]): Promise<(Node | null)[]> {
  const decoded = globalIds.map((gid) => fromGlobalId(gid));
  const idsByType = new Map<string, string[]>();
  for (const d of decoded) if (d && nodeLoaderOf(ctx, d.type)) idsByType.set(d.type, [...(idsByType.get(d.type) ?? []), d.id]);
  const loaded = new Map<string, Node | null>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const nodes = await nodeLoaderOf(ctx, type)!(ctx, ids, info);
      ids.forEach((id, i) => loaded.set(`${type}:${id}`, nodes[i] ?? null));
    }),
  );
  return decoded.map((d) => (d === null ? null : (loaded.get(`${d.type}:${d.id}`) ?? null)));
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
