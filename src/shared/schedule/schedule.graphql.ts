import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../errors.js';
import { validateExceptions, validateWindows } from './schedule.js';
import type { IsoWeekday, ScheduleException, WeeklyWindow } from './schedule.types.js';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
const WEEKDAYS = Object.values(Weekday);

export enum DayTypeEnum {
  ANY = 'ANY',
  WORKDAY = 'WORKDAY',
  REST_DAY = 'REST_DAY',
}

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, in the district\'s local time.',
  valuesConfig: Object.fromEntries(
    ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'].map((zh, i) => [WEEKDAYS[i], { description: zh }]),
  ),
});
registerEnumType(DayTypeEnum, {
  name: 'DayType',
  description: 'Which days a weekly window applies on, after the holiday calendar is applied.',
  valuesConfig: {
    ANY: { description: 'Every listed weekday, holiday or not.' },
    WORKDAY: { description: 'Listed weekdays that are workdays: not a HOLIDAY, or a MAKEUP_WORKDAY.' },
    REST_DAY: { description: 'Listed weekdays that are rest days: weekends and HOLIDAYs, not MAKEUP_WORKDAYs.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'Weekly opening in local time, half-open [start, end). An end at or before the start runs past midnight into the next day.',
})
export class WeeklyWindowType {
  @Field(() => [Weekday], { description: 'The weekdays the window starts on.' })
  days!: Weekday[];

  @Field(() => DayTypeEnum, { description: 'Whether it applies on workdays, rest days or any day.' })
  dayType!: DayTypeEnum;

  @Field({ description: 'Local start time, HH:MM.' })
  start!: string;

  @Field({ description: 'Local end time, HH:MM (24:00 for the end of the day).' })
  end!: string;
}

@InputType({ description: 'Weekly opening in local time; see WeeklyWindow.' })
export class WeeklyWindowInput {
  @Field(() => [Weekday], { description: 'The weekdays the window starts on; at least one, no repeats.' })
  days!: Weekday[];

  @Field(() => DayTypeEnum, { defaultValue: DayTypeEnum.ANY, description: 'Workdays, rest days or any day.' })
  dayType!: DayTypeEnum;

  @Field({ description: 'Local start time, HH:MM.' })
  start!: string;

  @Field({ description: 'Local end time, HH:MM; 24:00 allowed; at or before start runs past midnight.' })
  end!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Opening hours of one local time range on given dates.' })
export class TimeRangeType {
  @Field({ description: 'Local start time, HH:MM.' })
  start!: string;

  @Field({ description: 'Local end time, HH:MM.' })
  end!: string;
}

@InputType({ description: 'A local time range, HH:MM to HH:MM.' })
export class TimeRangeInput {
  @Field({ description: 'Local start time, HH:MM.' })
  start!: string;

  @Field({ description: 'Local end time, HH:MM.' })
  end!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Dates on which the weekly windows do not apply: closed, or other hours.' })
export class ScheduleExceptionType {
  @Field({ description: 'First local date, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last local date, YYYY-MM-DD, inclusive.' })
  to!: string;

  @Field({ description: 'Closed all day on these dates.' })
  closed!: boolean;

  @Field(() => [TimeRangeType], { description: 'The hours that replace the weekly windows, when not closed.' })
  hours!: TimeRangeType[];

  @Field(() => String, { nullable: true, description: 'Why, as shown to residents (e.g. 春节闭馆).' })
  note!: string | null;
}

@InputType({ description: 'Dates on which the weekly windows do not apply.' })
export class ScheduleExceptionInput {
  @Field({ description: 'First local date, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last local date, YYYY-MM-DD, inclusive; not before `from`.' })
  to!: string;

  @Field({ defaultValue: false, description: 'Closed all day; then `hours` must be empty.' })
  closed!: boolean;

  @Field(() => [TimeRangeInput], { defaultValue: [], description: 'Replacement hours when not closed.' })
  hours!: TimeRangeInput[];

  @Field(() => String, { nullable: true, description: 'Why, as shown to residents.' })
  note?: string | null;
}

export function toWindowType(w: WeeklyWindow): WeeklyWindowType {
  return { days: w.days.map((d) => WEEKDAYS[d - 1]), dayType: w.dayType as DayTypeEnum, start: w.start, end: w.end };
}

/** Validates windows from input and converts them to storage form; throws BAD_USER_INPUT naming the field under `parent` (e.g. input.windows[2].start). */
export function parseWindows(input: WeeklyWindowInput[], field: string): WeeklyWindow[] {
  const windows: WeeklyWindow[] = input.map((w) => ({
    days: w.days.map((d) => (WEEKDAYS.indexOf(d) + 1) as IsoWeekday),
    dayType: w.dayType ?? 'ANY',
    start: w.start,
    end: w.end,
  }));
  const problems = validateWindows(windows);
  if (problems.length) throw badInput(`${field}.${problems[0].field}`, problems[0].message);
  return windows;
}

export function parseExceptions(input: ScheduleExceptionInput[], field: string): ScheduleException[] {
  const exceptions: ScheduleException[] = input.map((e) => ({
    from: e.from,
    to: e.to,
    closed: e.closed ?? false,
    hours: (e.hours ?? []).map((h) => ({ start: h.start, end: h.end })),
    note: e.note ?? null,
  }));
  const problems = validateExceptions(exceptions);
  if (problems.length) throw badInput(`${field}.${problems[0].field}`, problems[0].message);
  return exceptions;
}
