import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { wsClient } from '../kit/ws-client.js';

/* Prometheus metrics on a listener of their own (METRICS_PORT), scraped over real HTTP. */

const AREAS = 'query OpsAreas { areas(first: 1) { totalCount } }';

/** The scrape's samples: series (name with labels) → value. */
async function scrape(hub: TestHub): Promise<Map<string, number>> {
  const response = await fetch(hub.server.metricsUrl!);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

const seriesOf = (samples: Map<string, number>, name: string) => [...samples.keys()].filter((s) => s === name || s.startsWith(`${name}{`));

describe('METRICS_PORT', () => {
  it('takes a port, host:port or off, and defaults to 127.0.0.1:9464 outside tests', () => {
    expect(loadConfig({}).metrics).toEqual({ host: '127.0.0.1', port: 9464, operationNames: null });
    expect(loadConfig({ NODE_ENV: 'test' }).metrics).toBeNull();
    expect(loadConfig({ METRICS_PORT: 'off' }).metrics).toBeNull();
    expect(loadConfig({ METRICS_PORT: '9500' }).metrics).toMatchObject({ host: '127.0.0.1', port: 9500 });
    expect(loadConfig({ METRICS_PORT: '0.0.0.0:9464' }).metrics).toMatchObject({ host: '0.0.0.0', port: 9464 });
    expect(loadConfig({ METRICS_PORT: '[::1]:9464' }).metrics).toMatchObject({ host: '::1', port: 9464 });
    expect(loadConfig({ METRICS_OPERATION_NAMES: 'Browse, Search' }).metrics?.operationNames).toEqual(['Browse', 'Search']);
  });

  it.each(['on', '70000', 'host:', ':9464', '127.0.0.1:port', 'a b:9464'])('refuses METRICS_PORT=%j with a ConfigError naming it', (value) => {
    expect(() => loadConfig({ METRICS_PORT: value })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_PORT: value })).toThrow(/METRICS_PORT/);
  });
});

describe('metrics', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ METRICS_PORT: '127.0.0.1:0' }, { workers: { intervalsMs: { sweeper: 100, matcher: 100 } } });
  });
  afterAll(() => hub?.close());

  it('are served on their own port, not on the public one, and off under NODE_ENV=test unless asked for', async () => {
    expect(hub.server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(hub.server.metricsUrl!).port).not.toBe(String(hub.server.port));
    expect((await fetch(new URL('/metrics', hub.server.url))).status).toBe(404);
    const quiet = await startTestHub();
    try {
      expect(quiet.server.metricsUrl).toBeNull();
    } finally {
      await quiet.close();
    }
  });

  it('name requests by root field and outcome, durations, errors by code, sockets, lags, leadership, rounds and the pool', async () => {
    expect((await hub.client.request(AREAS)).errors).toBeUndefined();
    expect((await hub.client.request('query OpsBad { areas(first: -1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const socket = wsClient(hub.server.wsUrl);
    try {
      await socket.flush();
      const samples = await waitFor(
        async () => {
          const s = await scrape(hub);
          // the leader's first rounds and the socket, seen by a scrape
          return s.get('sharehub_workers_leader') === 1 && s.get('sharehub_websocket_sockets') === 1 &&
            (s.get('sharehub_job_round_duration_seconds_count{job="matcher"}') ?? 0) > 0 &&
            (s.get('sharehub_job_round_duration_seconds_count{job="sweeper"}') ?? 0) > 0 && s;
        },
        { what: 'the leader, its rounds and the socket in the metrics' },
      );
      expect(samples.get('sharehub_graphql_requests_total{operation_type="query",root_field="areas",outcome="ok"}')).toBe(1);
      expect(samples.get('sharehub_graphql_requests_total{operation_type="query",root_field="areas",outcome="error"}')).toBe(1);
      expect(samples.get('sharehub_graphql_operations_total{operation_name="OpsAreas",outcome="ok"}')).toBe(1);
      expect(samples.get('sharehub_graphql_operations_total{operation_name="OpsBad",outcome="error"}')).toBe(1);
      expect(samples.get('sharehub_graphql_request_duration_seconds_count{operation_type="query"}')).toBe(2);
      expect(samples.get('sharehub_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
      expect(samples.get('sharehub_subscriptions')).toBe(0);
      expect(samples.get('sharehub_event_feed_lag_events')).toBeGreaterThanOrEqual(0);
      expect(samples.get('sharehub_job_lag_events{job="matcher"}')).toBeGreaterThanOrEqual(0);
      expect(samples.get('sharehub_db_pool_connections')).toBeGreaterThan(0);
      for (const name of ['sharehub_db_pool_idle_connections', 'sharehub_db_pool_waiting_requests', 'sharehub_process_cpu_seconds_total', 'sharehub_nodejs_eventloop_lag_seconds']) {
        expect(samples.has(name), name).toBe(true);
      }
    } finally {
      await socket.client.dispose();
    }
  });

  it('still answer when the event log cannot be read, its lags NaN', async () => {
    const broken = await startTestHub({ METRICS_PORT: '127.0.0.1:0' });
    try {
      await broken.app.db.pool.query('alter table event rename to event_gone');
      const samples = await scrape(broken);
      expect(samples.get('sharehub_event_feed_lag_events')).toBeNaN();
      expect(samples.get('sharehub_job_lag_events{job="matcher"}')).toBeNaN();
      expect(samples.get('sharehub_db_pool_connections')).toBeGreaterThan(0);
    } finally {
      await broken.app.db.pool.query('alter table event_gone rename to event');
      await broken.close();
    }
  });

  it('label at most 200 operation names, every other one as "other"', async () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `OpsName${i}`);
    for (let i = 0; i < names.length; i += 50) {
      await Promise.all(names.slice(i, i + 50).map((name) => hub.client.request(`query ${name} { __typename }`)));
    }
    const labels = new Set(
      seriesOf(await scrape(hub), 'sharehub_graphql_operations_total').map((s) => /operation_name="([^"]*)"/.exec(s)![1]),
    );
    expect(labels.size).toBeLessThanOrEqual(201);
    expect(labels.has('other')).toBe(true);
  });
});
