import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { App, Context } from './context.js';
import { newestCursor } from './outbox/feed.js';

/*
 * Prometheus metrics (README, "Metrics"), served on a listener of their own (METRICS_PORT), never on the
 * public port. Counted on the hot path: requests by root field, operations by name, durations and errors
 * sent, each a counter child looked up once per label set and kept. Read at scrape time: sockets,
 * subscriptions, the event feed's and the jobs' lag, the workers' leadership, the database pool.
 *
 * Every label is bounded: root fields and error codes come from the schema and the error formatter, and
 * client operation names are labelled only for at most MAX_OPERATION_NAMES names, every other one `other`.
 */

/** Operation names labelled by name; every other one is `other`. */
export const MAX_OPERATION_NAMES = 200;

const PREFIX = 'sharehub_';

/** What the metrics read at scrape time, from the running server. */
export interface MetricSources {
  /** WebSocket sockets open now. */
  sockets(): number;
  /** Subscriptions registered with the hub now. */
  subscriptions(): number;
  /** The last cursor the event feed handed to the hub. */
  deliveredCursor(): string;
  /** Whether this instance leads the background work (false when it runs none). */
  isLeader(): boolean;
}

export interface HubMetrics {
  /** Counts each HTTP operation: by root field and outcome, by operation name, and its duration. */
  plugin: ApolloServerPlugin<Context>;
  /** `format`, counting every error it returns by its code (HTTP and WebSocket share the formatter). */
  countingErrors<F extends (formatted: GraphQLFormattedError, error: unknown, requestId?: string) => GraphQLFormattedError>(format: F): F;
  /** An error sent outside GraphQL execution (an unreadable body). */
  countError(code: string): void;
  /** A background job's round, as the leader. */
  roundTook(job: string, seconds: number): void;
  registry: Registry;
}

/**
 * The first MAX_OPERATION_NAMES distinct names seen (anonymous operations count as `anonymous`), or only
 * those of an allow-list; any other name is `other`. The list never shrinks while the process lives.
 */
export class OperationNames {
  private readonly known: Set<string>;
  private readonly fixed: boolean;

  constructor(allowed: readonly string[] | null) {
    this.known = new Set(allowed ?? []);
    this.fixed = allowed !== null;
  }

  label(name: string | null | undefined): string {
    const key = name || 'anonymous';
    if (this.known.has(key)) return key;
    if (this.fixed || this.known.size >= MAX_OPERATION_NAMES) return 'other';
    this.known.add(key);
    return key;
  }
}

/** A child per label set, made once: prom-client hashes the labels on every `inc` given as an object. */
function children<C>(make: (...labels: string[]) => C) {
  const made = new Map<string, C>();
  return (...labels: string[]): C => {
    const key = labels.join('\u0000');
    let child = made.get(key);
    if (child === undefined) made.set(key, (child = make(...labels)));
    return child;
  };
}

/** The operation's root fields as [response key, field name], fragments followed; cached per parsed operation. */
const rootFieldsOf = new WeakMap<OperationDefinitionNode, [string, string][]>();
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): [string, string][] {
  let fields = rootFieldsOf.get(operation);
  if (fields) return fields;
  fields = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') fields!.push([s.alias?.value ?? s.name.value, s.name.value]);
      else if (s.kind === 'InlineFragment') walk(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition' && d.name.value === s.name.value);
        if (fragment?.kind === 'FragmentDefinition') walk(fragment.selectionSet, seen);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  rootFieldsOf.set(operation, fields);
  return fields;
}

/**
 * A figure read from the database, or NaN when it cannot be read: a scrape must still answer (the pool's
 * gauges matter most) while the database is down.
 */
async function unlessDown(read: () => Promise<number>): Promise<number> {
  try {
    return await read();
  } catch {
    return NaN;
  }
}

/** Error codes are finite (the formatter passes known ones only); this keeps a stray one from minting series. */
const CODE_LABEL = /^[A-Z][A-Z0-9_]{0,63}$/;

export function createMetrics(app: App, sources: MetricSources): HubMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const registers = [registry];

  const requests = new Counter({
    name: `${PREFIX}graphql_requests_total`,
    help: 'GraphQL operations over HTTP, one per root field, by operation type, root field and outcome (ok, or error when an error concerns the field or the whole operation).',
    labelNames: ['operation_type', 'root_field', 'outcome'] as const,
    registers,
  });
  const operations = new Counter({
    name: `${PREFIX}graphql_operations_total`,
    help: `GraphQL operations over HTTP by operation name (the first ${MAX_OPERATION_NAMES} names seen or METRICS_OPERATION_NAMES; any other is "other") and outcome.`,
    labelNames: ['operation_name', 'outcome'] as const,
    registers,
  });
  const durations = new Histogram({
    name: `${PREFIX}graphql_request_duration_seconds`,
    help: 'Time from the start of a GraphQL operation over HTTP (body read) to its response, by operation type.',
    labelNames: ['operation_type'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({
    name: `${PREFIX}graphql_errors_total`,
    help: 'Errors sent to clients (HTTP and WebSocket) by their extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });
  const rounds = new Histogram({
    name: `${PREFIX}job_round_duration_seconds`,
    help: 'Rounds of the background jobs (sweeper, matcher) this instance ran as the leader.',
    labelNames: ['job'] as const,
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers,
  });
  /** A gauge read when scraped. */
  const readGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name: `${PREFIX}${name}`,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  readGauge('websocket_sockets', 'WebSocket sockets open now.', sources.sockets);
  readGauge('subscriptions', 'Subscriptions registered with the subscription hub now.', sources.subscriptions);
  new Gauge({
    name: `${PREFIX}event_feed_lag_events`,
    help: 'The newest cursor in the event log minus the last one the event feed handed to the subscription hub.',
    registers,
    async collect() {
      this.set(await unlessDown(async () => Math.max(0, Number(await newestCursor(app.db.pool)) - Number(sources.deliveredCursor()))));
    },
  });
  const jobs = app.modules.flatMap((m) => m.jobs ?? []).filter((job) => job.lag);
  new Gauge({
    name: `${PREFIX}job_lag_events`,
    help: "How far a background job's cursor is behind the event log (the matcher's, from matcher_state), the same on every instance.",
    labelNames: ['job'] as const,
    registers,
    async collect() {
      for (const job of jobs) this.set({ job: job.name }, await unlessDown(() => job.lag!(app)));
    },
  });
  readGauge('workers_leader', 'Whether this instance leads the background work (sweeper and matcher): 1 or 0.', () => (sources.isLeader() ? 1 : 0));
  const pool = app.db.pool;
  readGauge('db_pool_connections', 'Connections of the read pool, busy or idle.', () => pool.totalCount);
  readGauge('db_pool_idle_connections', 'Idle connections of the read pool.', () => pool.idleCount);
  readGauge('db_pool_waiting_requests', 'Queries waiting for a connection of the read pool.', () => pool.waitingCount);

  const requestChild = children((type, field, outcome) => requests.labels(type, field, outcome));
  const operationChild = children((name, outcome) => operations.labels(name, outcome));
  const durationChild = children((type) => durations.labels(type));
  const errorChild = children((code) => errors.labels(code));
  const roundChild = children((job) => rounds.labels(job));
  const names = new OperationNames(app.config.metrics?.operationNames ?? null);
  const countError = (code: unknown) => errorChild(typeof code === 'string' && CODE_LABEL.test(code) ? code : 'other').inc();

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, document, operation, response }) {
          const type = operation?.operation ?? 'none';
          durationChild(type).observe((performance.now() - started) / 1000);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const failed = sent !== undefined && sent.length > 0;
          operationChild(names.label(operation ? (operation.name?.value ?? null) : request.operationName), failed ? 'error' : 'ok').inc();
          if (!operation || !document) {
            requestChild(type, 'none', failed ? 'error' : 'ok').inc();
            return;
          }
          // an error without a path concerns the whole operation
          const whole = failed && sent.some((e) => !e.path?.length);
          for (const [key, field] of rootFields(document, operation)) {
            const error = whole || (failed && sent.some((e) => e.path?.[0] === key));
            requestChild(type, field, error ? 'error' : 'ok').inc();
          }
        },
      };
    },
  };

  return {
    plugin,
    countingErrors: (format) =>
      ((formatted: GraphQLFormattedError, error: unknown, requestId?: string) => {
        const sent = format(formatted, error, requestId);
        countError(sent.extensions?.code);
        return sent;
      }) as typeof format,
    countError,
    roundTook: (job, seconds) => roundChild(job).observe(seconds),
    registry,
  };
}

/** GET /metrics on its own listener; resolves once it listens. `close` stops it. */
export async function serveMetrics(registry: Registry, host: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the metrics are at /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`collecting the metrics failed: ${String(error)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
