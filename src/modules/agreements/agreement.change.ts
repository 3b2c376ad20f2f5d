import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { type Change, transact } from '../../outbox/transact.js';
import type { SharingAgreement } from './agreement.type.js';
import type { Loaded } from './agreement.rules.js';
import type { AgreementStatus } from './agreement.enums.js';
import { settleAgreement } from './agreement.sweep.js';
import { timeSteps, type AgreementCommand } from './agreement.transitions.js';
import { localToday } from '../../shared/today.js';

class NeedsSettling extends Error {
  constructor() {
    super('the clock has changed the agreement since its status was recorded');
  }
}

/**
 * Lets a change proceed only on a recorded status the clock has not overtaken. Otherwise the change is
 * rolled back, the clock's transitions are recorded first (as SYSTEM, with their history and events, as
 * the sweeper would), and the change runs again: suspending an agreement that the clock made ACTIVE
 * before the sweeper ran shows SIGNED → ACTIVE (SYSTEM) → SUSPENDED in its history. Call it after the
 * checks that may refuse the change, so a refused change records nothing at all.
 */
export function requireSettled(loaded: Loaded, today: string): void {
  if (timeSteps(loaded.a, today).length) throw new NeedsSettling();
}

/** Runs a change of agreement `id` in one transaction (see requireSettled), with the local date of its `now`. */
export async function changeAgreement<T>(
  ctx: Context,
  id: string,
  work: (em: EntityManager, now: Date, today: string) => Promise<Outcome<Change<T>>>,
): Promise<Outcome<T>> {
  const run = () => transact<T>(ctx, (em, now) => work(em, now, localToday(now, ctx.app.config.timeZone)));
  // a second round is needed only when the local date turns between the two
  for (let round = 0; ; round++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof NeedsSettling) || round >= 2) throw error;
      ctx.em().clear();
      await settleAgreement(ctx, id);
    }
  }
}

const VERBS: Record<AgreementCommand, string> = {
  update: 'Only a DRAFT agreement can be edited',
  discard: 'Only a DRAFT agreement can be discarded',
  propose: 'Only a DRAFT agreement can be proposed',
  sign: 'Only a PROPOSED agreement can be signed',
  reject: 'Only a PROPOSED agreement can be rejected',
  withdraw: 'Only a PROPOSED agreement can be withdrawn',
  suspend: 'Only an ACTIVE agreement can be suspended',
  resume: 'Only a SUSPENDED agreement can be resumed',
  terminate: 'Only a SIGNED, ACTIVE or SUSPENDED agreement can be terminated',
};

/** The user error of a command the status does not allow. */
export function notAllowed(command: AgreementCommand, status: AgreementStatus, code: string): UserError {
  const message =
    code === 'AGREEMENT_PERIOD_ENDED'
      ? 'The agreement\'s period has ended; it can no longer be signed.'
      : `${VERBS[command]}; this one is ${status}.`;
  return userError(code, message, 'input.id');
}

/** The agreement as the caller now sees it, read fresh after a change. */
export async function reloadAgreement(ctx: Context, outcome: Outcome<string>): Promise<Outcome<SharingAgreement>> {
  if (!outcome.ok) return outcome;
  const agreement = await ctx.loaders.agreementById.clear(outcome.value).load(outcome.value);
  return ok(agreement!);
}
