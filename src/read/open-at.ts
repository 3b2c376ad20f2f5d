import { localDateAndMinute } from '../shared/schedule/schedule.js';
import type { SqlParams } from './params.js';

/*
 * "Open at an instant" as SQL, mirroring isOpenAt (src/shared/schedule/schedule.ts) over the jsonb
 * columns `windows` and `exceptions` of `resource`, with the `holiday` table as the calendar.
 *
 * With D the instant's local date, P the day before and t its local minute (seconds truncated), a row is
 * open when a span starting on D has start ≤ t and (t < end or end < start), or a span starting on P runs
 * past midnight (end < start) with t < end. The spans starting on a date are the hours of the first
 * exception with from ≤ date ≤ to (none when `closed` is JSON true), or else the windows whose `days`
 * hold the date's ISO weekday and whose `dayType` is ANY or the date's day type (HOLIDAY → REST_DAY,
 * MAKEUP_WORKDAY → WORKDAY, else Monday–Friday are workdays). A span whose start is not "HH:MM"
 * (00:00–23:59), whose end is not "HH:MM" or "24:00", or whose end equals its start never opens.
 *
 * Times and dates are compared as strings in the "C" collation, which orders zero-padded "HH:MM" and
 * "YYYY-MM-DD" like the numbers they stand for ("24:00" above every start), as the JS code compares.
 * Everything that depends only on the instant is computed here and passed as parameters; the day types
 * of D and P are uncorrelated scalar subqueries over `holiday`, which the planner runs once per query.
 * A row without exceptions takes one pass over its windows; ~10,000 rows cost some 20–30 ms.
 */

const START = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;
const END = `'^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'`;

interface Instant {
  /** `$n::text collate "C"` of the local date. */
  date: string;
  /** `$n::jsonb` of `[isoWeekday]`. */
  weekday: string;
  /** SQL text of 'WORKDAY' or 'REST_DAY' for the date. */
  dayType: string;
}

function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function instantParts(p: SqlParams, date: string): Instant {
  const weekday = isoWeekday(date);
  // the date goes in twice, as text and as date: one parameter used as both would get one deduced type
  const byWeekday = p.add(weekday <= 5 ? 'WORKDAY' : 'REST_DAY');
  return {
    date: `${p.add(date)}::text collate "C"`,
    weekday: `${p.add(JSON.stringify([weekday]))}::jsonb`,
    dayType:
      `coalesce((select case oa_hol.kind when 'HOLIDAY' then 'REST_DAY' when 'MAKEUP_WORKDAY' then 'WORKDAY' end` +
      ` from holiday oa_hol where oa_hol.date = ${p.add(date)}::date), ${byWeekday}::text)`,
  };
}

/** `span` is a jsonb with "start" and "end"; `condition` gets the SQL of its start and end texts. */
function spanTest(span: string, condition: (start: string, end: string) => string): string {
  const [start, end] = [`((${span}->>'start') collate "C")`, `((${span}->>'end') collate "C")`];
  // CASE keeps the regular expressions, the dearest test, for the few spans that pass the comparisons
  return `case when ${condition(start, end)} then ${start} ~ ${START} and ${end} ~ ${END} else false end`;
}

type Condition = (start: string, end: string) => string;

/** The weekly window `oa_w.v` applies on the date and its span satisfies `condition`. */
function windowOn(day: Instant, condition: Condition): string {
  return (
    `oa_w.v->'days' @> ${day.weekday} and (oa_w.v->>'dayType' = 'ANY' or oa_w.v->>'dayType' = ${day.dayType})` +
    ` and ${spanTest('oa_w.v', condition)}`
  );
}

/** True when some span starting on the date satisfies `condition`. */
function spansOn(alias: string, day: Instant, condition: Condition): string {
  const exceptionHours =
    `(select not (oa_x.v @> '{"closed": true}') and exists (select 1 from jsonb_array_elements(oa_x.v->'hours') oa_h(v)` +
    ` where ${spanTest('oa_h.v', condition)})` +
    ` from jsonb_array_elements(${alias}.exceptions) with ordinality oa_x(v, n)` +
    ` where (oa_x.v->>'from') <= ${day.date} and ${day.date} <= (oa_x.v->>'to') order by oa_x.n limit 1)`;
  const windows = `exists (select 1 from jsonb_array_elements(${alias}.windows) oa_w(v) where ${windowOn(day, condition)})`;
  // the exception covering the date decides alone; with none (null) the weekly windows do
  return `coalesce(${exceptionHours}, ${windows})`;
}

/**
 * A boolean SQL expression over `resource <alias>`, true exactly when isOpenAt({ windows, exceptions },
 * holiday calendar, instant, timeZone) is. Throws a RangeError for an unknown time zone or invalid Date.
 */
export function openAtSql(p: SqlParams, alias: string, instant: Date, timeZone: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`openAtSql: bad alias ${alias}`);
  const { date, minute } = localDateAndMinute(instant, timeZone);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const t = `${p.add(hhmm)}::text collate "C"`;
  const [today, yesterday] = [instantParts(p, date), instantParts(p, previousDate(date))];
  // a span starting today that holds the minute, or one from yesterday running past midnight into it
  const startedToday: Condition = (s, e) => `${s} <= ${t} and (${t} < ${e} or ${e} < ${s})`;
  const spilled: Condition = (s, e) => `${t} < ${e} and ${e} < ${s}`;
  // without exceptions (the usual row) one pass over the windows answers both
  return (
    `(case when ${alias}.exceptions = '[]' then exists (select 1 from jsonb_array_elements(${alias}.windows) oa_w(v)` +
    ` where (${windowOn(today, startedToday)}) or (${windowOn(yesterday, spilled)}))` +
    ` else ${spansOn(alias, today, startedToday)} or ${spansOn(alias, yesterday, spilled)} end)`
  );
}
