import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { eventByCursorLoader } from './event.reads.js';
import { EventResolver } from './event.resolver.js';

// The event log, as the graph shows it (the log itself is src/outbox/)

function loaders(app: App, viewer: Viewer) {
  return { eventByCursor: eventByCursorLoader(app.db.pool, viewer) };
}

type EventLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends EventLoaders {}
}

export const eventsModule: HubModule = {
  name: 'events',
  resolvers: [EventResolver],
  loaders,
};

// what other modules use of this one
export { Actor } from './event.type.js';
