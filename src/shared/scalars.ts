import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { MAX_YEAR, MIN_YEAR } from './calendar-date.js';

let displayZone = 'Asia/Shanghai';
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone DateTime values are written in; set once at start-up from TZ_DISTRICT. */
export function setDisplayTimeZone(zone: string): void {
  displayZone = zone;
}

/** An instant as ISO 8601 in the given zone with its offset, e.g. 2026-11-23T14:00:00.000+08:00. */
export function formatInZone(date: Date, zone: string = displayZone): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offsetMinutes = Math.round((local - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}${offset}`;
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !WITH_OFFSET.test(value)) {
    throw new GraphQLError('A DateTime is ISO 8601 with an offset, e.g. 2026-11-23T14:00:00+08:00.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new GraphQLError(`A DateTime lies in the years ${MIN_YEAR} to ${MAX_YEAR}, got "${value}".`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`"${value}" is not a real date and time.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, ISO 8601 with an offset. Output in the district\'s time zone (e.g. 2026-11-23T14:00:00.000+08:00); input must carry an offset (Z or ±hh:mm) and lie in the years 1900 to 9999.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return formatInZone(date);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A DateTime is a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
