import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { wsClient, wsRequest, wsSubscribe } from '../kit/ws-client.js';

// the default depth, cost and mutation limits; a small subscription cap and quick heartbeats, so that a
// live subscription shows itself without an event
let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub({ REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET: '3', REALTIME_HEARTBEAT_MS: '200' });
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

const runMatchings = (count: number) =>
  `mutation LimRunMatchings($input: RunMatchingInput!) { ${Array.from({ length: count }, (_, i) => `m${i}: runMatching(input: $input) { run { id } userErrors { code } }`).join(' ')} }`;

const matchRunRows = async () => Number((await hub.app.db.pool.query<{ n: string }>('select count(*) as n from match_run')).rows[0]!.n);

const codes = (errors: { extensions?: { code?: unknown } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('mutation limits', () => {
  it('refuses 1,000 aliased runMatching over HTTP before any resolver runs: no match_run row is written', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const input = { areaId: d.district.id };
    const before = await matchRunRows();

    const result = await hub.client.request(runMatchings(1_000), { input }, { token });
    expect(result.status).toBe(400);
    expect(codes(result.errors)).toEqual(['TOO_MANY_MUTATIONS', 'QUERY_TOO_COSTLY']);
    expect(result.data ?? null).toBeNull();
    expect(await matchRunRows()).toBe(before);

    // the same request with one field does run, so the count above would have seen the runs
    const one = await hub.client.request(runMatchings(1), { input }, { token });
    expect(one.errors).toBeUndefined();
    expect(await matchRunRows()).toBe(before + 1);
  });

  it('refuses 1,000 aliased runMatching over WebSocket the same way: no match_run row is written', async () => {
    const { client } = wsClient(hub.server.wsUrl, await hub.token({ role: Role.DISTRICT_ADMIN }));
    try {
      const before = await matchRunRows();
      const result = await wsRequest(client, runMatchings(1_000), { input: { areaId: d.district.id } });
      expect(codes(result.errors)).toEqual(['TOO_MANY_MUTATIONS', 'QUERY_TOO_COSTLY']);
      expect(result.data ?? null).toBeNull();
      expect(await matchRunRows()).toBe(before);
    } finally {
      await client.dispose();
    }
  });

  it('lets three runMatching through and refuses four as QUERY_TOO_COSTLY, though four are within MAX_MUTATION_FIELDS', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const input = { areaId: d.district.id };
    const before = await matchRunRows();
    const four = await hub.client.request(runMatchings(4), { input }, { token });
    expect(codes(four.errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(await matchRunRows()).toBe(before);
    const three = await hub.client.request(runMatchings(3), { input }, { token });
    expect(three.errors).toBeUndefined();
    expect(await matchRunRows()).toBe(before + 3);
  });
});

describe('the same limits over HTTP and WebSocket', () => {
  const nested = (levels: number) => `{ district { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['a query nested past MAX_QUERY_DEPTH', nested(11), {}, 'QUERY_TOO_DEEP'],
    [
      'a query whose page sizes multiply past MAX_QUERY_COST',
      '{ areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } } }',
      {},
      'QUERY_TOO_COSTLY',
    ],
    [
      'page sizes given in variables',
      'query LimByVariables($n: Int) { areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } } }',
      { n: 100 },
      'QUERY_TOO_COSTLY',
    ],
    [
      'a mutation with more root fields than MAX_MUTATION_FIELDS',
      `mutation { ${Array.from({ length: 11 }, (_, i) => `p${i}: placeDemand(input: { id: "RGVtYW5kOjE" }) { userErrors { code } }`).join(' ')} }`,
      {},
      'TOO_MANY_MUTATIONS',
    ],
  ];

  it.each(cases)('refuses %s with the same code on both', async (_, query, variables, code) => {
    const http = await hub.client.request(query, variables);
    expect(http.status).toBe(400);
    expect(codes(http.errors)).toEqual([code]);
    const { client } = wsClient(hub.server.wsUrl);
    try {
      const ws = await wsRequest(client, query, variables);
      expect(codes(ws.errors)).toEqual([code]);
      expect(ws.data ?? null).toBeNull();
    } finally {
      await client.dispose();
    }
  });

  it('answers what is just within the limits on both', async () => {
    // depth 12 exactly
    const query = `${nested(10).slice(0, -1)} areas(first: 10) { edges { node { id } } } }`;
    expect((await hub.client.request(query)).errors).toBeUndefined();
    const { client } = wsClient(hub.server.wsUrl);
    try {
      expect((await wsRequest(client, query)).errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});

describe('REALTIME_MAX_SUBSCRIPTIONS_PER_SOCKET', () => {
  const AGREEMENTS = 'subscription LimAgreements { agreementEvents { cursor isHeartbeat } }';
  type Message = { agreementEvents: { cursor: string; isHeartbeat: boolean } };

  it('refuses one subscription more than the cap with TOO_MANY_SUBSCRIPTIONS, keeps the others, and frees a slot on complete', async () => {
    const { client } = wsClient(hub.server.wsUrl);
    const other = wsClient(hub.server.wsUrl);
    try {
      const held = [1, 2, 3].map(() => wsSubscribe<Message>(client, AGREEMENTS));
      // a heartbeat shows each one live
      await Promise.all(held.map((s) => s.waitFor(1, 10_000)));

      const refused = wsSubscribe<Message>(client, AGREEMENTS);
      await refused.ended(10_000);
      expect(codes(refused.error ?? undefined)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      expect(refused.messages).toEqual([]);

      // the held ones go on; queries on the same socket are not subscriptions; another socket has its own cap
      await held[0]!.waitFor(held[0]!.messages.length + 1, 10_000);
      expect(held.every((s) => s.error === null && !s.completed)).toBe(true);
      expect((await wsRequest<{ district: { name: string } }>(client, '{ district { name } }')).data).toEqual({ district: { name: '东城区' } });
      const elsewhere = wsSubscribe<Message>(other.client, AGREEMENTS);
      await elsewhere.waitFor(1, 10_000);

      // completing one frees its slot at once; a subscription refused for its own arguments keeps none
      held[2]!.stop();
      const bad = wsSubscribe<Message>(client, 'subscription LimBadAfter { agreementEvents(after: "nope") { cursor } }');
      await bad.ended(10_000);
      expect(codes(bad.error ?? undefined)).not.toContain('TOO_MANY_SUBSCRIPTIONS');
      const again = wsSubscribe<Message>(client, AGREEMENTS);
      await again.waitFor(1, 10_000);
      expect(again.error).toBeNull();
      const over = wsSubscribe<Message>(client, AGREEMENTS);
      await over.ended(10_000);
      expect(codes(over.error ?? undefined)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    } finally {
      await client.dispose();
      await other.client.dispose();
    }
  });

});
