import type { Context } from '../../context.js';
import { localDateAndMinute } from '../../shared/schedule/schedule.js';

const cache = new WeakMap<Context, { at: number; date: string }>();

/** The district's local date (YYYY-MM-DD) at the operation's clock, computed once per clock reading. */
export function todayOf(ctx: Context): string {
  const at = ctx.app.clock.now().getTime();
  const cached = cache.get(ctx);
  if (cached?.at === at) return cached.date;
  const date = localDateAndMinute(new Date(at), ctx.app.config.timeZone).date;
  cache.set(ctx, { at, date });
  return date;
}
