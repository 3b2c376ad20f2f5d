import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { placedDemand, postDemand } from '../kit/demands.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import {
  buildTeam, communityAdmin, CONFIRM, DISPUTE, gridWorker, must, orderOf, orderPatch, placedOrder, RELEASE, REPORT, REVOKE, REVOKE_CONFIRMATION, run, TAKE,
} from '../kit/service-orders.js';

/* Who may do what to service orders' takes, and every user error of them, each provoked, changing nothing. */

let hub: TestHub;
let d: District;
let admin: string;
let grid: string;
let otherAdmin: string;
let alone: Awaited<ReturnType<typeof approvedVolunteer>>;
let other: Awaited<ReturnType<typeof approvedVolunteer>>;
let far: Awaited<ReturnType<typeof approvedVolunteer>>;
let leader: Awaited<ReturnType<typeof approvedVolunteer>>;
let member: Awaited<ReturnType<typeof approvedVolunteer>>;
let teamId: string;
let unitToken: string;
let farUnitToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await communityAdmin(hub, d.community);
  grid = await gridWorker(hub, d.grid);
  otherAdmin = await communityAdmin(hub, d.otherCommunity);
  alone = await approvedVolunteer(hub, d.community, 'auth-alone');
  other = await approvedVolunteer(hub, d.community, 'auth-other');
  far = await approvedVolunteer(hub, d.otherCommunity, 'auth-far');
  leader = await approvedVolunteer(hub, d.community, 'auth-leader');
  member = await approvedVolunteer(hub, d.community, 'auth-member');
  teamId = await buildTeam(hub, d.community, leader.id, [member.id]);
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.community)).id, sub: 'auth-unit' });
  farUnitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.otherCommunity)).id });
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const codeOf = async (document: string, input: Record<string, unknown>, token: string) => hub.client.errorCode(document, { input }, token);

async function taken() {
  const order = await placedOrder(hub, d.grid);
  const take = await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
  return { id: order.id as string, takeId: take.take.id as string };
}

async function served() {
  const o = await taken();
  await must(hub, REPORT, 'reportDemandServed', { takeId: o.takeId, note: '完成', people: [{ minutes: 30 }] }, alone.token);
  await must(hub, TAKE, 'takeDemand', { id: o.id }, other.token).then((t) =>
    must(hub, REPORT, 'reportDemandServed', { takeId: t.take.id, note: '完成', people: [{ minutes: 30 }] }, other.token),
  );
  return o;
}

describe('who may act on a take', () => {
  it('refuses roles that never may, before reading anything', async () => {
    const o = await served();
    expect(await codeOf(RELEASE, { takeId: o.takeId, reason: '不去了' }, admin)).toBe('FORBIDDEN');
    expect(await codeOf(REPORT, { takeId: o.takeId, note: 'x', people: [{ minutes: 5 }] }, grid)).toBe('FORBIDDEN');
    expect(await codeOf(REVOKE, { takeId: o.takeId, reason: '撤销' }, alone.token)).toBe('FORBIDDEN');
    for (const [document, input] of [[CONFIRM, { id: o.id }], [DISPUTE, { id: o.id, reason: '不实' }], [REVOKE_CONFIRMATION, { id: o.id, reason: '不实' }]] as const) {
      expect(await codeOf(document, input, unitToken)).toBe('FORBIDDEN');
      expect(await codeOf(document, input, grid)).toBe('FORBIDDEN');
      expect(await codeOf(document, input, alone.token)).toBe('FORBIDDEN');
      expect(await codeOf(document, input, otherAdmin)).toBe('NOT_FOUND');
      expect(await hub.client.errorCode(document, { input }, null)).toBe('UNAUTHENTICATED');
    }
    expect((await orderOf(hub, o.id)).status).toBe('SERVED');
  });

  it('lets only the taker release or report, and only the community revoke: others see NOT_FOUND or FORBIDDEN', async () => {
    const o = await taken();
    // a grid worker sees the take but may not revoke it
    expect(await codeOf(REVOKE, { takeId: o.takeId, reason: '撤销' }, grid)).toBe('FORBIDDEN');
    expect(await codeOf(REVOKE, { takeId: o.takeId, reason: '撤销' }, otherAdmin)).toBe('NOT_FOUND');
    // another volunteer, a unit: not theirs, and they do not see it
    expect(await codeOf(RELEASE, { takeId: o.takeId, reason: '不去了' }, other.token)).toBe('NOT_FOUND');
    expect(await codeOf(RELEASE, { takeId: o.takeId, reason: '不去了' }, unitToken)).toBe('NOT_FOUND');
    expect(await codeOf(REPORT, { takeId: o.takeId, note: 'x', people: [{ minutes: 5 }] }, other.token)).toBe('NOT_FOUND');
    const team = await must(hub, TAKE, 'takeDemand', { id: o.id, teamId }, leader.token);
    // a member is not the team's taker: its leader is
    expect(await codeOf(RELEASE, { takeId: team.take.id, reason: '不去了' }, member.token)).toBe('NOT_FOUND');
    await must(hub, RELEASE, 'releaseDemand', { takeId: team.take.id, reason: '人手不够' }, leader.token);
  });

  it('takes within the taker\'s reach only', async () => {
    const order = await placedOrder(hub, d.grid);
    expect(await codeOf(TAKE, { id: order.id }, far.token)).toBe('NOT_FOUND');
    expect(await codeOf(TAKE, { id: order.id }, farUnitToken)).toBe('NOT_FOUND');
    expect(await codeOf(TAKE, { id: order.id }, grid)).toBe('FORBIDDEN');
    expect(await codeOf(TAKE, { id: order.id }, admin)).toBe('FORBIDDEN');
    // a team the caller does not lead, and one that does not exist
    expect(await codeOf(TAKE, { id: order.id, teamId }, member.token)).toBe('FORBIDDEN');
    expect(await codeOf(TAKE, { id: order.id, teamId: 'Vm9sdW50ZWVyVGVhbTo5OTk5OTk' }, leader.token)).toBe('NOT_FOUND');
    // a team of another community does not reach this order
    const farTeam = await buildTeam(hub, d.otherCommunity, far.id);
    expect(await codeOf(TAKE, { id: order.id, teamId: farTeam }, far.token)).toBe('NOT_FOUND');
    expect(await codeOf(TAKE, { id: order.id, teamId }, unitToken)).toBe('BAD_USER_INPUT');
    expect((await orderOf(hub, order.id)).takes).toEqual([]);
  });
});

describe('user errors of service orders, each changing nothing', () => {
  const expectError = async (document: string, field: string, input: Record<string, unknown>, token: string, code: string, orderId: string) => {
    const before = await orderOf(hub, orderId);
    const data = await run(hub, document, { input }, token);
    expect(data[field].userErrors.map((e: { code: string }) => e.code)).toEqual([code]);
    expect(await orderOf(hub, orderId)).toEqual(before);
  };

  it('DEMAND_QUANTITY_EXCEEDS, DEMAND_ALREADY_TAKEN, DEMAND_NOT_TAKEABLE', async () => {
    const order = await placedOrder(hub, d.grid);
    await expectError(TAKE, 'takeDemand', { id: order.id, quantity: 3 }, alone.token, 'DEMAND_QUANTITY_EXCEEDS', order.id);
    await must(hub, TAKE, 'takeDemand', { id: order.id }, alone.token);
    await expectError(TAKE, 'takeDemand', { id: order.id }, alone.token, 'DEMAND_ALREADY_TAKEN', order.id);
    await expectError(TAKE, 'takeDemand', { id: order.id, quantity: 2 }, unitToken, 'DEMAND_QUANTITY_EXCEEDS', order.id);
    await must(hub, TAKE, 'takeDemand', { id: order.id }, other.token);
    await expectError(TAKE, 'takeDemand', { id: order.id, teamId }, leader.token, 'DEMAND_NOT_TAKEABLE', order.id);
    const posted = await postDemand(hub, d.grid, orderPatch());
    await expectError(TAKE, 'takeDemand', { id: posted.id }, alone.token, 'DEMAND_NOT_TAKEABLE', posted.id);
  });

  it('DEMAND_NOT_SERVICE_ORDER for a RESOURCE demand given a quantity or confirmed', async () => {
    const demand = await placedDemand(hub, d.grid);
    await expectError(TAKE, 'takeDemand', { id: demand.id, quantity: 1 }, unitToken, 'DEMAND_NOT_SERVICE_ORDER', demand.id);
    await expectError(CONFIRM, 'confirmDemandServed', { id: demand.id }, admin, 'DEMAND_NOT_SERVICE_ORDER', demand.id);
  });

  it('DEMAND_TAKE_NOT_RELEASABLE, DEMAND_TAKE_NOT_REVOCABLE, DEMAND_TAKE_NOT_REPORTABLE', async () => {
    const o = await served();
    await expectError(RELEASE, 'releaseDemand', { takeId: o.takeId, reason: '不去了' }, alone.token, 'DEMAND_TAKE_NOT_RELEASABLE', o.id);
    await must(hub, REVOKE, 'revokeTake', { takeId: o.takeId, reason: '记录不实' }, admin);
    await expectError(REVOKE, 'revokeTake', { takeId: o.takeId, reason: '再撤一次' }, admin, 'DEMAND_TAKE_NOT_REVOCABLE', o.id);
    await expectError(REPORT, 'reportDemandServed', { takeId: o.takeId, note: '补报', people: [{ minutes: 10 }] }, alone.token, 'DEMAND_TAKE_NOT_REPORTABLE', o.id);
  });

  it('DEMAND_NOT_CONFIRMABLE, DEMAND_NOT_DISPUTABLE, DEMAND_NOT_CONFIRMED', async () => {
    const o = await taken();
    await expectError(CONFIRM, 'confirmDemandServed', { id: o.id }, admin, 'DEMAND_NOT_CONFIRMABLE', o.id);
    await expectError(DISPUTE, 'disputeDemandServed', { id: o.id, reason: '不实' }, admin, 'DEMAND_NOT_DISPUTABLE', o.id);
    await expectError(REVOKE_CONFIRMATION, 'revokeDemandConfirmation', { id: o.id, reason: '不实' }, admin, 'DEMAND_NOT_CONFIRMED', o.id);
  });

  it('DEMAND_PERSON_NOT_ELIGIBLE for someone a take may not name', async () => {
    const o = await taken();
    await expectError(REPORT, 'reportDemandServed', { takeId: o.takeId, note: '完成', people: [{ volunteerId: other.id, minutes: 30 }] }, alone.token, 'DEMAND_PERSON_NOT_ELIGIBLE', o.id);
    await expectError(REPORT, 'reportDemandServed', { takeId: o.takeId, note: '完成', people: [{ minutes: 30 }, { volunteerId: other.id, minutes: 30 }] }, alone.token, 'DEMAND_PERSON_NOT_ELIGIBLE', o.id);
    const team = await must(hub, TAKE, 'takeDemand', { id: o.id, teamId }, leader.token);
    await expectError(REPORT, 'reportDemandServed', { takeId: team.take.id, note: '完成', people: [{ volunteerId: other.id, minutes: 30 }] }, leader.token, 'DEMAND_PERSON_NOT_ELIGIBLE', o.id);
    await expectError(REPORT, 'reportDemandServed', { takeId: team.take.id, note: '完成', people: [{ minutes: 30 }] }, leader.token, 'DEMAND_PERSON_NOT_ELIGIBLE', o.id);
    const unitOrder = await placedOrder(hub, d.grid);
    const unitTake = await must(hub, TAKE, 'takeDemand', { id: unitOrder.id }, unitToken);
    await expectError(REPORT, 'reportDemandServed', { takeId: unitTake.take.id, note: '完成', people: [{ volunteerId: alone.id, minutes: 30 }] }, unitToken, 'DEMAND_PERSON_NOT_ELIGIBLE', unitOrder.id);
  });

  it.each<[string, Record<string, unknown>[]]>([
    ['no one', []],
    ['0 minutes', [{ minutes: 0 }]],
    ['more than a day', [{ minutes: 1441 }]],
    ['a volunteer twice', [{ volunteerId: 'Vm9sdW50ZWVyOjE', minutes: 5 }, { volunteerId: 'Vm9sdW50ZWVyOjE', minutes: 6 }]],
  ])('BAD_USER_INPUT for a report naming %s', async (_, people) => {
    const o = await taken();
    const before = await orderOf(hub, o.id);
    expect(await codeOf(REPORT, { takeId: o.takeId, note: '完成', people }, alone.token)).toBe('BAD_USER_INPUT');
    expect(await orderOf(hub, o.id)).toEqual(before);
  });

  it('BAD_USER_INPUT for a quantity below 1 or a blank reason', async () => {
    const o = await taken();
    expect(await codeOf(TAKE, { id: o.id, quantity: 0 }, other.token)).toBe('BAD_USER_INPUT');
    expect(await codeOf(RELEASE, { takeId: o.takeId, reason: '  ' }, alone.token)).toBe('BAD_USER_INPUT');
    expect(await codeOf(DISPUTE, { id: o.id, reason: '' }, admin)).toBe('BAD_USER_INPUT');
  });
});
