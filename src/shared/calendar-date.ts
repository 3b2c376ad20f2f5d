/** The years the hub takes in dates and instants; PostgreSQL's range is wider, but nothing real lies outside. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** True for a real calendar date written YYYY-MM-DD in the years MIN_YEAR to MAX_YEAR (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
