import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createContext, type App, type Context } from './context.js';
import { TokenError } from './auth.js';
import { createErrorFormatter } from './shared/format-error.js';
import { isClientGone } from './shared/client-gone.js';
import { writeLog } from './shared/log.js';
import { serveWebSocket } from './ws.js';
import { mountIde } from './ide.js';
import { jitGateway } from './jit.js';
import { checkOperationLimits, queryLimitRules, type QueryLimits } from './shared/query-limits.js';
import { checkArgumentValues } from './shared/argument-values.js';
import { setDisplayTimeZone } from './shared/scalars.js';
import { createSchema } from './schema.js';
import { newestCursor, startEventFeed, type EventFeed, type FeedEvent } from './outbox/feed.js';
import { SubscriptionHub } from './outbox/hub.js';
import { startWorkers, type WorkerOptions, type Workers } from './workers/index.js';
import { createMetrics, serveMetrics } from './metrics.js';
import { assignRequestId, errorOfRequest, REQUEST_ID_HEADER, requestIdOf, requestIdOfError, requestIdPlugin } from './request-id.js';
import { compressResponses } from './compression.js';

export interface RunningServer {
  url: string;
  wsUrl: string;
  port: number;
  schema: GraphQLSchema;
  /** The instance's event feed (LISTEN + poll) and subscription hub. */
  feed: EventFeed;
  hub: SubscriptionHub;
  /** The instance's background work, when started with `workers`. */
  workers: Workers | null;
  /** Where Prometheus scrapes this instance (METRICS_PORT), or null when the metrics are off. */
  metricsUrl: string | null;
  /** Calls `listener` with each batch of new events the feed read, before they go to the subscribers (keep it quick). */
  onEvents(listener: (events: FeedEvent[]) => void): void;
  /** Stops accepting connections, lets operations in flight finish, closes sockets. */
  close(): Promise<void>;
}

function jsonError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

function log(app: App, level: 'error' | 'info' | 'debug', message: string, extra: Record<string, unknown> = {}) {
  writeLog(app.config.logLevel, level, message, extra);
}

/** The hub on one port: GraphQL over HTTP at /graphql, graphql-ws on the same path, health checks. */
export interface ServerOptions {
  port?: number;
  host?: string;
  /**
   * Start this instance's background work (sweeper, matcher; src/workers/), woken by the events its feed
   * reads, and stop it on close. Off by default: `main.ts` turns it on; tests that need it say so.
   */
  workers?: WorkerOptions | boolean;
}

export async function createServer(app: App, options: ServerOptions = {}): Promise<RunningServer> {
  setDisplayTimeZone(app.config.timeZone);
  const schema = await createSchema();
  const limits: QueryLimits = {
    maxDepth: app.config.limits.maxDepth,
    maxCost: app.config.limits.maxCost,
    maxMutationFields: app.config.limits.maxMutationFields,
    defaultListSize: 20,
  };
  const expressApp = express();
  expressApp.set('etag', false);
  expressApp.set('x-powered-by', false);
  const httpServer = http.createServer(expressApp);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // its sources are read at scrape time only, once the server below is up
  const metrics = app.config.metrics
    ? createMetrics(app, {
        sockets: () => wsServer.clients.size,
        subscriptions: () => hub.size,
        deliveredCursor: () => feed.cursor,
        isLeader: () => workers?.isLeader ?? false,
      })
    : null;
  const masking = createErrorFormatter((error, path, requestId) =>
    log(app, isClientGone(error) ? 'debug' : 'error', isClientGone(error) ? 'client went away' : 'unexpected error', {
      error: String(error),
      path,
      ...(requestId ? { requestId } : {}),
    }),
  );
  const formatError = metrics ? metrics.countingErrors(masking) : masking;
  const start = await newestCursor(app.db.pool);
  const hub = new SubscriptionHub(app, schema, app.config.realtime, start);
  // an area moved or retired: tokens' area paths are read again (src/auth.ts)
  hub.onAreasChanged(() => app.auth.forgetAreas());
  const eventListeners = new Set<(events: FeedEvent[]) => void>();
  // started once the server is up (below); woken by the feed from then on
  let workers: Workers | null = null;
  eventListeners.add((events) => workers?.onEvents(events));
  const feed = await startEventFeed(app.db, {
    from: start,
    pollMs: app.config.realtime.pollMs,
    onBatch: async (events) => {
      // listeners first: they only schedule work (the matcher's wake), which need not wait for the fan-out
      for (const listener of eventListeners) listener(events);
      await hub.dispatch(events);
    },
    onError: (error) => log(app, 'error', 'event feed', { error: String(error) }),
  });
  const wsCleanup = serveWebSocket(app, schema, wsServer, limits, formatError, hub);

  const limitsPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request }) {
          // Apollo leaves an unknown operationName to the executor; graphql-jit's would fail on it (a 500)
          if (!operation) {
            const message = request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide operation name if query contains multiple operations.';
            throw new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
          const error = checkOperationLimits(schema, document, operationName ?? null, request.variables, limits);
          // the caller's fault, so 400 like the same limit caught at validation (Apollo's default here is 500)
          if (error) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };

  // after validation, before either executor coerces the variables or runs a resolver
  const argumentsPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const error = checkArgumentValues(schema, document, operationName ?? null, request.variables);
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    ...(app.config.executor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    csrfPrevention: true,
    // the process (main.ts) handles SIGINT and SIGTERM: it drains this server, then the background work and
    // the database, in that order
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its scripts from a CDN; browsers get our own IDE instead (src/ide.ts)
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin,
      argumentsPlugin,
      requestIdPlugin,
      ...(metrics ? [metrics.plugin] : []),
      {
        async serverWillStart() {
          return { drainServer: async () => wsCleanup.dispose() };
        },
      },
    ],
    formatError: (formatted, error) => formatError(formatted, error, requestIdOfError(error)),
  });
  await apollo.start();

  expressApp.use(assignRequestId);
  expressApp.use(compressResponses());

  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    try {
      await app.db.pool.query('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // before Apollo: it takes GET /graphql from browsers (text/html) and /graphql/ide/
  if (app.config.ide) mountIde(expressApp);

  // the modules' own HTTP routes (HubModule.routes: the HSDS export's /hsds/…)
  for (const m of app.modules) if (m.routes) expressApp.use(m.routes(app));

  const corsOrigins = app.config.corsOrigins;
  expressApp.use(
    '/graphql',
    cors({
      origin: corsOrigins === '*' ? true : corsOrigins,
      credentials: false,
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    }),
    express.json({ limit: app.config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdOf(req);
        try {
          const viewer = await app.auth.viewerFromAuthorization(req.headers.authorization);
          return createContext(app, viewer, requestId);
        } catch (error) {
          if (error instanceof TokenError) {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          errorOfRequest(error, requestId);
          throw error;
        }
      },
    }),
  );

  // malformed or oversized bodies get a GraphQL-shaped JSON error, not express's HTML page
  const onBodyError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: string }).type;
    const gone = isClientGone(err);
    const reply =
      gone
        ? jsonError(400, 'BAD_REQUEST', 'The request could not be read.')
        : type === 'entity.too.large'
        ? jsonError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${app.config.limits.bodyBytes} bytes.`)
        : type === 'entity.parse.failed'
          ? jsonError(400, 'BAD_REQUEST', 'The request body is not valid JSON.')
          : (err as { status?: number }).status && (err as { status: number }).status < 500
            ? jsonError((err as { status: number }).status, 'BAD_REQUEST', 'The request could not be read.')
            : jsonError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
    if (gone) log(app, 'debug', 'client went away', { error: String(err), requestId: requestIdOf(req) });
    else if (reply.status >= 500) log(app, 'error', 'request failed', { error: String(err), requestId: requestIdOf(req) });
    metrics?.countError(reply.body.errors[0].extensions.code);
    res.status(reply.status).json(reply.body);
  };
  expressApp.use(onBodyError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? app.config.port, options.host ?? app.config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  if (options.workers) {
    workers = startWorkers(app, {
      onError: (worker, error) => log(app, 'error', worker, { error: String(error) }),
      onRound: metrics?.roundTook,
      ...(options.workers === true ? {} : options.workers),
    });
  }
  const host = options.host ?? app.config.host;
  const metricsListener = metrics && app.config.metrics ? await serveMetrics(metrics.registry, app.config.metrics.host, app.config.metrics.port) : null;
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    schema,
    feed,
    hub,
    workers,
    metricsUrl: metricsListener?.url ?? null,
    onEvents: (listener) => void eventListeners.add(listener),
    async close() {
      await apollo.stop();
      hub.close();
      await feed.stop();
      await workers?.stop();
      await metricsListener?.close();
    },
  };
}
