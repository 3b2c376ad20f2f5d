import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { insertGrid } from '../kit/demands.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import {
  buildTeam, communityAdmin, CONFIRM, DISPUTE, ledgerOf, must, orderOf, placedOrder, RELEASE, REPORT, REVOKE, REVOKE_CONFIRMATION, run, TAKE,
} from '../kit/service-orders.js';

let hub: TestHub;
let d: District;
let admin: string;
let alone: Awaited<ReturnType<typeof approvedVolunteer>>;
let leader: Awaited<ReturnType<typeof approvedVolunteer>>;
let member: Awaited<ReturnType<typeof approvedVolunteer>>;
let teamId: string;
let unit: Awaited<ReturnType<typeof buildOrganization>>;
let unitToken: string;
let employee: Awaited<ReturnType<typeof approvedVolunteer>>;

const rowOf = (id: string) => fromGlobalId(id)!.id;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await communityAdmin(hub, d.community);
  alone = await approvedVolunteer(hub, d.community, 'flow-alone');
  leader = await approvedVolunteer(hub, d.community, 'flow-leader');
  member = await approvedVolunteer(hub, d.community, 'flow-member');
  teamId = await buildTeam(hub, d.community, leader.id, [member.id]);
  unit = await buildOrganization(hub, d.community);
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id, sub: 'flow-unit-admin' });
  employee = await approvedVolunteer(hub, d.community, 'flow-employee', { employerId: unit.id });
  // the community's own rate: 7 points an hour, so that rounding down shows
  await hub.app.db.pool.query(
    `insert into points_rule (area_id, points_per_hour, set_by, created_at, updated_at) values ($1, 7, 'test', now(), now())`,
    [d.community.rowId],
  );
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** An order of quantity 2 taken by the lone volunteer (1) and the team through its leader (1): TAKEN. */
async function takenByTwo() {
  const order = await placedOrder(hub, d.grid);
  const first = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
  const second = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
  return { id: order.id, aloneTake: first.take.id as string, teamTake: second.take.id as string };
}

async function servedByTwo() {
  const o = await takenByTwo();
  await must(hub, REPORT, 'reportDemandServed', { takeId: o.aloneTake, note: '已陪同复查', people: [{ minutes: 90 }] }, alone.token);
  await must(hub, REPORT, 'reportDemandServed', {
    takeId: o.teamTake, note: '两人陪同', people: [{ volunteerId: leader.id, minutes: 60 }, { volunteerId: member.id, minutes: 45 }],
  }, leader.token);
  return o;
}

describe('the life of a service order', () => {
  it('is placed with a take deadline, taken by two takers, served, confirmed, and writes points rounded down', async () => {
    const order = await placedOrder(hub, d.grid);
    let read = await orderOf(hub, order.id);
    // NORMAL: 72 calendar hours from placing
    expect(new Date(read.takeDeadline).getTime()).toBe(new Date(TEST_NOW).getTime() + 72 * 3_600_000);
    expect(read).toMatchObject({ status: 'PLACED', takenQuantity: 0, isOverdue: false, takes: [] });

    const first = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    expect(first.demand).toMatchObject({ status: 'PLACED', takenQuantity: 1, takenByAccount: 'flow-alone', takenBy: null });
    expect(first.take).toMatchObject({
      takerKind: 'VOLUNTEER', quantity: 1, status: 'TAKEN', volunteer: { id: alone.id }, team: null, organization: null, isOverdue: false,
      // 24:00 local of the last needed day
      serveDeadline: '2027-02-01T00:00:00.000+08:00',
      history: [{ action: 'TAKE', fromStatus: null, toStatus: 'TAKEN', actor: { id: 'flow-alone', role: 'VOLUNTEER' } }],
    });

    const second = await must(hub, TAKE, 'takeDemand', { id: order.id, teamId }, leader.token);
    expect(second.take).toMatchObject({ takerKind: 'TEAM', quantity: 1, team: { id: teamId }, volunteer: null });
    expect(second.demand).toMatchObject({ status: 'TAKEN', takenQuantity: 2 });

    const reported = await must(hub, REPORT, 'reportDemandServed', { takeId: first.take.id, note: '已陪同复查', people: [{ minutes: 90 }] }, alone.token);
    expect(reported.demand.status).toBe('TAKEN');
    expect(reported.take).toMatchObject({ status: 'SERVED', serviceNote: '已陪同复查', people: [{ volunteer: { id: alone.id }, minutes: 90 }] });
    const both = await must(hub, REPORT, 'reportDemandServed', {
      takeId: second.take.id, note: '两人陪同', people: [{ volunteerId: leader.id, minutes: 60 }, { volunteerId: member.id, minutes: 45 }],
    }, leader.token);
    expect(both.demand.status).toBe('SERVED');

    const confirmed = await must(hub, CONFIRM, 'confirmDemandServed', { id: order.id }, admin);
    expect(confirmed.demand).toMatchObject({ status: 'FULFILLED', takenQuantity: 2 });
    expect(confirmed.demand.takes.map((t: { status: string }) => t.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(confirmed.demand.history.map((h: { action: string; toStatus: string }) => `${h.action}:${h.toStatus}`)).toEqual([
      'POST:POSTED', 'PLACE:PLACED', 'TAKE:PLACED', 'TAKE:TAKEN', 'SERVE:TAKEN', 'SERVE:SERVED', 'CONFIRM:FULFILLED',
    ]);

    // 7 points an hour: 90 min → 10 (10.5), 60 → 7, 45 → 5 (5.25)
    const ledger = await ledgerOf(hub, [alone, leader, member].map((v) => rowOf(v.id)));
    const mine = ledger.filter((l) => [first.take.id, second.take.id].map(rowOf).includes(l.source_id));
    expect(mine.map((l) => [l.volunteer_id, l.kind, l.points, l.minutes, l.round, l.area_id])).toEqual([
      [rowOf(alone.id), 'SERVICE', 10, 90, 1, d.community.rowId],
      [rowOf(leader.id), 'SERVICE', 7, 60, 1, d.community.rowId],
      [rowOf(member.id), 'SERVICE', 5, 45, 1, d.community.rowId],
    ]);

    const events = await eventsOf(hub, order.id);
    expect(events.map((e) => e.type)).toEqual([
      'DEMAND_POSTED', 'DEMAND_PLACED', 'DEMAND_TAKEN', 'DEMAND_TAKEN', 'DEMAND_SERVICE_REPORTED', 'DEMAND_SERVICE_REPORTED', 'DEMAND_SERVICE_CONFIRMED',
    ]);
    // board events carry statuses and quantities only
    expect(events[1].data).toEqual({ from: 'POSTED', to: 'PLACED', stillNeeded: 2 });
    expect(events[2].data).toEqual({ from: 'PLACED', to: 'PLACED', stillNeeded: 1 });
    expect(events[3].data).toEqual({ from: 'PLACED', to: 'TAKEN', stillNeeded: 0 });
    const { rows } = await hub.app.db.pool.query(
      `select type, is_board, account_ids, organization_ids::text[] from event where subject_type = 'Demand' and subject_id = $1 order by cursor`,
      [rowOf(order.id)],
    );
    expect(rows.map((r) => [r.type, r.is_board])).toEqual([
      ['DEMAND_POSTED', false], ['DEMAND_PLACED', true], ['DEMAND_TAKEN', true], ['DEMAND_TAKEN', true],
      ['DEMAND_SERVICE_REPORTED', false], ['DEMAND_SERVICE_REPORTED', false], ['DEMAND_SERVICE_CONFIRMED', false],
    ]);
    expect(rows[6].account_ids).toEqual(['flow-alone', 'flow-leader']);
    read = await orderOf(hub, order.id);
    expect(JSON.stringify(events)).not.toContain(read.description);
  });

  it('lets a unit take all that is still needed and name its staff, who earn points only when registered', async () => {
    const order = await placedOrder(hub, d.grid, { quantity: 3 });
    await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    const taken = await must(hub, TAKE, 'takeDemand', { id: order.id }, unitToken);
    expect(taken.take).toMatchObject({ takerKind: 'ORGANIZATION', quantity: 2, organization: { id: unit.id } });
    expect(taken.demand).toMatchObject({ status: 'TAKEN', takenQuantity: 3 });
    const aloneTake = taken.demand.takes[0].id;
    await must(hub, REPORT, 'reportDemandServed', { takeId: aloneTake, note: '完成', people: [{ volunteerId: alone.id, minutes: 30 }] }, alone.token);
    await must(hub, REPORT, 'reportDemandServed', {
      takeId: taken.take.id, note: '单位两人', people: [{ volunteerId: employee.id, minutes: 120 }, { minutes: 100 }],
    }, unitToken);
    await must(hub, CONFIRM, 'confirmDemandServed', { id: order.id }, admin);
    const ledger = (await ledgerOf(hub, [rowOf(employee.id)])).filter((l) => l.source_id === rowOf(taken.take.id));
    expect(ledger.map((l) => [l.kind, l.points, l.minutes])).toEqual([['SERVICE', 14, 120]]);
    const { rows } = await hub.app.db.pool.query(`select count(*)::int as n from points_entry where source_id = $1`, [rowOf(taken.take.id)]);
    expect(rows[0].n).toBe(1);
  });

  it('reopens the order when a taker releases, and the released taker no longer sees it', async () => {
    const o = await takenByTwo();
    const released = await must(hub, RELEASE, 'releaseDemand', { takeId: o.aloneTake, reason: '临时出差' }, alone.token);
    expect(released.demand).toBeNull();
    expect(released.take).toMatchObject({ status: 'RELEASED', reason: '临时出差', history: [{ action: 'TAKE' }, { action: 'RELEASE', toStatus: 'RELEASED', reason: '临时出差' }] });
    const read = await orderOf(hub, o.id);
    expect(read).toMatchObject({ status: 'PLACED', takenQuantity: 1, takenByAccount: 'flow-leader' });
    expect(read.history.at(-1)).toMatchObject({ action: 'RELEASE', fromStatus: 'TAKEN', toStatus: 'PLACED', reason: '临时出差' });
    const events = await eventsOf(hub, o.id);
    expect(events.at(-1)).toEqual({ type: 'DEMAND_RELEASED', data: { from: 'TAKEN', to: 'PLACED', stillNeeded: 1 } });
    // the lone volunteer may take it again
    await must(hub, TAKE, 'takeDemand', { id: o.id }, alone.token);
    expect((await orderOf(hub, o.id)).status).toBe('TAKEN');
  });

  it('reopens the order when the community revokes a served take', async () => {
    const o = await servedByTwo();
    const revoked = await must(hub, REVOKE, 'revokeTake', { takeId: o.teamTake, reason: '服务记录不实' }, admin);
    expect(revoked.take).toMatchObject({ status: 'REVOKED', reason: '服务记录不实' });
    expect(revoked.demand).toMatchObject({ status: 'PLACED', takenQuantity: 1 });
    const { rows } = await hub.app.db.pool.query(`select account_ids from event where type = 'DEMAND_TAKE_REVOKED' and subject_id = $1`, [rowOf(o.id)]);
    // the taker whose take just ended is told too
    expect(rows[0].account_ids.sort()).toEqual(['flow-alone', 'flow-leader']);
  });

  it('sends a disputed order back to TAKEN until its takers report again', async () => {
    const o = await servedByTwo();
    const disputed = await must(hub, DISPUTE, 'disputeDemandServed', { id: o.id, reason: '居民反映未到场' }, admin);
    expect(disputed.demand.status).toBe('TAKEN');
    expect(disputed.demand.takes.map((t: { status: string; reason: string }) => [t.status, t.reason])).toEqual([
      ['DISPUTED', '居民反映未到场'], ['DISPUTED', '居民反映未到场'],
    ]);
    await must(hub, REPORT, 'reportDemandServed', { takeId: o.aloneTake, note: '补充说明', people: [{ minutes: 80 }] }, alone.token);
    expect((await orderOf(hub, o.id)).status).toBe('TAKEN');
    await must(hub, REPORT, 'reportDemandServed', { takeId: o.teamTake, note: '补充说明', people: [{ volunteerId: member.id, minutes: 50 }] }, leader.token);
    const read = await orderOf(hub, o.id);
    expect(read.status).toBe('SERVED');
    // the report replaces the people
    expect(read.takes[1].people).toEqual([{ volunteer: { id: member.id }, minutes: 50 }]);
    expect(read.takes[1].history.map((h: { action: string }) => h.action)).toEqual(['TAKE', 'SERVE', 'DISPUTE', 'SERVE']);
  });

  it('reverses the points of a revoked confirmation, and a new confirmation writes a new round', async () => {
    const o = await servedByTwo();
    await must(hub, CONFIRM, 'confirmDemandServed', { id: o.id }, admin);
    hub.clock.set('2026-12-20T10:00:00+08:00');
    const revoked = await must(hub, REVOKE_CONFIRMATION, 'revokeDemandConfirmation', { id: o.id, reason: '统计有误' }, admin);
    expect(revoked.demand.status).toBe('SERVED');
    expect(revoked.demand.takes.map((t: { status: string; confirmedAt: string | null }) => [t.status, t.confirmedAt])).toEqual([['SERVED', null], ['SERVED', null]]);
    await must(hub, CONFIRM, 'confirmDemandServed', { id: o.id }, admin);
    const takes = [o.aloneTake, o.teamTake].map(rowOf);
    const { rows } = await hub.app.db.pool.query(
      `select volunteer_id::text, kind, points, minutes, round from points_entry where source_id = any($1::bigint[]) order by id`,
      [takes],
    );
    expect(rows.map((r) => [r.volunteer_id, r.kind, r.points, r.minutes, r.round])).toEqual([
      [rowOf(alone.id), 'SERVICE', 10, 90, 1], [rowOf(leader.id), 'SERVICE', 7, 60, 1], [rowOf(member.id), 'SERVICE', 5, 45, 1],
      [rowOf(alone.id), 'REVERSAL', -10, -90, 1], [rowOf(leader.id), 'REVERSAL', -7, -60, 1], [rowOf(member.id), 'REVERSAL', -5, -45, 1],
      [rowOf(alone.id), 'SERVICE', 10, 90, 2], [rowOf(leader.id), 'SERVICE', 7, 60, 2], [rowOf(member.id), 'SERVICE', 5, 45, 2],
    ]);
    expect((await eventsOf(hub, o.id)).map((e) => e.type).slice(-3)).toEqual(['DEMAND_SERVICE_CONFIRMED', 'DEMAND_CONFIRMATION_REVOKED', 'DEMAND_SERVICE_CONFIRMED']);
  });

  it('refuses to revoke a confirmation older than 30 days, changing nothing', async () => {
    const o = await servedByTwo();
    await must(hub, CONFIRM, 'confirmDemandServed', { id: o.id }, admin);
    hub.clock.set(new Date(new Date(TEST_NOW).getTime() + 30 * 86_400_000 + 1000).toISOString());
    const before = await orderOf(hub, o.id);
    const data = await run(hub, REVOKE_CONFIRMATION, { input: { id: o.id, reason: '太晚了' } }, admin);
    expect(data.revokeDemandConfirmation).toMatchObject({ demand: null, userErrors: [{ code: 'DEMAND_CONFIRMATION_FINAL', field: 'input.id' }] });
    expect(await orderOf(hub, o.id)).toEqual(before);
  });

  it('cancels a taken order: its live takes are revoked with the reason', async () => {
    const o = await takenByTwo();
    const data = await run(hub, `mutation($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { status takenQuantity takes { status reason } } userErrors { code } } }`,
      { input: { id: o.id, reason: '居民已自行解决' } }, admin);
    expect(data.cancelDemand).toMatchObject({
      demand: { status: 'CANCELLED', takenQuantity: 0, takes: [{ status: 'REVOKED', reason: '居民已自行解决' }, { status: 'REVOKED', reason: '居民已自行解决' }] },
      userErrors: [],
    });
    const events = await eventsOf(hub, o.id);
    expect(events.at(-1)).toEqual({ type: 'DEMAND_CANCELLED', data: { from: 'TAKEN', to: 'CANCELLED', stillNeeded: 2 } });
  });

  it('never lets racing takes cover more than the quantity', async () => {
    const order = await placedOrder(hub, d.grid, { quantity: 2 });
    const racers = await Promise.all([1, 2, 3, 4].map((i) => approvedVolunteer(hub, d.community, `flow-racer-${i}`)));
    const results = await Promise.all(racers.map((r) => run(hub, TAKE, { input: { id: order.id } }, r.token)));
    const codes = results.map((r) => r.takeDemand.userErrors[0]?.code ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(2);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'DEMAND_NOT_TAKEABLE' || c === 'DEMAND_QUANTITY_EXCEEDS')).toBe(true);
    const read = await orderOf(hub, order.id);
    expect(read).toMatchObject({ status: 'TAKEN', takenQuantity: 2 });
    expect(read.takes).toHaveLength(2);
  });

  it('reads the takes of a page of orders, their people and history in statements that do not grow with the rows', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '计数网格');
    const page = `query($area: ID!, $first: Int!) { demands(filter: { areaId: $area }, first: $first) { edges { node { id isOverdue
      takes { id status volunteer { id } team { id } people { minutes } history { action } } } } } }`;
    const token = await communityAdmin(hub, d.community);
    const fill = async () => {
      const o = await placedOrder(hub, grid);
      await must(hub, TAKE, 'takeDemand', { id: o.id }, alone.token).then((t) =>
        must(hub, REPORT, 'reportDemandServed', { takeId: t.take.id, note: '完成', people: [{ minutes: 20 }] }, alone.token));
      await must(hub, TAKE, 'takeDemand', { id: o.id, teamId }, leader.token);
    };
    await fill();
    // the token's area is looked up once, on first use: not what is counted
    await run(hub, page, { area: grid.id, first: 1 }, token);
    const small = await countStatements(() => run(hub, page, { area: grid.id, first: 1 }, token));
    for (let i = 0; i < 3; i++) await fill();
    const large = await countStatements(() => run(hub, page, { area: grid.id, first: 4 }, token));
    expect(large.result.demands.edges).toHaveLength(4);
    expect(large.count).toBe(small.count);
  });
});
