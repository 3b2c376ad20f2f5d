import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { CreateAgreementDraftInput } from '../gql/graphql.js';
import {
  AgrCreate, AgrDiscard, AgrPropose, AgrRead, AgrUpdate, agreementState, buildParties, draftInput, PARKING_WINDOWS, type Parties,
} from '../kit/agreements.js';
import { buildDistrict, buildOrganization, buildResource, eventsOf, eventTypesOf, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const CountOf = graphql(`
  query AgrCountOf($org: ID!) { agreements(filter: { organizationId: $org }) { totalCount } }
`);

const Withdraw = graphql(`
  mutation AgrDraftsWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }
`);

const Node = graphql(`query AgrDraftsNode($id: ID!) { node(id: $id) { id } }`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

async function count(p: Parties): Promise<number> {
  return (await hub.client.data(CountOf, { org: p.org.id }, await as(Role.DISTRICT_ADMIN))).agreements.totalCount;
}

describe('createAgreementDraft', () => {
  it('drafts an agreement at version 1 with its items, its history and an AGREEMENT_DRAFTED event', async () => {
    const p = await buildParties(hub, d);
    const data = await hub.client.data(AgrCreate, { input: draftInput(p) }, await p.unit());
    expect(data.createAgreementDraft.userErrors).toEqual([]);
    const a = data.createAgreementDraft.agreement!;
    expect(a).toMatchObject({
      status: 'DRAFT', recordedStatus: 'DRAFT', version: 1, startDate: '2026-12-01', endDate: '2027-11-30', signatures: [], proposedBy: null,
      items: [{ committedQuantity: 30, resource: { id: p.resource.id }, windows: PARKING_WINDOWS }],
    });
    const read = await hub.client.data(AgrRead, { id: a.id }, await p.unit());
    expect(read.agreement!.history).toEqual([
      expect.objectContaining({ action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', party: 'UNIT', actor: { id: expect.stringMatching(/^test-UNIT_ADMIN/), role: 'UNIT_ADMIN' } }),
    ]);
    expect(await eventTypesOf(hub, a.id)).toEqual(['AGREEMENT_DRAFTED']);
  });

  it.each([
    ['the unit\'s admin', (p: Parties) => p.unit()],
    ['the community\'s admin', (p: Parties) => p.areaAdmin()],
    ['the admin of the street above the community', () => as(Role.STREET_ADMIN, { areaId: d.street.id })],
    ['a district admin', () => as(Role.DISTRICT_ADMIN)],
  ])('lets %s draft it', async (_who, token) => {
    const p = await buildParties(hub, d);
    const data = await hub.client.data(AgrCreate, { input: draftInput(p) }, await token(p));
    expect(data.createAgreementDraft.agreement).toMatchObject({ status: 'DRAFT' });
  });

  it('shares an OPEN_ACCESS resource without a quantity', async () => {
    const p = await buildParties(hub, d);
    const toilet = await buildResource(hub, p.org.id, { kind: 'TOILET' });
    const items = [{ resourceId: toilet.id, windows: [{ days: ['MONDAY' as const], dayType: 'ANY' as const, start: '06:00', end: '22:00' }] }];
    const data = await hub.client.data(AgrCreate, { input: draftInput(p, { items }) }, await p.unit());
    expect(data.createAgreementDraft.agreement!.items).toEqual([expect.objectContaining({ committedQuantity: null, resource: { id: toilet.id } })]);
  });

  it('refuses anonymous callers, other units, admins of other areas, grid workers and volunteers, creating nothing', async () => {
    const p = await buildParties(hub, d);
    const other = await buildOrganization(hub, d.community);
    expect(await hub.client.errorCode(AgrCreate, { input: draftInput(p) })).toBe('UNAUTHENTICATED');
    for (const token of [
      await as(Role.UNIT_ADMIN, { organizationId: other.id }),
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
      await as(Role.STREET_ADMIN, { areaId: d.otherStreet.id }),
      await as(Role.GRID_WORKER, { areaId: d.grid.id }),
      await as(Role.VOLUNTEER, { areaId: d.community.id }),
    ]) {
      expect(await hub.client.errorCode(AgrCreate, { input: draftInput(p) }, token)).toBe('FORBIDDEN');
    }
    expect(await count(p)).toBe(0);
  });

  const day = { days: ['MONDAY' as const], dayType: 'ANY' as const };
  it.each<[string, (p: Parties) => Partial<CreateAgreementDraftInput>, string]>([
    ['an end date before the start date', () => ({ startDate: '2027-01-10', endDate: '2027-01-09' }), 'input.endDate'],
    ['a start date that is no date', () => ({ startDate: '2027-02-30' }), 'input.startDate'],
    ['an end date in another format', () => ({ endDate: '2027/11/30' }), 'input.endDate'],
    ['a blank title', () => ({ title: '  ' }), 'input.title'],
    ['a malformed organization id', () => ({ organizationId: 'nope' }), 'input.organizationId'],
    ['an area id that is a resource\'s', (p) => ({ areaId: p.resource.id }), 'input.areaId'],
    ['a quantity of 0', (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: 0, windows: PARKING_WINDOWS }] }), 'input.items[0].committedQuantity'],
    ['a negative quantity', (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: -5, windows: PARKING_WINDOWS }] }), 'input.items[0].committedQuantity'],
    ['a malformed resource id', () => ({ items: [{ resourceId: 'x', committedQuantity: 1, windows: PARKING_WINDOWS }] }), 'input.items[0].resourceId'],
    [
      'the same resource twice',
      (p) => ({ items: [1, 2].map(() => ({ resourceId: p.resource.id, committedQuantity: 1, windows: PARKING_WINDOWS })) }),
      'input.items[1].resourceId',
    ],
    ['an item without windows', (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: 1, windows: [] }] }), 'input.items[0].windows'],
    [
      'overlapping windows',
      (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: 1, windows: [{ ...day, start: '08:00', end: '12:00' }, { ...day, start: '11:00', end: '13:00' }] }] }),
      'input.items[0].windows[1]',
    ],
    ['a window ending when it starts', (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: 1, windows: [{ ...day, start: '08:00', end: '08:00' }] }] }), 'input.items[0].windows[0].end'],
  ])('rejects %s as BAD_USER_INPUT naming the field, creating nothing', async (_label, patch, field) => {
    const p = await buildParties(hub, d);
    const result = await hub.client.request(AgrCreate, { input: draftInput(p, patch(p)) }, { token: await p.unit() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(p)).toBe(0);
  });

  it.each<[string, (p: Parties) => Partial<CreateAgreementDraftInput>, string]>([
    ['an unknown organization', () => ({ organizationId: toGlobalId('Organization', '999999') }), 'input.organizationId'],
    ['an unknown area', () => ({ areaId: toGlobalId('Area', '999999') }), 'input.areaId'],
    ['an unknown resource', () => ({ items: [{ resourceId: toGlobalId('Resource', '999999'), committedQuantity: 1, windows: PARKING_WINDOWS }] }), 'input.items[0].resourceId'],
  ])('answers NOT_FOUND for %s, creating nothing', async (_label, patch, field) => {
    const p = await buildParties(hub, d);
    const result = await hub.client.request(AgrCreate, { input: draftInput(p, patch(p)) }, { token: await as(Role.DISTRICT_ADMIN) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
    expect(await count(p)).toBe(0);
  });

  it.each<[string, (p: Parties) => Promise<Partial<CreateAgreementDraftInput>>, string, string]>([
    ['a resource of another unit', async () => {
      const other = await buildOrganization(hub, d.community);
      const r = await buildResource(hub, other.id);
      return { items: [{ resourceId: r.id, committedQuantity: 1, windows: PARKING_WINDOWS }] };
    }, 'RESOURCE_NOT_OF_UNIT', 'input.items[0].resourceId'],
    ['a withdrawn resource', async (p) => {
      await hub.client.data(Withdraw, { input: { id: p.resource.id } }, await p.district());
      return {};
    }, 'RESOURCE_WITHDRAWN', 'input.items[0].resourceId'],
    ['more than the capacity', async (p) => ({ items: [{ resourceId: p.resource.id, committedQuantity: 31, windows: PARKING_WINDOWS }] }),
      'COMMITTED_QUANTITY_ABOVE_CAPACITY', 'input.items[0].committedQuantity'],
    ['no quantity for an ALLOCATED resource', async (p) => ({ items: [{ resourceId: p.resource.id, windows: PARKING_WINDOWS }] }),
      'COMMITTED_QUANTITY_REQUIRED', 'input.items[0].committedQuantity'],
    ['a quantity for an OPEN_ACCESS resource', async (p) => {
      const toilet = await buildResource(hub, p.org.id, { kind: 'TOILET' });
      return { items: [{ resourceId: toilet.id, committedQuantity: 2, windows: PARKING_WINDOWS }] };
    }, 'QUANTITY_FOR_OPEN_ACCESS', 'input.items[0].committedQuantity'],
    ['a grid as the area', async () => ({ areaId: d.grid.id }), 'AREA_NOT_STREET_OR_COMMUNITY', 'input.areaId'],
    ['the district as the area', async () => ({ areaId: d.district.id }), 'AREA_NOT_STREET_OR_COMMUNITY', 'input.areaId'],
    ['an end date already past', async () => ({ startDate: '2026-01-01', endDate: '2026-11-22' }), 'AGREEMENT_PERIOD_ENDED', 'input.endDate'],
  ])('answers a user error for %s, creating nothing', async (_label, patch, code, field) => {
    const p = await buildParties(hub, d);
    const data = await hub.client.data(AgrCreate, { input: draftInput(p, await patch(p)) }, await p.district());
    expect(data.createAgreementDraft).toEqual({ agreement: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await count(p)).toBe(0);
  });
});

describe('updateAgreementDraft', () => {
  async function draft(p: Parties) {
    return (await hub.client.data(AgrCreate, { input: draftInput(p) }, await p.unit())).createAgreementDraft.agreement!;
  }

  it('changes the title, dates and items, bumps the version and records AGREEMENT_UPDATED with what changed', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    const second = await buildResource(hub, p.org.id, { capacity: 12 });
    const items = [{ resourceId: second.id, committedQuantity: 12, windows: PARKING_WINDOWS }];
    const data = await hub.client.data(AgrUpdate, { input: { id: a.id, version: 1, title: '新的协议名称', endDate: '2027-12-31', items } }, await p.areaAdmin());
    expect(data.updateAgreementDraft.agreement).toMatchObject({ version: 2, title: '新的协议名称', endDate: '2027-12-31', items: [{ committedQuantity: 12, resource: { id: second.id } }] });
    const events = await eventsOf(hub, a.id);
    expect(events.map((e) => e.type)).toEqual(['AGREEMENT_DRAFTED', 'AGREEMENT_UPDATED']);
    expect(events[1]!.data).toMatchObject({ changed: ['title', 'endDate', 'items'] });
    const read = await hub.client.data(AgrRead, { id: a.id }, await p.unit());
    expect(read.agreement!.history.map((h) => [h.action, h.party])).toEqual([['CREATE', 'UNIT'], ['UPDATE', 'AREA']]);
  });

  it('records nothing when nothing changes', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    const before = await agreementState(hub, a.id);
    const data = await hub.client.data(AgrUpdate, { input: { id: a.id, version: 1, title: a.title, items: draftInput(p).items } }, await p.unit());
    expect(data.updateAgreementDraft.agreement).toMatchObject({ version: 1 });
    expect(await agreementState(hub, a.id)).toEqual(before);
  });

  it('answers VERSION_CONFLICT for a stale version and overwrites nothing', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    await hub.client.data(AgrUpdate, { input: { id: a.id, version: 1, title: '第一次修改' } }, await p.unit());
    const before = await agreementState(hub, a.id);
    const stale = await hub.client.data(AgrUpdate, { input: { id: a.id, version: 1, title: '过期的修改' } }, await p.unit());
    expect(stale.updateAgreementDraft).toEqual({ agreement: null, userErrors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'input.version' })] });
    expect(await agreementState(hub, a.id)).toEqual(before);
  });

  it('answers AGREEMENT_NOT_EDITABLE once proposed, changing nothing', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    const proposed = await hub.client.data(AgrPropose, { input: { id: a.id } }, await p.unit());
    const before = await agreementState(hub, a.id);
    const data = await hub.client.data(AgrUpdate, { input: { id: a.id, version: proposed.proposeAgreement.agreement!.version, title: '改' } }, await p.unit());
    expect(data.updateAgreementDraft.userErrors).toEqual([expect.objectContaining({ code: 'AGREEMENT_NOT_EDITABLE', field: 'input.id' })]);
    expect(await agreementState(hub, a.id)).toEqual(before);
  });

  it('rejects an end date before the stored start date as BAD_USER_INPUT', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    const before = await agreementState(hub, a.id);
    const result = await hub.client.request(AgrUpdate, { input: { id: a.id, version: 1, endDate: '2026-11-30' } }, { token: await p.unit() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    expect(await agreementState(hub, a.id)).toEqual(before);
  });

  it('hides a draft from callers outside its scope (NOT_FOUND) and refuses signed-out callers, changing nothing', async () => {
    const p = await buildParties(hub, d);
    const a = await draft(p);
    const before = await agreementState(hub, a.id);
    const input = { id: a.id, version: 1, title: '越权修改' };
    expect(await hub.client.errorCode(AgrUpdate, { input })).toBe('UNAUTHENTICATED');
    for (const token of [
      await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }),
      await as(Role.UNIT_ADMIN, { organizationId: (await buildOrganization(hub, d.community)).id }),
    ]) {
      expect(await hub.client.errorCode(AgrUpdate, { input }, token)).toBe('NOT_FOUND');
    }
    // grid workers never edit agreements: refused from the token alone, whatever the id
    expect(await hub.client.errorCode(AgrUpdate, { input }, await as(Role.GRID_WORKER, { areaId: d.grid.id }))).toBe('FORBIDDEN');
    expect(await agreementState(hub, a.id)).toEqual(before);
  });
});

describe('discardAgreementDraft', () => {
  it('discards a draft: no one sees it any more, its history is kept and AGREEMENT_DISCARDED recorded', async () => {
    const p = await buildParties(hub, d);
    const a = (await hub.client.data(AgrCreate, { input: draftInput(p) }, await p.unit())).createAgreementDraft.agreement!;
    const data = await hub.client.data(AgrDiscard, { input: { id: a.id } }, await p.areaAdmin());
    expect(data.discardAgreementDraft).toEqual({ discardedAgreementId: a.id, userErrors: [] });
    for (const token of [await p.unit(), await p.district()]) {
      expect((await hub.client.data(AgrRead, { id: a.id }, token)).agreement).toBeNull();
      expect((await hub.client.data(Node, { id: a.id }, token)).node).toBeNull();
    }
    expect(await eventTypesOf(hub, a.id)).toEqual(['AGREEMENT_DRAFTED', 'AGREEMENT_DISCARDED']);
    const { rows } = await hub.app.db.pool.query(
      `select action, from_status, to_status from agreement_history h join sharing_agreement a on a.id = h.agreement_id
       where a.title = $1 and a.organization_id = $2 order by h.id`,
      [a.title, p.org.rowId],
    );
    expect(rows).toEqual([{ action: 'CREATE', from_status: null, to_status: 'DRAFT' }, { action: 'DISCARD', from_status: 'DRAFT', to_status: null }]);
    const again = await hub.client.request(AgrDiscard, { input: { id: a.id } }, { token: await p.unit() });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('answers AGREEMENT_NOT_DISCARDABLE once proposed, and NOT_FOUND outside the scope, changing nothing', async () => {
    const p = await buildParties(hub, d);
    const a = (await hub.client.data(AgrCreate, { input: draftInput(p) }, await p.unit())).createAgreementDraft.agreement!;
    const outsider = await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id });
    expect(await hub.client.errorCode(AgrDiscard, { input: { id: a.id } }, outsider)).toBe('NOT_FOUND');
    await hub.client.data(AgrPropose, { input: { id: a.id } }, await p.unit());
    const before = await agreementState(hub, a.id);
    const data = await hub.client.data(AgrDiscard, { input: { id: a.id } }, await p.unit());
    expect(data.discardAgreementDraft).toEqual({ discardedAgreementId: null, userErrors: [expect.objectContaining({ code: 'AGREEMENT_NOT_DISCARDABLE' })] });
    expect(await agreementState(hub, a.id)).toEqual(before);
  });
});
