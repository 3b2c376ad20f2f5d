import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { monthToDate, parsePeriod, periodOrMonth } from '../../../src/shared/period.js';

describe('parsePeriod', () => {
  it.each([
    [{ from: '2026-11-23', to: '2026-11-23' }, null],
    [{ from: '2026-11-01', to: '2026-11-30' }, null],
    [{ from: '2028-01-01', to: '2028-12-31' }, null], // a leap year: 366 days
    [{ from: '2026-01-01', to: '2027-01-01' }, null], // 366 days across no leap day: allowed too
    [{ from: '2025-11-23', to: '2026-11-24' }, 'period.to'], // 367 days
    [{ from: '2026-11-24', to: '2026-11-23' }, 'period.to'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'period.from'],
    [{ from: '2026-11-23', to: '2026-11-23T00:00' }, 'period.to'],
    [{ from: '', to: '2026-11-23' }, 'period.from'],
  ])('%j: %s', (input, field) => {
    if (field === null) {
      expect(parsePeriod(input, 'period')).toEqual(input);
      return;
    }
    expect(() => parsePeriod(input, 'period')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }));
  });
});

describe('the default period', () => {
  it('is the month to date', () => {
    expect(monthToDate('2026-11-23')).toEqual({ from: '2026-11-01', to: '2026-11-23' });
    expect(monthToDate('2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(periodOrMonth(null, 'period', '2026-02-28')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOrMonth({ from: '2026-01-05', to: '2026-01-06' }, 'period', '2026-02-28')).toEqual({ from: '2026-01-05', to: '2026-01-06' });
  });
});
