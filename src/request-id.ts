import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context } from './context.js';

/*
 * Request ids (README, "Request ids"): a caller's `X-Request-Id` is kept when it is 1 to 64 of
 * [A-Za-z0-9._-], replaced by a new UUID otherwise, made when absent; the response echoes it, and the log
 * lines written for the request, a masked error's included, carry it, as does the masked error sent.
 *
 * The id travels explicitly (the context's `requestId`, the errors below), not in an AsyncLocalStorage: on
 * Node 20 one costs every promise of every request, and the read-path bench measured 15 to 20 % more CPU
 * per request with it.
 */

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

const ids = new WeakMap<IncomingMessage, string>();

/** The request's id: its valid `X-Request-Id`, or a new one; the same for the same request, however often asked. */
export function requestIdOf(req: IncomingMessage): string {
  let id = ids.get(req);
  if (id === undefined) {
    const given = req.headers['x-request-id'];
    id = typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : randomUUID();
    ids.set(req, id);
  }
  return id;
}

/** First of all the middleware: fixes the request's id and echoes it in the response. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  res.setHeader(REQUEST_ID_HEADER, requestIdOf(req));
  next();
};

/** The request an error arose in, by the error (the one Apollo hands its formatter). */
const errorRequests = new WeakMap<object, string>();

/** Files `error` (thrown while making a request's context) under the request `requestId`. */
export function errorOfRequest(error: unknown, requestId: string): void {
  if (typeof error === 'object' && error !== null) errorRequests.set(error, requestId);
}

/** The id of the request `error` arose in, if known (Apollo wraps a context's error: its original is filed). */
export function requestIdOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const original = (error as { originalError?: unknown }).originalError;
  return errorRequests.get(error) ?? (typeof original === 'object' && original !== null ? errorRequests.get(original) : undefined);
}

/**
 * Files every error of an operation under its request before Apollo formats them: Apollo hands
 * `didEncounterErrors` the very errors it then passes to the formatter, which has no context of its own.
 */
export const requestIdPlugin: ApolloServerPlugin<Context> = (() => {
  // one listener for every request: it keeps nothing of its own
  const listener = {
    async didEncounterErrors({ errors, contextValue }: { errors: readonly object[]; contextValue: Context }) {
      for (const error of errors) errorRequests.set(error, contextValue.requestId);
    },
  };
  return { requestDidStart: async () => listener };
})();
