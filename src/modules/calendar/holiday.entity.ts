import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { HolidayKind } from '../../shared/schedule/schedule.types.js';

/** One date of the district's holiday calendar: a public holiday, or a weekend made a workday. */
@Entity({ tableName: 'holiday' })
export class HolidayEntity {
  /** Local date, YYYY-MM-DD. */
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Property({ type: 'text' })
  kind!: HolidayKind;

  @Property({ type: 'text' })
  name: string = '';
}
