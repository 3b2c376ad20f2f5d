import { describe, expect, it } from 'vitest';
import { AgreementParty, AgreementStatus } from '../../src/modules/agreements/agreement.enums.js';
import {
  afterSignature,
  decide,
  effectiveStatus,
  inForce,
  timeSteps,
  type AgreementCommand,
} from '../../src/modules/agreements/agreement.transitions.js';
import { isCalendarDate } from '../../src/shared/calendar-date.js';
import { localToday } from '../../src/shared/today.js';

const { DRAFT, PROPOSED, SIGNED, ACTIVE, SUSPENDED, TERMINATED, EXPIRED } = AgreementStatus;
const STATUSES = Object.values(AgreementStatus);

// every status × every command: the status after it, or the user-error code; nothing else is allowed
const TABLE: Record<AgreementCommand, Partial<Record<AgreementStatus, AgreementStatus | null>> & { code: string }> = {
  update: { [DRAFT]: DRAFT, code: 'AGREEMENT_NOT_EDITABLE' },
  discard: { [DRAFT]: null, code: 'AGREEMENT_NOT_DISCARDABLE' },
  propose: { [DRAFT]: PROPOSED, code: 'AGREEMENT_NOT_PROPOSABLE' },
  sign: { [PROPOSED]: PROPOSED, code: 'AGREEMENT_NOT_SIGNABLE' },
  reject: { [PROPOSED]: DRAFT, code: 'AGREEMENT_NOT_REJECTABLE' },
  withdraw: { [PROPOSED]: DRAFT, code: 'AGREEMENT_NOT_WITHDRAWABLE' },
  suspend: { [ACTIVE]: SUSPENDED, code: 'AGREEMENT_NOT_SUSPENDABLE' },
  resume: { [SUSPENDED]: ACTIVE, code: 'AGREEMENT_NOT_RESUMABLE' },
  terminate: { [SIGNED]: TERMINATED, [ACTIVE]: TERMINATED, [SUSPENDED]: TERMINATED, code: 'AGREEMENT_NOT_TERMINABLE' },
};

const cases = (Object.keys(TABLE) as AgreementCommand[]).flatMap((command) =>
  STATUSES.map((status) => {
    const row = TABLE[command];
    const allowed = status in row;
    const code = command === 'sign' && status === EXPIRED ? 'AGREEMENT_PERIOD_ENDED' : row.code;
    return { command, status, expected: allowed ? { allowed: true, to: row[status] } : { allowed: false, code } };
  }),
);

describe('the agreement state machine', () => {
  it.each(cases)('$command on $status → $expected', ({ command, status, expected }) => {
    expect(decide(command, status)).toMatchObject(expected);
  });

  it('allows exactly the transitions of the issue and nothing else', () => {
    const allowed = cases.filter((c) => c.expected.allowed).map((c) => `${c.command}:${c.status}`);
    expect(allowed.sort()).toEqual(
      ['update:DRAFT', 'discard:DRAFT', 'propose:DRAFT', 'sign:PROPOSED', 'reject:PROPOSED', 'withdraw:PROPOSED',
        'suspend:ACTIVE', 'resume:SUSPENDED', 'terminate:SIGNED', 'terminate:ACTIVE', 'terminate:SUSPENDED'].sort(),
    );
  });

  it.each([
    [[], PROPOSED],
    [[AgreementParty.UNIT], PROPOSED],
    [[AgreementParty.AREA], PROPOSED],
    [[AgreementParty.UNIT, AgreementParty.AREA], SIGNED],
  ] as const)('with signatures %j the agreement is %s', (parties, status) => {
    expect(afterSignature(new Set(parties))).toBe(status);
  });
});

describe('the clock\'s transitions', () => {
  const a = (status: AgreementStatus) => ({ status, startDate: '2027-01-01', endDate: '2027-12-31' });
  it.each([
    // before the start date nothing moves
    [SIGNED, '2026-12-31', SIGNED, []],
    // SIGNED becomes ACTIVE on its start date, and stays ACTIVE through its end date
    [SIGNED, '2027-01-01', ACTIVE, ['ACTIVATE SIGNED→ACTIVE']],
    [SIGNED, '2027-12-31', ACTIVE, ['ACTIVATE SIGNED→ACTIVE']],
    // a sweeper that missed the whole period records both steps
    [SIGNED, '2028-01-01', EXPIRED, ['ACTIVATE SIGNED→ACTIVE', 'EXPIRE ACTIVE→EXPIRED']],
    [ACTIVE, '2027-12-31', ACTIVE, []],
    [ACTIVE, '2028-01-01', EXPIRED, ['EXPIRE ACTIVE→EXPIRED']],
    [SUSPENDED, '2028-01-01', EXPIRED, ['EXPIRE SUSPENDED→EXPIRED']],
    [DRAFT, '2027-06-01', DRAFT, []],
    [DRAFT, '2028-01-01', EXPIRED, ['EXPIRE DRAFT→EXPIRED']],
    [PROPOSED, '2028-01-01', EXPIRED, ['EXPIRE PROPOSED→EXPIRED']],
    // ended ones stay what they are
    [TERMINATED, '2028-01-01', TERMINATED, []],
    [EXPIRED, '2028-01-01', EXPIRED, []],
  ] as const)('a recorded %s agreement of 2027 is on %s %s', (status, today, shown, steps) => {
    expect(effectiveStatus(a(status), today)).toBe(shown);
    expect(timeSteps(a(status), today).map((s) => `${s.action} ${s.from}→${s.to}`)).toEqual(steps);
    expect(inForce(a(status), today)).toBe(shown === ACTIVE);
  });

  it.each([
    ['2026-12-31T15:59:59.999Z', '2026-12-31'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2027-12-31T15:59:00.000Z', '2027-12-31'],
    ['2027-12-31T16:00:00.000Z', '2028-01-01'],
  ])('takes "today" in Asia/Shanghai: %s is %s', (instant, date) => {
    expect(localToday(new Date(instant), 'Asia/Shanghai')).toBe(date);
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
    ['', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['9999-12-31', true],
    ['0000-01-01', false],
  ])('reads %s as a calendar date: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});
