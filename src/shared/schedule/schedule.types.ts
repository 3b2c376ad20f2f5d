/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Which calendar days a weekly window applies on. WORKDAY and REST_DAY follow the holiday calendar:
 * a HOLIDAY is a rest day whatever its weekday, a MAKEUP_WORKDAY a workday whatever its weekday.
 */
export type DayType = 'ANY' | 'WORKDAY' | 'REST_DAY';

/**
 * A half-open local-time window [start, end) on the given weekdays. An end at or before the start runs
 * past midnight into the next day. Times are "HH:MM" (00:00–23:59; end may also be "24:00").
 */
export interface WeeklyWindow {
  days: IsoWeekday[];
  dayType: DayType;
  start: string;
  end: string;
}

/** Closes (closed = true) or replaces the hours (hours) on the local dates from..to inclusive. */
export interface ScheduleException {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  closed: boolean;
  hours: { start: string; end: string }[];
  note: string | null;
}

export type HolidayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY';

export interface HolidayDate {
  date: string; // YYYY-MM-DD
  kind: HolidayKind;
  name: string;
}

/** A resource's opening hours: weekly windows, replaced on some dates by exceptions. */
export interface WeeklySchedule {
  windows: WeeklyWindow[];
  exceptions: ScheduleException[];
}

/** The holiday calendar as looked up by schedule logic: local date (YYYY-MM-DD) → kind. */
export type HolidayCalendar = ReadonlyMap<string, HolidayKind>;

/** One validation problem, with the path of the offending input field (`windows[2].start`). */
export interface ScheduleProblem {
  field: string;
  message: string;
}
