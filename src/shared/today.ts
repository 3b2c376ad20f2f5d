import type { Clock } from './clock.js';
import { localDateAndMinute } from './schedule/schedule.js';

/** The district's local date (YYYY-MM-DD) at an instant: dates start at 00:00 and end at 24:00 of it. */
export function localToday(now: Date, timeZone: string): string {
  return localDateAndMinute(now, timeZone).date;
}

/** What `todayOf` reads of an operation's context: its clock and the district's zone. */
interface Dated {
  app: { clock: Clock; config: { timeZone: string } };
}

const cache = new WeakMap<Dated, { at: number; date: string }>();

/** The district's local date at the operation's clock, computed once per clock reading. */
export function todayOf(ctx: Dated): string {
  const at = ctx.app.clock.now().getTime();
  const cached = cache.get(ctx);
  if (cached?.at === at) return cached.date;
  const date = localToday(new Date(at), ctx.app.config.timeZone);
  cache.set(ctx, { at, date });
  return date;
}
