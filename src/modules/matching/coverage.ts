import { parseLocalTime } from '../../shared/schedule/schedule.js';
import type { IsoWeekday, WeeklyWindow } from '../../shared/schedule/schedule.types.js';

/*
 * Whether what a resource offers under an agreement covers every window a demand needs
 * (docs/architecture.md, "Matching"). Offered time is the resource's weekly windows ∩ the agreement item's
 * windows. A needed window W covers, on each weekday d of W.days whose day is of type W.dayType, the span
 * [W.start, W.end) starting that day (spilling past midnight when end ≤ start).
 *
 * Conservative by design: a needed span must lie inside ONE resource window AND inside ONE item window
 * (spans stitched from several windows do not count), and the day type must be compatible:
 *  - a window anchored on d itself counts when its day type is ANY or equal to W's (WORKDAY, REST_DAY);
 *    a needed ANY window therefore needs an ANY window (WORKDAY + REST_DAY windows together do not count);
 *  - a window that started on the previous weekday and spills past midnight counts only when its day type
 *    is ANY, since the previous day's type is not known from d's.
 * Holidays are applied through the day types: on any date, which windows apply depends only on the
 * weekday and the day type the calendar gives it, so "some compatible window contains W on every weekday
 * of W" means covered on every date of the demand's range. Resource schedule exceptions (one-off closures)
 * are not taken into account (a known simplification).
 */

const DAY = 1440;

interface Span {
  start: number;
  end: number;
}

/** [start, end) in minutes from the local midnight of the day it starts, end > start (≤ 2 × 1440). */
function spanOf(w: WeeklyWindow): Span | null {
  const start = parseLocalTime(w.start, 'start');
  const end = parseLocalTime(w.end, 'end');
  if (start === null || end === null || start === end) return null;
  return { start, end: end > start ? end : end + DAY };
}

const previousDay = (d: IsoWeekday): IsoWeekday => (d === 1 ? 7 : d - 1) as IsoWeekday;

/** Whether one offered window contains the needed span starting on weekday `day` of type `dayType`. */
function windowContains(offered: WeeklyWindow, day: IsoWeekday, dayType: WeeklyWindow['dayType'], need: Span): boolean {
  const span = spanOf(offered);
  if (!span) return false;
  if (offered.days.includes(day) && (offered.dayType === 'ANY' || offered.dayType === dayType)) {
    if (span.start <= need.start && need.end <= span.end) return true;
  }
  if (offered.dayType === 'ANY' && span.end > DAY && offered.days.includes(previousDay(day))) {
    // the part of the previous day's window that runs into `day`, in `day`'s minutes
    if (span.start - DAY <= need.start && need.end <= span.end - DAY) return true;
  }
  return false;
}

function someContains(offered: readonly WeeklyWindow[], day: IsoWeekday, dayType: WeeklyWindow['dayType'], need: Span): boolean {
  return offered.some((o) => windowContains(o, day, dayType, need));
}

/**
 * True when every needed window, on every weekday it names, lies inside one of the resource's windows and
 * inside one of the agreement item's windows, with compatible day types (see above). No needed windows:
 * nothing to cover, true.
 */
export function windowsCovered(needed: readonly WeeklyWindow[], resourceWindows: readonly WeeklyWindow[], itemWindows: readonly WeeklyWindow[]): boolean {
  for (const w of needed) {
    const need = spanOf(w);
    if (!need) return false;
    for (const day of w.days) {
      if (!someContains(resourceWindows, day, w.dayType, need)) return false;
      if (!someContains(itemWindows, day, w.dayType, need)) return false;
    }
  }
  return true;
}

/**
 * Minutes per week of the needed windows (each weekday counted once per window): the denominator of the
 * time-fit part of the score. Covered pairs cover all of it, so scoring measures the slack offered around it.
 */
export function neededMinutesPerWeek(needed: readonly WeeklyWindow[]): number {
  return needed.reduce((sum, w) => {
    const s = spanOf(w);
    return sum + (s ? (s.end - s.start) * w.days.length : 0);
  }, 0);
}

/** Minutes per week the offered windows (resource ∩ item, pairwise on shared weekdays and day types) are open. */
export function offeredMinutesPerWeek(resourceWindows: readonly WeeklyWindow[], itemWindows: readonly WeeklyWindow[]): number {
  let total = 0;
  for (const r of resourceWindows) {
    const rs = spanOf(r);
    if (!rs) continue;
    for (const i of itemWindows) {
      const is = spanOf(i);
      if (!is) continue;
      if (r.dayType !== 'ANY' && i.dayType !== 'ANY' && r.dayType !== i.dayType) continue;
      const days = r.days.filter((d) => i.days.includes(d)).length;
      const overlap = Math.max(0, Math.min(rs.end, is.end) - Math.max(rs.start, is.start));
      total += overlap * days;
    }
  }
  return total;
}
