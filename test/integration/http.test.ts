import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const TooDeep = graphql(`
  query HttpTooDeep {
    district {
      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }
    }
  }
`);

const TooCostly = graphql(`
  query HttpTooCostly {
    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }
  }
`);

const TooCostlyByVariables = graphql(`
  query HttpTooCostlyByVariables($n: Int) {
    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }
  }
`);

const AreasPage = graphql(`
  query HttpAreasPage($first: Int, $last: Int, $after: String) {
    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }
  }
`);

const OrganizationCursor = graphql(`query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }`);

const AreaById = graphql(`query HttpAreaById($id: ID!) { area(id: $id) { id name } }`);

const NodeById = graphql(`query HttpNodeById($id: ID!) { node(id: $id) { id } }`);

const NodesByIds = graphql(`query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }`);

let hub: TestHub;
let d: District;
/** the body of every HTTP response this file sees, to prove none leaks internals */
const bodies: string[] = [];

beforeAll(async () => {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (...args: Parameters<typeof fetch>) => {
    const response = await realFetch(...args);
    bodies.push(await response.clone().text());
    return response;
  });
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await hub?.close();
});

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });

describe('GraphQL over HTTP', () => {
  it('passes every required audit of the GraphQL-over-HTTP specification', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: hub.server.url })) results.push(await audit.fn());
    const count = (status: AuditResult['status']) => results.filter((r) => r.status === status).length;
    console.info(`graphql-http audit: ${count('ok')} ok, ${count('warn')} warnings, ${count('notice')} notices, ${count('error')} errors`);
    const failing = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failing, failing.join('\n')).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });

  it('answers a malformed JSON body with a GraphQL-shaped 400 BAD_REQUEST, not an HTML page', async () => {
    const response = await post(hub.server.url, '{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
    expect(text).not.toMatch(/stack|at \/|node_modules|SyntaxError/);
    expect(JSON.parse(text)).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] });
  });

  it('answers a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const small = await startTestHub({ MAX_BODY_BYTES: '1000' });
    try {
      const query = `{ __typename ${' '.repeat(2000)} }`;
      const response = await post(small.server.url, JSON.stringify({ query }));
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })] });
      // a body under the limit still works on the same hub
      expect((await small.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await small.close();
    }
  });

  it('keeps CSRF prevention on: a simple GET is refused, one with apollo-require-preflight is answered', async () => {
    const url = `${hub.server.url}?query=${encodeURIComponent('{__typename}')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).not.toContain('"__typename"');

    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': '1', accept: 'application/json' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers an operationName the document lacks with 400 naming it, whichever the executor', async () => {
    const post = (body: object) =>
      fetch(hub.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const unknown = await post({ query: 'query A { __typename }', operationName: 'B' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ errors: [{ message: 'Unknown operation named "B".', extensions: { code: 'BAD_REQUEST' } }] });
    const unnamed = await post({ query: 'query A { __typename } query C { __typename }' });
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as { errors: { message: string }[] }).errors[0].message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it('answers /healthz and /readyz with 200', async () => {
    const origin = new URL(hub.server.url).origin;
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('operation limits', () => {
  it('rejects a query nested past MAX_QUERY_DEPTH as QUERY_TOO_DEEP and executes nothing', async () => {
    const result = await hub.client.request(TooDeep);
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(result.data ?? null).toBeNull();
  });

  it('rejects a shallow query whose nested page sizes multiply past MAX_QUERY_COST as QUERY_TOO_COSTLY', async () => {
    const result = await hub.client.request(TooCostly);
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(result.data ?? null).toBeNull();
  });

  it('counts page sizes given in variables, once the variables are known', async () => {
    const cheap = await hub.client.request(TooCostlyByVariables, { n: 2 });
    expect(cheap.errors).toBeUndefined();
    const result = await hub.client.request(TooCostlyByVariables, { n: 100 });
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(result.data ?? null).toBeNull();
  });

  it('applies MAX_QUERY_COST from the configuration', async () => {
    const strict = await startTestHub({ MAX_QUERY_COST: '500' });
    try {
      const result = await strict.client.request(AreasPage, { first: 100 });
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect((await strict.client.request(AreasPage, { first: 10 })).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});

describe('page arguments', () => {
  it.each([
    ['a page over 100', { first: 101 }, 'first'],
    ['a negative page', { first: -1 }, 'first'],
    ['a negative last page', { last: -1 }, 'last'],
    ['first and last together', { first: 2, last: 2 }, 'first'],
    ['a garbage cursor', { after: 'xyz' }, 'after'],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (_label, variables, field) => {
    const result = await hub.client.request(AreasPage, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data ?? null).toBeNull();
  });

  it('rejects a cursor taken from another list as BAD_USER_INPUT naming `after`', async () => {
    await buildOrganization(hub, d.community);
    const cursor = (await hub.client.data(OrganizationCursor)).organizations.edges[0].cursor;
    const result = await hub.client.request(AreasPage, { first: 2, after: cursor });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages on from a cursor of the same list', async () => {
    const first = await hub.client.data(AreasPage, { first: 2 });
    const next = await hub.client.data(AreasPage, { first: 2, after: first.areas.edges[1].cursor });
    expect(next.areas.edges.map((e) => e.node.id)).not.toContain(first.areas.edges[1].node.id);
    expect(next.areas.edges).toHaveLength(2);
  });

  it('rejects an unknown enum value in the query text as GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await hub.client.request('query HttpPlanets { areas(kind: PLANET) { totalCount } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data ?? null).toBeNull();
  });
});

describe('global ids', () => {
  it('rejects a malformed id as BAD_USER_INPUT naming `id`', async () => {
    const result = await hub.client.request(AreaById, { id: 'nope' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('rejects a well-formed id of another type as BAD_USER_INPUT', async () => {
    const org = await buildOrganization(hub, d.community);
    const result = await hub.client.request(AreaById, { id: org.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('answers null without an error for a well-formed area id that does not exist', async () => {
    const result = await hub.client.request(AreaById, { id: toGlobalId('Area', '987654321') });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ area: null });
    expect((await hub.client.data(AreaById, { id: d.street.id })).area).toMatchObject({ id: d.street.id, name: '建国门街道' });
  });

  it('answers node(id) with null for garbage and for unknown ids', async () => {
    expect(await hub.client.data(NodeById, { id: 'garbage' })).toEqual({ node: null });
    expect(await hub.client.data(NodeById, { id: toGlobalId('Resource', '987654321') })).toEqual({ node: null });
    expect(await hub.client.data(NodeById, { id: d.grid.id })).toEqual({ node: { id: d.grid.id } });
  });

  it('answers nodes(ids) in order with nulls, and rejects more than 100 ids as BAD_USER_INPUT', async () => {
    expect(await hub.client.data(NodesByIds, { ids: [d.grid.id, 'garbage', d.street.id] })).toEqual({
      nodes: [{ id: d.grid.id }, null, { id: d.street.id }],
    });
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId('Area', String(i + 1)));
    const result = await hub.client.request(NodesByIds, { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(result.data ?? null).toBeNull();
  });
});

describe('internal errors', () => {
  it('masks a database failure as INTERNAL_SERVER_ERROR without its message', async () => {
    const broken = await startTestHub();
    try {
      await broken.app.db.pool.query('alter table area rename to area_gone');
      const result = await broken.client.request(AreasPage, { first: 1 });
      expect(result.errors).toEqual([expect.objectContaining({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } })]);
      expect(JSON.stringify(result)).not.toMatch(/area_gone|relation|does not exist/);
    } finally {
      await broken.close();
    }
  });

  // runs last: the file's tests run in order, and every response above was recorded
  it('never shows a stack trace or a server path in any response of this file', () => {
    expect(bodies.length).toBeGreaterThan(30);
    const leaking = bodies.filter((body) => /stack|at \/|node_modules|\.ts:\d+/i.test(body));
    expect(leaking).toEqual([]);
  });
});
