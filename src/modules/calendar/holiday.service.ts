import type pg from 'pg';
import type { Context } from '../../context.js';
import { badInput, ok, type Outcome } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { optionalText } from '../../shared/input.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { Role } from '../../shared/viewer.js';
import { AreaEntity } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { HolidayEntity } from './holiday.entity.js';
import type { Holiday, SetHolidaysInput } from './holiday.type.js';
import type { HolidayCalendar, HolidayKind } from '../../shared/schedule/schedule.types.js';

export async function listHolidays(pool: pg.Pool, from: string, to: string): Promise<Holiday[]> {
  if (!isCalendarDate(from)) throw badInput('from', '"from" must be a date, YYYY-MM-DD.');
  if (!isCalendarDate(to)) throw badInput('to', '"to" must be a date, YYYY-MM-DD.');
  if (to < from) throw badInput('to', '"to" must not be before "from".');
  const { rows } = await pool.query<Holiday>(
    `select to_char(date, 'YYYY-MM-DD') as date, kind, name from holiday where date between $1 and $2 order by date`,
    [from, to],
  );
  return rows;
}

/** The calendar dates from 14 days before `now` to 31 days after, as isOpenAt and nextOpenAt read them. */
export async function holidayCalendarAround(pool: pg.Pool, now: Date): Promise<HolidayCalendar> {
  const { rows } = await pool.query<{ date: string; kind: HolidayKind }>(
    `select to_char(date, 'YYYY-MM-DD') as date, kind from holiday
     where date between ($1::timestamptz - interval '14 days')::date and ($1::timestamptz + interval '31 days')::date`,
    [now.toISOString()],
  );
  return new Map(rows.map((r) => [r.date, r.kind]));
}

export class HolidayService {
  constructor(private readonly ctx: Context) {}

  /** Replaces one year's calendar. District admins only. */
  async set(input: SetHolidaysInput): Promise<Outcome<Holiday[]>> {
    requireAllowed(this.ctx.viewer, this.ctx.viewer.role === Role.DISTRICT_ADMIN, 'Only a district admin sets the holiday calendar.');
    const { year } = input;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('input.year', '"year" must be from 2000 to 2100.');
    const seen = new Set<string>();
    const dates = input.dates.map((d, i) => {
      const field = `input.dates[${i}]`;
      if (!isCalendarDate(d.date)) throw badInput(`${field}.date`, `"${d.date}" is not a date, YYYY-MM-DD.`);
      if (!d.date.startsWith(`${year}-`)) throw badInput(`${field}.date`, `${d.date} is not in ${year}.`);
      if (seen.has(d.date)) throw badInput(`${field}.date`, `${d.date} is given twice.`);
      seen.add(d.date);
      return { date: d.date, kind: d.kind, name: optionalText(d.name, `${field}.name`, 50) ?? '' };
    });
    const outcome = await transact(this.ctx, async (em) => {
      await em.nativeDelete(HolidayEntity, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
      for (const d of dates) em.create(HolidayEntity, d);
      const district = await em.findOneOrFail(AreaEntity, { parent: null }, { orderBy: { id: 'asc' } });
      return ok({
        result: null,
        events: [
          {
            type: EventType.HOLIDAYS_SET,
            subjectType: 'Area',
            subjectId: district.id,
            areaPath: district.path,
            organizationId: null,
            isPublic: true,
            data: { year, count: dates.length },
          },
        ],
      });
    });
    if (!outcome.ok) return outcome;
    return ok(await listHolidays(this.ctx.app.db.pool, `${year}-01-01`, `${year}-12-31`));
  }
}
