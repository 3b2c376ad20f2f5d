import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtSql } from '../../src/read/open-at.js';
import { SqlParams } from '../../src/read/params.js';
import { isOpenAt, validateExceptions, validateWindows } from '../../src/shared/schedule/schedule.js';
import type {
  DayType,
  HolidayCalendar,
  HolidayKind,
  IsoWeekday,
  ScheduleException,
  WeeklySchedule,
  WeeklyWindow,
} from '../../src/shared/schedule/schedule.types.js';
import { createTestDatabase, type TestDatabase } from '../kit/database.js';
import { mulberry32 } from '../../src/shared/random.js';

const TZ = 'Asia/Shanghai';
const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const MON_FRI: IsoWeekday[] = [1, 2, 3, 4, 5];

/** Local time in Shanghai: `sh('2025-09-24 17:59')`. */
const sh = (local: string): Date => new Date(`${local.replace(' ', 'T')}+08:00`);

const win = (days: IsoWeekday[], start: string, end: string, dayType: DayType = 'ANY'): WeeklyWindow => ({ days, dayType, start, end });

function exc(from: string, to: string, hours: [string, string][] = []): ScheduleException {
  return { from, to, closed: hours.length === 0, hours: hours.map(([start, end]) => ({ start, end })), note: null };
}

const schedule = (windows: WeeklyWindow[], exceptions: ScheduleException[] = []): WeeklySchedule => ({ windows, exceptions });

let t: TestDatabase;
let org: { areaId: string; areaPath: string; organizationId: string };

beforeAll(async () => {
  t = await createTestDatabase();
  const area = await t.db.pool.query<{ id: string; path: string }>(
    `insert into area (kind, path, depth, name, lat, lng) values ('DISTRICT', '/open-at/', 0, '东城区', 39.92, 116.42) returning id::text, path`,
  );
  const organization = await t.db.pool.query<{ id: string }>(
    `insert into organization (kind, name, area_id, area_path) values ('AGENCY', '开放时间测试', $1, $2) returning id::text`,
    [area.rows[0].id, area.rows[0].path],
  );
  org = { areaId: area.rows[0].id, areaPath: area.rows[0].path, organizationId: organization.rows[0].id };
});
afterAll(() => t?.drop());

/** Replaces the holiday table's contents with the calendar. */
async function setCalendar(calendar: HolidayCalendar): Promise<void> {
  await t.db.pool.query('delete from holiday');
  await t.db.pool.query(`insert into holiday (date, kind) select * from unnest($1::date[], $2::text[])`, [
    [...calendar.keys()],
    [...calendar.values()],
  ]);
}

/** Inserts the schedules as open-access resources and returns their ids, in order. */
async function insertSchedules(schedules: WeeklySchedule[]): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ id: string; ord: string }>(
    `insert into resource (organization_id, kind, title, lat, lng, area_id, area_path, access_mode, windows, exceptions)
     select $1, 'TOILET', 'open-at ' || u.ord, 39.92, 116.42, $2, $3, 'OPEN_ACCESS', u.w, u.x
       from unnest($4::jsonb[], $5::jsonb[]) with ordinality u(w, x, ord)
     returning id::text, substr(title, 9) as ord`,
    [org.organizationId, org.areaId, org.areaPath, schedules.map((s) => JSON.stringify(s.windows)), schedules.map((s) => JSON.stringify(s.exceptions))],
  );
  const ids: string[] = [];
  for (const row of rows) ids[Number(row.ord) - 1] = row.id;
  return ids;
}

/** Ids among `ids` whose row satisfies openAtSql at the instant. */
async function openIds(ids: string[], instant: Date, timeZone = TZ): Promise<Set<string>> {
  const p = new SqlParams([ids]);
  const sql = `select r.id::text from resource r where r.id = any($1::bigint[]) and ${openAtSql(p, 'r', instant, timeZone)}`;
  const { rows } = await t.db.pool.query<{ id: string }>(sql, p.values);
  return new Set(rows.map((row) => row.id));
}

describe('openAtSql in Asia/Shanghai', () => {
  // 2025 National Day and Mid-Autumn: Wed 1 Oct – Wed 8 Oct off; Sun 28 Sep and Sat 11 Oct are worked
  const calendar: HolidayCalendar = new Map([
    ['2025-09-28', 'MAKEUP_WORKDAY'],
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`2025-10-${d}`, 'HOLIDAY'] as const),
    ['2025-10-11', 'MAKEUP_WORKDAY'],
  ]);

  const eveningClass = schedule([win(MON_FRI, '18:00', '21:00', 'WORKDAY')]);
  const office = schedule([win(ALL_DAYS, '09:00', '18:00', 'WORKDAY'), win(ALL_DAYS, '10:00', '16:00', 'REST_DAY')]);
  const workdaysAllWeek = schedule([win(ALL_DAYS, '09:00', '18:00', 'WORKDAY')]);
  const workdaysMonFri = schedule([win(MON_FRI, '09:00', '18:00', 'WORKDAY')]);
  const untilSeven = schedule([win(ALL_DAYS, '09:00', '19:00')]);
  const nightShelter = schedule([win(MON_FRI, '19:00', '07:30')]);
  const nightOnWorkdays = schedule([win(ALL_DAYS, '19:00', '07:30', 'WORKDAY')]);
  const allDay = schedule([win(ALL_DAYS, '00:00', '24:00')]);
  const officeClosedWedThu = schedule(office.windows, [exc('2025-09-24', '2025-09-25')]);
  const officeNoonOnFriday = schedule(office.windows, [exc('2025-09-26', '2025-09-26', [['12:00', '14:00']])]);
  const onlyHolidayMorning = schedule([], [exc('2025-10-01', '2025-10-01', [['08:00', '09:00']])]);
  const shelterClosedThu = schedule(nightShelter.windows, [exc('2025-09-25', '2025-09-25')]);
  const lateOnThu = schedule([], [exc('2025-09-25', '2025-09-25', [['22:00', '01:00']])]);
  const saturdayEarly = schedule([win([6], '00:00', '02:00')]);
  // stored times that do not parse never open in isOpenAt
  const badStart = schedule([win(ALL_DAYS, '9:00', '18:00')]);
  const badEnd = schedule([win(ALL_DAYS, '09:00', '25:00')]);
  const startIsEnd = schedule([win(ALL_DAYS, '10:00', '10:00')]);
  const startAt24 = schedule([win(ALL_DAYS, '24:00', '02:00')]);
  const closedWithHours = schedule(office.windows, [{ ...exc('2025-09-24', '2025-09-24'), hours: [{ start: '10:00', end: '12:00' }] }]);
  // overlapping exceptions: the first covering the date decides
  const overlapping = schedule(office.windows, [exc('2025-09-24', '2025-09-24'), exc('2025-09-23', '2025-09-25', [['10:00', '12:00']])]);

  const cases = [
    // a workday evening window
    { case: 'a workday evening window in the evening', s: eveningClass, at: '2025-09-24 19:30', open: true },
    { case: 'a workday evening window before it', s: eveningClass, at: '2025-09-24 17:59:59', open: false },
    { case: 'a workday evening window on a Saturday', s: eveningClass, at: '2025-09-27 19:30', open: false },
    // a weekend REST_DAY window
    { case: 'a rest-day window on a Saturday', s: office, at: '2025-09-27 11:00', open: true },
    { case: 'a workday-only hour on a Saturday', s: office, at: '2025-09-27 09:30', open: false },
    { case: 'a rest-day window at its end on a Saturday', s: office, at: '2025-09-27 16:00', open: false },
    // a HOLIDAY on a Wednesday is a rest day
    { case: 'a WORKDAY window on a Wednesday holiday', s: office, at: '2025-10-01 09:30', open: false },
    { case: 'a REST_DAY window on a Wednesday holiday', s: office, at: '2025-10-01 11:00', open: true },
    // a MAKEUP_WORKDAY on a Sunday is a workday
    { case: 'a WORKDAY window listing Sunday on a makeup Sunday', s: workdaysAllWeek, at: '2025-09-28 09:30', open: true },
    { case: 'a WORKDAY window not listing Sunday on a makeup Sunday', s: workdaysMonFri, at: '2025-09-28 09:30', open: false },
    { case: 'a WORKDAY window on an ordinary Sunday', s: workdaysAllWeek, at: '2025-10-12 09:30', open: false },
    { case: 'a rest-day window on a makeup Sunday', s: office, at: '2025-09-28 15:00', open: true },
    // 19:00–07:30 Monday to Friday
    { case: 'a night window at 02:00 on Thursday', s: nightShelter, at: '2025-09-25 02:00', open: true },
    { case: 'a night window at 02:00 on Saturday after Friday night', s: nightShelter, at: '2025-09-27 02:00', open: true },
    { case: 'a night window at 02:00 on Sunday', s: nightShelter, at: '2025-09-28 02:00', open: false },
    { case: 'a night window at 02:00 on Monday after a Sunday', s: nightShelter, at: '2025-09-29 02:00', open: false },
    { case: 'a night window in its last second', s: nightShelter, at: '2025-09-25 07:29:59', open: true },
    { case: 'a night window at its end minute', s: nightShelter, at: '2025-09-25 07:30', open: false },
    { case: 'a night window at 23:00 on Friday', s: nightShelter, at: '2025-09-26 23:00', open: true },
    { case: 'a WORKDAY night spilling into a holiday', s: nightOnWorkdays, at: '2025-10-01 02:00', open: true },
    { case: 'a WORKDAY night after a holiday evening', s: nightOnWorkdays, at: '2025-10-02 02:00', open: false },
    { case: 'a WORKDAY night after a makeup Sunday', s: nightOnWorkdays, at: '2025-09-29 02:00', open: true },
    // 00:00–24:00
    { case: 'all day at midnight', s: allDay, at: '2025-09-27 00:00', open: true },
    { case: 'all day in the last millisecond', s: allDay, at: '2025-09-27 23:59:59.999', open: true },
    { case: 'all day on a holiday', s: allDay, at: '2025-10-01 12:00', open: true },
    // half-open boundaries
    { case: 'open at the start minute', s: office, at: '2025-09-24 09:00', open: true },
    { case: 'closed a second before the start', s: office, at: '2025-09-24 08:59:59', open: false },
    { case: 'open at 18:59:59 for an end at 19:00', s: untilSeven, at: '2025-09-24 18:59:59', open: true },
    { case: 'open at 18:59:40 for an end at 19:00', s: untilSeven, at: '2025-09-24 18:59:40', open: true },
    { case: 'closed at the end minute 19:00', s: untilSeven, at: '2025-09-24 19:00:00', open: false },
    // exceptions
    { case: 'a closed exception day', s: officeClosedWedThu, at: '2025-09-24 10:00', open: false },
    { case: 'the last date of a closed exception', s: officeClosedWedThu, at: '2025-09-25 10:00', open: false },
    { case: 'the day after a closed exception', s: officeClosedWedThu, at: '2025-09-26 10:00', open: true },
    { case: 'outside replacement hours', s: officeNoonOnFriday, at: '2025-09-26 10:00', open: false },
    { case: 'within replacement hours', s: officeNoonOnFriday, at: '2025-09-26 13:00', open: true },
    { case: 'replacement hours on a holiday', s: onlyHolidayMorning, at: '2025-10-01 08:30', open: true },
    { case: 'a night spilling into a closed exception day', s: shelterClosedThu, at: '2025-09-25 02:00', open: true },
    { case: 'the evening of a closed exception day', s: shelterClosedThu, at: '2025-09-25 20:00', open: false },
    { case: 'the morning after a closed exception day', s: shelterClosedThu, at: '2025-09-26 02:00', open: false },
    { case: 'replacement hours spilling past the exception', s: lateOnThu, at: '2025-09-26 00:30', open: true },
    // the local date, not the UTC one
    { case: 'a Saturday 01:00 that is still Friday in UTC', s: saturdayEarly, at: '2025-09-27 01:00', open: true },
    // unparsable stored times
    { case: 'a start without a leading zero', s: badStart, at: '2025-09-24 10:00', open: false },
    { case: 'an end past 24:00', s: badEnd, at: '2025-09-24 10:00', open: false },
    { case: 'an end equal to the start', s: startIsEnd, at: '2025-09-24 12:00', open: false },
    { case: 'an end equal to the start, the next morning', s: startIsEnd, at: '2025-09-25 09:00', open: false },
    { case: 'a start of 24:00', s: startAt24, at: '2025-09-25 01:00', open: false },
    { case: 'a closed exception that also lists hours', s: closedWithHours, at: '2025-09-24 11:00', open: false },
    { case: 'the first of overlapping exceptions, closed', s: overlapping, at: '2025-09-24 11:00', open: false },
    { case: 'the second of overlapping exceptions on its own date', s: overlapping, at: '2025-09-25 11:00', open: true },
  ];

  let ids: string[];
  beforeAll(async () => {
    await setCalendar(calendar);
    ids = await insertSchedules(cases.map((c) => c.s));
  });

  it.each(cases.map((c, index) => ({ ...c, index })))('is open=$open for $case', async ({ s, at, open, index }) => {
    expect(isOpenAt(s, calendar, sh(at), TZ)).toBe(open);
    const id = ids[index]!;
    expect((await openIds([id], sh(at))).has(id)).toBe(open);
  });
});

// ---- the property: SQL and isOpenAt agree on random schedules, calendars and instants


const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const FIRST_DATE = '2025-09-15';
const DATES = 42; // through 2025-10-26

describe('openAtSql agrees with isOpenAt', () => {
  const SEED = Number(process.env.OPEN_AT_SEED ?? 20251122);
  const rnd = mulberry32(SEED);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number): boolean => rnd() < p;

  /** A minute, often on the hour or half hour so that windows share boundaries. */
  const minute = (): number => (chance(0.5) ? int(48) * 30 : int(1440));

  function randomWindow(): WeeklyWindow {
    const days = ALL_DAYS.filter(() => chance(0.45));
    if (days.length === 0) days.push(pick(ALL_DAYS));
    if (chance(0.3)) days.reverse();
    const start = minute();
    const end = chance(0.12) ? '24:00' : chance(0.06) ? '00:00' : hhmm(minute());
    return { days, dayType: pick(['ANY', 'WORKDAY', 'REST_DAY'] as const), start: hhmm(start), end };
  }

  function randomHours(): { start: string; end: string }[] {
    return Array.from({ length: 1 + int(2) }, () => {
      const start = minute();
      let end = chance(0.1) ? '24:00' : hhmm(minute());
      if (end === hhmm(start)) end = '24:00';
      return { start: hhmm(start), end };
    });
  }

  function randomSchedule(): WeeklySchedule {
    const wanted = 1 + int(3);
    const windows: WeeklyWindow[] = [];
    for (let tries = 0; windows.length < wanted && tries < 50; tries++) {
      const candidate = randomWindow();
      if (validateWindows([...windows, candidate]).length === 0) windows.push(candidate);
    }
    const exceptions: ScheduleException[] = [];
    if (chance(0.35)) {
      for (let k = 0; k < 1 + int(2); k++) {
        const from = addDays(FIRST_DATE, int(DATES));
        const closed = chance(0.4);
        const candidate = { from, to: addDays(from, int(3)), closed, hours: closed ? [] : randomHours(), note: null };
        if (validateExceptions([...exceptions, candidate]).length === 0) exceptions.push(candidate);
      }
    }
    // now and then a stored time that does not parse, which isOpenAt skips
    if (chance(0.04)) windows.push({ ...randomWindow(), start: pick(['9:00', '24:00', '12:60', '', '10:00 ']) });
    if (chance(0.04)) windows.push({ ...randomWindow(), end: pick(['25:00', '7:30', '24:01', 'noon']) });
    return { windows, exceptions };
  }

  const calendar = new Map<string, HolidayKind>();
  for (let i = -2; i < DATES + 2; i++) {
    const r = rnd();
    if (r < 0.15) calendar.set(addDays(FIRST_DATE, i), 'HOLIDAY');
    else if (r < 0.25) calendar.set(addDays(FIRST_DATE, i), 'MAKEUP_WORKDAY');
  }
  const schedules = Array.from({ length: 300 }, randomSchedule);

  /** A random instant, often in a boundary minute of some schedule, with random seconds. */
  function randomInstant(): { instant: Date; timeZone: string } {
    const timeZone = chance(0.85) ? TZ : pick(['Europe/Berlin', 'America/New_York', 'UTC']);
    const date = addDays(FIRST_DATE, 1 + int(DATES - 2));
    let local = int(1440);
    if (chance(0.5)) {
      const s = pick(schedules);
      const times = [...s.windows, ...s.exceptions.flatMap((x) => x.hours)].flatMap((w) => [w.start, w.end]);
      const boundary = times.length ? /^(\d\d):(\d\d)$/.exec(pick(times)) : null;
      if (boundary) local = (Number(boundary[1]) * 60 + Number(boundary[2]) + pick([-1, 0, 0, 1]) + 1440) % 1440;
    }
    const seconds = pick([0, 0, int(60), 59]);
    const ms = chance(0.2) ? 999 : 0;
    const iso = `${date}T${hhmm(local)}:${String(seconds).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
    const offsetMinutes = timeZone === TZ ? 480 : 0;
    // in the other zones the local date and time differ from the string: what matters is that it is random
    return { instant: new Date(Date.parse(`${iso}Z`) - offsetMinutes * 60_000), timeZone };
  }

  const instants = Array.from({ length: 100 }, randomInstant);

  let ids: string[];
  beforeAll(async () => {
    await setCalendar(calendar);
    ids = await insertSchedules(schedules);
  });

  it(`on 300 schedules at 100 instants (seed ${SEED})`, async () => {
    const mismatches: unknown[] = [];
    let openCount = 0;
    for (const { instant, timeZone } of instants) {
      const actual = await openIds(ids, instant, timeZone);
      schedules.forEach((s, k) => {
        const expected = isOpenAt(s, calendar, instant, timeZone);
        if (expected) openCount++;
        if (expected !== actual.has(ids[k]!)) {
          const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(instant);
          mismatches.push({ instant: instant.toISOString(), timeZone, local, expected, schedule: s, resource: ids[k] });
        }
      });
    }
    if (mismatches.length > 0) {
      console.error(`openAtSql mismatches (seed ${SEED}):\n${JSON.stringify(mismatches.slice(0, 10), null, 2)}`);
      console.error(`holiday calendar: ${JSON.stringify([...calendar])}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // the draw exercises both outcomes
    expect(openCount).toBeGreaterThan(1000);
    expect(openCount).toBeLessThan(29_000);
  });
});
