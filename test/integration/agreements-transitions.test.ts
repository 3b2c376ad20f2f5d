import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import {
  AgrCreate, AgrDiscard, AgrPropose, AgrRead, AgrReject, AgrResume, AgrSign, AgrSuspend, AgrTerminate, AgrUpdate, AgrWithdraw,
  agreementIn, agreementState, buildParties, draftInput, type AgreementStatusName, type Parties,
} from '../kit/agreements.js';
import { buildDistrict, eventsOf, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const WithdrawResource = graphql(`
  mutation AgrTransWithdrawResource($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } } }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

async function history(id: string, p: Parties) {
  return (await hub.client.data(AgrRead, { id }, await p.unit())).agreement!.history;
}

type Command = 'update' | 'discard' | 'propose' | 'sign' | 'reject' | 'withdraw' | 'suspend' | 'resume' | 'terminate';

/** Runs one command as a caller it is meant for (so only the status can refuse it); returns its user errors. */
async function attempt(command: Command, id: string, p: Parties) {
  const c = hub.client;
  const unit = await p.unit();
  const reason = '测试原因';
  switch (command) {
    case 'update': {
      const version = (await c.data(AgrRead, { id }, unit)).agreement!.version;
      return (await c.data(AgrUpdate, { input: { id, version, title: '改名' } }, unit)).updateAgreementDraft.userErrors;
    }
    case 'discard': return (await c.data(AgrDiscard, { input: { id } }, unit)).discardAgreementDraft.userErrors;
    case 'propose': return (await c.data(AgrPropose, { input: { id } }, unit)).proposeAgreement.userErrors;
    case 'sign': return (await c.data(AgrSign, { input: { id } }, unit)).signAgreement.userErrors;
    case 'reject': return (await c.data(AgrReject, { input: { id, reason } }, await p.areaAdmin())).rejectAgreement.userErrors;
    case 'withdraw': return (await c.data(AgrWithdraw, { input: { id, reason } }, unit)).withdrawAgreementProposal.userErrors;
    case 'suspend': return (await c.data(AgrSuspend, { input: { id, reason } }, unit)).suspendAgreement.userErrors;
    case 'resume': return (await c.data(AgrResume, { input: { id, reason } }, unit)).resumeAgreement.userErrors;
    case 'terminate': return (await c.data(AgrTerminate, { input: { id, reason } }, unit)).terminateAgreement.userErrors;
  }
}

describe('legal transitions, each with its history row and event', () => {
  it('proposes a draft (DRAFT → PROPOSED), recording which party proposed', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'DRAFT');
    const data = await hub.client.data(AgrPropose, { input: { id } }, await p.areaAdmin());
    expect(data.proposeAgreement.agreement).toMatchObject({ status: 'PROPOSED', recordedStatus: 'PROPOSED', proposedBy: 'AREA', version: 2 });
    expect((await history(id, p)).at(-1)).toMatchObject({ action: 'PROPOSE', fromStatus: 'DRAFT', toStatus: 'PROPOSED', party: 'AREA', actor: { role: 'COMMUNITY_ADMIN' } });
    expect(await eventsOf(hub, id)).toEqual([
      expect.objectContaining({ type: 'AGREEMENT_DRAFTED' }),
      { type: 'AGREEMENT_PROPOSED', data: { from: 'DRAFT', to: 'PROPOSED', party: 'AREA' } },
    ]);
  });

  it('rejects a proposal by the other party (PROPOSED → DRAFT), clearing the signatures, with its reason', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await hub.client.data(AgrSign, { input: { id } }, await p.unit());
    const data = await hub.client.data(AgrReject, { input: { id, reason: '开放时段需再协商' } }, await p.areaAdmin());
    expect(data.rejectAgreement.agreement).toMatchObject({ status: 'DRAFT', signatures: [], proposedBy: null, proposedAt: null });
    expect((await history(id, p)).at(-1)).toMatchObject({ action: 'REJECT', fromStatus: 'PROPOSED', toStatus: 'DRAFT', party: 'AREA', reason: '开放时段需再协商' });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'AGREEMENT_REJECTED', data: { from: 'PROPOSED', to: 'DRAFT', party: 'AREA', reason: '开放时段需再协商' } });
    // back to DRAFT: it can be edited and proposed again
    const version = data.rejectAgreement.agreement!.version;
    await hub.client.data(AgrUpdate, { input: { id, version, terms: '修改后的条款' } }, await p.unit());
    expect((await hub.client.data(AgrPropose, { input: { id } }, await p.unit())).proposeAgreement.agreement).toMatchObject({ status: 'PROPOSED', signatures: [] });
  });

  it('withdraws a proposal by the proposing party (PROPOSED → DRAFT), with its reason', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'PROPOSED');
    await hub.client.data(AgrSign, { input: { id } }, await p.areaAdmin());
    const data = await hub.client.data(AgrWithdraw, { input: { id, reason: '车位数量有变' } }, await p.unit());
    expect(data.withdrawAgreementProposal.agreement).toMatchObject({ status: 'DRAFT', signatures: [] });
    expect((await history(id, p)).at(-1)).toMatchObject({ action: 'WITHDRAW', fromStatus: 'PROPOSED', toStatus: 'DRAFT', party: 'UNIT', reason: '车位数量有变' });
    expect((await eventsOf(hub, id)).at(-1)).toMatchObject({ type: 'AGREEMENT_PROPOSAL_WITHDRAWN', data: { reason: '车位数量有变' } });
  });

  it('suspends an ACTIVE agreement and resumes it (ACTIVE ⇄ SUSPENDED), either party or the district', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'ACTIVE');
    const suspended = await hub.client.data(AgrSuspend, { input: { id, reason: '停车场维修' } }, await p.areaAdmin());
    expect(suspended.suspendAgreement.agreement).toMatchObject({ status: 'SUSPENDED', recordedStatus: 'SUSPENDED' });
    const resumed = await hub.client.data(AgrResume, { input: { id, reason: '维修完成' } }, await p.district());
    expect(resumed.resumeAgreement.agreement).toMatchObject({ status: 'ACTIVE', recordedStatus: 'ACTIVE' });
    expect((await history(id, p)).slice(-2)).toMatchObject([
      { action: 'SUSPEND', fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', party: 'AREA', reason: '停车场维修', actor: { role: 'COMMUNITY_ADMIN' } },
      { action: 'RESUME', fromStatus: 'SUSPENDED', toStatus: 'ACTIVE', party: 'AREA', reason: '维修完成', actor: { role: 'DISTRICT_ADMIN' } },
    ]);
    expect((await eventsOf(hub, id)).slice(-2).map((e) => e.type)).toEqual(['AGREEMENT_SUSPENDED', 'AGREEMENT_RESUMED']);
  });

  it.each(['SIGNED', 'ACTIVE', 'SUSPENDED'] as const)('terminates a %s agreement for good', async (status) => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, status);
    const data = await hub.client.data(AgrTerminate, { input: { id, reason: '单位搬迁' } }, await p.unit());
    expect(data.terminateAgreement.agreement).toMatchObject({ status: 'TERMINATED', recordedStatus: 'TERMINATED' });
    expect((await history(id, p)).at(-1)).toMatchObject({ action: 'TERMINATE', fromStatus: status, toStatus: 'TERMINATED', party: 'UNIT', reason: '单位搬迁' });
    expect((await eventsOf(hub, id)).at(-1)).toEqual({ type: 'AGREEMENT_TERMINATED', data: { from: status, to: 'TERMINATED', party: 'UNIT', reason: '单位搬迁' } });
  });
});

// what each status allows; anything else answers its own code and changes nothing
const ALLOWED: Record<AgreementStatusName, Command[]> = {
  DRAFT: ['update', 'discard', 'propose'],
  PROPOSED: ['sign', 'reject', 'withdraw'],
  SIGNED: ['terminate'],
  ACTIVE: ['suspend', 'terminate'],
  SUSPENDED: ['resume', 'terminate'],
  TERMINATED: [],
  EXPIRED: [],
};
const CODES: Record<Command, string> = {
  update: 'AGREEMENT_NOT_EDITABLE',
  discard: 'AGREEMENT_NOT_DISCARDABLE',
  propose: 'AGREEMENT_NOT_PROPOSABLE',
  sign: 'AGREEMENT_NOT_SIGNABLE',
  reject: 'AGREEMENT_NOT_REJECTABLE',
  withdraw: 'AGREEMENT_NOT_WITHDRAWABLE',
  suspend: 'AGREEMENT_NOT_SUSPENDABLE',
  resume: 'AGREEMENT_NOT_RESUMABLE',
  terminate: 'AGREEMENT_NOT_TERMINABLE',
};
const STATUSES = Object.keys(ALLOWED) as AgreementStatusName[];
const ILLEGAL = STATUSES.flatMap((status) =>
  (Object.keys(CODES) as Command[])
    .filter((command) => !ALLOWED[status].includes(command))
    .map((command) => ({ status, command, code: command === 'sign' && status === 'EXPIRED' ? 'AGREEMENT_PERIOD_ENDED' : CODES[command] })),
);

describe('illegal transitions', () => {
  const agreements = new Map<AgreementStatusName, { id: string; p: Parties }>();
  beforeAll(async () => {
    for (const status of STATUSES) {
      const p = await buildParties(hub, d);
      agreements.set(status, { id: await agreementIn(hub, p, status), p });
    }
  });

  it.each(ILLEGAL)('refuses $command on a $status agreement with $code, changing nothing', async ({ status, command, code }) => {
    const { id, p } = agreements.get(status)!;
    const before = await agreementState(hub, id);
    expect(before.status).toBe(status);
    expect(await attempt(command, id, p)).toEqual([expect.objectContaining({ code, field: 'input.id' })]);
    expect(await agreementState(hub, id)).toEqual(before);
  });

  it('refuses to propose a draft without items (AGREEMENT_HAS_NO_ITEMS), changing nothing', async () => {
    const p = await buildParties(hub, d);
    const created = await hub.client.data(AgrCreate, { input: draftInput(p, { items: [] }) }, await p.unit());
    const id = created.createAgreementDraft.agreement!.id;
    const before = await agreementState(hub, id);
    expect(await attempt('propose', id, p)).toEqual([expect.objectContaining({ code: 'AGREEMENT_HAS_NO_ITEMS', field: 'input.id' })]);
    expect(await agreementState(hub, id)).toEqual(before);
  });

  it('refuses to propose a draft whose resource was withdrawn since (RESOURCE_WITHDRAWN), changing nothing', async () => {
    const p = await buildParties(hub, d);
    const id = await agreementIn(hub, p, 'DRAFT');
    await hub.client.data(WithdrawResource, { input: { id: p.resource.id } }, await p.district());
    const before = await agreementState(hub, id);
    expect(await attempt('propose', id, p)).toEqual([expect.objectContaining({ code: 'RESOURCE_WITHDRAWN', field: 'input.id', message: expect.stringMatching(/^Item 1: /) })]);
    expect(await agreementState(hub, id)).toEqual(before);
  });

  it.each([
    ['rejectAgreement', AgrReject, 'PROPOSED', (p: Parties) => p.areaAdmin()],
    ['withdrawAgreementProposal', AgrWithdraw, 'PROPOSED', (p: Parties) => p.unit()],
    ['suspendAgreement', AgrSuspend, 'ACTIVE', (p: Parties) => p.unit()],
    ['resumeAgreement', AgrResume, 'SUSPENDED', (p: Parties) => p.unit()],
    ['terminateAgreement', AgrTerminate, 'ACTIVE', (p: Parties) => p.unit()],
  ] as const)('rejects %s with a blank reason as BAD_USER_INPUT, changing nothing', async (_name, document, status, token) => {
    const { id, p } = agreements.get(status)!;
    const before = await agreementState(hub, id);
    const result = await hub.client.request(document, { input: { id, reason: '   ' } }, { token: await token(p) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await agreementState(hub, id)).toEqual(before);
  });
});
