import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrict, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { buildTeam, communityAdmin, CONFIRM, must, postOrder, REPORT, run, TAKE } from '../kit/service-orders.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { delivered, wsClient, wsSubscribed, type Received, type TestWsClient } from '../kit/ws-client.js';

// One service order through the real API from end to end, nothing written by hand: placed by the community, on
// the board as a card (to the community's volunteers, live and by query), taken by two takers (a volunteer and a
// team through its leader), served, confirmed, and the points in the ledger and the balance; the takers told of
// every change over graphql-ws, the board's volunteers only of what changes the board.

const PLACE = `mutation($input: DemandIdInput!) { placeDemand(input: $input) { demand { id status } userErrors { code } } }`;

const BOARD = `query { openOrders(first: 20) { edges { node { demandId title stillNeeded quantity serviceKinds
  location { lat lng } grid { id } community { id } } } } }`;

const EVENTS = `subscription($filter: DemandEventFilter) { demandEvents(filter: $filter) {
  cursor isHeartbeat type to data demand { id description } order { demandId stillNeeded } } }`;

const LEDGER = `query($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points minutes demand { id } } } }
  volunteer(id: $id) { points } }`;

interface Message {
  isHeartbeat: boolean;
  type: string | null;
  to: string | null;
  data: Record<string, unknown> | null;
  demand: { id: string; description: string } | null;
  order: { demandId: string; stillNeeded: number } | null;
}

let hub: TestHub;
let d: District;
let admin: string;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  hub.clock.set(TEST_NOW);
  d = await buildDistrict(hub.app.db.pool);
  admin = await communityAdmin(hub, d.community);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await hub?.close();
});

async function subscribe(token: string, variables: Record<string, unknown> = {}): Promise<Received<{ demandEvents: Message }>> {
  const socket = wsClient(hub.server.wsUrl, token);
  sockets.push(socket);
  return wsSubscribed<{ demandEvents: Message }>(hub, socket.client, EVENTS, variables);
}

const events = (r: Received<{ demandEvents: Message }>) => r.messages.map((m) => m.data!.demandEvents).filter((m) => !m.isHeartbeat);

describe('a service order from placing to points', () => {
  it('goes on the board as a card, is taken by two, served, confirmed, and pays points; each party told what it may know', async () => {
    const alone = await approvedVolunteer(hub, d.community, 'e2e-alone');
    const leader = await approvedVolunteer(hub, d.community, 'e2e-leader');
    const member = await approvedVolunteer(hub, d.community, 'e2e-member');
    const watcher = await approvedVolunteer(hub, d.community, 'e2e-watcher');
    const teamId = await buildTeam(hub, d.community, leader.id, [member.id]);

    const order = await postOrder(hub, d.grid, { quantity: 2 });
    const watching = await subscribe(watcher.token);
    const taking = await subscribe(alone.token, { filter: { mine: true } });

    await must(hub, PLACE, 'placeDemand', { id: order.id }, admin);
    // on the board: a card, the grid's centroid, nothing of the residents' circumstances
    const board = (await run(hub, BOARD, {}, watcher.token)).openOrders.edges.map((e: { node: unknown }) => e.node);
    expect(board).toEqual([
      expect.objectContaining({ demandId: order.id, stillNeeded: 2, quantity: 2, serviceKinds: ['ESCORT'], grid: { id: d.grid.id }, community: { id: d.community.id } }),
    ]);
    expect(JSON.stringify(board)).not.toContain('李大爷');

    const first = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    const second = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
    expect(second.demand).toMatchObject({ status: 'TAKEN', takenQuantity: 2 });
    // taken in full: off the board
    expect((await run(hub, BOARD, {}, watcher.token)).openOrders.edges).toEqual([]);

    await must(hub, REPORT, 'reportDemandServed', { takeId: first.take.id, note: '已陪同复查', people: [{ minutes: 90 }] }, alone.token);
    await must(hub, REPORT, 'reportDemandServed', {
      takeId: second.take.id, note: '两人陪同', people: [{ volunteerId: leader.id, minutes: 60 }, { volunteerId: member.id, minutes: 45 }],
    }, leader.token);
    const confirmed = await must(hub, CONFIRM, 'confirmDemandServed', { id: order.id }, admin);
    expect(confirmed.demand.status).toBe('FULFILLED');

    // the default rate (POINTS_PER_HOUR 10): floor(90 × 10 / 60) = 15, floor(60 × 10 / 60) = 10, floor(45 × 10 / 60) = 7;
    // the takers (the volunteer, the team's leader) still see the order behind their line, a member of the team does not
    for (const [who, points, minutes, sees] of [[alone, 15, 90, true], [leader, 10, 60, true], [member, 7, 45, false]] as const) {
      const read = await run(hub, LEDGER, { id: who.id }, who.token);
      expect(read.pointsLedger.edges.map((e: { node: unknown }) => e.node)).toEqual([{ kind: 'SERVICE', points, minutes, demand: sees ? { id: order.id } : null }]);
      expect(read.volunteer.points).toBe(points);
    }

    await delivered(hub, ...sockets);
    // the board's volunteer: cards of what changed the board (placed, taken), never the demand, no reasons
    const seen = events(watching);
    expect(seen.map((m) => m.type)).toEqual(['DEMAND_PLACED', 'DEMAND_TAKEN', 'DEMAND_TAKEN']);
    expect(seen.map((m) => m.order?.stillNeeded)).toEqual([2, 1, 0]);
    expect(seen.every((m) => m.demand === null && m.order?.demandId === order.id)).toBe(true);
    // the volunteer who took it: every change of their order from their take on, in full
    const mine = events(taking);
    expect(mine.map((m) => m.type)).toEqual(['DEMAND_TAKEN', 'DEMAND_TAKEN', 'DEMAND_SERVICE_REPORTED', 'DEMAND_SERVICE_REPORTED', 'DEMAND_SERVICE_CONFIRMED']);
    expect(mine.at(-1)).toMatchObject({ to: 'FULFILLED', demand: { id: order.id, description: expect.stringContaining('李大爷') } });
  });
});
