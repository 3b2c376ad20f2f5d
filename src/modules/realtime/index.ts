import type { HubModule } from '../../context.js';
import { RealtimeResolver } from './realtime.resolver.js';

// Subscriptions: matches, agreements and availability as they change

export const realtimeModule: HubModule = {
  name: 'realtime',
  resolvers: [RealtimeResolver],
};
