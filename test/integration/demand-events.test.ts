import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventType } from '../../src/outbox/event-types.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { boardOrder, insertTakeForTest, postServiceOrder, recordOrderEventForTest } from '../kit/board-orders.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { delivered, wsClient, wsSubscribed, type Received, type TestWsClient } from '../kit/ws-client.js';

// demandEvents with real graphql-ws clients: the order board's cards to its volunteers, every change in full to
// staff and takers, resumable with `after`; and the actor's account shown only to the area's staff and the actor.

const EVENTS = `subscription DemEvents($filter: DemandEventFilter, $after: String) {
  demandEvents(filter: $filter, after: $after) {
    cursor isHeartbeat type from to reason data actor { id role }
    demand { id description orderedBy location { lat lng } }
    order { demandId title stillNeeded location { lat lng } grid { id } community { id } }
  }
}`;

interface Message {
  cursor: string;
  isHeartbeat: boolean;
  type: string | null;
  from: string | null;
  to: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  actor: { id: string; role: string } | null;
  demand: { id: string; description: string; orderedBy: string; location: { lat: number; lng: number } } | null;
  order: { demandId: string; title: string; stillNeeded: number; location: { lat: number; lng: number }; grid: { id: string } | null; community: { id: string } } | null;
}

const Log = graphql(`
  query DemEventsLog($after: String) {
    events(after: $after, first: 500) { edges { node { cursor type actor { id role } data subject { __typename } } } }
  }
`);

const Register = graphql(`
  mutation DemEventsRegister($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code } } }
`);

let hub: TestHub;
let d: District;
let admin: string;
let staff: string;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  staff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'community-admin-events' });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await hub?.close();
});

async function subscribe(token: string | undefined, variables: Record<string, unknown> = {}): Promise<Received<{ demandEvents: Message }>> {
  const socket = wsClient(hub.server.wsUrl, token);
  sockets.push(socket);
  return wsSubscribed<{ demandEvents: Message }>(hub, socket.client, EVENTS, variables);
}

/** Everything committed so far has reached every socket of this file (or was never sent to it). */
const quiet = () => delivered(hub, ...sockets);

/** The newest cursor of the event log. */
const newest = () => hub.app.db.pool.query<{ c: string }>('select max(cursor)::text as c from event').then((r) => r.rows[0].c);

/** The events a subscription received, heartbeats left out. */
const events = (r: Received<{ demandEvents: Message }>) => r.messages.map((m) => m.data!.demandEvents).filter((m) => !m.isHeartbeat);

describe('demandEvents', () => {
  it('brings a volunteer of the community the card of a newly placed order, not a volunteer of another community; staff the whole demand', async () => {
    const here = await approvedVolunteer(hub, d.community);
    const there = await approvedVolunteer(hub, d.otherCommunity);
    const area = { filter: { areaId: d.community.id } };
    const [mine, other, staffs] = [await subscribe(here.token, area), await subscribe(there.token), await subscribe(staff, area)];
    const order = await boardOrder(hub, d.grid, { title: '上门理发', serviceKinds: ['HAIRCUT'] });
    await mine.waitFor(1);
    await quiet();

    expect(events(other)).toEqual([]);
    // the card only: no demand, no reason, the statuses alone, the actor's role
    expect(events(mine)).toEqual([
      {
        cursor: order.cursor,
        isHeartbeat: false,
        type: 'DEMAND_PLACED',
        from: 'POSTED',
        to: 'PLACED',
        reason: null,
        data: { from: 'POSTED', to: 'PLACED' },
        actor: { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' },
        demand: null,
        order: { demandId: order.id, title: '上门理发', stillNeeded: 1, location: { lat: 39.9151, lng: 116.4251 }, grid: { id: d.grid.id }, community: { id: d.community.id } },
      },
    ]);
    // staff: every change (it was posted, then placed), the demand in full, who did it
    const seen = events(staffs);
    expect(seen.map((e) => e.type)).toEqual(['DEMAND_POSTED', 'DEMAND_PLACED']);
    expect(seen[1]).toMatchObject({
      actor: { id: 'community-admin-board', role: 'COMMUNITY_ADMIN' },
      data: { from: 'POSTED', to: 'PLACED', reason: null },
      demand: { id: order.id, description: expect.stringContaining('李奶奶'), orderedBy: '5号楼李奶奶', location: { lat: 39.9152, lng: 116.4253 } },
      order: { demandId: order.id },
    });
  });

  it('gives takers every change of their order in full, the board the card, and `mine` only what names the caller', async () => {
    const taker = await approvedVolunteer(hub, d.community);
    const onlooker = await approvedVolunteer(hub, d.community);
    const order = await boardOrder(hub, d.grid, { title: '两人陪诊', serviceKinds: ['ESCORT'], quantity: 2 });
    const filter = { filter: { demandIds: [order.id] } };
    const [takerSub, takerMine, onlookerSub, staffSub] = [
      await subscribe(taker.token, filter),
      await subscribe(taker.token, { filter: { mine: true } }),
      await subscribe(onlooker.token, filter),
      await subscribe(staff, filter),
    ];
    await insertTakeForTest(hub, order.id, { kind: 'VOLUNTEER', volunteerId: taker.id, accountId: taker.sub });
    // a change for the taker and staff only, with a reason
    await recordOrderEventForTest(hub, order.id, {
      type: EventType.DEMAND_SERVICE_DISPUTED, actor: { id: 'community-admin-events', role: 'COMMUNITY_ADMIN' },
      data: { from: 'SERVED', to: 'TAKEN', reason: '居民反映未上门' }, accountIds: [taker.sub],
    });
    // a change on the board with a reason: the taker gave it back
    await recordOrderEventForTest(hub, order.id, {
      type: EventType.DEMAND_RELEASED, actor: { id: taker.sub, role: 'VOLUNTEER' },
      data: { takeId: '1', reason: '临时出差', from: 'PLACED', to: 'PLACED' }, accountIds: [taker.sub], board: true,
    });
    await staffSub.waitFor(3);
    await quiet();

    const mine = events(takerSub);
    expect(mine.map((e) => e.type)).toEqual(['DEMAND_TAKEN', 'DEMAND_SERVICE_DISPUTED', 'DEMAND_RELEASED']);
    expect(mine[0]).toMatchObject({ actor: { id: taker.sub }, demand: { id: order.id, orderedBy: '5号楼李奶奶' }, data: { takerKind: 'VOLUNTEER', quantity: 1 }, order: { stillNeeded: 1 } });
    expect(mine[1]).toMatchObject({ reason: '居民反映未上门', actor: { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' }, demand: { id: order.id } });
    expect(mine[2]).toMatchObject({ reason: '临时出差', actor: { id: taker.sub } });
    expect(events(takerMine).map((e) => e.type)).toEqual(['DEMAND_TAKEN', 'DEMAND_SERVICE_DISPUTED', 'DEMAND_RELEASED']);

    const board = events(onlookerSub);
    expect(board.map((e) => e.type)).toEqual(['DEMAND_TAKEN', 'DEMAND_RELEASED']);
    for (const e of board) expect(e).toMatchObject({ demand: null, reason: null, actor: { id: 'HIDDEN', role: 'VOLUNTEER' }, order: { demandId: order.id } });
    expect(board.map((e) => e.data)).toEqual([{ quantity: 1, from: 'PLACED', to: 'PLACED' }, { from: 'PLACED', to: 'PLACED' }]);

    expect(events(staffSub).map((e) => [e.type, e.reason, e.actor!.id])).toEqual([
      ['DEMAND_TAKEN', null, taker.sub],
      ['DEMAND_SERVICE_DISPUTED', '居民反映未上门', 'community-admin-events'],
      ['DEMAND_RELEASED', '临时出差', taker.sub],
    ]);
  });

  it('shows a unit\'s own admin its account as actor, and the unit\'s other admin only the role', async () => {
    const org = await buildOrganization(hub, d.community);
    const acting = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id, sub: 'unit-admin-acting' });
    const colleague = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id, sub: 'unit-admin-colleague' });
    const order = await boardOrder(hub, d.grid, { title: '单位认领', serviceKinds: ['REPAIRS'] });
    const subs = [await subscribe(acting, { filter: { mine: true } }), await subscribe(colleague, { filter: { mine: true } })];
    await insertTakeForTest(hub, order.id, { kind: 'ORGANIZATION', organizationId: org.id, accountId: 'unit-admin-acting' });
    await subs[1].waitFor(1);
    await quiet();
    expect(subs.map((s) => events(s).map((e) => [e.type, e.actor!.id, e.demand?.id]))).toEqual([
      [['DEMAND_TAKEN', 'unit-admin-acting', order.id]],
      [['DEMAND_TAKEN', 'HIDDEN', order.id]],
    ]);
  });

  it('resumes with `after`: what was missed, then live, no gap and no duplicate; a board-only replay is redacted too', async () => {
    const volunteer = await approvedVolunteer(hub, d.community);
    const first = await boardOrder(hub, d.grid, { title: '续订一', serviceKinds: ['HAIRCUT'] });
    const live = await subscribe(staff, { filter: { areaId: d.grid.id }, after: first.cursor });
    const second = await boardOrder(hub, d.grid, { title: '续订二', serviceKinds: ['HAIRCUT'] });
    await live.waitFor(2);
    const seenLive = events(live);
    const last = seenLive[seenLive.length - 1].cursor;
    expect(last).toBe(second.cursor);
    live.stop();
    // missed while away: one posted and placed, and one posted only
    const third = await boardOrder(hub, d.grid, { title: '续订三', serviceKinds: ['HAIRCUT'] });
    await postServiceOrder(hub, d.grid, { title: '续订四', serviceKinds: ['HAIRCUT'] });
    const resumed = await subscribe(staff, { filter: { areaId: d.grid.id }, after: last });
    const fourth = await boardOrder(hub, d.grid, { title: '续订五', serviceKinds: ['HAIRCUT'] });
    await resumed.waitFor(5);
    await quiet();
    const again = events(resumed);
    expect(again.map((e) => e.type)).toEqual(['DEMAND_POSTED', 'DEMAND_PLACED', 'DEMAND_POSTED', 'DEMAND_POSTED', 'DEMAND_PLACED']);
    expect(again[1].cursor).toBe(third.cursor);
    expect(again[4].cursor).toBe(fourth.cursor);
    const cursors = [...seenLive, ...again].map((e) => BigInt(e.cursor));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect([...cursors].sort((x, y) => (x < y ? -1 : 1))).toEqual(cursors);

    // a volunteer replaying the board from the first order gets its cards, redacted as live ones are
    const replay = await subscribe(volunteer.token, { filter: { areaId: d.grid.id }, after: String(BigInt(first.cursor) - 1n) });
    await replay.waitFor(4);
    await quiet();
    const cards = events(replay);
    expect(cards.map((e) => e.order?.title)).toEqual(['续订一', '续订二', '续订三', '续订五']);
    for (const e of cards) expect(e).toMatchObject({ type: 'DEMAND_PLACED', demand: null, reason: null, data: { from: 'POSTED', to: 'PLACED' }, actor: { id: 'HIDDEN' } });
  });

  it('refuses an unknown area and a list of more than 100 ids', async () => {
    const bad = await subscribe(staff, { filter: { areaId: 'QXJlYTo5OTk5OTk5' } });
    await bad.ended();
    expect(bad.error?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const many = await subscribe(staff, { filter: { demandIds: Array.from({ length: 101 }, (_, i) => toGlobalId('Demand', i + 1)) } });
    await many.ended();
    expect(many.error?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the actor in events over HTTP', () => {
  it('is the account for staff of the event\'s area and the actor, the role alone for others; a board-only event is its card', async () => {
    const volunteer = await approvedVolunteer(hub, d.community);
    const start = await newest();
    const order = await boardOrder(hub, d.grid, { title: 'HTTP 看板', serviceKinds: ['HAIRCUT'] });
    await recordOrderEventForTest(hub, order.id, {
      type: EventType.DEMAND_CANCELLED, actor: { id: 'community-admin-events', role: 'COMMUNITY_ADMIN' }, data: { from: 'PLACED', to: 'CANCELLED', reason: '居民已搬走' }, board: true,
    });
    const placed = (token: string) => hub.client.data(Log, { after: start }, token).then((r) => r.events.edges.map((e) => e.node));
    expect((await placed(staff)).map((e) => [e.type, e.actor.id, e.data.reason ?? null, e.subject?.__typename ?? null])).toEqual([
      ['DEMAND_POSTED', expect.stringMatching(/^test-DISTRICT_ADMIN/), null, 'Demand'],
      ['DEMAND_PLACED', 'community-admin-board', null, 'Demand'],
      ['DEMAND_CANCELLED', 'community-admin-events', '居民已搬走', 'Demand'],
    ]);
    expect((await placed(volunteer.token)).map((e) => [e.type, e.actor, e.data, e.subject])).toEqual([
      ['DEMAND_PLACED', { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' }, { from: 'POSTED', to: 'PLACED' }, null],
      ['DEMAND_CANCELLED', { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' }, { from: 'PLACED', to: 'CANCELLED' }, null],
    ]);
  });

  it('hides who registered a public unit from anonymous callers and shows it to the district admin', async () => {
    const before = await newest();
    const token = await hub.token({ role: Role.DISTRICT_ADMIN, sub: 'district-admin-registering' });
    const registered = await hub.client.data(Register, { input: { kind: 'COMPANY', name: '公开单位', areaId: d.community.id } }, token);
    expect(registered.registerOrganization.userErrors).toEqual([]);
    const actors = async (who: string | null) =>
      (await hub.client.data(Log, { after: before }, who)).events.edges.filter((e) => e.node.type === 'ORGANIZATION_REGISTERED').map((e) => e.node.actor);
    expect(await actors(null)).toEqual([{ id: 'HIDDEN', role: 'DISTRICT_ADMIN' }]);
    expect(await actors(admin)).toEqual([{ id: 'district-admin-registering', role: 'DISTRICT_ADMIN' }]);
    expect(await actors(token)).toEqual([{ id: 'district-admin-registering', role: 'DISTRICT_ADMIN' }]);
    expect(await actors(await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id }))).toEqual([{ id: 'HIDDEN', role: 'DISTRICT_ADMIN' }]);
  });
});
