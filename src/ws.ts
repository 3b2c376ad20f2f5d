import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { createContext, type App } from './context.js';
import type { createErrorFormatter } from './shared/format-error.js';
import { checkOperationLimits, queryLimitRules, type QueryLimits } from './shared/query-limits.js';
import type { Viewer } from './shared/viewer.js';

type ConnectionParams = { authorization?: string; Authorization?: string };

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => (e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } })));

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's /graphql path, with the same token check, query
 * limits and error masking as HTTP. A token that does not verify closes the socket with 4403.
 */
export function serveWebSocket(
  app: App,
  schema: GraphQLSchema,
  wsServer: WebSocketServer,
  limits: QueryLimits,
  formatError: ReturnType<typeof createErrorFormatter>,
) {
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  return useServer<ConnectionParams, { viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.viewer = await app.auth.viewerFromAuthorization(typeof header === 'string' ? header : undefined);
          return true;
        } catch {
          // graphql-ws closes with 4403 Forbidden when onConnect returns false
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return withCode([error as GraphQLError], 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
        const limitError = checkOperationLimits(schema, document, payload.operationName ?? null, payload.variables ?? {}, limits);
        if (limitError) return [limitError];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          // a context per operation, never shared across deliveries (STACK.md, trap 7)
          contextValue: createContext(app, ctx.extra.viewer!),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
    },
    wsServer,
  );
}
