import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { resourceStatisticsLoader } from './modules/areas/area-statistics.js';
import { areaByIdLoader } from './modules/areas/area.reads.js';
import { eventByCursorLoader } from './modules/events/event.reads.js';
import { createAgreementLoaders } from './modules/agreements/index.js';
import { createDemandLoaders } from './modules/demands/index.js';
import { createProjectLoaders } from './modules/projects/index.js';
import { createMatchingLoaders } from './modules/matching/index.js';
import { organizationByIdLoader } from './modules/organizations/organization.reads.js';
import { observationByIdLoader, resourceByIdLoader } from './modules/resources/resource.reads.js';
import type { Authenticator } from './shared/auth.js';
import type { Clock } from './shared/clock.js';
import type { Viewer } from './shared/viewer.js';
import type { SubscriptionHub } from './realtime/hub.js';
import type { HolidayCalendar } from './shared/schedule/schedule.types.js';
import { holidayCalendarAround } from './modules/calendar/holiday.service.js';

/** What lives as long as the process: configuration, database, clock, token verification. */
export interface App {
  config: Config;
  db: Database;
  clock: Clock;
  auth: Authenticator;
}

function createLoaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  let calendar: Promise<HolidayCalendar> | null = null;
  return {
    /** The holiday calendar around now (a fortnight back, a month ahead): read once per operation, when needed. */
    holidayCalendar: () => (calendar ??= holidayCalendarAround(pool, app.clock.now())),
    areaById: areaByIdLoader(pool),
    resourceStatisticsByPath: resourceStatisticsLoader(pool),
    organizationById: organizationByIdLoader(pool),
    resourceById: resourceByIdLoader(pool, viewer),
    observationById: observationByIdLoader(pool, viewer),
    eventByCursor: eventByCursorLoader(pool, viewer),
    ...createAgreementLoaders(pool, viewer),
    ...createDemandLoaders(pool, viewer),
    ...createProjectLoaders(pool, viewer),
    ...createMatchingLoaders(pool, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One per operation (and per delivered subscription event): one EntityManager fork, one set of loaders. */
export interface Context {
  app: App;
  viewer: Viewer;
  requestId: string;
  loaders: Loaders;
  /** The instance's subscription hub, on WebSocket operations only (subscriptions are served there). */
  realtime?: SubscriptionHub;
  /** The operation's EntityManager fork, made on first use: reads never need one. */
  em(): EntityManager;
}

export function createContext(app: App, viewer: Viewer, requestId: string = randomUUID()): Context {
  let em: EntityManager | null = null;
  let loaders: Loaders | null = null;
  return {
    app,
    viewer,
    requestId,
    // made on first use: a subscription holds its context for its whole life and never needs them
    get loaders() {
      return (loaders ??= createLoaders(app, viewer));
    },
    em: () => (em ??= app.db.orm.em.fork() as EntityManager),
  };
}
