import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { eventTypesOf } from '../kit/builders.js';
import { insertProposals, matchesOf, matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const MatAccept = graphql(`
  mutation MatAccept($input: MatchInput!) {
    acceptMatch(input: $input) { match { id status quantity history { action fromStatus toStatus reason actor { role } } } userErrors { code field message } }
  }
`);

const MatDecline = graphql(`
  mutation MatDecline($input: MatchReasonInput!) {
    declineMatch(input: $input) { match { id status } userErrors { code field message } }
  }
`);

const MatCancel = graphql(`
  mutation MatCancel($input: MatchReasonInput!) {
    cancelMatch(input: $input) { match { id status history { action reason } } userErrors { code field message } }
  }
`);

const MatFulfil = graphql(`
  mutation MatFulfil($input: MatchInput!) {
    fulfilMatch(input: $input) { match { id status } userErrors { code field message } }
  }
`);

const MatState = graphql(`
  query MatState($demand: ID!, $resource: ID!) {
    demand(id: $demand) { status matches { id status quantity } }
    resource(id: $resource) { matches { id status } }
  }
`);

const MatInbox = graphql(`
  query MatInbox($org: ID!, $statuses: [MatchStatus!]) {
    matches(filter: { organizationId: $org, statuses: $statuses }, first: 100) { edges { node { id status } } }
  }
`);

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const sql = (text: string, values: unknown[]) => hub.app.db.pool.query(text, values);
const counts = async (s: MatchingScene, demandId?: string) => {
  const r = await sql('select accepted_quantity from resource where id = $1', [s.resourceRowId]);
  const d = demandId ? await sql(`select accepted_quantity, status from demand where id = $1`, [demandId]) : null;
  return { resource: r.rows[0].accepted_quantity as number, demand: d?.rows[0] };
};

/** A scene with one demand of `quantity` proposed to the resource. */
async function proposed(quantity = 2) {
  const s = await matchingScene(hub);
  const demand = await s.demand({ quantity });
  await runOver(hub, s);
  const [m] = await matchesOf(hub, s);
  const demandRowId = Buffer.from(demand.id, 'base64url').toString().split(':')[1];
  return { s, demand, m, demandRowId };
}

/** Everything a refused change must leave alone. */
async function snapshot(s: MatchingScene, demandId: string, demandRowId: string, matchId: string) {
  const state = await hub.client.data(MatState, { demand: demandId, resource: s.p.resource.id }, await s.communityAdmin());
  return { state, counts: await counts(s, demandRowId), events: await eventTypesOf(hub, matchId) };
}

describe('acceptMatch', () => {
  it('allocates the quantity on the resource and the demand, with history and event', async () => {
    const { s, demand, m, demandRowId } = await proposed(2);
    const accepted = await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    expect(accepted.acceptMatch.userErrors).toEqual([]);
    expect(accepted.acceptMatch.match).toMatchObject({ status: 'ACCEPTED', quantity: 2 });
    expect(accepted.acceptMatch.match!.history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['PROPOSE', null, 'PROPOSED'],
      ['ACCEPT', 'PROPOSED', 'ACCEPTED'],
    ]);
    expect(await counts(s, demandRowId)).toEqual({ resource: 2, demand: { accepted_quantity: 2, status: 'MATCHED' } });
    expect(await eventTypesOf(hub, m.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED']);
    const state = await hub.client.data(MatState, { demand: demand.id, resource: s.p.resource.id }, await s.unit());
    expect(state.demand).toMatchObject({ status: 'MATCHED', matches: [{ id: m.id, status: 'ACCEPTED' }] });
    // accepted matches never move: a new run keeps it and proposes nothing more
    expect(await runOver(hub, s)).toMatchObject({ proposedCount: 0, supersededCount: 0, quantityUnmet: 0 });
  });

  it('makes a demand PARTIALLY_MATCHED when part of it is accepted', async () => {
    const { s, m, demandRowId } = await proposed(5);
    await sql('update resource set capacity = 3 where id = $1', [s.resourceRowId]);
    await runOver(hub, s);
    const [live] = await matchesOf(hub, s, ['PROPOSED']);
    expect(live.quantity).toBe(3);
    expect(m.quantity).toBe(5);
    await hub.client.data(MatAccept, { input: { id: live.id } }, await s.unit());
    expect((await counts(s, demandRowId)).demand).toEqual({ accepted_quantity: 3, status: 'PARTIALLY_MATCHED' });
  });

  it('proposes more of the same resource beside an accepted match once it has room', async () => {
    const { s, m, demandRowId } = await proposed(5);
    await sql('update resource set capacity = 3 where id = $1', [s.resourceRowId]);
    await runOver(hub, s);
    const [three] = await matchesOf(hub, s, ['PROPOSED']);
    await hub.client.data(MatAccept, { input: { id: three.id } }, await s.unit());
    await sql('update resource set capacity = 10 where id = $1', [s.resourceRowId]);
    expect(await runOver(hub, s)).toMatchObject({ proposedCount: 1, quantityServed: 2, quantityUnmet: 0 });
    const live = await matchesOf(hub, s, ['PROPOSED', 'ACCEPTED']);
    expect(live.map((x) => [x.status, x.quantity])).toEqual([['ACCEPTED', 3], ['PROPOSED', 2]]);
    await hub.client.data(MatAccept, { input: { id: live[1].id } }, await s.unit());
    expect(await counts(s, demandRowId)).toEqual({ resource: 5, demand: { accepted_quantity: 5, status: 'MATCHED' } });
    expect(m.quantity).toBe(5);
  });

  it('refuses a match that is not PROPOSED with MATCH_NOT_ACCEPTABLE and changes nothing', async () => {
    const { s, demand, m, demandRowId } = await proposed();
    await hub.client.data(MatDecline, { input: { id: m.id, reason: '不合适' } }, await s.unit());
    const before = await snapshot(s, demand.id, demandRowId, m.id);
    const again = await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    expect(again.acceptMatch).toMatchObject({ match: null, userErrors: [{ code: 'MATCH_NOT_ACCEPTABLE', field: 'input.id' }] });
    expect(await snapshot(s, demand.id, demandRowId, m.id)).toEqual(before);
  });

  it('refuses beyond the free capacity with CAPACITY_EXHAUSTED and changes nothing', async () => {
    const { s, demand, m, demandRowId } = await proposed(2);
    await sql('update resource set capacity = 1 where id = $1', [s.resourceRowId]);
    const before = await snapshot(s, demand.id, demandRowId, m.id);
    const refused = await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    expect(refused.acceptMatch).toMatchObject({ match: null, userErrors: [{ code: 'CAPACITY_EXHAUSTED' }] });
    expect(await snapshot(s, demand.id, demandRowId, m.id)).toEqual(before);
  });

  it('refuses when the demand is no longer open with DEMAND_NOT_MATCHABLE and changes nothing', async () => {
    const { s, demand, m, demandRowId } = await proposed(2);
    await sql(`update demand set status = 'CANCELLED' where id = $1`, [demandRowId]);
    const before = await snapshot(s, demand.id, demandRowId, m.id);
    const refused = await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    expect(refused.acceptMatch).toMatchObject({ match: null, userErrors: [{ code: 'DEMAND_NOT_MATCHABLE' }] });
    expect(await snapshot(s, demand.id, demandRowId, m.id)).toEqual(before);
  });

  it('is FORBIDDEN to community staff and NOT_FOUND to another unit', async () => {
    const { s, m } = await proposed();
    const other = await matchingScene(hub);
    expect(await hub.client.errorCode(MatAccept, { input: { id: m.id } }, await s.communityAdmin())).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(MatAccept, { input: { id: m.id } }, await other.unit())).toBe('NOT_FOUND');
    expect(await hub.client.errorCode(MatAccept, { input: { id: m.id } })).toBe('UNAUTHENTICATED');
  });

  it('gives exactly the free places to 50 simultaneous acceptances', async () => {
    const s = await matchingScene(hub);
    await sql('update resource set capacity = 5 where id = $1', [s.resourceRowId]);
    const ids = await insertProposals(hub.app.db.pool, s, 50);
    const token = await s.unit();
    const results = await Promise.all(ids.map((id) => hub.client.data(MatAccept, { input: { id } }, token)));
    const codes = results.map((r) => r.acceptMatch.userErrors[0]?.code ?? r.acceptMatch.match!.status);
    expect(codes.filter((c) => c === 'ACCEPTED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'CAPACITY_EXHAUSTED')).toHaveLength(45);
    expect((await counts(s)).resource).toBe(5);
    const inbox = await hub.client.data(MatInbox, { org: s.p.org.id, statuses: ['ACCEPTED'] }, token);
    expect(inbox.matches.edges).toHaveLength(5);
  });
});

describe('declineMatch', () => {
  it('declines a proposal for good, and refuses twice with MATCH_NOT_DECLINABLE', async () => {
    const { s, m } = await proposed();
    const declined = await hub.client.data(MatDecline, { input: { id: m.id, reason: '车位另有安排' } }, await s.unit());
    expect(declined.declineMatch).toMatchObject({ match: { status: 'DECLINED' }, userErrors: [] });
    expect(await eventTypesOf(hub, m.id)).toEqual(['MATCH_PROPOSED', 'MATCH_DECLINED']);
    const again = await hub.client.data(MatDecline, { input: { id: m.id, reason: '再次' } }, await s.unit());
    expect(again.declineMatch.userErrors.map((e) => e.code)).toEqual(['MATCH_NOT_DECLINABLE']);
  });

  it('is FORBIDDEN to community staff', async () => {
    const { s, m } = await proposed();
    expect(await hub.client.errorCode(MatDecline, { input: { id: m.id, reason: '不要' } }, await s.communityAdmin())).toBe('FORBIDDEN');
  });
});

describe('cancelMatch', () => {
  it('releases an accepted quantity and puts the demand back to PLACED', async () => {
    const { s, m, demandRowId } = await proposed(2);
    await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    const cancelled = await hub.client.data(MatCancel, { input: { id: m.id, reason: '居民已自行解决' } }, await s.communityAdmin());
    expect(cancelled.cancelMatch).toMatchObject({ match: { status: 'CANCELLED' }, userErrors: [] });
    expect(await counts(s, demandRowId)).toEqual({ resource: 0, demand: { accepted_quantity: 0, status: 'PLACED' } });
    expect(await eventTypesOf(hub, m.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_CANCELLED']);
  });

  it('lets the unit cancel a proposal, and refuses a cancelled one with MATCH_NOT_CANCELLABLE', async () => {
    const { s, m } = await proposed();
    expect((await hub.client.data(MatCancel, { input: { id: m.id, reason: '临时检修' } }, await s.unit())).cancelMatch.match!.status).toBe('CANCELLED');
    const again = await hub.client.data(MatCancel, { input: { id: m.id, reason: '再次' } }, await s.unit());
    expect(again.cancelMatch.userErrors.map((e) => e.code)).toEqual(['MATCH_NOT_CANCELLABLE']);
  });

  it('is FORBIDDEN to a grid worker of the area', async () => {
    const { s, m } = await proposed();
    const grid = await hub.token({ role: Role.GRID_WORKER, areaId: s.d.grid.id });
    expect(await hub.client.errorCode(MatCancel, { input: { id: m.id, reason: '不要' } }, grid)).toBe('FORBIDDEN');
  });
});

describe('fulfilMatch', () => {
  it('confirms an accepted match and fulfils the demand when all of it was served', async () => {
    const { s, m, demandRowId } = await proposed(2);
    await hub.client.data(MatAccept, { input: { id: m.id } }, await s.unit());
    const done = await hub.client.data(MatFulfil, { input: { id: m.id } }, await s.communityAdmin());
    expect(done.fulfilMatch).toMatchObject({ match: { status: 'FULFILLED' }, userErrors: [] });
    expect((await counts(s, demandRowId)).demand).toEqual({ accepted_quantity: 2, status: 'FULFILLED' });
    expect(await eventTypesOf(hub, m.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_FULFILLED']);
  });

  it('refuses a proposal with MATCH_NOT_FULFILLABLE, and is FORBIDDEN to the unit', async () => {
    const { s, m } = await proposed();
    const refused = await hub.client.data(MatFulfil, { input: { id: m.id } }, await s.communityAdmin());
    expect(refused.fulfilMatch.userErrors.map((e) => e.code)).toEqual(['MATCH_NOT_FULFILLABLE']);
    expect(await hub.client.errorCode(MatFulfil, { input: { id: m.id } }, await s.unit())).toBe('FORBIDDEN');
  });
});

const MatNode = graphql(`
  query MatNode($id: ID!) { node(id: $id) { id ... on Match { status quantity } } }
`);

const MatEvents = graphql(`
  query MatEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 10) { edges { node { type subject { id } } } } }
`);

describe('match visibility', () => {
  it('shows a match by node(id) and in events to staff of the demand\'s area and the unit, to nobody else', async () => {
    const { s, m } = await proposed();
    const other = await matchingScene(hub);
    for (const token of [await s.unit(), await s.communityAdmin(), await hub.token({ role: Role.GRID_WORKER, areaId: s.d.grid.id })]) {
      expect((await hub.client.data(MatNode, { id: m.id }, token)).node).toMatchObject({ id: m.id, status: 'PROPOSED', quantity: 2 });
    }
    for (const token of [null, await other.unit(), await other.communityAdmin(), await hub.token({ role: Role.VOLUNTEER, areaId: s.d.grid.id })]) {
      expect((await hub.client.data(MatNode, { id: m.id }, token)).node).toBeNull();
      expect((await hub.client.data(MatEvents, { id: m.id }, token)).events.edges).toEqual([]);
    }
    const seen = await hub.client.data(MatEvents, { id: m.id }, await s.unit());
    expect(seen.events.edges.map((e) => e.node)).toEqual([{ type: 'MATCH_PROPOSED', subject: { id: m.id } }]);
    const anonymous = await hub.client.data(MatInbox, { org: s.p.org.id }, null);
    expect(anonymous.matches.edges).toEqual([]);
  });
});

const MatInboxDeep = graphql(`
  query MatInboxDeep($org: ID!) {
    matches(filter: { organizationId: $org }, first: 100) {
      edges { node { id status demand { id title } resource { id title } history { action } } }
    }
  }
`);

describe('the unit\'s inbox', () => {
  it('reads with a number of statements that does not grow with the number of matches', async () => {
    const few = await matchingScene(hub);
    const many = await matchingScene(hub);
    await insertProposals(hub.app.db.pool, few, 2);
    await insertProposals(hub.app.db.pool, many, 20);
    const small = await countStatements(async () => hub.client.data(MatInboxDeep, { org: few.p.org.id }, await few.unit()));
    const large = await countStatements(async () => hub.client.data(MatInboxDeep, { org: many.p.org.id }, await many.unit()));
    expect(small.result.matches.edges).toHaveLength(2);
    expect(large.result.matches.edges).toHaveLength(20);
    expect(large.result.matches.edges[0].node.demand).not.toBeNull();
    expect(large.count).toBe(small.count);
  });
});
