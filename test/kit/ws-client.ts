import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A real graphql-ws client for tests; `closed` resolves with the close code when the socket closes. */
export function wsClient(url: string, token?: string): { client: Client; closed: Promise<number> } {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => onClosed((event as { code: number }).code) },
    onNonLazyError: () => {},
  });
  return { client, closed };
}

/** Runs one query or mutation over the socket and returns its single result. */
export function wsRequest<T = unknown>(client: Client, query: string, variables?: Record<string, unknown>) {
  return new Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
    let result: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => (result = value as typeof result),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

export interface Received<T> {
  /** Every `next` payload, in order. */
  messages: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  /** The subscription's error (an `error` message), when it got one. */
  error: { message: string; extensions?: Record<string, unknown> }[] | null;
  completed: boolean;
  /** Resolves when `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the subscription got an error or completed. */
  ended(timeoutMs?: number): Promise<void>;
  stop(): void;
}

/** Subscribes and collects what arrives. */
export function wsSubscribe<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): Received<T> {
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach((w) => w());
  const received: Received<T> = {
    messages: [],
    error: null,
    completed: false,
    waitFor(count, timeoutMs = 5_000) {
      return until(() => received.messages.length >= count, timeoutMs, () => `${received.messages.length} of ${count} messages${received.error ? `; error ${JSON.stringify(received.error)}` : ''}`);
    },
    ended(timeoutMs = 5_000) {
      return until(() => received.error !== null || received.completed, timeoutMs, () => 'the subscription to end');
    },
    stop: () => {},
  };
  const until = (done: () => boolean, timeoutMs: number, what: () => string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (done()) {
          clearTimeout(timer);
          resolve();
        } else waiters.push(check);
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what()}`)), timeoutMs);
      check();
    });
  received.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => (received.messages.push(value as Received<T>['messages'][number]), poke()),
      error: (error) => ((received.error = Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }]), poke()),
      complete: () => ((received.completed = true), poke()),
    },
  );
  return received;
}
