import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { AgreementFilter } from '../gql/graphql.js';
import { AgrCreate, AgrPropose, AgrSign, agreementIn, buildParties, insertAgreements, draftInput, type Parties } from '../kit/agreements.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const Seen = graphql(`
  query AgrSeen($id: ID!, $org: ID!, $resource: ID!) {
    agreement(id: $id) { id }
    node(id: $id) { id ... on SharingAgreement { title } }
    agreements(filter: { organizationId: $org }) { totalCount edges { node { id } } }
    resource(id: $resource) { agreements { id } }
  }
`);

const List = graphql(`
  query AgrList($filter: AgreementFilter, $first: Int, $after: String, $last: Int, $before: String) {
    agreements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id status } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const Nested = graphql(`
  query AgrNested($first: Int!) {
    agreements(first: $first) {
      edges {
        node {
          id title status startDate signatures { party } organization { name area { name } } area { name parent { name } }
          items { committedQuantity windows { start end } resource { title } }
          history { action actor { role } }
        }
      }
    }
  }
`);

const Statistics = graphql(`
  query AgrStatistics($street: ID!, $community: ID!) {
    street: area(id: $street) { agreementStatistics { status count } resourcesCoveredCount }
    community: area(id: $community) { agreementStatistics { status count } resourcesCoveredCount }
  }
`);

const StreetStatistics = graphql(`
  query AgrStreetStatistics($first: Int!) {
    areas(kind: STREET, first: $first) { edges { node { agreementStatistics { status count } resourcesCoveredCount } } }
  }
`);

const Subject = graphql(`
  query AgrSubject($id: ID!) {
    events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { ... on SharingAgreement { id title } } } } }
  }
`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

async function listed(filter: AgreementFilter, token?: string) {
  const data = await hub.client.data(List, { filter, first: 100 }, token ?? (await as(Role.DISTRICT_ADMIN)));
  return data.agreements.edges.map((e) => e.node.id);
}

describe('who sees an agreement', () => {
  async function seenBy(p: Parties, id: string, token: string | undefined) {
    const data = await hub.client.data(Seen, { id, org: p.org.id, resource: p.resource.id }, token);
    return [data.agreement?.id ?? null, data.node?.id ?? null, data.agreements.edges.map((e) => e.node.id), data.resource?.agreements.map((a) => a.id)];
  }

  it('shows drafts and proposals only to the unit\'s admin and staff of the agreement\'s area or above, by every path', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    for (const token of [await p.unit(), await p.areaAdmin(), await as(Role.STREET_ADMIN, { areaId: d.street.id }), await p.district()]) {
      expect(await seenBy(p, id, token)).toEqual([id, id, [id], [id]]);
    }
    for (const token of [
      undefined,
      await as(Role.UNIT_ADMIN, { organizationId: (await buildOrganization(hub, d.community)).id }),
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
      await as(Role.GRID_WORKER, { areaId: d.grid.id }),
      await as(Role.VOLUNTEER, { areaId: d.community.id }),
    ]) {
      expect(await seenBy(p, id, token)).toEqual([null, null, [], []]);
    }
  });

  it('shows a signed agreement to anyone, anonymous callers included', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'SIGNED');
    expect(await seenBy(p, id, undefined)).toEqual([id, id, [id], [id]]);
    expect(await seenBy(p, id, await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id }))).toEqual([id, id, [id], [id]]);
  });

  it('resolves the subject of its events to the agreement', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'DRAFT');
    const data = await hub.client.data(Subject, { id }, await p.unit());
    expect(data.events.edges[0]!.node).toMatchObject({ type: 'AGREEMENT_DRAFTED', subject: { id } });
  });
});

describe('agreements(filter)', () => {
  it('filters by area and below, unit, resource, status as shown today, and the day in force', async () => {
    const community = await buildParties(hub, d);
    const street = await buildParties(hub, d, d.street);
    const draft = await buildParties(hub, d);
    const future = await buildParties(hub, d, d.neighbourCommunity);
    const a = await agreementIn(hub, community, 'ACTIVE');
    const s = await agreementIn(hub, street, 'ACTIVE');
    const x = await agreementIn(hub, draft, 'DRAFT');
    const f = await agreementIn(hub, future, 'SIGNED'); // 2026-12-01 to 2027-11-30

    const ours = [a, s, x, f];
    const ids = async (filter: AgreementFilter) => (await listed(filter)).filter((id) => ours.includes(id));
    const onStreet = await ids({ areaId: d.street.id });
    expect(onStreet).toEqual([a, s, x, f]);
    const inCommunity = await ids({ areaId: d.community.id });
    expect(inCommunity).toEqual([a, x]);
    expect(await ids({ areaId: d.otherStreet.id })).toEqual([]);
    expect(await ids({ organizationId: community.org.id })).toEqual([a]);
    expect(await ids({ resourceId: street.resource.id })).toEqual([s]);

    expect(await ids({ statuses: ['ACTIVE'] })).toEqual([a, s]);
    expect(await ids({ statuses: ['DRAFT', 'SIGNED'] })).toEqual([x, f]);
    expect(await ids({ inForceOn: '2026-11-23', areaId: d.street.id })).toEqual([a, s]);
    expect(await ids({ inForceOn: '2027-01-15', areaId: d.street.id })).toEqual([a, s, f]);
    // statuses are the ones queries show: the clock makes the SIGNED one ACTIVE on its start date
    hub.clock.set('2026-12-01T00:00:00+08:00');
    expect(await ids({ statuses: ['ACTIVE'], areaId: d.neighbourCommunity.id })).toEqual([f]);
    expect(await ids({ statuses: ['SIGNED'], areaId: d.neighbourCommunity.id })).toEqual([]);
  });

  it('rejects an inForceOn that is no date as BAD_USER_INPUT', async () => {
    const result = await hub.client.request(List, { filter: { inForceOn: '2026-02-30' } }, { token: await as(Role.DISTRICT_ADMIN) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.inForceOn' });
  });

  it('pages forward and backward in id order with a total count', async () => {
    const p = await buildParties(hub, d);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(await agreementIn(hub, p, 'DRAFT'));
    const token = await p.unit();
    const filter = { organizationId: p.org.id };
    const first = (await hub.client.data(List, { filter, first: 2 }, token)).agreements;
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(first.edges.map((e) => e.node.id)).toEqual(made.slice(0, 2));
    const next = (await hub.client.data(List, { filter, first: 2, after: first.pageInfo.endCursor }, token)).agreements;
    expect(next.edges.map((e) => e.node.id)).toEqual(made.slice(2, 4));
    const last = (await hub.client.data(List, { filter, last: 2, before: next.pageInfo.startCursor }, token)).agreements;
    expect(last.edges.map((e) => e.node.id)).toEqual(made.slice(0, 2));
    expect(last.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const bad = await hub.client.request(List, { filter, first: 2, after: 'bm9wZQ' }, { token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a page of 20 agreements with their unit, area, items, resources and history in as many statements as a page of 3', async () => {
    for (let i = 0; i < 5; i++) {
      const p = await buildParties(hub, d);
      await buildResource(hub, p.org.id);
      // volume, not the path through the API (which the other tests walk): written in one statement
      await insertAgreements(hub, p, ['DRAFT', 'SIGNED', 'DRAFT', 'SIGNED', 'DRAFT']);
    }
    const token = await as(Role.DISTRICT_ADMIN);
    const small = await countStatements(() => hub.client.data(Nested, { first: 3 }, token));
    const large = await countStatements(() => hub.client.data(Nested, { first: 20 }, token));
    expect(large.result.agreements.edges).toHaveLength(20);
    expect(large.result.agreements.edges.every((e) => e.node.items.length === 1 && e.node.items[0]!.resource?.title)).toBe(true);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
    // the page with unit and area joined; items, resources and history: one batch each
    expect(large.count, large.statements.join('\n---\n')).toBe(4);
  });
});

describe('per-area statistics', () => {
  it('counts the agreements of an area and below by status today, and the resources agreements in force cover', async () => {
    const before = await hub.client.data(Statistics, { street: d.otherStreet.id, community: d.otherCommunity.id });
    expect(before.street!.agreementStatistics.every((s) => s.count === 0)).toBe(true);
    expect(before.street!.agreementStatistics.map((s) => s.status)).toEqual(['DRAFT', 'PROPOSED', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED']);
    for (const status of ['ACTIVE', 'ACTIVE', 'SUSPENDED', 'DRAFT', 'EXPIRED'] as const) await agreementIn(hub, await buildParties(hub, d, d.otherCommunity), status);
    const streetLevel = await buildParties(hub, d, d.otherStreet);
    await agreementIn(hub, streetLevel, 'ACTIVE');

    const after = await hub.client.data(Statistics, { street: d.otherStreet.id, community: d.otherCommunity.id });
    const counts = (s: { status: string; count: number }[]) => Object.fromEntries(s.filter((x) => x.count).map((x) => [x.status, x.count]));
    expect(counts(after.community!.agreementStatistics)).toEqual({ ACTIVE: 2, SUSPENDED: 1, DRAFT: 1, EXPIRED: 1 });
    expect(counts(after.street!.agreementStatistics)).toEqual({ ACTIVE: 3, SUSPENDED: 1, DRAFT: 1, EXPIRED: 1 });
    // the street's agreement covers a resource lying in the community: it counts for both
    expect(after.community!.resourcesCoveredCount).toBe(3);
    expect(after.street!.resourcesCoveredCount).toBe(3);
  });

  it('reads the statistics of every street in a fixed number of statements', async () => {
    const one = await countStatements(() => hub.client.data(StreetStatistics, { first: 1 }));
    const two = await countStatements(() => hub.client.data(StreetStatistics, { first: 2 }));
    expect(two.result.areas.edges).toHaveLength(2);
    expect(two.count).toBe(one.count);
  });
});

describe('Resource.agreements', () => {
  it('lists the agreements you may see that share the resource', async () => {
    const p = await buildParties(hub, d);
    const signed = await agreementIn(hub, p, 'ACTIVE');
    const created = await hub.client.data(AgrCreate, { input: draftInput(p, { startDate: '2028-01-01', endDate: '2028-12-31' }) }, await p.unit());
    const draft = created.createAgreementDraft.agreement!.id;
    await hub.client.data(AgrPropose, { input: { id: draft } }, await p.unit());
    await hub.client.data(AgrSign, { input: { id: draft } }, await p.unit());
    const seen = async (token?: string) =>
      (await hub.client.data(Seen, { id: signed, org: p.org.id, resource: p.resource.id }, token)).resource!.agreements.map((a) => a.id);
    expect(await seen(await p.unit())).toEqual([signed, draft]);
    expect(await seen()).toEqual([signed]);
  });
});
