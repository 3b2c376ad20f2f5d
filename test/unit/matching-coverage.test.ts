import { describe, expect, it } from 'vitest';
import { neededMinutesPerWeek, offeredMinutesPerWeek, windowsCovered } from '../../src/modules/matching/coverage.js';
import type { IsoWeekday, WeeklyWindow } from '../../src/shared/schedule/schedule.types.js';

const W = (days: number[], dayType: WeeklyWindow['dayType'], start: string, end: string): WeeklyWindow => ({
  days: days as IsoWeekday[],
  dayType,
  start,
  end,
});
const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL = [1, 2, 3, 4, 5, 6, 7];

describe('windowsCovered', () => {
  it.each<[string, WeeklyWindow[], WeeklyWindow[], WeeklyWindow[], boolean]>([
    ['a window inside both', [W(WEEKDAYS, 'WORKDAY', '19:00', '22:00')], [W(WEEKDAYS, 'WORKDAY', '18:00', '23:00')], [W(ALL, 'ANY', '00:00', '24:00')], true],
    ['equal windows', [W([1], 'ANY', '08:00', '10:00')], [W([1], 'ANY', '08:00', '10:00')], [W([1], 'ANY', '08:00', '10:00')], true],
    ['starts before the resource opens', [W([1], 'ANY', '07:00', '10:00')], [W([1], 'ANY', '08:00', '10:00')], [W([1], 'ANY', '00:00', '24:00')], false],
    ['ends after the item window', [W([1], 'ANY', '08:00', '11:00')], [W([1], 'ANY', '08:00', '12:00')], [W([1], 'ANY', '08:00', '10:00')], false],
    ['a weekday the resource does not open', [W([1, 6], 'ANY', '08:00', '10:00')], [W(WEEKDAYS, 'ANY', '08:00', '10:00')], [W(ALL, 'ANY', '00:00', '24:00')], false],
    ['overnight inside overnight', [W(WEEKDAYS, 'WORKDAY', '19:00', '07:00')], [W(WEEKDAYS, 'WORKDAY', '19:00', '07:30')], [W(ALL, 'ANY', '19:00', '07:30')], true],
    ['overnight needed, evening offered', [W([1], 'ANY', '19:00', '07:00')], [W([1], 'ANY', '19:00', '24:00')], [W([1], 'ANY', '19:00', '24:00')], false],
    ['stitched from two windows does not count', [W([1], 'ANY', '19:00', '07:00')], [W([1], 'ANY', '19:00', '24:00'), W([2], 'ANY', '00:00', '07:00')], [W(ALL, 'ANY', '00:00', '24:00')], false],
    ['WORKDAY needed, ANY offered', [W(WEEKDAYS, 'WORKDAY', '09:00', '10:00')], [W(WEEKDAYS, 'ANY', '08:00', '12:00')], [W(WEEKDAYS, 'ANY', '08:00', '12:00')], true],
    ['WORKDAY needed, REST_DAY offered', [W(WEEKDAYS, 'WORKDAY', '09:00', '10:00')], [W(WEEKDAYS, 'REST_DAY', '08:00', '12:00')], [W(WEEKDAYS, 'ANY', '08:00', '12:00')], false],
    ['ANY needed, WORKDAY offered (a holiday would not be covered)', [W([1], 'ANY', '09:00', '10:00')], [W([1], 'WORKDAY', '08:00', '12:00')], [W([1], 'ANY', '08:00', '12:00')], false],
    ['ANY needed, WORKDAY and REST_DAY offered: conservative, not covered', [W([1], 'ANY', '09:00', '10:00')], [W([1], 'WORKDAY', '08:00', '12:00'), W([1], 'REST_DAY', '08:00', '12:00')], [W([1], 'ANY', '08:00', '12:00')], false],
    ['REST_DAY needed on weekends, REST_DAY offered', [W([6, 7], 'REST_DAY', '09:00', '17:00')], [W([6, 7], 'REST_DAY', '07:30', '19:00')], [W(ALL, 'REST_DAY', '07:30', '19:00')], true],
    ['early morning covered by the previous evening\'s ANY window', [W([2], 'ANY', '01:00', '06:00')], [W([1], 'ANY', '19:00', '07:30')], [W([1], 'ANY', '19:00', '07:30')], true],
    ['early morning, previous evening\'s WORKDAY window: conservative, not covered', [W([2], 'ANY', '01:00', '06:00')], [W([1], 'WORKDAY', '19:00', '07:30')], [W([1], 'WORKDAY', '19:00', '07:30')], false],
    ['Sunday night into Monday via the previous day', [W([1], 'ANY', '00:00', '05:00')], [W([7], 'ANY', '20:00', '06:00')], [W([7], 'ANY', '20:00', '06:00')], true],
    ['no needed windows', [], [], [], true],
    ['no offered windows', [W([1], 'ANY', '09:00', '10:00')], [], [], false],
  ])('%s', (_name, needed, resource, item, expected) => {
    expect(windowsCovered(needed, resource, item)).toBe(expected);
  });
});

describe('minutes per week', () => {
  it('counts each needed weekday once, overnight spans across midnight', () => {
    expect(neededMinutesPerWeek([W(WEEKDAYS, 'WORKDAY', '19:00', '07:00')])).toBe(5 * 12 * 60);
    expect(neededMinutesPerWeek([W([1, 2], 'ANY', '09:00', '10:30')])).toBe(180);
  });

  it('offers the overlap of resource and item windows on shared weekdays and compatible day types', () => {
    expect(offeredMinutesPerWeek([W(WEEKDAYS, 'ANY', '08:00', '12:00')], [W([1, 2, 6], 'ANY', '10:00', '14:00')])).toBe(2 * 120);
    expect(offeredMinutesPerWeek([W(WEEKDAYS, 'WORKDAY', '08:00', '12:00')], [W(WEEKDAYS, 'REST_DAY', '08:00', '12:00')])).toBe(0);
  });
});
