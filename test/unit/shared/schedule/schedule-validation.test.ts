import { describe, it, expect } from 'vitest';
import { parseLocalTime, validateExceptions, validateWindows } from '../../../../src/shared/schedule/schedule.js';
import type { IsoWeekday, ScheduleException, WeeklyWindow } from '../../../../src/shared/schedule/schedule.types.js';

const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

function win(days: number[], start: string, end: string, dayType: WeeklyWindow['dayType'] = 'ANY'): WeeklyWindow {
  return { days: days as IsoWeekday[], dayType, start, end };
}

function exc(from: string, to: string, hours: [string, string][] = [], closed = hours.length === 0): ScheduleException {
  return { from, to, closed, hours: hours.map(([start, end]) => ({ start, end })), note: null };
}

describe('parseLocalTime', () => {
  it.each([
    { value: '00:00', role: 'start', minutes: 0 },
    { value: '09:30', role: 'start', minutes: 570 },
    { value: '23:59', role: 'end', minutes: 1439 },
    { value: '24:00', role: 'end', minutes: 1440 },
    { value: '24:00', role: 'start', minutes: null },
    { value: '24:01', role: 'end', minutes: null },
    { value: '25:00', role: 'end', minutes: null },
    { value: '09:60', role: 'start', minutes: null },
    { value: '9:00', role: 'start', minutes: null },
    { value: '09:00:00', role: 'start', minutes: null },
    { value: ' 09:00', role: 'start', minutes: null },
    { value: '０９:００', role: 'start', minutes: null },
    { value: '', role: 'start', minutes: null },
  ] as const)('reads "$value" as a $role to $minutes', ({ value, role, minutes }) => {
    expect(parseLocalTime(value, role)).toBe(minutes);
  });

  it('treats the time as a start unless told otherwise', () => {
    expect(parseLocalTime('24:00')).toBeNull();
  });
});

describe('validateWindows', () => {
  it.each([
    { name: 'no windows', windows: [] },
    { name: 'an all-day window', windows: [win(ALL_DAYS, '00:00', '24:00')] },
    { name: 'a window running past midnight', windows: [win([1, 2, 3, 4, 5], '19:00', '07:30')] },
    {
      name: 'WORKDAY and REST_DAY windows at the same hours',
      windows: [win(ALL_DAYS, '09:00', '18:00', 'WORKDAY'), win(ALL_DAYS, '09:00', '18:00', 'REST_DAY')],
    },
    { name: 'back-to-back windows (ends are exclusive)', windows: [win([1], '09:00', '12:00'), win([1], '12:00', '18:00')] },
    {
      name: 'a night window ending where the next morning begins',
      windows: [win([1], '19:00', '07:30'), win([2], '07:30', '12:00')],
    },
    { name: 'a window ending exactly at midnight', windows: [win([1], '19:00', '00:00'), win([2], '00:00', '08:00')] },
    { name: 'the same hours on different weekdays', windows: [win([1, 3], '09:00', '18:00'), win([2, 4], '09:00', '18:00')] },
  ])('accepts $name', ({ windows }) => {
    expect(validateWindows(windows)).toEqual([]);
  });

  it.each([
    { name: 'a malformed start', windows: [win([1], '9:00', '18:00')], field: 'windows[0].start' },
    { name: 'a start at 24:00', windows: [win([1], '24:00', '06:00')], field: 'windows[0].start' },
    { name: 'a malformed end', windows: [win([1], '09:00', '18:60')], field: 'windows[0].end' },
    { name: 'equal start and end', windows: [win([1], '08:00', '08:00')], field: 'windows[0].end' },
    { name: 'no days', windows: [win([], '09:00', '18:00')], field: 'windows[0].days' },
    { name: 'weekday 0', windows: [win([0], '09:00', '18:00')], field: 'windows[0].days[0]' },
    { name: 'weekday 8', windows: [win([1, 8], '09:00', '18:00')], field: 'windows[0].days[1]' },
    { name: 'a fractional weekday', windows: [win([1.5], '09:00', '18:00')], field: 'windows[0].days[0]' },
    { name: 'a duplicate weekday', windows: [win([1, 2, 1], '09:00', '18:00')], field: 'windows[0].days[2]' },
    {
      name: 'an unknown day type',
      windows: [{ ...win([1], '09:00', '18:00'), dayType: 'HOLIDAY' as WeeklyWindow['dayType'] }],
      field: 'windows[0].dayType',
    },
    { name: 'a problem in a later window', windows: [win([1], '09:00', '12:00'), win([2], '13:00', 'noon')], field: 'windows[1].end' },
  ])('rejects $name, naming $field', ({ windows, field }) => {
    expect(validateWindows(windows).map((p) => p.field)).toEqual([field]);
  });

  it('explains that equal start and end is ambiguous and how to say all day', () => {
    expect(validateWindows([win([1], '00:00', '00:00')])[0]?.message).toMatch(/ambiguous.*00:00–24:00/);
  });

  it.each([
    { name: 'two ANY windows', a: win([1], '09:00', '12:00'), b: win([1, 2], '11:00', '13:00'), day: 'Monday' },
    { name: 'ANY and WORKDAY', a: win([3], '09:00', '12:00', 'WORKDAY'), b: win([3], '11:59', '13:00'), day: 'Wednesday' },
    { name: 'ANY and REST_DAY', a: win([6], '09:00', '12:00'), b: win([6], '08:00', '09:01', 'REST_DAY'), day: 'Saturday' },
    { name: 'two WORKDAY windows', a: win([2], '09:00', '18:00', 'WORKDAY'), b: win([2], '10:00', '11:00', 'WORKDAY'), day: 'Tuesday' },
    { name: 'a window inside an all-day one', a: win(ALL_DAYS, '00:00', '24:00'), b: win([5], '10:00', '11:00'), day: 'Friday' },
    {
      name: 'a spill past midnight and the next day’s window, even of the other day type',
      a: win([1], '22:00', '02:00', 'WORKDAY'),
      b: win([2], '01:00', '03:00', 'REST_DAY'),
      day: 'Tuesday',
    },
    { name: 'a Sunday night spill and a Monday window', a: win([7], '22:00', '02:00'), b: win([1], '01:59', '08:00'), day: 'Monday' },
    { name: 'two night windows', a: win([5], '19:00', '07:30'), b: win([5], '23:00', '01:00'), day: 'Friday' },
  ])('reports $name as overlapping on $day', ({ a, b, day }) => {
    expect(validateWindows([a, b])).toEqual([
      { field: 'windows[1]', message: `windows[0] and windows[1] overlap on ${day}.` },
    ]);
  });

  it('reports every overlapping pair once', () => {
    const problems = validateWindows([win([1], '09:00', '12:00'), win([2], '09:00', '12:00'), win([1, 2], '10:00', '11:00')]);
    expect(problems.map((p) => p.message)).toEqual([
      'windows[0] and windows[2] overlap on Monday.',
      'windows[1] and windows[2] overlap on Tuesday.',
    ]);
  });

  it('does not look for overlaps with a window that is itself invalid', () => {
    expect(validateWindows([win([1], '09:00', '12:00'), win([1], '10:00', '10:00')]).map((p) => p.field)).toEqual([
      'windows[1].end',
    ]);
  });
});

describe('validateExceptions', () => {
  it.each([
    { name: 'a closed day', exceptions: [exc('2025-10-01', '2025-10-01')] },
    { name: 'replacement hours over a week', exceptions: [exc('2025-10-01', '2025-10-07', [['10:00', '14:00'], ['22:00', '02:00']])] },
    { name: 'a leap day', exceptions: [exc('2024-02-29', '2024-03-01')] },
    { name: 'adjacent date ranges', exceptions: [exc('2025-10-01', '2025-10-03'), exc('2025-10-04', '2025-10-05')] },
  ])('accepts $name', ({ exceptions }) => {
    expect(validateExceptions(exceptions)).toEqual([]);
  });

  it.each([
    { name: 'a date without zero padding', exceptions: [exc('2025-9-01', '2025-09-02')], fields: ['exceptions[0].from'] },
    { name: 'a date with a time', exceptions: [exc('2025-09-01', '2025-09-02T00:00')], fields: ['exceptions[0].to'] },
    { name: 'February 29 of a common year', exceptions: [exc('2025-02-29', '2025-03-01')], fields: ['exceptions[0].from'] },
    { name: 'April 31', exceptions: [exc('2025-04-01', '2025-04-31')], fields: ['exceptions[0].to'] },
    { name: 'month 13', exceptions: [exc('2025-13-01', '2025-13-02')], fields: ['exceptions[0].from', 'exceptions[0].to'] },
    { name: 'to before from', exceptions: [exc('2025-10-02', '2025-10-01')], fields: ['exceptions[0].to'] },
    {
      name: 'a closed day with hours',
      exceptions: [exc('2025-10-01', '2025-10-01', [['10:00', '12:00']], true)],
      fields: ['exceptions[0].hours'],
    },
    { name: 'an open day without hours', exceptions: [exc('2025-10-01', '2025-10-01', [], false)], fields: ['exceptions[0].hours'] },
    {
      name: 'malformed hours',
      exceptions: [exc('2025-10-01', '2025-10-01', [['10:00', '12:00'], ['13:00', '25:00']])],
      fields: ['exceptions[0].hours[1].end'],
    },
    {
      name: 'hours with equal start and end',
      exceptions: [exc('2025-10-01', '2025-10-01', [['13:00', '13:00']])],
      fields: ['exceptions[0].hours[0].end'],
    },
    {
      name: 'overlapping date ranges',
      exceptions: [exc('2025-10-01', '2025-10-07'), exc('2025-10-07', '2025-10-08', [['10:00', '12:00']])],
      fields: ['exceptions[1]'],
    },
  ])('rejects $name', ({ exceptions, fields }) => {
    expect(validateExceptions(exceptions).map((p) => p.field)).toEqual(fields);
  });
});
