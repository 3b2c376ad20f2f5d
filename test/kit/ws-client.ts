import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestHub } from './server.js';
import { waitFor, withDeadline } from './wait.js';

export interface TestWsClient {
  client: Client;
  /** Resolves with the close code when the socket closes. */
  closed: Promise<number>;
  /**
   * A ping round trip on this socket: resolves when the server's pong arrives, so every message the server
   * had sent before answering the ping has been received (one socket keeps its order).
   */
  flush(): Promise<void>;
}

let flushes = 0;

/** A real graphql-ws client for tests. */
export function wsClient(url: string, token?: string): TestWsClient {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  let socket: WebSocket | null = null;
  const client = createClient({
    url,
    webSocketImpl: class extends WebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        socket = this;
      }
    },
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => onClosed((event as { code: number }).code) },
    onNonLazyError: () => {},
  });
  const flush = async () => {
    const opened = socket as WebSocket | null;
    if (!opened) throw new Error('the client has no socket yet');
    if (opened.readyState === WebSocket.CONNECTING) await new Promise((resolve) => opened.once('open', resolve));
    const id = `flush-${++flushes}`;
    await new Promise<void>((resolve) => {
      const off = client.on('pong', (received, payload) => {
        if (received && (payload as { id?: string } | undefined)?.id === id) {
          off();
          resolve();
        }
      });
      opened.send(JSON.stringify({ type: 'ping', payload: { id } }));
    });
  };
  return { client, closed, flush };
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
    waitFor(count, timeoutMs = 20_000) {
      return until(() => received.messages.length >= count, timeoutMs, () => `${received.messages.length} of ${count} messages${received.error ? `; error ${JSON.stringify(received.error)}` : ''}`);
    },
    ended(timeoutMs = 20_000) {
      return until(() => received.error !== null || received.completed, timeoutMs, () => 'the subscription to end');
    },
    stop: () => {},
  };
  const until = (done: () => boolean, timeoutMs: number, what: () => string) =>
    withDeadline(
      new Promise<void>((resolve) => {
        const check = () => (done() ? resolve() : waiters.push(check));
        check();
      }),
      timeoutMs,
      what,
    );
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

/**
 * Subscribes and waits until the hub has registered the subscription (or it ended at once), so that
 * changes made next are the subscription's to deliver.
 */
export async function wsSubscribed<T = Record<string, unknown>>(
  hub: TestHub,
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Received<T>> {
  const before = hub.server.hub.size;
  const received = wsSubscribe<T>(client, query, variables);
  await waitFor(() => hub.server.hub.size > before || received.error !== null || received.completed, {
    what: 'the subscription to be registered',
  });
  return received;
}

/**
 * Everything committed so far has reached these clients: the feed has read it, the hub has handed every
 * message to its socket, and a ping round trip on each socket came back after them. After this, a message
 * that has not arrived is one the hub did not send.
 */
export async function delivered(hub: TestHub, ...clients: TestWsClient[]): Promise<void> {
  await hub.server.feed.settle();
  await waitFor(() => hub.server.hub.drained, { what: 'the hub to hand every message to its socket' });
  await Promise.all(clients.map((c) => c.flush()));
}
