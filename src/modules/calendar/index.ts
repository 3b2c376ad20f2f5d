import type { App, HubModule } from '../../context.js';
import type { HolidayCalendar } from '../../shared/schedule/schedule.types.js';
import { HolidayEntity } from './holiday.entity.js';
import { HolidayResolver } from './holiday.resolver.js';
import { holidayCalendarAround } from './holiday.service.js';

// The district's holidays and make-up working days (法定节假日、调休)

function loaders(app: App) {
  let calendar: Promise<HolidayCalendar> | null = null;
  return {
    /** The holiday calendar around now (a fortnight back, a month ahead): read once per operation, when needed. */
    holidayCalendar: () => (calendar ??= holidayCalendarAround(app.db.pool, app.clock.now())),
  };
}

type CalendarLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends CalendarLoaders {}
}

export const calendarModule: HubModule = {
  name: 'calendar',
  entities: [HolidayEntity],
  resolvers: [HolidayResolver],
  loaders,
};
