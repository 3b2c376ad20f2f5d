import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { sqlOf } from '../../src/db/tx-query.js';
import { findCandidates } from '../../src/modules/matching/candidates.js';
import { solveAssignment } from '../../src/modules/matching/engine/index.js';
import { localToday } from '../../src/shared/today.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { eventTypesOf } from '../kit/builders.js';
import { placedDemand, postDemand } from '../kit/demands.js';
import { matchesOf, matchingScene, MatRun, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const MatDecline = graphql(`
  mutation MatRulesDecline($input: MatchReasonInput!) {
    declineMatch(input: $input) { match { id status } userErrors { code field message } }
  }
`);

const MatRuns = graphql(`
  query MatRulesRuns($areaId: ID) { matchRuns(areaId: $areaId, first: 10) { edges { node { id proposedCount area { id } } } } }
`);

const MatUnitSees = graphql(`
  query MatRulesUnitSees($id: ID!) { demand(id: $id) { id description matches { id status } } }
`);

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const sql = (text: string, values: unknown[]) => hub.app.db.pool.query(text, values);

describe('runMatching', () => {
  it('proposes a demand to a resource when every rule holds, with its score breakdown and events', async () => {
    const s = await matchingScene(hub);
    const demand = await s.demand();
    const run = await runOver(hub, s);
    expect(run).toMatchObject({ demandsServed: 1, quantityServed: 2, quantityUnmet: 0, proposedCount: 1, supersededCount: 0, kinds: [] });
    expect(run.fillRateByCommunity).toEqual([{ communityId: s.d.community.id, quantity: 2, served: 2, fillRate: 1 }]);
    const [m] = await matchesOf(hub, s);
    expect(m).toMatchObject({ status: 'PROPOSED', quantity: 2, atRisk: false, demand: { id: demand.id }, resource: { id: s.p.resource.id }, agreement: { id: s.agreementId } });
    expect(m.explanation).toMatchObject({ kindFit: 100, distance: 100, urgency: 20, waiting: 0 });
    expect(m.score).toBe(m.explanation.total);
    expect(run.objective).toBe(m.score * 2);
    expect(await eventTypesOf(hub, m.id)).toEqual(['MATCH_PROPOSED']);
    expect(await eventTypesOf(hub, run.id)).toEqual(['MATCH_RUN_COMPLETED']);
    const runs = await hub.client.data(MatRuns, { areaId: s.d.community.id }, await s.communityAdmin());
    expect(runs.matchRuns.edges.map((e) => e.node)).toEqual([{ id: run.id, proposedCount: 1, area: { id: s.d.community.id } }]);
    for (const token of [null, await s.unit()]) {
      expect((await hub.client.data(MatRuns, { areaId: s.d.community.id }, token)).matchRuns.edges).toEqual([]);
    }
  });

  it('lets the matched unit see the demand and its matches, and nobody else\'s', async () => {
    const s = await matchingScene(hub);
    const demand = await s.demand();
    const other = await matchingScene(hub);
    expect((await hub.client.data(MatUnitSees, { id: demand.id }, await s.unit())).demand).toBeNull();
    await runOver(hub, s);
    const seen = await hub.client.data(MatUnitSees, { id: demand.id }, await s.unit());
    expect(seen.demand).toMatchObject({ id: demand.id, matches: [{ status: 'PROPOSED' }] });
    expect((await hub.client.data(MatUnitSees, { id: demand.id }, await other.unit())).demand).toBeNull();
    expect(await matchesOf(hub, other)).toEqual([]);
  });

  it('keeps proposals a second run reproduces and changes nothing', async () => {
    const s = await matchingScene(hub);
    await s.demand();
    await runOver(hub, s);
    const before = await matchesOf(hub, s);
    const again = await runOver(hub, s);
    expect(again).toMatchObject({ proposedCount: 0, supersededCount: 0, quantityServed: 2 });
    expect(await matchesOf(hub, s)).toEqual(before);
  });

  it('supersedes a proposal the new solution does not keep: a more urgent demand takes the last places', async () => {
    const s = await matchingScene(hub);
    await sql('update resource set capacity = 2 where id = $1', [s.resourceRowId]);
    const first = await s.demand({ urgency: 'LOW' });
    await runOver(hub, s);
    const urgent = await s.demand({ urgency: 'URGENT' });
    const run = await runOver(hub, s);
    expect(run).toMatchObject({ proposedCount: 1, supersededCount: 1, quantityServed: 2, quantityUnmet: 2 });
    const all = await matchesOf(hub, s);
    expect(all.map((m) => [m.demand!.id, m.status])).toEqual([
      [first.id, 'SUPERSEDED'],
      [urgent.id, 'PROPOSED'],
    ]);
    expect(await eventTypesOf(hub, all[0].id)).toEqual(['MATCH_PROPOSED', 'MATCH_SUPERSEDED']);
  });

  it('is refused to a unit admin and to admins of another area', async () => {
    const s = await matchingScene(hub);
    const other = await matchingScene(hub);
    expect(await hub.client.errorCode(MatRun, { input: { areaId: s.d.community.id } }, await s.unit())).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(MatRun, { input: { areaId: s.d.community.id } }, await other.communityAdmin())).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(MatRun, { input: { areaId: s.d.community.id } }, await hub.token({ role: Role.GRID_WORKER, areaId: s.d.community.id }))).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(MatRun, { input: { areaId: s.d.community.id } })).toBe('UNAUTHENTICATED');
  });

  it('equals solveAssignment on the candidate set', async () => {
    const s = await matchingScene(hub);
    const second = await matchingScene(hub);
    // a second unit's car park shared with the same community, and demands that compete for places
    await sql('update resource set capacity = 3 where id = $1', [s.resourceRowId]);
    for (const [urgency, quantity] of [['LOW', 2], ['URGENT', 2], ['NORMAL', 3], ['HIGH', 1]] as const) await s.demand({ urgency, quantity });
    await second.demand();
    const ctx = createContext(hub.app, SYSTEM_VIEWER);
    const set = await findCandidates(sqlOf(ctx.em()), { scopePath: s.d.community.path, kinds: null, today: localToday(hub.clock.now(), hub.config.timeZone), now: hub.clock.now() });
    expect(set.demands).toHaveLength(4);
    const expected = solveAssignment({
      demands: set.demands.map((x) => ({ id: x.id, quantity: x.openQuantity })),
      resources: set.resources.map((r) => ({ id: r.id, capacity: r.free })),
      pairs: set.pairs.map((p) => ({ demand: p.demandId, resource: p.resourceId, score: p.score, capacity: p.capacity })),
    });
    const run = await runOver(hub, s);
    expect(run.quantityServed).toBe(expected.servedQuantity);
    expect(run.quantityServed).toBe(3);
    expect(run.objective).toBe(expected.objective);
    const proposed = (await matchesOf(hub, s, ['PROPOSED'])).map((m) => ({ quantity: m.quantity, score: m.score }));
    expect(proposed.reduce((sum, m) => sum + m.quantity * m.score, 0)).toBe(expected.objective);
  });
});

type Breaker = (s: MatchingScene) => Promise<unknown>;

describe('hard rules: a pair that breaks one is never proposed', () => {
  const cases: [string, 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'SIGNED' | 'TERMINATED' | null, Breaker][] = [
    ['a kind the demand does not accept', 'ACTIVE', (s) => s.demand({ kinds: ['READING_ROOM'] })],
    ['an audience the resource does not serve', 'ACTIVE', async (s) => {
      await sql(`update resource set audiences = '{PUPILS}' where id = $1`, [s.resourceRowId]);
      return s.demand({ audience: 'ELDERLY' });
    }],
    ['no agreement', null, (s) => s.demand()],
    ['a suspended agreement', 'SUSPENDED', (s) => s.demand()],
    ['an expired agreement', 'EXPIRED', (s) => s.demand()],
    ['a terminated agreement', 'TERMINATED', (s) => s.demand()],
    ['an agreement signed but not yet in force', 'SIGNED', (s) => s.demand()],
    ['windows the resource does not offer', 'ACTIVE', (s) => s.demand({ windows: [{ days: ['SATURDAY'], dayType: 'ANY', start: '09:00', end: '12:00' }] })],
    ['windows past the offered hours', 'ACTIVE', (s) => s.demand({ windows: [{ days: ['MONDAY'], dayType: 'WORKDAY', start: '18:00', end: '22:00' }] })],
    ['a resource farther than the radius', 'ACTIVE', (s) => s.demand({ location: { lat: 39.9252, lng: 116.4253 }, radiusMeters: 800 })],
    ['a resource not PUBLISHED', 'ACTIVE', async (s) => {
      await sql(`update resource set status = 'PAUSED' where id = $1`, [s.resourceRowId]);
      return s.demand();
    }],
    ['a demand not PLACED', 'ACTIVE', (s) => postDemand(hub, s.d.grid)],
    ['a demand past its end date', 'ACTIVE', async (s) => {
      await s.demand({ startDate: '2026-11-01', endDate: '2026-11-30' });
      hub.clock.set(new Date('2026-12-01T14:00:00+08:00'));
    }],
    ['an agreement with another community', 'ACTIVE', (s) => placedDemand(hub, s.d.otherGrid)],
  ];

  it.each(cases)('%s', async (_name, agreement, breaker) => {
    const s = await matchingScene(hub, agreement);
    await breaker(s);
    const run = await hub.client.data(MatRun, { input: { areaId: s.d.district.id } }, await hub.token({ role: Role.DISTRICT_ADMIN }));
    expect(run.runMatching.run!.proposedCount).toBe(0);
    expect(await matchesOf(hub, s)).toEqual([]);
  });

  it('a declined pair', async () => {
    const s = await matchingScene(hub);
    await s.demand();
    await runOver(hub, s);
    const [m] = await matchesOf(hub, s);
    const declined = await hub.client.data(MatDecline, { input: { id: m.id, reason: '车位已另作安排' } }, await s.unit());
    expect(declined.declineMatch).toMatchObject({ match: { status: 'DECLINED' }, userErrors: [] });
    const run = await runOver(hub, s);
    expect(run).toMatchObject({ proposedCount: 0, quantityUnmet: 2 });
    expect((await matchesOf(hub, s)).map((x) => x.status)).toEqual(['DECLINED']);
  });

  it('only the kinds asked for', async () => {
    const s = await matchingScene(hub);
    await s.demand();
    expect(await runOver(hub, s, ['READING_ROOM'])).toMatchObject({ proposedCount: 0, kinds: ['READING_ROOM'] });
    expect(await runOver(hub, s, ['PARKING'])).toMatchObject({ proposedCount: 1, kinds: ['PARKING'] });
  });
});
