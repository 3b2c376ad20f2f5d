import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { demandsModule } from '../../src/modules/demands/index.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { buildTeam, communityAdmin, CONFIRM, must, orderOf, placedOrder, RELEASE, REPORT, run, TAKE } from '../kit/service-orders.js';

/* Service orders and the clock: deadlines and overdue, expiry, and how long a taker sees the order. */

let hub: TestHub;
let d: District;
let admin: string;
let alone: Awaited<ReturnType<typeof approvedVolunteer>>;
let leader: Awaited<ReturnType<typeof approvedVolunteer>>;
let teamId: string;
let unitToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await communityAdmin(hub, d.community);
  alone = await approvedVolunteer(hub, d.community, 'time-alone');
  leader = await approvedVolunteer(hub, d.community, 'time-leader');
  teamId = await buildTeam(hub, d.community, leader.id);
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.community)).id });
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** Runs the module's sweeps as the sweeper does: a SYSTEM context on the app's clock. */
async function sweep(): Promise<number> {
  let recorded = 0;
  for (const job of demandsModule.sweeps!) recorded += await job(createContext(hub.app, SYSTEM_VIEWER));
  return recorded;
}

const at = (iso: string) => hub.clock.set(iso);
const SEES = `query($id: ID!) { demand(id: $id) { id description orderedBy } }`;
const sees = async (id: string, token: string) => (await run(hub, SEES, { id }, token)).demand;

describe('deadlines', () => {
  it('makes a placed order overdue at its take deadline, recorded once by the sweeper as SYSTEM', async () => {
    const order = await placedOrder(hub, d.grid, { urgency: 'URGENT' });
    const read = await orderOf(hub, order.id);
    expect(read.takeDeadline).toBe('2026-11-23T16:00:00.000+08:00');
    at('2026-11-23T15:59:59.999+08:00');
    expect((await orderOf(hub, order.id)).isOverdue).toBe(false);
    at('2026-11-23T16:00:00+08:00');
    expect((await orderOf(hub, order.id)).isOverdue).toBe(true);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    await sweep();
    const after = await orderOf(hub, order.id);
    expect(after.history.filter((h: { action: string }) => h.action === 'OVERDUE')).toEqual([
      { action: 'OVERDUE', fromStatus: 'PLACED', toStatus: 'PLACED', actor: { id: 'SYSTEM', role: 'SYSTEM' }, reason: 'take deadline passed' },
    ]);
    const overdue = (await eventsOf(hub, order.id)).filter((e) => e.type === 'DEMAND_OVERDUE');
    expect(overdue).toEqual([{ type: 'DEMAND_OVERDUE', data: { deadline: 'TAKE', stillNeeded: 2 } }]);
    // taken, it is no longer overdue
    await must(hub, TAKE, 'takeDemand', { id: order.id, quantity: 2 }, alone.token);
    expect((await orderOf(hub, order.id)).isOverdue).toBe(false);
  });

  it('makes a take overdue after the last needed day, never the order expired; recorded once', async () => {
    const order = await placedOrder(hub, d.grid, { endDate: '2026-11-30' });
    const first = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    const team = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
    await must(hub, REPORT, 'reportDemandServed', { takeId: team.take.id, note: '完成', people: [{ volunteerId: leader.id, minutes: 40 }] }, leader.token);
    at('2026-11-30T23:59:59+08:00');
    expect((await orderOf(hub, order.id)).isOverdue).toBe(false);
    at('2026-12-01T00:00:00+08:00');
    const read = await orderOf(hub, order.id);
    expect(read).toMatchObject({ status: 'TAKEN', isOverdue: true });
    expect(read.takes.map((t: { isOverdue: boolean }) => t.isOverdue)).toEqual([true, false]);
    await sweep();
    await sweep();
    const after = await orderOf(hub, order.id);
    expect(after.status).toBe('TAKEN');
    expect(after.takes[0].history.map((h: { action: string; actor: { id: string } }) => `${h.action}:${h.actor.id}`)).toEqual(['TAKE:time-alone', 'OVERDUE:SYSTEM']);
    expect(after.history.filter((h: { action: string }) => h.action === 'OVERDUE')).toHaveLength(1);
    const events = (await eventsOf(hub, order.id)).filter((e) => e.type === 'DEMAND_OVERDUE');
    expect(events).toEqual([{ type: 'DEMAND_OVERDUE', data: { deadline: 'SERVE', takeId: fromGlobalId(first.take.id)!.id, stillNeeded: 0 } }]);
    // reported late, it is served and no longer overdue
    await must(hub, REPORT, 'reportDemandServed', { takeId: first.take.id, note: '补报', people: [{ minutes: 30 }] }, alone.token);
    expect(await orderOf(hub, order.id)).toMatchObject({ status: 'SERVED', isOverdue: false });
  });

  it('expires an order nobody took after its last needed day, but not one partly taken', async () => {
    const open = await placedOrder(hub, d.grid, { endDate: '2026-11-30' });
    const partly = await placedOrder(hub, d.grid, { endDate: '2026-11-30' });
    await must(hub, TAKE, 'takeDemand', { id: partly.id }, alone.token);
    at('2026-12-01T00:00:00+08:00');
    expect((await orderOf(hub, open.id)).status).toBe('EXPIRED');
    expect((await orderOf(hub, partly.id)).status).toBe('PLACED');
    await sweep();
    const events = await eventsOf(hub, open.id);
    expect(events.at(-1)).toEqual({ type: 'DEMAND_EXPIRED', data: { from: 'PLACED', to: 'EXPIRED', stillNeeded: 2 } });
    expect((await orderOf(hub, partly.id)).status).toBe('PLACED');
    // a taker cannot take an order past its last needed day
    const data = await run(hub, TAKE, { input: { id: partly.id } }, unitToken);
    expect(data.takeDemand.userErrors.map((e: { code: string }) => e.code)).toEqual(['DEMAND_NOT_TAKEABLE']);
  });
});

describe('what a taker sees', () => {
  it('sees the order from taking until released', async () => {
    const order = await placedOrder(hub, d.grid);
    expect(await sees(order.id, alone.token)).toBeNull();
    const taken = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    expect(await sees(order.id, alone.token)).toMatchObject({ description: expect.stringContaining('李大爷'), orderedBy: '5号楼李大爷' });
    await must(hub, RELEASE, 'releaseDemand', { takeId: taken.take.id, reason: '临时有事' }, alone.token);
    expect(await sees(order.id, alone.token)).toBeNull();
    // the take itself stays theirs to read
    const node = await run(hub, `query($id: ID!) { node(id: $id) { ... on DemandTake { status demand { id } } } }`, { id: taken.take.id }, alone.token);
    expect(node.node).toEqual({ status: 'RELEASED', demand: null });
  });

  it('sees it until 7 days after the confirmation, not after', async () => {
    const order = await placedOrder(hub, d.grid, { quantity: 1 });
    const taken = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
    expect(await sees(order.id, leader.token)).not.toBeNull();
    await must(hub, REPORT, 'reportDemandServed', { takeId: taken.take.id, note: '完成', people: [{ volunteerId: leader.id, minutes: 60 }] }, leader.token);
    at('2026-11-24T10:00:00+08:00');
    await must(hub, CONFIRM, 'confirmDemandServed', { id: order.id }, admin);
    at('2026-12-01T09:59:59+08:00');
    expect(await sees(order.id, leader.token)).not.toBeNull();
    at('2026-12-01T10:00:01+08:00');
    expect(await sees(order.id, leader.token)).toBeNull();
    // another volunteer never saw it
    expect(await sees(order.id, alone.token)).toBeNull();
  });

  it('lists a taker\'s own takes: a volunteer\'s, a team leader\'s, a unit\'s', async () => {
    const order = await placedOrder(hub, d.grid, { quantity: 3 });
    const mine = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    const teams = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
    const units = await must(hub, TAKE, 'takeDemand', { id: order.id }, unitToken);
    const MINE = `query($status: [DemandTakeStatus!]) { myTakes(status: $status, first: 20) { totalCount edges { node { id status takerKind demand { id } } } } }`;
    const idsOf = async (token: string, status?: string[]) =>
      (await run(hub, MINE, { status }, token)).myTakes.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await idsOf(alone.token)).toContain(mine.take.id);
    expect(await idsOf(alone.token)).not.toContain(teams.take.id);
    expect(await idsOf(leader.token)).toContain(teams.take.id);
    expect(await idsOf(unitToken)).toEqual([units.take.id]);
    expect(await idsOf(unitToken, ['RELEASED'])).toEqual([]);
    expect(await idsOf(admin)).toEqual([]);
  });
});
