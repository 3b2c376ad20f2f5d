import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/workers/sweeper.js';
import {
  AgrCreate, AgrPropose, AgrRead, AgrResume, AgrSharedWith, AgrSign, AgrSuspend, AgrUpdate, agreementIn, agreementState,
  buildParties, draftInput, sweep, type Parties,
} from '../kit/agreements.js';
import { buildDistrict, eventsOf, type BuiltArea, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** An agreement of the given dates, proposed by the unit and, unless `signatures` says less, signed by both. */
async function agreement(p: Parties, startDate: string, endDate: string, signatures = 2) {
  const created = await hub.client.data(AgrCreate, { input: draftInput(p, { startDate, endDate }) }, await p.unit());
  const id = created.createAgreementDraft.agreement!.id;
  if (signatures < 0) return id;
  await hub.client.data(AgrPropose, { input: { id } }, await p.unit());
  if (signatures >= 1) await hub.client.data(AgrSign, { input: { id } }, await p.unit());
  if (signatures >= 2) await hub.client.data(AgrSign, { input: { id } }, await p.areaAdmin());
  return id;
}

async function read(id: string, p: Parties) {
  return (await hub.client.data(AgrRead, { id }, await p.district())).agreement!;
}

async function sharedWith(area: BuiltArea): Promise<string[]> {
  return (await hub.client.data(AgrSharedWith, { area: area.id })).resources.edges.map((e) => e.node.id);
}

const SYSTEM = { id: 'SYSTEM', role: 'SYSTEM' };

describe('the clock', () => {
  it('makes a SIGNED agreement ACTIVE at 00:00 Asia/Shanghai on its start date; the sweeper records it once, as SYSTEM', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-12-01', '2027-11-30');
    hub.clock.set('2026-11-30T15:59:59.999Z');
    expect(await read(id, p)).toMatchObject({ status: 'SIGNED', recordedStatus: 'SIGNED' });
    hub.clock.set('2026-11-30T16:00:00.000Z'); // 2026-12-01 00:00 in Beijing
    expect(await read(id, p)).toMatchObject({ status: 'ACTIVE', recordedStatus: 'SIGNED' });

    await sweep(hub);
    const after = await read(id, p);
    expect(after).toMatchObject({ status: 'ACTIVE', recordedStatus: 'ACTIVE' });
    expect(after.history.at(-1)).toEqual({
      action: 'ACTIVATE', fromStatus: 'SIGNED', toStatus: 'ACTIVE', party: null, actor: SYSTEM, reason: null, at: '2026-12-01T00:00:00.000+08:00',
    });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'AGREEMENT_ACTIVATED', data: { from: 'SIGNED', to: 'ACTIVE' } });
    const once = await agreementState(hub, id);
    expect(await sweep(hub)).toBe(0);
    expect(await agreementState(hub, id)).toEqual(once);
  });

  it('makes an ACTIVE agreement EXPIRED after 24:00 of its end date; the sweeper records it once, as SYSTEM', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-11-01', '2026-12-31');
    await sweep(hub);
    hub.clock.set('2026-12-31T15:59:59.999Z');
    expect(await read(id, p)).toMatchObject({ status: 'ACTIVE', recordedStatus: 'ACTIVE' });
    hub.clock.set('2026-12-31T16:00:00.000Z'); // 2027-01-01 00:00 in Beijing
    expect(await read(id, p)).toMatchObject({ status: 'EXPIRED', recordedStatus: 'ACTIVE' });

    await sweep(hub);
    const after = await read(id, p);
    expect(after).toMatchObject({ status: 'EXPIRED', recordedStatus: 'EXPIRED' });
    expect(after.history.at(-1)).toMatchObject({ action: 'EXPIRE', fromStatus: 'ACTIVE', toStatus: 'EXPIRED', actor: SYSTEM });
    const once = await agreementState(hub, id);
    expect(once.events.slice(-2)).toEqual(['AGREEMENT_ACTIVATED', 'AGREEMENT_EXPIRED']);
    await sweep(hub);
    expect(await agreementState(hub, id)).toEqual(once);
  });

  it('records both steps when the sweeper missed the whole period', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-12-01', '2026-12-31');
    hub.clock.set('2027-01-05T09:00:00+08:00');
    expect(await read(id, p)).toMatchObject({ status: 'EXPIRED', recordedStatus: 'SIGNED' });
    await sweep(hub);
    expect((await read(id, p)).history.slice(-2)).toMatchObject([
      { action: 'ACTIVATE', fromStatus: 'SIGNED', toStatus: 'ACTIVE', actor: SYSTEM },
      { action: 'EXPIRE', fromStatus: 'ACTIVE', toStatus: 'EXPIRED', actor: SYSTEM },
    ]);
  });

  it('is swept by the hub\'s sweeper', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-12-01', '2027-11-30');
    hub.clock.set('2026-12-01T00:00:30+08:00');
    expect(await sweepOnce(hub.app)).toBeGreaterThanOrEqual(1);
    expect(await read(id, p)).toMatchObject({ recordedStatus: 'ACTIVE' });
  });

  it('lets a party suspend an agreement the clock made ACTIVE before the sweeper ran, recording the activation first as SYSTEM', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-12-01', '2027-11-30');
    hub.clock.set('2026-12-01T08:00:00+08:00');
    const data = await hub.client.data(AgrSuspend, { input: { id, reason: '停车场维修' } }, await p.unit());
    expect(data.suspendAgreement.agreement).toMatchObject({ status: 'SUSPENDED', recordedStatus: 'SUSPENDED' });
    const history = (await read(id, p)).history;
    expect(history.slice(-2)).toMatchObject([
      { action: 'ACTIVATE', fromStatus: 'SIGNED', toStatus: 'ACTIVE', actor: SYSTEM },
      { action: 'SUSPEND', fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', party: 'UNIT', actor: { role: 'UNIT_ADMIN' } },
    ]);
    const state = await agreementState(hub, id);
    expect(state.events.slice(-2)).toEqual(['AGREEMENT_ACTIVATED', 'AGREEMENT_SUSPENDED']);
    await sweep(hub);
    expect(await agreementState(hub, id)).toEqual(state);
  });

  it('refuses to sign a PROPOSED agreement whose period has ended (AGREEMENT_PERIOD_ENDED), changing nothing; it then expires unsigned', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-11-24', '2026-11-30', 1);
    hub.clock.set('2026-12-01T00:00:00+08:00');
    const before = await agreementState(hub, id);
    expect(before).toMatchObject({ status: 'EXPIRED', recordedStatus: 'PROPOSED' });
    const data = await hub.client.data(AgrSign, { input: { id } }, await p.areaAdmin());
    expect(data.signAgreement.userErrors).toEqual([expect.objectContaining({ code: 'AGREEMENT_PERIOD_ENDED', field: 'input.id' })]);
    expect(await agreementState(hub, id)).toEqual(before);

    await sweep(hub);
    expect((await read(id, p)).history.at(-1)).toMatchObject({ action: 'EXPIRE', fromStatus: 'PROPOSED', toStatus: 'EXPIRED', actor: SYSTEM });
    // never signed, so never public
    expect((await hub.client.data(AgrRead, { id })).agreement).toBeNull();
  });

  it('makes a DRAFT whose end date passed EXPIRED: it can no longer be edited', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-11-24', '2026-11-30', -1);
    hub.clock.set('2026-12-01T00:00:00+08:00');
    const before = await agreementState(hub, id);
    const data = await hub.client.data(AgrUpdate, { input: { id, version: before.version!, endDate: '2027-12-31' } }, await p.unit());
    expect(data.updateAgreementDraft.userErrors).toEqual([expect.objectContaining({ code: 'AGREEMENT_NOT_EDITABLE' })]);
    expect(await agreementState(hub, id)).toEqual(before);
  });
});

describe('resources(filter: { sharedWith })', () => {
  it('finds a resource while its agreement is in force; it leaves when suspended, returns when resumed and leaves when the agreement expires', async () => {
    const p = await buildParties(hub, d);
    const id = await agreement(p, '2026-11-01', '2026-12-31');
    expect(await sharedWith(d.community)).toContain(p.resource.id);
    expect(await sharedWith(d.grid)).toContain(p.resource.id);
    expect(await sharedWith(d.neighbourCommunity)).not.toContain(p.resource.id);

    await hub.client.data(AgrSuspend, { input: { id, reason: '停车场维修' } }, await p.unit());
    expect(await sharedWith(d.community)).not.toContain(p.resource.id);
    await hub.client.data(AgrResume, { input: { id, reason: '维修完成' } }, await p.areaAdmin());
    expect(await sharedWith(d.community)).toContain(p.resource.id);

    hub.clock.set('2026-12-31T23:59:00+08:00');
    expect(await sharedWith(d.community)).toContain(p.resource.id);
    hub.clock.set('2027-01-01T00:00:00+08:00'); // before any sweep: the query applies the clock
    expect(await sharedWith(d.community)).not.toContain(p.resource.id);
  });

  it('finds a resource only from the start date of its agreement', async () => {
    const p = await buildParties(hub, d);
    await agreement(p, '2026-12-01', '2027-11-30');
    expect(await sharedWith(d.community)).not.toContain(p.resource.id);
    hub.clock.set('2026-12-01T00:00:00+08:00');
    expect(await sharedWith(d.community)).toContain(p.resource.id);
  });

  it('shares a street\'s agreement with every community of the street, and with no other street\'s', async () => {
    const p = await buildParties(hub, d, d.street);
    await agreementIn(hub, p, 'ACTIVE');
    expect(await sharedWith(d.street)).toContain(p.resource.id);
    expect(await sharedWith(d.community)).toContain(p.resource.id);
    expect(await sharedWith(d.neighbourCommunity)).toContain(p.resource.id);
    expect(await sharedWith(d.otherCommunity)).not.toContain(p.resource.id);
  });

  it('does not find resources of agreements not yet signed, terminated or expired', async () => {
    for (const status of ['PROPOSED', 'TERMINATED', 'EXPIRED'] as const) {
      const p = await buildParties(hub, d);
      await agreementIn(hub, p, status);
      expect(await sharedWith(d.community)).not.toContain(p.resource.id);
    }
  });
});
