import { createSourceEventStream, getOperationAST, getVariableValues, GraphQLError, OperationTypeNode, type ExecutionArgs, type ExecutionResult, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { sharedResultData, type SubscriptionHub } from './outbox/hub.js';
import { createContext, type App } from './context.js';
import type { createErrorFormatter } from './shared/format-error.js';
import { checkOperationLimits, queryLimitRules, type QueryLimits } from './shared/query-limits.js';
import { checkArgumentValues } from './shared/argument-values.js';
import { Role, type Viewer } from './shared/viewer.js';
import { forgiveClientGone } from './shared/client-gone.js';
import { writeLog } from './shared/log.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';

type ConnectionParams = { authorization?: string; Authorization?: string };

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => (e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } })));

/**
 * Serialise once: graphql-ws stringifies every `next` message on its own, so a result shared by a thousand
 * subscribers would be stringified a thousand times. The message replacer swaps the shared `data` for a
 * marker and keeps its JSON (made once per result, cached by object); the socket's `send`, which graphql-ws
 * calls synchronously right after stringifying, splices that JSON in place of the marker.
 */
const RAW_MARKER = '\u0000sharehub:data\u0000';
const RAW_MARKER_JSON = JSON.stringify(RAW_MARKER);
const serialised = new WeakMap<object, string>();
let pendingData: string | null = null;

function replaceSharedData(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'data' || value === null || typeof value !== 'object' || !sharedResultData.has(value)) return value;
  let json = serialised.get(value);
  if (json === undefined) serialised.set(value, (json = JSON.stringify(value)));
  pendingData = json;
  return RAW_MARKER;
}

function spliceSharedData(socket: WebSocket): void {
  const send = socket.send.bind(socket) as (data: unknown, cb?: (err?: Error) => void) => void;
  socket.send = ((data: unknown, cb?: (err?: Error) => void) => {
    if (pendingData !== null && typeof data === 'string') {
      const at = data.indexOf(RAW_MARKER_JSON);
      if (at >= 0) data = data.slice(0, at) + pendingData + data.slice(at + RAW_MARKER_JSON.length);
      pendingData = null;
    }
    send(data, cb);
  }) as WebSocket['send'];
}

const MAX_CHECKED_DOCUMENTS = 500;

/** How often sockets are checked for an expired token (by the hub's clock, so tests can move it). */
const EXPIRY_CHECK_MS = 250;

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's /graphql path, with the same token check, query
 * limits (depth, cost, mutation fields) and error masking as HTTP. A socket holds at most
 * `REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET` subscriptions; one more gets the protocol's `error` message with
 * `TOO_MANY_SUBSCRIPTIONS` and the others go on. A token that does not verify closes the socket with 4403,
 * and so does its expiry, within EXPIRY_CHECK_MS by the hub's clock (the scope of every subscription on the
 * socket was fixed from it). Subscriptions are served by the instance's hub: the field's `subscribe`
 * registers with it and the hub yields results it executed once per (event, selection); graphql-js's
 * per-subscriber execution of each event is skipped. The upgrade request's id (src/request-id.ts) is echoed
 * in the upgrade response and carried by the socket's log lines and masked errors.
 */
export function serveWebSocket(
  app: App,
  schema: GraphQLSchema,
  wsServer: WebSocketServer,
  limits: QueryLimits,
  formatError: ReturnType<typeof createErrorFormatter>,
  hub: SubscriptionHub,
) {
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const streams = new WeakMap<ExecutionArgs, AsyncIterable<ExecutionResult>>();
  wsServer.on('headers', (headers, request) => void headers.push(`${REQUEST_ID_HEADER}: ${requestIdOf(request)}`));
  wsServer.on('connection', (socket, request) => {
    const requestId = requestIdOf(request);
    forgiveClientGone(socket, (error) => writeLog(app.config.logLevel, 'debug', 'client went away', { error: String(error), requestId }));
    spliceSharedData(socket);
  });
  // parsing and validating depend on the text alone: clients send the same few documents over and over
  // (2,000 apps subscribing, and again after every reconnect), so the outcome is kept per text
  const checkedDocuments = new Map<string, { document: DocumentNode } | { errors: GraphQLError[] }>();
  const checkDocument = (query: string) => {
    let checked = checkedDocuments.get(query);
    if (!checked) {
      try {
        const document = parse(query);
        const errors = validate(schema, document, rules);
        checked = errors.length ? { errors: withCode(errors, 'GRAPHQL_VALIDATION_FAILED') } : { document };
      } catch (error) {
        checked = { errors: withCode([error as GraphQLError], 'GRAPHQL_PARSE_FAILED') };
      }
      if (checkedDocuments.size >= MAX_CHECKED_DOCUMENTS) checkedDocuments.delete(checkedDocuments.keys().next().value!);
      checkedDocuments.set(query, checked);
    }
    return checked;
  };
  // sockets whose token expires, with the moment (ms) by the hub's clock; checked every EXPIRY_CHECK_MS
  const expiring = new Map<WebSocket, number>();
  const expiryCheck = setInterval(() => {
    const now = app.clock.now().getTime();
    for (const [socket, at] of expiring) {
      if (at > now) continue;
      expiring.delete(socket);
      socket.close(4403, 'Forbidden: the token expired');
    }
  }, EXPIRY_CHECK_MS);
  expiryCheck.unref();
  const maxSubscriptions = app.config.realtime.maxSubscriptionsPerSocket;
  const served = useServer<ConnectionParams, { viewer?: Viewer; authorization?: string; areaTreeVersion?: number; socket: WebSocket; subscriptionIds?: Set<string> }>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.authorization = typeof header === 'string' ? header : undefined;
          ctx.extra.areaTreeVersion = hub.areaTreeVersion;
          ctx.extra.viewer = await app.auth.viewerFromAuthorization(ctx.extra.authorization);
        } catch {
          // graphql-ws closes with 4403 Forbidden when onConnect returns false
          return false;
        }
        const expiresAt = ctx.extra.viewer.expiresAt;
        if (expiresAt) expiring.set(ctx.extra.socket, expiresAt.getTime());
        return true;
      },
      onClose: (ctx) => {
        expiring.delete(ctx.extra.socket);
        ctx.extra.subscriptionIds?.clear();
      },
      onComplete: (ctx, id) => {
        // unless the client already reused the id for a new operation
        if (!(id in ctx.subscriptions)) ctx.extra.subscriptionIds?.delete(id);
      },
      // the hub's iterator yields finished results: graphql-js's subscribe would execute every event again
      // for every subscriber. The stream was made in onSubscribe (below), for every subscription operation.
      subscribe: (args) => streams.get(args)!,
      onSubscribe: async (ctx, id, payload) => {
        const checked = checkDocument(payload.query);
        if ('errors' in checked) return checked.errors;
        const document = checked.document;
        const limitError = checkOperationLimits(schema, document, payload.operationName ?? null, payload.variables ?? {}, limits);
        if (limitError) return [limitError];
        const argumentError = checkArgumentValues(schema, document, payload.operationName ?? null, payload.variables);
        if (argumentError) return [argumentError];
        // variables that do not coerce (an unknown enum value, a string for an Int) are the caller's fault, as
        // Apollo answers them over HTTP; graphql-js gives them no code, which the formatter would mask
        const operation = getOperationAST(document, payload.operationName);
        const coerced = operation && getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 10 });
        if (coerced?.errors) {
          return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
        }
        if (ctx.extra.areaTreeVersion !== hub.areaTreeVersion) {
          // an area moved or retired since the socket's viewer was read: its area path may have changed
          try {
            ctx.extra.viewer = await app.auth.viewerFromAuthorization(ctx.extra.authorization);
            ctx.extra.areaTreeVersion = hub.areaTreeVersion;
          } catch (error) {
            return [new GraphQLError(error instanceof Error ? error.message : 'The token is not valid.', { extensions: { code: 'UNAUTHENTICATED' } })];
          }
        }
        // a VOLUNTEER's rights are their record's as it stands now, on a socket held open too (src/auth.ts)
        const viewer = ctx.extra.viewer!.role === Role.VOLUNTEER ? await app.auth.withVolunteerStanding(ctx.extra.viewer!) : ctx.extra.viewer!;
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          // a context per operation, never shared across deliveries (graphql-ws builds the context once per subscription: loaders kept in it go stale)
          contextValue: Object.assign(createContext(app, viewer, requestIdOf(ctx.extra.request)), { realtime: hub }),
        };
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return args;
        // graphql-ws drops an operation from ctx.subscriptions the moment the client completes it, its stream
        // ends or the socket closes, so ids no longer there are released here; the slot is taken before the
        // first await, so subscriptions sent together cannot all pass the count
        const held = (ctx.extra.subscriptionIds ??= new Set());
        for (const heldId of held) if (!(heldId in ctx.subscriptions)) held.delete(heldId);
        if (held.size >= maxSubscriptions) {
          return [
            new GraphQLError(`This socket already holds ${maxSubscriptions} subscriptions, the most it may; complete one first.`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ];
        }
        held.add(id);
        // createSourceEventStream coerces the arguments and calls the field's subscribe; a refusal (bad filter,
        // expired cursor) becomes the protocol's `error` message rather than a `next` carrying errors
        const stream = await createSourceEventStream(args);
        if ('errors' in stream && stream.errors) {
          held.delete(id);
          return [...stream.errors];
        }
        streams.set(args, stream as AsyncIterable<ExecutionResult>);
        return args;
      },
      jsonMessageReplacer: replaceSharedData,
      onError: (ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e, requestIdOf(ctx.extra.request))),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e, requestIdOf(ctx.extra.request))) } : result,
    },
    wsServer,
  );
  return {
    dispose: async () => {
      clearInterval(expiryCheck);
      await served.dispose();
    },
  };
}
