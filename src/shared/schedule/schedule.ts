import type {
  DayType,
  HolidayCalendar,
  IsoWeekday,
  ScheduleException,
  ScheduleProblem,
  WeeklySchedule,
  WeeklyWindow,
} from './schedule.types.js';
import { MAX_YEAR, MIN_YEAR } from '../calendar-date.js';

/*
 * Opening hours in the district's local time (docs/architecture.md, "Time").
 *
 * A span is [start, end) in minutes of the local day it starts on; an end at or before the start runs
 * past midnight and ends at `end` on the next local day. Which spans start on a date: the hours of the
 * exception covering that date (none when closed) or else the weekly windows for its weekday and day
 * type. Exceptions therefore apply to spans starting on their dates: a window that started the evening
 * before an exception still runs into it, and exception hours may run past its last date.
 */

const MINUTES_PER_DAY = 1440;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const DAY_TYPES: readonly DayType[] = ['ANY', 'WORKDAY', 'REST_DAY'];
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Span {
  start: number;
  end: number;
}

/** Minutes since local midnight for "HH:MM" (00:00–23:59, and "24:00" = 1440 as an end); else null. */
export function parseLocalTime(value: string, role: 'start' | 'end' = 'start'): number | null {
  if (value === '24:00') return role === 'end' ? MINUTES_PER_DAY : null;
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function parseSpan(start: string, end: string): Span | null {
  const s = parseLocalTime(start, 'start');
  const e = parseLocalTime(end, 'end');
  return s === null || e === null || s === e ? null : { start: s, end: e };
}

// ---- calendar dates, as UTC midnights so that date arithmetic never meets a time zone

function parseDate(date: string): number | null {
  const match = typeof date === 'string' ? DATE.exec(date) : null;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // rejects 2025-02-30 (which Date.UTC rolls over) and years below 100 (which it maps to 19xx)
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : null;
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return formatDate(parseDate(date)! + days * DAY_MS);
}

function isoWeekday(date: string): IsoWeekday {
  return (new Date(parseDate(date)!).getUTCDay() || 7) as IsoWeekday;
}

// ---- validation

function checkSpan(start: string, end: string, path: string, problems: ScheduleProblem[]): Span | null {
  const s = parseLocalTime(start, 'start');
  const e = parseLocalTime(end, 'end');
  if (s === null) problems.push({ field: `${path}.start`, message: 'Must be a local time "HH:MM" from 00:00 to 23:59.' });
  if (e === null) problems.push({ field: `${path}.end`, message: 'Must be a local time "HH:MM" from 00:00 to 24:00.' });
  if (s === null || e === null) return null;
  if (s === e) {
    problems.push({ field: `${path}.end`, message: 'Equals the start, which is ambiguous; use 00:00–24:00 for all day.' });
    return null;
  }
  return { start: s, end: e };
}

function checkDays(days: readonly unknown[], path: string, problems: ScheduleProblem[]): boolean {
  if (!Array.isArray(days) || days.length === 0) {
    problems.push({ field: `${path}.days`, message: 'List at least one weekday.' });
    return false;
  }
  let ok = true;
  days.forEach((day, k) => {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
      problems.push({ field: `${path}.days[${k}]`, message: 'Weekdays are 1 (Monday) to 7 (Sunday).' });
      ok = false;
    } else if (days.indexOf(day) < k) {
      problems.push({ field: `${path}.days[${k}]`, message: `${WEEKDAY_NAMES[day]} is listed twice.` });
      ok = false;
    }
  });
  return ok;
}

/** A window's time on one weekday: [from, to) minutes, from a span that started on `startDay`. */
interface Piece {
  weekday: IsoWeekday;
  from: number;
  to: number;
  startDay: IsoWeekday;
}

function piecesOf(days: readonly IsoWeekday[], span: Span): Piece[] {
  return days.flatMap((day) => {
    const to = span.end > span.start ? span.end : MINUTES_PER_DAY;
    const pieces: Piece[] = [{ weekday: day, from: span.start, to, startDay: day }];
    if (span.end < span.start && span.end > 0) {
      pieces.push({ weekday: ((day % 7) + 1) as IsoWeekday, from: 0, to: span.end, startDay: day });
    }
    return pieces;
  });
}

/**
 * Problems with the input alone, each naming its field (`windows[2].start`). Two windows overlap when
 * some weekday can have both open at once: ANY meets every day type, WORKDAY and REST_DAY never meet on
 * the day they start, but a window spilling past midnight meets whatever starts on the next day, since
 * the holiday calendar can make that day of either type.
 */
export function validateWindows(windows: readonly WeeklyWindow[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const checked: { index: number; dayType: DayType; pieces: Piece[] }[] = [];
  windows.forEach((w, index) => {
    const path = `windows[${index}]`;
    const daysOk = checkDays(w.days, path, problems);
    const typeOk = DAY_TYPES.includes(w.dayType);
    if (!typeOk) problems.push({ field: `${path}.dayType`, message: 'Must be ANY, WORKDAY or REST_DAY.' });
    const span = checkSpan(w.start, w.end, path, problems);
    if (daysOk && typeOk && span) checked.push({ index, dayType: w.dayType, pieces: piecesOf(w.days, span) });
  });
  for (let j = 1; j < checked.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = checked[i]!;
      const b = checked[j]!;
      const typesMeet = a.dayType === 'ANY' || b.dayType === 'ANY' || a.dayType === b.dayType;
      const clash = a.pieces.find((p) =>
        b.pieces.some(
          (q) => p.weekday === q.weekday && p.from < q.to && q.from < p.to && (p.startDay !== q.startDay || typesMeet),
        ),
      );
      if (clash) {
        problems.push({
          field: `windows[${b.index}]`,
          message: `windows[${a.index}] and windows[${b.index}] overlap on ${WEEKDAY_NAMES[clash.weekday]}.`,
        });
      }
    }
  }
  return problems;
}

/** Problems with the input alone, each naming its field (`exceptions[0].hours[1].end`). */
export function validateExceptions(exceptions: readonly ScheduleException[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const ranges: { index: number; from: string; to: string }[] = [];
  exceptions.forEach((exception, index) => {
    const path = `exceptions[${index}]`;
    const fromOk = parseDate(exception.from) !== null;
    const toOk = parseDate(exception.to) !== null;
    if (!fromOk) problems.push({ field: `${path}.from`, message: 'Must be a calendar date YYYY-MM-DD.' });
    if (!toOk) problems.push({ field: `${path}.to`, message: 'Must be a calendar date YYYY-MM-DD.' });
    if (fromOk && toOk) {
      if (exception.from > exception.to) problems.push({ field: `${path}.to`, message: 'Is before from.' });
      else ranges.push({ index, from: exception.from, to: exception.to });
    }
    const hours = Array.isArray(exception.hours) ? exception.hours : [];
    if (exception.closed && hours.length > 0) {
      problems.push({ field: `${path}.hours`, message: 'A closed exception has no hours.' });
    } else if (!exception.closed && hours.length === 0) {
      problems.push({ field: `${path}.hours`, message: 'Give the hours, or set closed.' });
    }
    hours.forEach((h, k) => checkSpan(h.start, h.end, `${path}.hours[${k}]`, problems));
  });
  // overlapping exceptions would make the hours of a date depend on list order
  for (let j = 1; j < ranges.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [ranges[i]!, ranges[j]!];
      if (a.from <= b.to && b.from <= a.to) {
        const message = `exceptions[${a.index}] and exceptions[${b.index}] cover the same dates.`;
        problems.push({ field: `exceptions[${b.index}]`, message });
      }
    }
  }
  return problems;
}

// ---- evaluation

function dayTypeOf(date: string, calendar: HolidayCalendar): 'WORKDAY' | 'REST_DAY' {
  const kind = calendar.get(date);
  if (kind === 'HOLIDAY') return 'REST_DAY';
  if (kind === 'MAKEUP_WORKDAY') return 'WORKDAY';
  return isoWeekday(date) <= 5 ? 'WORKDAY' : 'REST_DAY';
}

/** Spans starting on a local date; unparsable stored times are skipped, so they never open. */
function spansStartingOn(schedule: WeeklySchedule, calendar: HolidayCalendar, date: string): Span[] {
  const exception = schedule.exceptions.find((x) => x.from <= date && date <= x.to);
  const times = exception
    ? exception.closed
      ? []
      : exception.hours
    : schedule.windows.filter((w) => {
        if (!w.days.includes(isoWeekday(date))) return false;
        return w.dayType === 'ANY' || w.dayType === dayTypeOf(date, calendar);
      });
  return times.map((t) => parseSpan(t.start, t.end)).filter((s): s is Span => s !== null);
}

function isOpenAtLocal(schedule: WeeklySchedule, calendar: HolidayCalendar, date: string, minute: number): boolean {
  const today = spansStartingOn(schedule, calendar, date);
  if (today.some((s) => minute >= s.start && (s.end <= s.start || minute < s.end))) return true;
  const yesterday = spansStartingOn(schedule, calendar, addDays(date, -1));
  return yesterday.some((s) => s.end <= s.start && minute < s.end);
}

// ---- time zones

const WALL_CLOCK: Intl.DateTimeFormatOptions = { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK, hour: '2-digit', minute: '2-digit', timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local wall-clock minute of an instant (seconds truncated), as a UTC timestamp ("naive" local time). */
function localWallMs(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
}

/** Local minus UTC, in ms (zone offsets are whole minutes). */
function offsetAt(instant: number, timeZone: string): number {
  return localWallMs(instant, timeZone) - (instant - (((instant % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
}

/**
 * The local date (YYYY-MM-DD) of an instant in `timeZone` and its minute of that day (0–1439), the
 * seconds truncated: 18:59:59.999 is minute 18:59, never 19:00. Throws like isOpenAt.
 */
export function localDateAndMinute(instant: Date, timeZone: string): { date: string; minute: number } {
  const wall = localWallMs(instant.getTime(), timeZone);
  const date = formatDate(wall);
  return { date, minute: Math.floor((wall - parseDate(date)!) / MINUTE_MS) };
}

/**
 * Whether the schedule is open at an instant, judged by the local date and minute in `timeZone`: the
 * instant's minute (seconds truncated) must lie in a span's [start, end), so a window ending 19:00 is
 * open at 18:59:59 and closed at 19:00:00. Throws a RangeError for an unknown time zone or an invalid Date.
 */
export function isOpenAt(schedule: WeeklySchedule, calendar: HolidayCalendar, instant: Date, timeZone: string): boolean {
  const { date, minute } = localDateAndMinute(instant, timeZone);
  return isOpenAtLocal(schedule, calendar, date, minute);
}

/**
 * The earliest instant ≥ `from` at which isOpenAt holds (`from` itself when open then), or null when
 * there is none within `horizonDays` × 24 h. Candidates are span starts and the zone's offset changes,
 * so the answer is exact to the minute, also across daylight-saving changes. Throws like isOpenAt, and
 * a RangeError for a negative or non-finite horizon.
 */
export function nextOpenAt(
  schedule: WeeklySchedule,
  calendar: HolidayCalendar,
  from: Date,
  timeZone: string,
  horizonDays = 14,
): Date | null {
  if (!Number.isFinite(horizonDays) || horizonDays < 0) throw new RangeError(`nextOpenAt: bad horizon ${horizonDays}`);
  if (isOpenAt(schedule, calendar, from, timeZone)) return new Date(from.getTime());
  const start = from.getTime();
  const limit = start + horizonDays * DAY_MS;
  const firstDate = formatDate(localWallMs(start, timeZone));
  const naiveMidnight = (i: number): number => parseDate(firstDate)! + i * DAY_MS;
  // offsets sampled once per day bracket every wall time of the range; they differ only around a change
  const offsets = new Map<number, number>();
  const offsetOn = (i: number): number => {
    if (!offsets.has(i)) offsets.set(i, offsetAt(naiveMidnight(i), timeZone));
    return offsets.get(i)!;
  };
  const candidates: number[] = [];
  for (let i = -1; i <= horizonDays + 1; i++) {
    const date = formatDate(naiveMidnight(i));
    const [before, after] = [offsetOn(i - 1), offsetOn(i + 2)];
    for (const span of spansStartingOn(schedule, calendar, date)) {
      const naive = naiveMidnight(i) + span.start * MINUTE_MS;
      // a wall time skipped by a change has no instant: the change itself is the candidate below
      if (before === after) candidates.push(naive - before);
      else candidates.push(...[naive - before, naive - after].filter((t) => localWallMs(t, timeZone) === naive));
    }
    if (offsetOn(i) !== offsetOn(i + 1)) {
      let [lo, hi] = [naiveMidnight(i), naiveMidnight(i + 1)];
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(mid, timeZone) === offsetOn(i)) lo = mid;
        else hi = mid;
      }
      candidates.push(hi);
    }
  }
  const inRange = candidates.filter((t) => t > start && t <= limit).sort((a, b) => a - b);
  const found = inRange.find((t) => isOpenAt(schedule, calendar, new Date(t), timeZone));
  return found === undefined ? null : new Date(found);
}
