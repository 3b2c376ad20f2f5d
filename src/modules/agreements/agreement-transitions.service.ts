import { hookHandlers, type Context } from '../../context.js';
import { fail, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, requiredText } from '../../shared/input.js';
import { actorOf } from '../../shared/viewer.js';
import { loadForChange, signatoryParty } from './agreement.rules.js';
import { afterSignature, decide } from './agreement.transitions.js';
import { record } from './agreement.record.js';
import { changeAgreement, notAllowed, reloadAgreement, requireSettled } from './agreement.change.js';
import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';
import type { AgreementInput, AgreementReasonInput } from './agreement.inputs.js';
import { checkStoredItems, countItems } from './agreement.items.js';
import type { SharingAgreement } from './agreement.type.js';

const REASON_MAX = 500;

/**
 * Transitions after drafting: propose, sign, reject, withdraw, suspend, resume, terminate. Each acts on the
 * status as queries show it (the clock applied), refuses anything else with its own user-error code and
 * no change, and records a history row and an event.
 */
export class AgreementTransitionService {
  constructor(private readonly ctx: Context) {}

  private start(input: { id: string }): string {
    requireSignedIn(this.ctx.viewer);
    return idOf(input.id, ['SharingAgreement'], 'input.id');
  }

  /** DRAFT → PROPOSED, by either party's admin; the draft needs items, each still sharable. */
  async propose(input: AgreementInput): Promise<Outcome<SharingAgreement>> {
    const id = this.start(input);
    const viewer = this.ctx.viewer;
    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      const { a } = loaded;
      requireAllowed(viewer, loaded.parties.length > 0);
      const decision = decide('propose', loaded.effective);
      if (!decision.allowed) return fail(notAllowed('propose', loaded.effective, decision.code));
      requireSettled(loaded, today);
      if ((await countItems(em, a)) === 0) {
        return fail(userError('AGREEMENT_HAS_NO_ITEMS', 'List at least one shared resource before proposing.', 'input.id'));
      }
      const problems = await checkStoredItems(em, a);
      if (problems.length) return fail(...problems);
      const actor = actorOf(viewer);
      const party = loaded.parties[0]!;
      Object.assign(a, { status: AgreementStatus.PROPOSED, proposedBy: actor.id, proposedByParty: party, proposedAt: now, updatedAt: now });
      const entry = { action: AgreementAction.PROPOSE, from: AgreementStatus.DRAFT, to: AgreementStatus.PROPOSED, party };
      return ok({ result: a.id, events: [record(em, a, entry, actor, now)] });
    });
    return reloadAgreement(this.ctx, outcome);
  }

  /**
   * One party's signature on a PROPOSED agreement; the second makes it SIGNED (and public). Only the
   * unit's UNIT_ADMIN and the admin of the agreement's own street or community sign: anyone else who
   * may see it is FORBIDDEN. A party signs once (ALREADY_SIGNED).
   */
  async sign(input: AgreementInput): Promise<Outcome<SharingAgreement>> {
    const id = this.start(input);
    const viewer = this.ctx.viewer;
    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      const { a, area } = loaded;
      const party = signatoryParty(viewer, { organizationId: a.organization.id, areaId: area.id, areaKind: area.kind });
      requireAllowed(viewer, party !== null, 'Only the unit\'s UNIT_ADMIN and the admin of the agreement\'s own street or community sign it.');
      const decision = decide('sign', loaded.effective);
      if (!decision.allowed) return fail(notAllowed('sign', loaded.effective, decision.code));
      requireSettled(loaded, today);
      const actor = actorOf(viewer);
      if (party === AgreementParty.UNIT ? a.unitSignedAt : a.areaSignedAt) {
        return fail(userError('ALREADY_SIGNED', `The ${party === AgreementParty.UNIT ? 'unit' : 'area'} has already signed this agreement.`, 'input.id'));
      }
      if (party === AgreementParty.UNIT) Object.assign(a, { unitSignedBy: actor.id, unitSignedAt: now });
      else Object.assign(a, { areaSignedBy: actor.id, areaSignedAt: now });
      const signed = new Set<AgreementParty>();
      if (a.unitSignedAt) signed.add(AgreementParty.UNIT);
      if (a.areaSignedAt) signed.add(AgreementParty.AREA);
      const to = afterSignature(signed);
      if (to === AgreementStatus.SIGNED) Object.assign(a, { status: to, signedAt: now });
      a.updatedAt = now;
      const entry = { action: AgreementAction.SIGN, from: AgreementStatus.PROPOSED, to, party };
      return ok({ result: a.id, events: [record(em, a, entry, actor, now)] });
    });
    return reloadAgreement(this.ctx, outcome);
  }

  /**
   * PROPOSED → DRAFT with a reason, signatures cleared: `reject` by the party that did not propose,
   * `withdraw` by the party that did; the wrong party is FORBIDDEN.
   */
  async unpropose(command: 'reject' | 'withdraw', input: AgreementReasonInput): Promise<Outcome<SharingAgreement>> {
    const id = this.start(input);
    const reason = requiredText(input.reason, 'input.reason', REASON_MAX);
    const viewer = this.ctx.viewer;
    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      const { a } = loaded;
      requireAllowed(viewer, loaded.parties.length > 0);
      const decision = decide(command, loaded.effective);
      if (!decision.allowed) return fail(notAllowed(command, loaded.effective, decision.code));
      requireSettled(loaded, today);
      const proposer = a.proposedByParty ?? null;
      const party = loaded.parties.find((p) => (command === 'reject' ? p !== proposer : p === proposer));
      requireAllowed(
        viewer,
        party !== undefined,
        command === 'reject' ? 'The party that proposed it withdraws it; the other party rejects it.' : 'Only the party that proposed it withdraws it; the other party rejects it.',
      );
      Object.assign(a, {
        status: AgreementStatus.DRAFT, proposedBy: null, proposedByParty: null, proposedAt: null,
        unitSignedBy: null, unitSignedAt: null, areaSignedBy: null, areaSignedAt: null, updatedAt: now,
      });
      const entry = { action: decision.action, from: AgreementStatus.PROPOSED, to: AgreementStatus.DRAFT, party, reason };
      return ok({ result: a.id, events: [record(em, a, entry, actorOf(viewer), now)] });
    });
    return reloadAgreement(this.ctx, outcome);
  }

  /** ACTIVE ⇄ SUSPENDED, and SIGNED, ACTIVE or SUSPENDED → TERMINATED, with a reason: either party, or a DISTRICT_ADMIN. */
  async change(command: 'suspend' | 'resume' | 'terminate', input: AgreementReasonInput): Promise<Outcome<SharingAgreement>> {
    const id = this.start(input);
    const reason = requiredText(input.reason, 'input.reason', REASON_MAX);
    const viewer = this.ctx.viewer;
    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      const { a } = loaded;
      // a district admin administers every area, so is one of the parties here
      requireAllowed(viewer, loaded.parties.length > 0);
      const decision = decide(command, loaded.effective);
      if (!decision.allowed) return fail(notAllowed(command, loaded.effective, decision.code));
      requireSettled(loaded, today);
      const from = a.status;
      Object.assign(a, { status: decision.to!, updatedAt: now });
      const entry = { action: decision.action, from, to: decision.to, party: loaded.parties[0], reason };
      const event = record(em, a, entry, actorOf(viewer), now);
      // matching: accepted matches under it flagged at risk or cleared, proposals superseded
      const change = command === 'suspend' ? 'SUSPENDED' : command === 'resume' ? 'RESUMED' : 'TERMINATED';
      const events = [event];
      for (const changed of hookHandlers(this.ctx.app, 'agreementChanged')) events.push(...(await changed(em, a.id, change, actorOf(viewer), now)));
      return ok({ result: a.id, events });
    });
    return reloadAgreement(this.ctx, outcome);
  }
}
