import type { GraphQLFormattedError } from 'graphql';

/** Codes whose message is meant for the caller; everything else is masked as INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_MUTATIONS', 'PAYLOAD_TOO_LARGE', 'CURSOR_EXPIRED', 'SLOW_SUBSCRIBER',
  'TOO_MANY_SUBSCRIPTIONS',
]);

/** Codes of errors raised during validation (limit rules, the project's scalars on literals) that outrank Apollo's GRAPHQL_VALIDATION_FAILED. */
const VALIDATION_CODES = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_MUTATIONS', 'BAD_USER_INPUT']);

/**
 * The one error formatter for HTTP and WebSocket: known codes pass with their message and no stack;
 * anything else becomes INTERNAL_SERVER_ERROR with no internals, and is handed to `logUnexpected`. Given the
 * request's id, the masked error carries it in `extensions.requestId`, and so does its log line, so that a
 * caller can quote it.
 */
export function createErrorFormatter(logUnexpected: (error: unknown, path: GraphQLFormattedError['path'], requestId: string | undefined) => void) {
  return (formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError => {
    // Apollo files every validation-rule error under GRAPHQL_VALIDATION_FAILED; the limit rules' own code, or a
    // scalar's BAD_USER_INPUT for a literal it refuses, is the useful one
    const validationCode = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError?.extensions?.code;
    const code = VALIDATION_CODES.has(validationCode as string) ? (validationCode as string) : (formatted.extensions?.code as string | undefined);
    if (code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    logUnexpected((error as { originalError?: unknown })?.originalError ?? error, formatted.path, requestId);
    return { message: 'Internal server error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) } };
  };
}
