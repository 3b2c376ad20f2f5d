import { describe, it, expect } from 'vitest';
import { isOpenAt, localDateAndMinute, nextOpenAt } from '../../../../src/shared/schedule/schedule.js';
import type {
  HolidayCalendar,
  IsoWeekday,
  ScheduleException,
  WeeklySchedule,
  WeeklyWindow,
} from '../../../../src/shared/schedule/schedule.types.js';

const TZ = 'Asia/Shanghai';
const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const MON_FRI: IsoWeekday[] = [1, 2, 3, 4, 5];

/** Local time in Shanghai: `sh('2025-09-24 17:59')`. */
const sh = (local: string): Date => new Date(`${local.replace(' ', 'T')}+08:00`);

function win(days: IsoWeekday[], start: string, end: string, dayType: WeeklyWindow['dayType'] = 'ANY'): WeeklyWindow {
  return { days, dayType, start, end };
}

function exc(from: string, to: string, hours: [string, string][] = []): ScheduleException {
  return { from, to, closed: hours.length === 0, hours: hours.map(([start, end]) => ({ start, end })), note: null };
}

const schedule = (windows: WeeklyWindow[], exceptions: ScheduleException[] = []): WeeklySchedule => ({ windows, exceptions });

// 2025 National Day and Mid-Autumn: Wed 1 Oct – Wed 8 Oct off; Sun 28 Sep and Sat 11 Oct are worked
const calendar: HolidayCalendar = new Map([
  ['2025-09-28', 'MAKEUP_WORKDAY'],
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`2025-10-${d}`, 'HOLIDAY'] as const),
  ['2025-10-11', 'MAKEUP_WORKDAY'],
]);

const office = schedule([win(ALL_DAYS, '09:00', '18:00', 'WORKDAY'), win(ALL_DAYS, '10:00', '16:00', 'REST_DAY')]);
const nightShelter = schedule([win(MON_FRI, '19:00', '07:30')]);
const nightOnWorkdays = schedule([win(ALL_DAYS, '19:00', '07:30', 'WORKDAY')]);
const allDay = schedule([win(ALL_DAYS, '00:00', '24:00')]);

describe('isOpenAt in Asia/Shanghai', () => {
  it.each([
    // a workday, half-open at both ends
    { case: 'on a workday at the start minute', s: office, at: '2025-09-24 09:00', open: true },
    { case: 'on a workday a second before the start', s: office, at: '2025-09-24 08:59:59', open: false },
    { case: 'on a workday evening in the last minute', s: office, at: '2025-09-24 17:59:59', open: true },
    { case: 'on a workday evening at the end minute', s: office, at: '2025-09-24 18:00', open: false },
    // a weekend: the REST_DAY window applies, the WORKDAY one does not
    { case: 'on a Saturday within rest-day hours', s: office, at: '2025-09-27 11:00', open: true },
    { case: 'on a Saturday in workday-only hours', s: office, at: '2025-09-27 09:30', open: false },
    { case: 'on a Saturday at the rest-day end', s: office, at: '2025-09-27 16:00', open: false },
    // a HOLIDAY on a Wednesday is a rest day
    { case: 'on a Wednesday holiday in workday-only hours', s: office, at: '2025-10-01 09:30', open: false },
    { case: 'on a Wednesday holiday within rest-day hours', s: office, at: '2025-10-01 11:00', open: true },
    { case: 'on a Wednesday holiday after rest-day hours', s: office, at: '2025-10-01 17:00', open: false },
    // a MAKEUP_WORKDAY on a Sunday is a workday
    { case: 'on a makeup Sunday in workday-only hours', s: office, at: '2025-09-28 09:30', open: true },
    { case: 'on a makeup Sunday late afternoon', s: office, at: '2025-09-28 17:00', open: true },
    { case: 'on an ordinary Sunday in workday-only hours', s: office, at: '2025-10-12 09:30', open: false },
    // 19:00–07:30 on Monday to Friday
    { case: 'at 19:00 on a Monday', s: nightShelter, at: '2025-09-29 19:00', open: true },
    { case: 'at 18:59 on a Monday', s: nightShelter, at: '2025-09-29 18:59', open: false },
    { case: 'at 02:00 on Thursday after a Wednesday night', s: nightShelter, at: '2025-09-25 02:00', open: true },
    { case: 'at 07:29 the next morning', s: nightShelter, at: '2025-09-25 07:29', open: true },
    { case: 'at 07:30 the next morning', s: nightShelter, at: '2025-09-25 07:30', open: false },
    { case: 'at 02:00 on Saturday after a Friday night', s: nightShelter, at: '2025-09-27 02:00', open: true },
    { case: 'at 23:00 on a Saturday', s: nightShelter, at: '2025-09-27 23:00', open: false },
    { case: 'at 02:00 on Sunday after a Saturday night', s: nightShelter, at: '2025-09-28 02:00', open: false },
    { case: 'at 02:00 on Monday after a Sunday night', s: nightShelter, at: '2025-09-29 02:00', open: false },
    // the spill past midnight follows the day type of the day it started on
    { case: 'at 02:00 on a holiday after a workday night', s: nightOnWorkdays, at: '2025-10-01 02:00', open: true },
    { case: 'at 02:00 after a holiday night', s: nightOnWorkdays, at: '2025-10-02 02:00', open: false },
    { case: 'at 02:00 on Monday after a makeup Sunday night', s: nightOnWorkdays, at: '2025-09-29 02:00', open: true },
    // 00:00–24:00
    { case: 'all day at midnight', s: allDay, at: '2025-09-27 00:00', open: true },
    { case: 'all day in the last minute', s: allDay, at: '2025-09-27 23:59:59', open: true },
    { case: 'all day on a holiday', s: allDay, at: '2025-10-01 12:00', open: true },
  ])('reports open=$open $case', ({ s, at, open }) => {
    expect(isOpenAt(s, calendar, sh(at), TZ)).toBe(open);
  });

  const officeClosedWedThu = schedule(office.windows, [exc('2025-09-24', '2025-09-25')]);
  const officeNoonOnFriday = schedule(office.windows, [exc('2025-09-26', '2025-09-26', [['12:00', '14:00']])]);
  const onlyHolidayMorning = schedule([], [exc('2025-10-01', '2025-10-01', [['08:00', '09:00']])]);
  const shelterClosedThu = schedule(nightShelter.windows, [exc('2025-09-25', '2025-09-25')]);
  const lateOnThu = schedule([], [exc('2025-09-25', '2025-09-25', [['22:00', '01:00']])]);

  it.each([
    { case: 'closed on a closed exception day', s: officeClosedWedThu, at: '2025-09-24 10:00', open: false },
    { case: 'closed on the last date of a closed exception', s: officeClosedWedThu, at: '2025-09-25 10:00', open: false },
    { case: 'open the day after a closed exception', s: officeClosedWedThu, at: '2025-09-26 10:00', open: true },
    { case: 'closed outside replacement hours', s: officeNoonOnFriday, at: '2025-09-26 10:00', open: false },
    { case: 'open within replacement hours', s: officeNoonOnFriday, at: '2025-09-26 13:00', open: true },
    { case: 'open within replacement hours on a holiday', s: onlyHolidayMorning, at: '2025-10-01 08:30', open: true },
    // exceptions govern the windows starting on their dates only
    { case: 'open in the spill from the night before a closed day', s: shelterClosedThu, at: '2025-09-25 02:00', open: true },
    { case: 'closed on the evening of a closed day', s: shelterClosedThu, at: '2025-09-25 20:00', open: false },
    { case: 'closed the morning after a closed day', s: shelterClosedThu, at: '2025-09-26 02:00', open: false },
    { case: 'open in replacement hours spilling past the exception', s: lateOnThu, at: '2025-09-26 00:30', open: true },
  ])('is $case', ({ s, at, open }) => {
    expect(isOpenAt(s, calendar, sh(at), TZ)).toBe(open);
  });

  it('judges the instant by the local date, not the UTC date', () => {
    // 2025-09-27 01:00 in Shanghai is still Friday in UTC
    expect(isOpenAt(schedule([win([6], '00:00', '02:00')]), calendar, new Date('2025-09-26T17:00:00Z'), TZ)).toBe(true);
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => isOpenAt(office, calendar, sh('2025-09-24 10:00'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('the minute of an instant is truncated, never rounded', () => {
  const evening = schedule([win(ALL_DAYS, '09:00', '19:00')]);

  it.each([
    { case: 'open 20 s before the end minute', s: evening, at: '2025-09-24 18:59:40', open: true },
    { case: 'open in the last millisecond before the end', s: evening, at: '2025-09-24 18:59:59.999', open: true },
    { case: 'closed at the end minute', s: evening, at: '2025-09-24 19:00:00', open: false },
    { case: 'closed just after the end minute starts', s: evening, at: '2025-09-24 19:00:00.001', open: false },
    { case: 'closed in the last millisecond before the start', s: evening, at: '2025-09-24 08:59:59.999', open: false },
    { case: 'open at the start minute', s: evening, at: '2025-09-24 09:00:00', open: true },
    { case: 'open 30 s into the start minute', s: evening, at: '2025-09-24 09:00:30', open: true },
    { case: 'open before a past-midnight end', s: nightShelter, at: '2025-09-25 07:29:59.999', open: true },
    { case: 'closed in the past-midnight end minute', s: nightShelter, at: '2025-09-25 07:30:00.500', open: false },
    { case: 'open all day in the last second of the day', s: allDay, at: '2025-09-27 23:59:59.999', open: true },
  ])('reports open=$open $case', ({ s, at, open }) => {
    expect(isOpenAt(s, calendar, sh(at), TZ)).toBe(open);
  });

  it('reports the local date and truncated minute', () => {
    expect(localDateAndMinute(sh('2025-09-24 18:59:59.999'), TZ)).toEqual({ date: '2025-09-24', minute: 18 * 60 + 59 });
    expect(localDateAndMinute(sh('2025-09-24 23:59:59.999'), TZ)).toEqual({ date: '2025-09-24', minute: 1439 });
    expect(localDateAndMinute(new Date('2025-09-24T16:00:00Z'), TZ)).toEqual({ date: '2025-09-25', minute: 0 });
  });

  it('lets nextOpenAt return the instant itself in the last second and the next start after the end', () => {
    expect(nextOpenAt(evening, calendar, sh('2025-09-24 18:59:59'), TZ)?.toISOString()).toBe(sh('2025-09-24 18:59:59').toISOString());
    expect(nextOpenAt(evening, calendar, sh('2025-09-24 19:00:00.500'), TZ)?.toISOString()).toBe(sh('2025-09-25 09:00').toISOString());
    expect(nextOpenAt(evening, calendar, sh('2025-09-24 08:59:59.999'), TZ)?.toISOString()).toBe(sh('2025-09-24 09:00').toISOString());
  });
});

describe('nextOpenAt in Asia/Shanghai', () => {
  it.each([
    { case: 'itself when already open', s: office, from: '2025-09-24 10:00:30.250', next: '2025-09-24 10:00:30.250' },
    { case: 'the next morning after a workday evening', s: office, from: '2025-09-24 18:00', next: '2025-09-25 09:00' },
    { case: 'the start minute when asked mid-minute before it', s: office, from: '2025-09-24 08:59:30', next: '2025-09-24 09:00' },
    { case: 'the rest-day opening on a Saturday', s: office, from: '2025-09-26 18:30', next: '2025-09-27 10:00' },
    { case: 'the makeup workday opening on a Sunday', s: office, from: '2025-09-27 16:00', next: '2025-09-28 09:00' },
    { case: 'the rest-day opening on a holiday', s: office, from: '2025-09-30 18:00', next: '2025-10-01 10:00' },
    {
      case: 'the first workday after the holiday week',
      s: schedule([win(ALL_DAYS, '09:00', '18:00', 'WORKDAY')]),
      from: '2025-09-30 18:00',
      next: '2025-10-09 09:00',
    },
    { case: 'the evening opening of a night window', s: nightShelter, from: '2025-09-29 07:30', next: '2025-09-29 19:00' },
    { case: 'Monday evening after a weekend', s: nightShelter, from: '2025-09-27 07:30', next: '2025-09-29 19:00' },
    {
      case: 'the first open day after a closed exception',
      s: schedule(office.windows, [exc('2025-09-25', '2025-09-26')]),
      from: '2025-09-24 18:00',
      next: '2025-09-27 10:00',
    },
  ])('returns $case', ({ s, from, next }) => {
    expect(nextOpenAt(s, calendar, sh(from), TZ)?.toISOString()).toBe(sh(next).toISOString());
  });

  it('returns null when the horizon ends before the next opening', () => {
    const workdaysOnly = schedule([win(ALL_DAYS, '09:00', '18:00', 'WORKDAY')]);
    expect(nextOpenAt(workdaysOnly, calendar, sh('2025-09-30 18:00'), TZ, 3)).toBeNull();
    expect(nextOpenAt(workdaysOnly, calendar, sh('2025-09-30 18:00'), TZ, 9)?.toISOString()).toBe(sh('2025-10-09 09:00').toISOString());
  });

  it('counts the horizon from the given instant, inclusive of its end', () => {
    expect(nextOpenAt(office, calendar, sh('2025-09-24 08:00'), TZ, 59 / 1440)).toBeNull();
    expect(nextOpenAt(office, calendar, sh('2025-09-24 08:00'), TZ, 1 / 24)?.toISOString()).toBe(sh('2025-09-24 09:00').toISOString());
  });

  it.each([-1, Infinity, NaN])('refuses a horizon of %s days', (horizon) => {
    expect(() => nextOpenAt(office, calendar, sh('2025-09-24 20:00'), TZ, horizon)).toThrow(RangeError);
  });

  it('returns null for a schedule with no windows', () => {
    expect(nextOpenAt(schedule([]), calendar, sh('2025-09-24 10:00'), TZ)).toBeNull();
  });
});

describe('zones with daylight saving time', () => {
  const berlin = 'Europe/Berlin';
  const none: HolidayCalendar = new Map();

  it('opens at the clock change when the window starts in the skipped hour', () => {
    // 2025-03-30 02:00 CET jumps to 03:00 CEST (01:00Z)
    const s = schedule([win(ALL_DAYS, '02:30', '05:00')]);
    expect(isOpenAt(s, none, new Date('2025-03-30T01:00:00Z'), berlin)).toBe(true);
    expect(nextOpenAt(s, none, new Date('2025-03-30T00:00:00Z'), berlin)?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('reopens in the repeated hour when clocks go back', () => {
    // 2025-10-26 03:00 CEST falls back to 02:00 CET (01:00Z); 02:00–02:30 local happens twice
    const s = schedule([win(ALL_DAYS, '01:00', '02:30')]);
    expect(isOpenAt(s, none, new Date('2025-10-26T00:45:00Z'), berlin)).toBe(false);
    expect(nextOpenAt(s, none, new Date('2025-10-26T00:45:00Z'), berlin)?.toISOString()).toBe('2025-10-26T01:00:00.000Z');
  });

  it('finds a start time that occurs twice at its first occurrence after from', () => {
    const s = schedule([win([7], '02:15', '02:20')]);
    expect(nextOpenAt(s, none, new Date('2025-10-26T00:00:00Z'), berlin)?.toISOString()).toBe('2025-10-26T00:15:00.000Z');
    expect(nextOpenAt(s, none, new Date('2025-10-26T00:30:00Z'), berlin)?.toISOString()).toBe('2025-10-26T01:15:00.000Z');
  });

  it('uses the local offset on either side of a change', () => {
    const s = schedule([win(MON_FRI, '09:00', '17:00')]);
    expect(nextOpenAt(s, none, new Date('2025-03-29T12:00:00Z'), berlin)?.toISOString()).toBe('2025-03-31T07:00:00.000Z');
    expect(nextOpenAt(s, none, new Date('2025-10-25T12:00:00Z'), berlin)?.toISOString()).toBe('2025-10-27T08:00:00.000Z');
  });
});
