import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import {
  AgrDiscard, AgrPropose, AgrRead, AgrReject, AgrResume, AgrSign, AgrSuspend, AgrTerminate, AgrUpdate, AgrWithdraw,
  agreementIn, agreementState, buildParties, type AgreementStatusName, type Parties,
} from '../kit/agreements.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const PublicEvents = graphql(`
  query AgrPublicEvents($id: ID!) { events(filter: { subjectIds: [$id] }, first: 100) { edges { node { type } } } }
`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const sign = async (id: string, token: string) => (await hub.client.data(AgrSign, { input: { id } }, token)).signAgreement;

describe('signAgreement', () => {
  it('takes the unit\'s signature, then the community\'s, which makes the agreement SIGNED and public', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    const first = await sign(id, await p.unit());
    expect(first.agreement).toMatchObject({ status: 'PROPOSED', signatures: [{ party: 'UNIT' }], signedAt: null });
    expect((await hub.client.data(AgrRead, { id })).agreement).toBeNull();

    const second = await sign(id, await p.areaAdmin());
    expect(second.agreement).toMatchObject({ status: 'SIGNED', recordedStatus: 'SIGNED', signatures: [{ party: 'UNIT' }, { party: 'AREA' }] });
    expect(second.agreement!.signedAt).not.toBeNull();
    const history = (await hub.client.data(AgrRead, { id })).agreement!.history;
    expect(history.slice(-2)).toMatchObject([
      { action: 'SIGN', fromStatus: 'PROPOSED', toStatus: 'PROPOSED', party: 'UNIT', actor: { role: 'UNIT_ADMIN' } },
      { action: 'SIGN', fromStatus: 'PROPOSED', toStatus: 'SIGNED', party: 'AREA', actor: { role: 'COMMUNITY_ADMIN' } },
    ]);
    expect((await eventsOf(hub, id)).slice(-2)).toEqual([
      { type: 'AGREEMENT_SIGNATURE_ADDED', data: { from: 'PROPOSED', to: 'PROPOSED', party: 'UNIT' } },
      { type: 'AGREEMENT_SIGNED', data: { from: 'PROPOSED', to: 'SIGNED', party: 'AREA' } },
    ]);
    // events before the signing stay scoped; from the signing on they are public
    const seen = (await hub.client.data(PublicEvents, { id })).events.edges.map((e) => e.node.type);
    expect(seen).toEqual(['AGREEMENT_SIGNED']);
  });

  it('takes the signatures in either order', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await sign(id, await p.areaAdmin());
    hub.clock.advance(60_000);
    expect((await sign(id, await p.unit())).agreement).toMatchObject({ status: 'SIGNED', signatures: [{ party: 'AREA' }, { party: 'UNIT' }] });
  });

  it('has the STREET_ADMIN of its street sign an agreement with a street', async () => {
    const p = await buildParties(hub, d, d.street);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await sign(id, await p.unit());
    expect((await sign(id, await p.areaAdmin())).agreement).toMatchObject({ status: 'SIGNED' });
  });

  it('takes two signatures given at the same moment one after the other: SIGNED once, with both', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    const [unit, area] = [await p.unit(), await p.areaAdmin()];
    const results = await Promise.all([sign(id, unit), sign(id, area)]);
    expect(results.flatMap((r) => r.userErrors)).toEqual([]);
    const state = await agreementState(hub, id);
    expect(state).toMatchObject({ status: 'SIGNED', signatures: expect.arrayContaining([{ party: 'UNIT', signedBy: expect.any(String) }, { party: 'AREA', signedBy: expect.any(String) }]) });
    expect(state.events.filter((t) => t.startsWith('AGREEMENT_SIGN'))).toEqual(['AGREEMENT_SIGNATURE_ADDED', 'AGREEMENT_SIGNED']);
  });

  it('answers ALREADY_SIGNED to a party signing twice, changing nothing', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await sign(id, await p.unit());
    const before = await agreementState(hub, id);
    expect((await sign(id, await p.unit())).userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_SIGNED', field: 'input.id' })]);
    expect(await agreementState(hub, id)).toEqual(before);
  });

  it.each<[string, (p: Parties) => Promise<string>, string]>([
    ['a district admin', () => as(Role.DISTRICT_ADMIN), 'FORBIDDEN'],
    ['the admin of the street above the community', () => as(Role.STREET_ADMIN, { areaId: d.street.id }), 'FORBIDDEN'],
    ['a STREET_ADMIN whose token names the community', () => as(Role.STREET_ADMIN, { areaId: d.community.id }), 'FORBIDDEN'],
    ['the admin of another community', () => as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }), 'NOT_FOUND'],
    // grid workers never sign: refused from the token alone
    ['a grid worker of the community', () => as(Role.GRID_WORKER, { areaId: d.grid.id }), 'FORBIDDEN'],
    ['the admin of another unit', async () => as(Role.UNIT_ADMIN, { organizationId: (await buildOrganization(hub, d.community)).id }), 'NOT_FOUND'],
  ])('refuses the signature of %s (%s), changing nothing', async (_who, token, code) => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await sign(id, await p.unit());
    const before = await agreementState(hub, id);
    expect(await hub.client.errorCode(AgrSign, { input: { id } }, await token(p))).toBe(code);
    expect(await hub.client.errorCode(AgrSign, { input: { id } })).toBe('UNAUTHENTICATED');
    expect(await agreementState(hub, id)).toEqual(before);
  });

  it('refuses the district admin and the street admin as signatories of a street\'s agreement only when they are not its own', async () => {
    const p = await buildParties(hub, d, d.street);
    const id = await agreementIn(hub, p, 'PROPOSED');
    const before = await agreementState(hub, id);
    expect(await hub.client.errorCode(AgrSign, { input: { id } }, await as(Role.DISTRICT_ADMIN))).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(AgrSign, { input: { id } }, await as(Role.STREET_ADMIN, { areaId: d.otherStreet.id }))).toBe('NOT_FOUND');
    // a community admin below the street does not see the street's unsigned agreement
    expect(await hub.client.errorCode(AgrSign, { input: { id } }, await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id }))).toBe('NOT_FOUND');
    expect(await agreementState(hub, id)).toEqual(before);
  });
});

describe('rejectAgreement and withdrawAgreementProposal: the right party only', () => {
  it('refuses a rejection by the party that proposed and a withdrawal by the other party (FORBIDDEN), changing nothing', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED'); // proposed by the unit
    const before = await agreementState(hub, id);
    expect(await hub.client.errorCode(AgrReject, { input: { id, reason: '不同意' } }, await p.unit())).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(AgrWithdraw, { input: { id, reason: '撤回' } }, await p.areaAdmin())).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(AgrWithdraw, { input: { id, reason: '撤回' } }, await p.district())).toBe('FORBIDDEN');
    expect(await agreementState(hub, id)).toEqual(before);
  });
});

// every mutation on an existing agreement, as someone outside its scope: an unsigned agreement is not even
// visible to them (NOT_FOUND), a signed one is (FORBIDDEN); anonymous callers are UNAUTHENTICATED
const MUTATIONS: [string, AgreementStatusName, (id: string, version: number) => [unknown, object]][] = [
  ['updateAgreementDraft', 'DRAFT', (id, version) => [AgrUpdate, { input: { id, version, title: '越权' } }]],
  ['discardAgreementDraft', 'DRAFT', (id) => [AgrDiscard, { input: { id } }]],
  ['proposeAgreement', 'DRAFT', (id) => [AgrPropose, { input: { id } }]],
  ['signAgreement', 'PROPOSED', (id) => [AgrSign, { input: { id } }]],
  ['rejectAgreement', 'PROPOSED', (id) => [AgrReject, { input: { id, reason: '越权' } }]],
  ['withdrawAgreementProposal', 'PROPOSED', (id) => [AgrWithdraw, { input: { id, reason: '越权' } }]],
  ['suspendAgreement', 'ACTIVE', (id) => [AgrSuspend, { input: { id, reason: '越权' } }]],
  ['resumeAgreement', 'SUSPENDED', (id) => [AgrResume, { input: { id, reason: '越权' } }]],
  ['terminateAgreement', 'ACTIVE', (id) => [AgrTerminate, { input: { id, reason: '越权' } }]],
  ['terminateAgreement', 'SIGNED', (id) => [AgrTerminate, { input: { id, reason: '越权' } }]],
];

describe('callers outside the scope', () => {
  it.each(MUTATIONS)('are refused %s on a %s agreement, changing nothing', async (_name, status, make) => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, status);
    const before = await agreementState(hub, id);
    const [document, variables] = make(id, before.version!);
    const expected = status === 'DRAFT' || status === 'PROPOSED' ? 'NOT_FOUND' : 'FORBIDDEN';
    const outsiders: [string, string][] = [
      [await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }), expected],
      [await as(Role.STREET_ADMIN, { areaId: d.otherStreet.id }), expected],
      // roles that never act on agreements are refused from the token alone, whatever the agreement
      [await as(Role.GRID_WORKER, { areaId: d.grid.id }), 'FORBIDDEN'],
      [await as(Role.VOLUNTEER, { areaId: d.community.id }), 'FORBIDDEN'],
      [await as(Role.UNIT_ADMIN, { organizationId: (await buildOrganization(hub, d.community)).id }), expected],
    ];
    for (const [token, code] of outsiders) {
      expect(await hub.client.errorCode(document as typeof AgrPropose, variables as never, token)).toBe(code);
    }
    expect(await hub.client.errorCode(document as typeof AgrPropose, variables as never)).toBe('UNAUTHENTICATED');
    expect(await agreementState(hub, id)).toEqual(before);
  });
});
