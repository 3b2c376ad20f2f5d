import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';

// The state machine of a sharing agreement, as plain functions: no ORM, no GraphQL.

const { DRAFT, PROPOSED, SIGNED, ACTIVE, SUSPENDED, TERMINATED, EXPIRED } = AgreementStatus;

/** What a caller asks of an agreement, one per mutation. */
export type AgreementCommand = 'update' | 'discard' | 'propose' | 'sign' | 'reject' | 'withdraw' | 'suspend' | 'resume' | 'terminate';

interface Rule {
  from: readonly AgreementStatus[];
  /** The status after it; null for discard (the draft is gone); sign stays PROPOSED until the second signature. */
  to: AgreementStatus | null;
  action: AgreementAction;
  /** The user-error code for any other status. */
  code: string;
}

export const RULES: Record<AgreementCommand, Rule> = {
  update: { from: [DRAFT], to: DRAFT, action: AgreementAction.UPDATE, code: 'AGREEMENT_NOT_EDITABLE' },
  discard: { from: [DRAFT], to: null, action: AgreementAction.DISCARD, code: 'AGREEMENT_NOT_DISCARDABLE' },
  propose: { from: [DRAFT], to: PROPOSED, action: AgreementAction.PROPOSE, code: 'AGREEMENT_NOT_PROPOSABLE' },
  sign: { from: [PROPOSED], to: PROPOSED, action: AgreementAction.SIGN, code: 'AGREEMENT_NOT_SIGNABLE' },
  reject: { from: [PROPOSED], to: DRAFT, action: AgreementAction.REJECT, code: 'AGREEMENT_NOT_REJECTABLE' },
  withdraw: { from: [PROPOSED], to: DRAFT, action: AgreementAction.WITHDRAW, code: 'AGREEMENT_NOT_WITHDRAWABLE' },
  suspend: { from: [ACTIVE], to: SUSPENDED, action: AgreementAction.SUSPEND, code: 'AGREEMENT_NOT_SUSPENDABLE' },
  resume: { from: [SUSPENDED], to: ACTIVE, action: AgreementAction.RESUME, code: 'AGREEMENT_NOT_RESUMABLE' },
  terminate: { from: [SIGNED, ACTIVE, SUSPENDED], to: TERMINATED, action: AgreementAction.TERMINATE, code: 'AGREEMENT_NOT_TERMINABLE' },
};

export type Decision = { allowed: true; to: AgreementStatus | null; action: AgreementAction } | { allowed: false; code: string };

/**
 * Whether `command` may act on an agreement whose effective status (the clock applied) is `status`.
 * Signing an expired agreement is AGREEMENT_PERIOD_ENDED: its period is over, signed or not.
 */
export function decide(command: AgreementCommand, status: AgreementStatus): Decision {
  const rule = RULES[command];
  if (rule.from.includes(status)) return { allowed: true, to: rule.to, action: rule.action };
  if (command === 'sign' && status === EXPIRED) return { allowed: false, code: 'AGREEMENT_PERIOD_ENDED' };
  return { allowed: false, code: rule.code };
}

/** The status after a signature: SIGNED once both parties have signed. */
export function afterSignature(signed: ReadonlySet<AgreementParty>): AgreementStatus {
  return signed.has(AgreementParty.UNIT) && signed.has(AgreementParty.AREA) ? SIGNED : PROPOSED;
}

export interface Dated {
  status: AgreementStatus;
  /** Local dates, YYYY-MM-DD; the end is inclusive through 24:00. */
  startDate: string;
  endDate: string;
}

export interface TimeStep {
  action: AgreementAction.ACTIVATE | AgreementAction.EXPIRE;
  from: AgreementStatus;
  to: AgreementStatus;
}

const EXPIRING: readonly AgreementStatus[] = [DRAFT, PROPOSED, SIGNED, ACTIVE, SUSPENDED];

/**
 * The transitions the clock has made since the status was recorded, in order, on local date `today`:
 * SIGNED becomes ACTIVE on its start date; anything not yet ended (signed or not) becomes EXPIRED the
 * day after its end date. Empty when the recorded status is still right.
 */
export function timeSteps(a: Dated, today: string): TimeStep[] {
  const steps: TimeStep[] = [];
  let status = a.status;
  if (status === SIGNED && a.startDate <= today) {
    steps.push({ action: AgreementAction.ACTIVATE, from: SIGNED, to: ACTIVE });
    status = ACTIVE;
  }
  if (EXPIRING.includes(status) && a.endDate < today) steps.push({ action: AgreementAction.EXPIRE, from: status, to: EXPIRED });
  return steps;
}

/** The status as queries show it on local date `today`. */
export function effectiveStatus(a: Dated, today: string): AgreementStatus {
  const steps = timeSteps(a, today);
  return steps.length ? steps[steps.length - 1]!.to : a.status;
}

/** In force on `today`: what `resources(filter: { sharedWith })` and matching rely on. */
export function inForce(a: Dated, today: string): boolean {
  return effectiveStatus(a, today) === ACTIVE;
}


// The same rules as SQL predicates compiled into the
// statements that read agreements (and into `resources(filter: { sharedWith })`). `today` is a parameter
// holding the district's local date from the injected clock, never SQL's now().

/** The status a query shows, on local date `today` (a `$n::date` parameter): effectiveStatus in SQL. */
export function effectiveStatusSql(alias: string, today: string): string {
  return `(case
    when ${alias}.status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED') and ${alias}.end_date < ${today} then 'EXPIRED'
    when ${alias}.status = 'SIGNED' and ${alias}.start_date <= ${today} then 'ACTIVE'
    else ${alias}.status end)`;
}

/** In force on `today`: effectively ACTIVE. */
export function inForceSql(alias: string, today: string): string {
  return `(${alias}.status in ('SIGNED','ACTIVE') and ${alias}.end_date >= ${today}
    and (${alias}.status = 'ACTIVE' or ${alias}.start_date <= ${today}))`;
}
