import { describe, expect, it } from 'vitest';
import { CaseLevel, CaseStatus, SummonsStatus } from '../../src/modules/cases/case.enums.js';
import {
  daysAfter, decideCase, decideSummons, hoursAfter, isCaseOverdue, isSummonsOverdue, levelAbove, type CaseCommand, type SummonsCommand,
} from '../../src/modules/cases/case.transitions.js';

const C = CaseStatus;
const S = SummonsStatus;

/** Every case command against every status: where it leads, or the code refusing it ('reopen' with nobody summoned). */
const CASES: Record<CaseCommand, Record<CaseStatus, CaseStatus | string>> = {
  accept: { REPORTED: C.ACCEPTED, ACCEPTED: 'CASE_NOT_ACCEPTABLE', REJECTED: 'CASE_NOT_ACCEPTABLE', MERGED: 'CASE_NOT_ACCEPTABLE', WHISTLED: 'CASE_NOT_ACCEPTABLE', RESOLVED: 'CASE_NOT_ACCEPTABLE', CLOSED: 'CASE_NOT_ACCEPTABLE' },
  reject: { REPORTED: C.REJECTED, ACCEPTED: 'CASE_NOT_REJECTABLE', REJECTED: 'CASE_NOT_REJECTABLE', MERGED: 'CASE_NOT_REJECTABLE', WHISTLED: 'CASE_NOT_REJECTABLE', RESOLVED: 'CASE_NOT_REJECTABLE', CLOSED: 'CASE_NOT_REJECTABLE' },
  merge: { REPORTED: C.MERGED, ACCEPTED: C.MERGED, REJECTED: 'CASE_NOT_MERGEABLE', MERGED: 'CASE_NOT_MERGEABLE', WHISTLED: 'CASE_NOT_MERGEABLE', RESOLVED: 'CASE_NOT_MERGEABLE', CLOSED: 'CASE_NOT_MERGEABLE' },
  whistle: { REPORTED: 'CASE_NOT_WHISTLEABLE', ACCEPTED: C.WHISTLED, REJECTED: 'CASE_NOT_WHISTLEABLE', MERGED: 'CASE_NOT_WHISTLEABLE', WHISTLED: C.WHISTLED, RESOLVED: 'CASE_NOT_WHISTLEABLE', CLOSED: 'CASE_NOT_WHISTLEABLE' },
  resolve: { REPORTED: 'CASE_NOT_RESOLVABLE', ACCEPTED: C.RESOLVED, REJECTED: 'CASE_NOT_RESOLVABLE', MERGED: 'CASE_NOT_RESOLVABLE', WHISTLED: C.RESOLVED, RESOLVED: 'CASE_NOT_RESOLVABLE', CLOSED: 'CASE_NOT_RESOLVABLE' },
  close: { REPORTED: 'CASE_NOT_CLOSABLE', ACCEPTED: 'CASE_NOT_CLOSABLE', REJECTED: 'CASE_NOT_CLOSABLE', MERGED: 'CASE_NOT_CLOSABLE', WHISTLED: 'CASE_NOT_CLOSABLE', RESOLVED: C.CLOSED, CLOSED: 'CASE_NOT_CLOSABLE' },
  reopen: { REPORTED: 'CASE_NOT_REOPENABLE', ACCEPTED: 'CASE_NOT_REOPENABLE', REJECTED: 'CASE_NOT_REOPENABLE', MERGED: 'CASE_NOT_REOPENABLE', WHISTLED: 'CASE_NOT_REOPENABLE', RESOLVED: C.ACCEPTED, CLOSED: C.ACCEPTED },
  escalate: { REPORTED: C.REPORTED, ACCEPTED: C.ACCEPTED, REJECTED: 'CASE_NOT_ESCALATABLE', MERGED: 'CASE_NOT_ESCALATABLE', WHISTLED: C.WHISTLED, RESOLVED: 'CASE_NOT_ESCALATABLE', CLOSED: 'CASE_NOT_ESCALATABLE' },
  note: { REPORTED: C.REPORTED, ACCEPTED: C.ACCEPTED, REJECTED: 'CASE_NOT_OPEN', MERGED: 'CASE_NOT_OPEN', WHISTLED: C.WHISTLED, RESOLVED: C.RESOLVED, CLOSED: 'CASE_NOT_OPEN' },
};

describe('decideCase', () => {
  for (const [command, row] of Object.entries(CASES) as [CaseCommand, Record<CaseStatus, string>][]) {
    it.each(Object.entries(row) as [CaseStatus, string][])(`${command} a %s case: %s`, (status, expected) => {
      const decision = decideCase(command, status);
      expect(decision.ok ? decision.to : decision.code).toBe(expected);
      if (decision.ok) expect(decision.from).toBe(status);
      else expect(decision.message).toContain(status);
    });
  }

  it('reopens to WHISTLED when an organisation is still summoned, to ACCEPTED when nobody is', () => {
    expect(decideCase('reopen', C.RESOLVED, true)).toEqual({ ok: true, from: C.RESOLVED, to: C.WHISTLED });
    expect(decideCase('reopen', C.CLOSED, true)).toEqual({ ok: true, from: C.CLOSED, to: C.WHISTLED });
    expect(decideCase('reopen', C.CLOSED, false)).toEqual({ ok: true, from: C.CLOSED, to: C.ACCEPTED });
    // whether anybody is summoned changes nothing else
    expect(decideCase('accept', C.REPORTED, true)).toEqual({ ok: true, from: C.REPORTED, to: C.ACCEPTED });
  });
});

/** Every summons command against every status. */
const SUMMONSES: Record<SummonsCommand, Record<SummonsStatus, SummonsStatus | string>> = {
  reportIn: { SUMMONED: S.REPORTED_IN, REPORTED_IN: 'SUMMONS_NOT_PENDING', DECLINED: 'SUMMONS_NOT_PENDING', DECLINE_ACCEPTED: 'SUMMONS_NOT_PENDING', DONE: 'SUMMONS_NOT_PENDING' },
  decline: { SUMMONED: S.DECLINED, REPORTED_IN: 'SUMMONS_NOT_PENDING', DECLINED: 'SUMMONS_NOT_PENDING', DECLINE_ACCEPTED: 'SUMMONS_NOT_PENDING', DONE: 'SUMMONS_NOT_PENDING' },
  acceptDecline: { SUMMONED: 'SUMMONS_NOT_DECLINED', REPORTED_IN: 'SUMMONS_NOT_DECLINED', DECLINED: S.DECLINE_ACCEPTED, DECLINE_ACCEPTED: 'SUMMONS_NOT_DECLINED', DONE: 'SUMMONS_NOT_DECLINED' },
  overruleDecline: { SUMMONED: 'SUMMONS_NOT_DECLINED', REPORTED_IN: 'SUMMONS_NOT_DECLINED', DECLINED: S.SUMMONED, DECLINE_ACCEPTED: 'SUMMONS_NOT_DECLINED', DONE: 'SUMMONS_NOT_DECLINED' },
  done: { SUMMONED: 'SUMMONS_NOT_REPORTED_IN', REPORTED_IN: S.DONE, DECLINED: 'SUMMONS_NOT_REPORTED_IN', DECLINE_ACCEPTED: 'SUMMONS_NOT_REPORTED_IN', DONE: 'SUMMONS_NOT_REPORTED_IN' },
  reopen: { SUMMONED: 'SUMMONS_NOT_DONE', REPORTED_IN: 'SUMMONS_NOT_DONE', DECLINED: 'SUMMONS_NOT_DONE', DECLINE_ACCEPTED: 'SUMMONS_NOT_DONE', DONE: S.REPORTED_IN },
};

describe('decideSummons', () => {
  for (const [command, row] of Object.entries(SUMMONSES) as [SummonsCommand, Record<SummonsStatus, string>][]) {
    it.each(Object.entries(row) as [SummonsStatus, string][])(`${command} a %s summons: %s`, (status, expected) => {
      const decision = decideSummons(command, status);
      expect(decision.ok ? decision.to : decision.code).toBe(expected);
    });
  }
});

describe('levelAbove', () => {
  it('goes community → street → district, and no further', () => {
    expect(levelAbove(CaseLevel.COMMUNITY)).toBe(CaseLevel.STREET);
    expect(levelAbove(CaseLevel.STREET)).toBe(CaseLevel.DISTRICT);
    expect(levelAbove(CaseLevel.DISTRICT)).toBeNull();
  });
});

describe('overdue', () => {
  const deadline = new Date('2026-12-08T06:00:00Z');
  const before = new Date('2026-12-08T05:59:59.999Z');
  const after = new Date('2026-12-08T06:00:00.001Z');

  it.each<[CaseStatus, Date, boolean]>([
    [C.ACCEPTED, after, true],
    [C.WHISTLED, after, true],
    [C.WHISTLED, deadline, false],
    [C.WHISTLED, before, false],
    [C.REPORTED, after, false],
    [C.RESOLVED, after, false],
    [C.CLOSED, after, false],
    [C.REJECTED, after, false],
    [C.MERGED, after, false],
  ])('a %s case past its completion deadline at %s: %s', (status, now, expected) => {
    expect(isCaseOverdue({ status, completeDeadline: deadline }, now)).toBe(expected);
  });

  it('a case without a completion deadline is never overdue', () => {
    expect(isCaseOverdue({ status: C.ACCEPTED, completeDeadline: null }, after)).toBe(false);
  });

  it('a summons is overdue while SUMMONED past its report-in deadline on an open case', () => {
    expect(isSummonsOverdue({ status: S.SUMMONED, reportInDeadline: deadline }, C.WHISTLED, after)).toBe(true);
    expect(isSummonsOverdue({ status: S.SUMMONED, reportInDeadline: deadline }, C.WHISTLED, before)).toBe(false);
    expect(isSummonsOverdue({ status: S.REPORTED_IN, reportInDeadline: deadline }, C.WHISTLED, after)).toBe(false);
    expect(isSummonsOverdue({ status: S.DECLINED, reportInDeadline: deadline }, C.WHISTLED, after)).toBe(false);
    expect(isSummonsOverdue({ status: S.SUMMONED, reportInDeadline: deadline }, C.RESOLVED, after)).toBe(false);
  });

  it('deadlines are calendar hours and days after the clock, fractions of an hour included', () => {
    const at = new Date('2026-11-23T06:00:00Z');
    expect(hoursAfter(at, 0.5).toISOString()).toBe('2026-11-23T06:30:00.000Z');
    expect(hoursAfter(at, 72).toISOString()).toBe('2026-11-26T06:00:00.000Z');
    expect(daysAfter(at, 15).toISOString()).toBe('2026-12-08T06:00:00.000Z');
  });
});
