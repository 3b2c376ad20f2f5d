import { describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../src/modules/projects/project.enums.js';
import { isCalendarDate } from '../../src/shared/calendar-date.js';
import { editRefusal, transition, type ProjectMove } from '../../src/modules/projects/project.transitions.js';

const { PROPOSED, APPROVED, IN_PROGRESS, DONE, EVALUATED, CANCELLED } = ProjectStatus;
const ALL = Object.values(ProjectStatus);

describe('the project state machine', () => {
  // every (status, move) pair: where it goes, or the code refusing it
  const table: [ProjectStatus, ProjectMove, ProjectStatus | string][] = [
    ...ALL.map((s): [ProjectStatus, ProjectMove, string] => [s, { kind: 'approve' }, s === PROPOSED ? APPROVED : 'PROJECT_NOT_APPROVABLE']),
    ...ALL.flatMap((s) =>
      [IN_PROGRESS, DONE, EVALUATED].map((to): [ProjectStatus, ProjectMove, string] => {
        const legal = (s === APPROVED && to === IN_PROGRESS) || (s === IN_PROGRESS && to === DONE) || (s === DONE && to === EVALUATED);
        return [s, { kind: 'advance', to }, legal ? to : 'PROJECT_NOT_ADVANCEABLE'];
      }),
    ),
    ...ALL.map((s): [ProjectStatus, ProjectMove, string] => [
      s,
      { kind: 'cancel' },
      [DONE, EVALUATED, CANCELLED].includes(s) ? 'PROJECT_NOT_CANCELLABLE' : CANCELLED,
    ]),
  ];

  it.each(table)('from %s, %o gives %s', (from, move, expected) => {
    const result = transition(from, move);
    if (ALL.includes(expected as ProjectStatus)) expect(result).toEqual({ ok: true, to: expected });
    else expect(result).toEqual({ ok: false, code: expected });
  });

  it('never lets advance skip a step or go back', () => {
    expect(transition(APPROVED, { kind: 'advance', to: DONE })).toEqual({ ok: false, code: 'PROJECT_NOT_ADVANCEABLE' });
    expect(transition(DONE, { kind: 'advance', to: IN_PROGRESS })).toEqual({ ok: false, code: 'PROJECT_NOT_ADVANCEABLE' });
    expect(transition(PROPOSED, { kind: 'advance', to: APPROVED })).toEqual({ ok: false, code: 'PROJECT_NOT_ADVANCEABLE' });
  });
});

describe('editing a project', () => {
  it.each(ALL)('in %s is allowed only before it is done or cancelled', (status) => {
    expect(editRefusal(status)).toBe([DONE, EVALUATED, CANCELLED].includes(status) ? 'PROJECT_CLOSED' : null);
  });
});

describe('milestone due dates', () => {
  it.each(['2026-12-01', '2028-02-29', '2026-01-31'])('accepts the calendar date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-12-1', '2026/12/01', '12/01/2026', '', '0099-01-01', '2026-12-01T00:00'])(
    'rejects %j',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
});
