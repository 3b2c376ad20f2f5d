import type { EntityManager } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Realtime } from './outbox/channel.js';
import type { Authenticator } from './auth.js';
import type { Clock } from './shared/clock.js';
import type { Node } from './shared/relay.js';
import type { Viewer } from './shared/viewer.js';

/*
 * The contract between the hub's core and its modules (docs/architecture.md, "Modules"). The core (server,
 * schema, workers, this file) knows no module by name: it reads the manifests listed in src/modules/index.ts,
 * which App carries.
 */

/** What lives as long as the process: configuration, database, clock, token verification, the modules. */
export interface App {
  config: Config;
  db: Database;
  clock: Clock;
  auth: Authenticator;
  modules: readonly HubModule[];
}

/**
 * An operation's batched loaders, by name. Empty here: each module adds its own by declaration merging
 * (`declare module '../../context.js' { interface Loaders extends …` in its index.ts), so the type is known
 * everywhere without this file importing a module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Hooks one module calls and others answer, inside the caller's transaction (what an agreement's change
 * does to matches, say). Empty here: the calling module declares its hooks by declaration merging, the
 * answering modules list their handlers in their manifest's `hooks`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Hooks {}

/**
 * One time-driven change of a module: given a SYSTEM context (viewer SYSTEM_VIEWER, the app's clock),
 * records every transition that is due (status, history, event, in one transaction per change or batch)
 * and returns how many it recorded. Must be idempotent: running it twice records nothing the second time.
 */
export type Sweep = (ctx: Context) => Promise<number>;

/**
 * Loads nodes of one type by row id, in order, null where missing or hidden from the viewer. `info` is the
 * root field's (`node`, `nodes`), so a type may read its selection in one statement; null for a field of
 * another object, where the module's batched loaders serve.
 */
export type NodeLoader = (ctx: Context, rowIds: string[], info: GraphQLResolveInfo | null) => Promise<(Node | null)[]>;

/** What a module hands the core: every list the core derives (entities, schema, loaders, sweeps) comes from these. */
export interface HubModule {
  /** The folder's name, for messages. */
  name: string;
  /** MikroORM entities (the write side). */
  entities?: readonly (abstract new (...args: never[]) => object)[];
  /** type-graphql resolver classes, field resolvers of other modules' types included. */
  resolvers?: readonly (new (...args: never[]) => object)[];
  /** Its per-operation loaders; the keys must match its `Loaders` declaration. */
  loaders?: (app: App, viewer: Viewer) => object;
  /** Its node types by GraphQL type name, for `node`/`nodes` and anything that points at "some node". */
  nodes?: Readonly<Record<string, NodeLoader>>;
  /** Time-driven changes, run by the workers' leader. */
  sweeps?: readonly Sweep[];
  /** Its answers to other modules' hooks. */
  hooks?: { readonly [K in keyof Hooks]?: Hooks[K] };
  /** Background work of its own, run by the workers' leader on its own schedule. */
  jobs?: readonly Job[];
  /** HTTP routes of its own beside /graphql (the HSDS export's /hsds/…, the ledger import's POST /import/units), mounted by the server (src/server.ts). */
  routes?: (app: App) => Router;
}

/** Background work a module runs on the leader: every `intervalMs`, and when woken by an event it names. */
export interface Job {
  name: string;
  intervalMs: number;
  /** Event types that wake it (the server's feed hands every batch to the workers). */
  wakesOn?(eventType: string): boolean;
  run(app: App, stopping: () => boolean): Promise<void>;
  /** How many events it is behind the log, for the metrics (`sharehub_job_lag_events`). */
  lag?(app: App): Promise<number>;
}

/** One per operation (and per delivered subscription event): one EntityManager fork, one set of loaders. */
export interface Context {
  app: App;
  viewer: Viewer;
  requestId: string;
  loaders: Loaders;
  /** The instance's subscription hub, on WebSocket operations only (subscriptions are served there). */
  realtime?: Realtime;
  /** The operation's EntityManager fork, made on first use: reads never need one. */
  em(): EntityManager;
}

function createLoaders(app: App, viewer: Viewer): Loaders {
  return Object.assign({}, ...app.modules.map((m) => m.loaders?.(app, viewer) ?? {})) as Loaders;
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

/** The handlers of a hook, in the modules' order. */
export function hookHandlers<K extends keyof Hooks>(app: App, hook: K): NonNullable<Hooks[K]>[] {
  return app.modules.flatMap((m) => (m.hooks?.[hook] ? [m.hooks[hook] as NonNullable<Hooks[K]>] : []));
}
