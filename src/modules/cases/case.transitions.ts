import { CaseLevel, CaseStatus, SummonsStatus } from './case.enums.js';

/*
 * The state machines of cases and summonses, as pure functions (the writes, the seed and the unit tests
 * use the same ones), and the overdue rules (the reads, the statistics and the sweeper use the same ones).
 * Deadlines are stored; overdue = the clock is past the deadline and the thing is not done.
 */

export type Decision<S> = { ok: true; from: S; to: S } | { ok: false; code: string; message: string };

export type CaseCommand = 'accept' | 'reject' | 'merge' | 'whistle' | 'resolve' | 'close' | 'reopen' | 'escalate' | 'note';

/** Cases still being worked on: a completion deadline can be missed, notes can be added. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [CaseStatus.REPORTED, CaseStatus.ACCEPTED, CaseStatus.WHISTLED];

/** Cases where the work is over (for overdue: nothing is owed any more). */
export const DONE_CASE_STATUSES: readonly CaseStatus[] = [CaseStatus.REJECTED, CaseStatus.MERGED, CaseStatus.RESOLVED, CaseStatus.CLOSED];

const CASE_RULES: Record<CaseCommand, { from: readonly CaseStatus[]; to: CaseStatus | null; code: string }> = {
  accept: { from: [CaseStatus.REPORTED], to: CaseStatus.ACCEPTED, code: 'CASE_NOT_ACCEPTABLE' },
  reject: { from: [CaseStatus.REPORTED], to: CaseStatus.REJECTED, code: 'CASE_NOT_REJECTABLE' },
  // a case already whistled has organisations at work: it is not a duplicate to fold away
  merge: { from: [CaseStatus.REPORTED, CaseStatus.ACCEPTED], to: CaseStatus.MERGED, code: 'CASE_NOT_MERGEABLE' },
  // a higher level (after an escalation) or the same level summons more organisations to a whistled case
  whistle: { from: [CaseStatus.ACCEPTED, CaseStatus.WHISTLED], to: CaseStatus.WHISTLED, code: 'CASE_NOT_WHISTLEABLE' },
  resolve: { from: [CaseStatus.ACCEPTED, CaseStatus.WHISTLED], to: CaseStatus.RESOLVED, code: 'CASE_NOT_RESOLVABLE' },
  close: { from: [CaseStatus.RESOLVED], to: CaseStatus.CLOSED, code: 'CASE_NOT_CLOSABLE' },
  // to WHISTLED, or ACCEPTED when nobody was summoned: see decideCase
  reopen: { from: [CaseStatus.RESOLVED, CaseStatus.CLOSED], to: null, code: 'CASE_NOT_REOPENABLE' },
  escalate: { from: [CaseStatus.REPORTED, CaseStatus.ACCEPTED, CaseStatus.WHISTLED], to: null, code: 'CASE_NOT_ESCALATABLE' },
  note: { from: [...OPEN_CASE_STATUSES, CaseStatus.RESOLVED], to: null, code: 'CASE_NOT_OPEN' },
};

const CASE_PAST: Record<CaseCommand, string> = {
  accept: 'accepted',
  reject: 'rejected',
  merge: 'merged',
  whistle: 'whistled',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  escalate: 'escalated',
  note: 'noted',
};

/**
 * What `command` does to a case in `status`. `summoned`: whether any organisation is still summoned to it (a
 * summons not DECLINE_ACCEPTED), which decides where a reopened case goes.
 */
export function decideCase(command: CaseCommand, status: CaseStatus, summoned = false): Decision<CaseStatus> {
  const rule = CASE_RULES[command];
  if (!rule.from.includes(status)) return { ok: false, code: rule.code, message: `A ${status} case cannot be ${CASE_PAST[command]}.` };
  const to = command === 'reopen' ? (summoned ? CaseStatus.WHISTLED : CaseStatus.ACCEPTED) : (rule.to ?? status);
  return { ok: true, from: status, to };
}

/** The level above, or null at the top (CASE_AT_TOP_LEVEL). */
export function levelAbove(level: CaseLevel): CaseLevel | null {
  if (level === CaseLevel.COMMUNITY) return CaseLevel.STREET;
  if (level === CaseLevel.STREET) return CaseLevel.DISTRICT;
  return null;
}

export type SummonsCommand = 'reportIn' | 'decline' | 'acceptDecline' | 'overruleDecline' | 'done' | 'reopen';

/** Summonses that hold the organisation to the case (one live summons per case and organisation). */
export const LIVE_SUMMONS_STATUSES: readonly SummonsStatus[] = [SummonsStatus.SUMMONED, SummonsStatus.REPORTED_IN, SummonsStatus.DECLINED];

const SUMMONS_RULES: Record<SummonsCommand, { from: readonly SummonsStatus[]; to: SummonsStatus; code: string }> = {
  reportIn: { from: [SummonsStatus.SUMMONED], to: SummonsStatus.REPORTED_IN, code: 'SUMMONS_NOT_PENDING' },
  decline: { from: [SummonsStatus.SUMMONED], to: SummonsStatus.DECLINED, code: 'SUMMONS_NOT_PENDING' },
  acceptDecline: { from: [SummonsStatus.DECLINED], to: SummonsStatus.DECLINE_ACCEPTED, code: 'SUMMONS_NOT_DECLINED' },
  overruleDecline: { from: [SummonsStatus.DECLINED], to: SummonsStatus.SUMMONED, code: 'SUMMONS_NOT_DECLINED' },
  done: { from: [SummonsStatus.REPORTED_IN], to: SummonsStatus.DONE, code: 'SUMMONS_NOT_REPORTED_IN' },
  reopen: { from: [SummonsStatus.DONE], to: SummonsStatus.REPORTED_IN, code: 'SUMMONS_NOT_DONE' },
};

const SUMMONS_PAST: Record<SummonsCommand, string> = {
  reportIn: 'reported in to',
  decline: 'declined',
  acceptDecline: 'released by accepting its decline',
  overruleDecline: 'summoned again by overruling its decline',
  done: 'done',
  reopen: 'reopened',
};

export function decideSummons(command: SummonsCommand, status: SummonsStatus): Decision<SummonsStatus> {
  const rule = SUMMONS_RULES[command];
  if (!rule.from.includes(status)) return { ok: false, code: rule.code, message: `A ${status} summons cannot be ${SUMMONS_PAST[command]}.` };
  return { ok: true, from: status, to: rule.to };
}

/** A case is overdue while it is ACCEPTED or WHISTLED past its completion deadline. */
export function isCaseOverdue(c: { status: CaseStatus; completeDeadline: Date | null }, now: Date): boolean {
  return (
    c.completeDeadline !== null &&
    (c.status === CaseStatus.ACCEPTED || c.status === CaseStatus.WHISTLED) &&
    now.getTime() > c.completeDeadline.getTime()
  );
}

/** The same in SQL over `civic_case` aliased `alias`; `now` is a parameter placeholder. */
export const caseOverdueSql = (alias: string, now: string) =>
  `(${alias}.complete_deadline is not null and ${alias}.status in ('ACCEPTED','WHISTLED') and ${alias}.complete_deadline < ${now}::timestamptz)`;

/** A summons is overdue while it is SUMMONED past its report-in deadline and its case is still open. */
export function isSummonsOverdue(s: { status: SummonsStatus; reportInDeadline: Date }, caseStatus: CaseStatus, now: Date): boolean {
  return s.status === SummonsStatus.SUMMONED && OPEN_CASE_STATUSES.includes(caseStatus) && now.getTime() > s.reportInDeadline.getTime();
}

/** The same in SQL over `case_summons` aliased `s` and its `civic_case` aliased `c`. */
export const summonsOverdueSql = (s: string, c: string, now: string) =>
  `(${s}.status = 'SUMMONED' and ${c}.status in ('REPORTED','ACCEPTED','WHISTLED') and ${s}.report_in_deadline < ${now}::timestamptz)`;

/** Deadlines from the clock: `hours` calendar hours (fractions allowed) or `days` calendar days after `at`. */
export const hoursAfter = (at: Date, hours: number) => new Date(at.getTime() + Math.round(hours * 3_600_000));
export const daysAfter = (at: Date, days: number) => new Date(at.getTime() + Math.round(days * 86_400_000));
