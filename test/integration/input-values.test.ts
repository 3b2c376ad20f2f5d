import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../src/app.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startHubOn, startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import { wsClient, wsRequest, wsSubscribe } from '../kit/ws-client.js';

/*
 * Text PostgreSQL cannot store (NUL, an unpaired UTF-16 surrogate) and instants and dates outside the years
 * 1900–9999 are refused as BAD_USER_INPUT naming the field, before any resolver runs: on both executors,
 * over HTTP and WebSocket, in variables and in literals, at any depth of an input.
 */

let hub: TestHub;
let other: TestHub;
let d: District;
let resourceId: string;
let unitToken: string;

beforeAll(async () => {
  hub = await startTestHub({ GRAPHQL_EXECUTOR: 'jit' });
  // the other executor, on the same database
  const db = await openHubDatabase(hub.database.url, { poolSize: 3 });
  other = await startHubOn({ db, url: hub.database.url, drop: () => db.close() }, { GRAPHQL_EXECUTOR: 'graphql-js' });
  d = await buildDistrict(hub.app.db.pool);
  const org = await buildOrganization(hub, d.community);
  resourceId = (await buildResource(hub, org.id, { capacity: 30 })).id;
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
  // each hub checks a token's unit once, with a statement of its own: not what the tests count
  for (const h of [hub, other]) await h.client.data('{ viewer { role } }', {}, unitToken);
});
afterAll(async () => {
  await other?.close();
  await hub?.close();
});

const NUL = 'a\u0000b';
const LONE_HIGH = 'a\ud800b';
const LONE_LOW = '\udc00b';

const Pause = 'mutation($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { id } userErrors { code } } }';
const ReportMany = `mutation($input: ReportAvailabilitiesInput!) {
  reportAvailabilities(input: $input) { observations { id } userErrors { code field } } }`;
const Search = 'query($text: String) { resources(filter: { text: $text }) { edges { node { id } } } }';

const hubs = () => [
  ['graphql-jit', hub],
  ['graphql-js', other],
] as const;

async function statusOf(id: string) {
  const { rows } = await hub.app.db.pool.query('select status, version, latest_free_count from resource where id = $1', [fromGlobalId(id)!.id]);
  return rows[0];
}

describe.each(['graphql-jit', 'graphql-js'])('over HTTP with %s', (executor) => {
  const target = () => hubs().find(([name]) => name === executor)![1];

  it.each([
    ['NUL', NUL],
    ['an unpaired high surrogate', LONE_HIGH],
    ['an unpaired low surrogate', LONE_LOW],
  ])('refuses %s in a mutation variable, naming the field, before the resolver runs', async (_label, reason) => {
    const before = await statusOf(resourceId);
    const { result, count } = await countStatements(() => target().client.request(Pause, { input: { id: resourceId, reason } }, { token: unitToken }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(count).toBe(0);
    expect(await statusOf(resourceId)).toEqual(before);
  });

  it('refuses NUL written as an escape in a literal', async () => {
    const result = await target().client.request(`mutation { pauseResource(input: { id: "${resourceId}", reason: "a\\u0000b" }) { userErrors { code } } }`, {}, { token: unitToken });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });

  it('refuses text nested in a list of input objects, naming its index', async () => {
    const observations = [
      { resourceId, freeCount: 3, source: '道闸' },
      { resourceId, freeCount: 4, source: LONE_HIGH },
    ];
    const result = await target().client.request(ReportMany, { input: { observations } }, { token: unitToken });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.observations.1.source' });
  });

  it('refuses an ID with NUL, in a query argument as in a mutation', async () => {
    const result = await target().client.request('query($id: ID!) { resource(id: $id) { id } }', { id: `${resourceId}\u0000` });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses the search text of a query, also when it comes from a variable\'s default', async () => {
    const fromVariable = await target().client.request(Search, { text: NUL });
    expect(fromVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    const fromDefault = await target().client.request('query($text: String = "x\\u0000") { resources(filter: { text: $text }) { edges { node { id } } } }');
    expect(fromDefault.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('refuses text inside a fragment\'s arguments', async () => {
    const result = await target().client.request(
      'query($text: String) { ...F } fragment F on Query { resources(filter: { text: $text }) { edges { node { id } } } }',
      { text: LONE_LOW },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('takes well-formed text with characters outside the BMP', async () => {
    const result = await target().client.request(Search, { text: '𠮷野家' });
    expect(result.errors).toBeUndefined();
  });

  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59+08:00'])('refuses the DateTime %s, as a variable and as a literal, before PostgreSQL sees it', async (observedAt) => {
    const asVariable = await target().client.request(
      'mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }',
      { input: { resourceId, freeCount: 1, observedAt } },
      { token: unitToken },
    );
    expect(asVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.observedAt' });
    const asLiteral = await target().client.request(
      `mutation { reportAvailability(input: { resourceId: "${resourceId}", freeCount: 1, observedAt: "${observedAt}" }) { userErrors { code } } }`,
      {},
      { token: unitToken },
    );
    expect(asLiteral.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes a DateTime in 1900', async () => {
    const result = await target().client.request(
      'mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { observation { id } userErrors { code } } }',
      { input: { resourceId, freeCount: 1, observedAt: '1900-01-01T00:00:00+08:00' } },
      { token: unitToken },
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses YYYY-MM-DD dates outside 1900–9999', async () => {
    const result = await target().client.request('{ holidays(from: "0000-01-01", to: "2026-12-31") { date } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const admin = await target().token({ role: Role.DISTRICT_ADMIN });
    const draft = await target().client.request(
      'mutation($input: CreateAgreementDraftInput!) { createAgreementDraft(input: $input) { agreement { id } } }',
      { input: { organizationId: 'T3JnYW5pemF0aW9uOjE', areaId: d.community.id, title: '协议', startDate: '1899-01-01', endDate: '2027-01-01', items: [] } },
      { token: admin },
    );
    expect(draft.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
  });
});

describe('over WebSocket', () => {
  it('refuses bad text in a query and in a subscription\'s arguments, naming the field', async () => {
    const { client } = wsClient(hub.server.wsUrl, unitToken);
    try {
      const query = await wsRequest(client, Search, { text: NUL });
      expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
      const mutation = await wsRequest(client, Pause, { input: { id: resourceId, reason: LONE_HIGH } });
      expect(mutation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      const byVariable = wsSubscribe(client, 'subscription($ids: [ID!]) { matchEvents(filter: { resourceIds: $ids }) { cursor } }', {
        ids: [resourceId, `x${LONE_LOW}`],
      });
      await byVariable.ended();
      expect(byVariable.error?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.resourceIds.1' });
      const byLiteral = wsSubscribe(client, 'subscription { agreementEvents(after: "1\\u0000") { cursor } }');
      await byLiteral.ended();
      expect(byLiteral.error?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    } finally {
      await client.dispose();
    }
  });
});
