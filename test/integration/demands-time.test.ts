import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { demandsModule } from '../../src/modules/demands/index.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { districtToken, insertGrid, placedDemand, postDemand } from '../kit/demands.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Read = graphql(`
  query DemTimeRead($id: ID!, $area: ID!) {
    demand(id: $id) { status version history { action fromStatus toStatus actor { id role } } }
    placed: demands(filter: { areaId: $area, statuses: [PLACED] }) { totalCount }
    expired: demands(filter: { areaId: $area, statuses: [EXPIRED] }) { totalCount edges { node { id } } }
    area(id: $area) { demandStatistics { status kind count } }
  }
`);

const Events = graphql(`
  query DemTimeEvents($id: ID!) {
    events(filter: { subjectIds: [$id] }) { edges { node { type occurredAt actor { id role } data } } }
  }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** Runs the module's sweeps as the sweeper does: a SYSTEM context on the app's clock. */
async function sweep(target: TestHub = hub): Promise<number> {
  let recorded = 0;
  for (const run of demandsModule.sweeps!) recorded += await run(createContext(target.app, SYSTEM_VIEWER));
  return recorded;
}

const read = async (id: string, area: { id: string }) => hub.client.data(Read, { id, area: area.id }, await districtToken(hub));

describe('a demand past its last needed day', () => {
  it('is PLACED until 24:00 local time of its end date and EXPIRED from then on, in every read', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const demand = await placedDemand(hub, grid, { endDate: '2026-11-30' });
    hub.clock.set('2026-11-30T23:59:59.999+08:00');
    let data = await read(demand.id, grid);
    expect(data.demand!.status).toBe('PLACED');
    expect([data.placed.totalCount, data.expired.totalCount]).toEqual([1, 0]);
    expect(data.area!.demandStatistics).toEqual([{ status: 'PLACED', kind: 'PARKING', count: 1 }]);

    hub.clock.set('2026-12-01T00:00:00+08:00');
    data = await read(demand.id, grid);
    expect(data.demand!.status).toBe('EXPIRED');
    expect([data.placed.totalCount, data.expired.totalCount]).toEqual([0, 1]);
    expect(data.expired.edges).toEqual([{ node: { id: demand.id } }]);
    expect(data.area!.demandStatistics).toEqual([{ status: 'EXPIRED', kind: 'PARKING', count: 1 }]);
    // nothing is stored yet: the sweeper records it
    expect(data.demand!.history.map((h) => h.action)).toEqual(['POST', 'PLACE']);
  });

  it('is recorded once by the sweeper, as SYSTEM, with history and a DEMAND_EXPIRED event', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const placed = await placedDemand(hub, grid, { endDate: '2026-11-30' });
    const posted = await postDemand(hub, grid, { endDate: '2026-11-30' });
    const later = await placedDemand(hub, grid, { endDate: '2026-12-01' });
    hub.clock.set('2026-11-30T23:59:00+08:00');
    expect(await sweep()).toBe(0);

    hub.clock.set('2026-12-01T00:00:30+08:00');
    expect(await sweep()).toBeGreaterThanOrEqual(2);
    for (const [demand, from] of [[placed, 'PLACED'], [posted, 'POSTED']] as const) {
      const data = await read(demand.id, grid);
      expect(data.demand!.status).toBe('EXPIRED');
      expect(data.demand!.version).toBe(demand.version + 1);
      expect(data.demand!.history.at(-1)).toEqual({ action: 'EXPIRE', fromStatus: from, toStatus: 'EXPIRED', actor: { id: 'SYSTEM', role: 'SYSTEM' } });
      const events = await hub.client.data(Events, { id: demand.id }, await districtToken(hub));
      expect(events.events.edges.at(-1)!.node).toEqual({
        type: 'DEMAND_EXPIRED', occurredAt: '2026-12-01T00:00:30.000+08:00', actor: { id: 'SYSTEM', role: 'SYSTEM' }, data: { from, to: 'EXPIRED' },
      });
    }
    expect((await read(later.id, grid)).demand!.status).toBe('PLACED');

    // idempotent: a second round records nothing
    expect(await sweep()).toBe(0);
    const events = await hub.client.data(Events, { id: placed.id }, await districtToken(hub));
    expect(events.events.edges.filter((e) => e.node.type === 'DEMAND_EXPIRED')).toHaveLength(1);
    // stored now: even a clock set back reads it EXPIRED
    hub.clock.set(TEST_NOW);
    expect((await read(placed.id, grid)).demand!.status).toBe('EXPIRED');
  });

  it('expires matched demands too, but leaves cancelled and fulfilled ones as they are', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const byStatus: Record<string, string> = {};
    for (const status of ['MATCHED', 'PARTIALLY_MATCHED', 'FULFILLED', 'CANCELLED']) {
      const demand = await placedDemand(hub, grid, { endDate: '2026-11-30' });
      await hub.app.db.pool.query(`update demand set status = $1 where id = $2`, [status, fromGlobalId(demand.id)!.id]);
      byStatus[status] = demand.id;
    }
    hub.clock.set('2026-12-02T09:00:00+08:00');
    await sweep();
    const statuses = await Promise.all(Object.entries(byStatus).map(async ([s, id]) => [s, (await read(id, grid)).demand!.status]));
    expect(Object.fromEntries(statuses)).toEqual({ MATCHED: 'EXPIRED', PARTIALLY_MATCHED: 'EXPIRED', FULFILLED: 'FULFILLED', CANCELLED: 'CANCELLED' });
  });
});

describe('the district time zone', () => {
  let utcHub: TestHub;
  beforeAll(async () => {
    utcHub = await startTestHub({ TZ_DISTRICT: 'Europe/London' });
  });
  afterAll(() => utcHub?.close());

  it('decides the end of the last day: 24:00 in London is 08:00 the next morning in Beijing', async () => {
    const local = await buildDistrict(utcHub.app.db.pool);
    const demand = await placedDemand(utcHub, local.grid, { endDate: '2026-11-30' });
    const token = await districtToken(utcHub);
    const statusAt = async (at: string) => {
      utcHub.clock.set(at);
      return (await utcHub.client.data(Read, { id: demand.id, area: local.grid.id }, token)).demand!.status;
    };
    expect(await statusAt('2026-12-01T07:59:59+08:00')).toBe('PLACED');
    expect(await statusAt('2026-12-01T08:00:00+08:00')).toBe('EXPIRED');
    expect(await sweep(utcHub)).toBe(1);
  });
});
