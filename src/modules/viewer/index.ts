import type { HubModule } from '../../context.js';
import { NodeResolver } from './node.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';

// Who is asking (`viewer`), and any node by its global id (`node`, `nodes`)

export const viewerModule: HubModule = {
  name: 'viewer',
  resolvers: [NodeResolver, ViewerResolver],
};

// what other modules use of this one
export { nodeByTypeAndId } from './node.resolver.js';
export { ViewerType } from './viewer.resolver.js';
