import type { HubModule } from '../../context.js';
import { WallCaseResolver, WallSummonsResolver } from './wall.resolver.js';

// The public walls of cases: the problem wall (问题墙) and the echo wall (回音壁), readable by anyone

export const wallsModule: HubModule = {
  name: 'walls',
  resolvers: [WallCaseResolver, WallSummonsResolver],
};
