import type { HubModule } from '../context.js';
import { agreementsModule } from './agreements/index.js';
import { areasModule } from './areas/index.js';
import { calendarModule } from './calendar/index.js';
import { casesModule } from './cases/index.js';
import { demandsModule } from './demands/index.js';
import { eventsModule } from './events/index.js';
import { hsdsModule } from './hsds/index.js';
import { importsModule } from './imports/index.js';
import { matchingModule } from './matching/index.js';
import { organizationsModule } from './organizations/index.js';
import { pointsModule } from './points/index.js';
import { projectsModule } from './projects/index.js';
import { ratingsModule } from './ratings/index.js';
import { resourcesModule } from './resources/index.js';
import { viewerModule } from './viewer/index.js';
import { volunteersModule } from './volunteers/index.js';
import { wallsModule } from './walls/index.js';

/**
 * THE registry: the hub's modules, each by its manifest (src/context.ts, `HubModule`). The database's entity
 * list, the schema's resolvers, the context's loaders, the node types and the workers' sweeps and jobs are
 * all derived from this list; adding a module is adding it here.
 */
export const hubModules: readonly HubModule[] = [
  viewerModule,
  areasModule,
  organizationsModule,
  resourcesModule,
  calendarModule,
  eventsModule,
  agreementsModule,
  demandsModule,
  projectsModule,
  matchingModule,
  hsdsModule,
  importsModule,
  volunteersModule,
  pointsModule,
  casesModule,
  ratingsModule,
  wallsModule,
];

/** Every module's MikroORM entities: what `openDatabase` is given. */
export const hubEntities = hubModules.flatMap((m) => m.entities ?? []);

/** Every module's resolvers: what the schema is built from. */
export const hubResolvers = hubModules.flatMap((m) => m.resolvers ?? []);
