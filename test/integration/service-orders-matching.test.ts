import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { must, placedOrder, TAKE } from '../kit/service-orders.js';

/* Service orders are never matched and never count in matching's figures or fill rates. */

let hub: TestHub;
let scene: MatchingScene;

beforeAll(async () => {
  hub = await startTestHub();
  scene = await matchingScene(hub);
});
afterAll(() => hub?.close());

const figures = (run: Awaited<ReturnType<typeof runOver>>) => ({
  demandsServed: run.demandsServed,
  quantityServed: run.quantityServed,
  quantityUnmet: run.quantityUnmet,
  objective: run.objective,
  fillRateByCommunity: run.fillRateByCommunity,
});

describe('matching beside service orders', () => {
  it('gives the same figures and fill rates with service orders placed and taken in the area, and matches none of them', async () => {
    for (const quantity of [1, 2, 40]) await scene.demand({ quantity });
    const before = figures(await runOver(hub, scene));
    expect(before.quantityServed).toBeGreaterThan(0);
    expect(before.quantityUnmet).toBeGreaterThan(0);

    const volunteer = await approvedVolunteer(hub, scene.d.community);
    const open = await placedOrder(hub, scene.d.grid, { quantity: 5 });
    const taken = await placedOrder(hub, scene.d.grid, { quantity: 1 });
    await must(hub, TAKE, 'takeDemand', { id: taken.id }, volunteer.token);
    const after = figures(await runOver(hub, scene));
    expect(after).toEqual(before);

    const { rows } = await hub.app.db.pool.query(
      `select count(*)::int as n from match m join demand d on d.id = m.demand_id where d.fulfilment = 'SERVICE'`,
    );
    expect(rows[0].n).toBe(0);
    expect([open.id, taken.id]).toHaveLength(2);
  });
});
