import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '../../src/modules/imports/import.hours.js';

const windows = (cell: string) => {
  const result = parseOpeningHours(cell);
  if (!result.ok) throw new Error(result.message);
  return result.windows;
};
const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL = [1, 2, 3, 4, 5, 6, 7];

describe('the 开放时间 grammar', () => {
  it('周一至周五 8:00-17:00: a span of weekdays', () => {
    expect(windows('周一至周五 8:00-17:00')).toEqual([{ days: WEEKDAYS, dayType: 'ANY', start: '08:00', end: '17:00' }]);
  });

  it('工作日: every weekday on workdays of the holiday calendar', () => {
    expect(windows('工作日 9:00-18:00')).toEqual([{ days: ALL, dayType: 'WORKDAY', start: '09:00', end: '18:00' }]);
  });

  it('休息日: every weekday on rest days of the holiday calendar', () => {
    expect(windows('休息日9:30-11:30')).toEqual([{ days: ALL, dayType: 'REST_DAY', start: '09:30', end: '11:30' }]);
  });

  it('每天: every day, holiday or not', () => {
    expect(windows('每天 6:00-22:00')).toEqual([{ days: ALL, dayType: 'ANY', start: '06:00', end: '22:00' }]);
  });

  it('至 between the times', () => {
    expect(windows('周六 8:00至12:00')).toEqual([{ days: [6], dayType: 'ANY', start: '08:00', end: '12:00' }]);
  });

  it('- between the days', () => {
    expect(windows('周一-周三 8:00-12:00')).toEqual([{ days: [1, 2, 3], dayType: 'ANY', start: '08:00', end: '12:00' }]);
  });

  it('~ (and its full-width ～) between days and times', () => {
    expect(windows('星期一~星期五 7:00~9:00')).toEqual([{ days: WEEKDAYS, dayType: 'ANY', start: '07:00', end: '09:00' }]);
    expect(windows('周一～周五 7:00～9:00')).toEqual([{ days: WEEKDAYS, dayType: 'ANY', start: '07:00', end: '09:00' }]);
  });

  it('full-width ： and full-width digits', () => {
    expect(windows('周一至周五　８：００－１７：３０')).toEqual([{ days: WEEKDAYS, dayType: 'ANY', start: '08:00', end: '17:30' }]);
  });

  it('； between windows', () => {
    expect(windows('工作日 18:00-21:00；休息日 9:00-21:00')).toEqual([
      { days: ALL, dayType: 'WORKDAY', start: '18:00', end: '21:00' },
      { days: ALL, dayType: 'REST_DAY', start: '09:00', end: '21:00' },
    ]);
  });

  it('several ranges of one set of days, and a list of days', () => {
    expect(windows('周一、周三 8:00-12:00，14:00-17:00')).toEqual([
      { days: [1, 3], dayType: 'ANY', start: '08:00', end: '12:00' },
      { days: [1, 3], dayType: 'ANY', start: '14:00', end: '17:00' },
    ]);
  });

  it('an end at or before the start runs past midnight; 24:00 ends the day; hours without minutes', () => {
    expect(windows('周末 20:00-2:00')).toEqual([{ days: [6, 7], dayType: 'ANY', start: '20:00', end: '02:00' }]);
    expect(windows('周日 18-24:00')).toEqual([{ days: [7], dayType: 'ANY', start: '18:00', end: '24:00' }]);
  });

  it('an empty cell is no windows', () => {
    expect(windows('  ')).toEqual([]);
  });

  it.each([
    ['8:00-17:00', 'does not start with days'],
    ['周一至周五', 'no hours'],
    ['周五至周一 8:00-9:00', 'does not start with days'],
    ['周一 8:00-25:00', 'not a time range'],
    ['周一 8:00', 'not a time range'],
    ['周一 8:00-8:00', 'same time'],
    ['每天 8:00-12:00；周一 9:00-10:00', 'overlap'],
  ])('refuses %s', (cell, message) => {
    const result = parseOpeningHours(cell);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
