import { Field, InputType } from 'type-graphql';
import { isCalendarDate } from './calendar-date.js';
import { badInput } from './errors.js';

/** The longest period a statistic or a ranking covers: a leap year. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

@InputType({ description: "A period of whole local days in the district's time zone (TZ_DISTRICT), both ends inclusive: at most 366 days." })
export class PeriodInput {
  @Field({ description: 'Its first local date, YYYY-MM-DD (from 00:00).' })
  from!: string;

  @Field({ description: 'Its last local date, YYYY-MM-DD, inclusive (through 24:00); not before `from`, at most 365 days after it.' })
  to!: string;
}

/** A checked period: its local dates, and its key for loaders. */
export interface Period {
  from: string;
  to: string;
}

/**
 * Checks a period as given, throwing BAD_USER_INPUT naming `field.from` or `field.to`: real dates, `from` not
 * after `to`, at most MAX_PERIOD_DAYS days. The instants it covers are [from 00:00, to + 1 day 00:00) local:
 * `periodBoundsSql` computes them in the statement, so daylight-saving zones need nothing here.
 */
export function parsePeriod(input: PeriodInput, field: string): Period {
  for (const end of ['from', 'to'] as const) {
    if (!isCalendarDate(input[end])) throw badInput(`${field}.${end}`, `"${field}.${end}" must be a date written YYYY-MM-DD, got "${input[end]}".`);
  }
  if (input.to < input.from) throw badInput(`${field}.to`, `The period ends (${input.to}) before it starts (${input.from}).`);
  const days = (Date.parse(`${input.to}T00:00:00Z`) - Date.parse(`${input.from}T00:00:00Z`)) / DAY_MS + 1;
  if (days > MAX_PERIOD_DAYS) throw badInput(`${field}.to`, `A period covers at most ${MAX_PERIOD_DAYS} days; this one covers ${days}.`);
  return { from: input.from, to: input.to };
}

/** The period a field covers when none is given: the current local month, from its 1st through `today` (YYYY-MM-DD). */
export function monthToDate(today: string): Period {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** A period as given (checked by `parsePeriod`), or the month to date when none is. */
export function periodOrMonth(input: PeriodInput | null | undefined, field: string, today: string): Period {
  return input == null ? monthToDate(today) : parsePeriod(input, field);
}

export const periodKey = (p: Period): string => `${p.from}|${p.to}`;

/**
 * The SQL of a period's first and past-the-end instants, given the parameters holding its `from` and `to` dates
 * and the time zone: `[start, end)` for comparisons such as `x.at >= start and x.at < end`.
 */
export function periodBoundsSql(from: string, to: string, zone: string): { start: string; end: string } {
  return {
    start: `((${from})::date::timestamp at time zone ${zone}::text)`,
    end: `(((${to})::date + 1)::timestamp at time zone ${zone}::text)`,
  };
}
