import { validateWindows } from '../../shared/schedule/schedule.js';
import type { DayType, IsoWeekday, WeeklyWindow } from '../../shared/schedule/schedule.types.js';

/*
 * The 开放时间 column's grammar, as district ledgers write opening hours (README, "Bulk import"):
 *
 *   hours   := window ( '；' | ';' | newline ) window …
 *   window  := days [ ' ' ] range ( ( '，' | ',' | '、' ) range )…
 *   days    := 每天 | 每日 | 工作日 | 休息日 | 节假日 | 周末 | day ( ( '至' | '-' | '~' ) day )? ( '、' day … )
 *   day     := ( 周 | 星期 | 礼拜 ) ( 一 … 六 | 日 | 天 )
 *   range   := time ( '至' | '-' | '~' ) time          time := H[:MM]  (":" half- or full-width), 24:00 as an end
 *
 * Full-width digits, colons, tildes and dashes are read as their half-width forms. 工作日 and 休息日 follow the
 * holiday calendar (dayType WORKDAY / REST_DAY on every weekday); 周末 is Saturday and Sunday. A range whose
 * end is at or before its start runs past midnight, as WeeklyWindow says. An empty cell is no windows.
 */

export type HoursResult = { ok: true; windows: WeeklyWindow[] } | { ok: false; message: string };

const ALL_DAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_NUMBER: Record<string, IsoWeekday> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
const NAMED: Record<string, { days: IsoWeekday[]; dayType: DayType }> = {
  每天: { days: ALL_DAYS, dayType: 'ANY' },
  每日: { days: ALL_DAYS, dayType: 'ANY' },
  全周: { days: ALL_DAYS, dayType: 'ANY' },
  工作日: { days: ALL_DAYS, dayType: 'WORKDAY' },
  休息日: { days: ALL_DAYS, dayType: 'REST_DAY' },
  节假日: { days: ALL_DAYS, dayType: 'REST_DAY' },
  周末: { days: [6, 7], dayType: 'ANY' },
};

/** Full-width digits and punctuation as their half-width forms; dashes and tildes as '-'; 至 kept (it is a word). */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[：∶]/g, ':')
    .replace(/[～〜~－—–‐−]/g, '-')
    .replace(/；/g, ';')
    .replace(/[，、]/g, ',')
    .replace(/\u3000/g, ' ')
    .replace(/\r?\n/g, ';');
}

const DAY = '(?:周|星期|礼拜)([一二三四五六日天七])';
const DAYS_PART = new RegExp(`^(?:${DAY}(?:\\s*(?:至|-)\\s*${DAY})?)$`);
const TIME = /^(\d{1,2})(?::(\d{2}))?$/;

function parseTime(text: string, role: 'start' | 'end'): string | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (min !== 0 || role === 'start'))) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The days at the head of one window ("周一至周五", "周六,周日", "工作日") and the rest of it; null when none. */
function splitDays(window: string): { days: IsoWeekday[]; dayType: DayType; rest: string } | null {
  for (const [word, value] of Object.entries(NAMED)) {
    if (window.startsWith(word)) return { ...value, days: [...value.days], rest: window.slice(word.length) };
  }
  // the longest head made of day names, "至"/"-" between two of them, and "," between lists
  const head = new RegExp(`^(${DAY}(?:\\s*(?:至|-|,)\\s*${DAY})*)`).exec(window);
  if (!head) return null;
  const days = new Set<IsoWeekday>();
  for (const part of head[1]!.split(',')) {
    const m = DAYS_PART.exec(part.trim());
    if (!m) return null;
    const from = DAY_NUMBER[m[1]!]!;
    const to = m[2] === undefined ? from : DAY_NUMBER[m[2]]!;
    if (to < from) return null;
    for (let d = from; d <= to; d++) days.add(d as IsoWeekday);
  }
  return { days: [...days].sort(), dayType: 'ANY', rest: window.slice(head[1]!.length) };
}

/** Reads a 开放时间 cell into weekly windows, or says why it cannot. */
export function parseOpeningHours(cell: string): HoursResult {
  const text = normalise(cell).trim();
  if (text === '') return { ok: true, windows: [] };
  const windows: WeeklyWindow[] = [];
  for (const raw of text.split(';').map((w) => w.trim()).filter(Boolean)) {
    const head = splitDays(raw);
    if (!head) return { ok: false, message: `"${raw}" does not start with days (周一至周五, 工作日, 休息日, 每天, 周末…).` };
    const ranges = head.rest.trim();
    if (ranges === '') return { ok: false, message: `"${raw}" gives days but no hours (e.g. 8:00-17:00).` };
    for (const range of ranges.split(',').map((r) => r.trim())) {
      const m = /^(.+?)\s*(?:至|-)\s*(.+)$/.exec(range);
      const start = m ? parseTime(m[1]!, 'start') : null;
      const end = m ? parseTime(m[2]!, 'end') : null;
      if (!start || !end) return { ok: false, message: `"${range}" is not a time range like 8:00-17:00.` };
      if (start === end) return { ok: false, message: `"${range}" starts and ends at the same time.` };
      windows.push({ days: head.days, dayType: head.dayType, start, end });
    }
  }
  const problems = validateWindows(windows);
  if (problems.length) return { ok: false, message: problems[0]!.message };
  return { ok: true, windows };
}
