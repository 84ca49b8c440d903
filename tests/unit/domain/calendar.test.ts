import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWeeks,
  compareIsoDates,
  daysBetween,
  formatDutchDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  toIsoDateFromInstant,
  weekday,
} from '../../../electron/domain/calendar';

describe('isIsoDate', () => {
  it('accepts real dates in strict YYYY-MM-DD', () => {
    expect(isIsoDate('2025-09-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400: leap
  });

  it('rejects impossible dates and loose formats', () => {
    expect(isIsoDate('2025-02-29')).toBe(false); // 2025 is no leap year
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-9-1')).toBe(false);
    expect(isIsoDate('2025-09-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2025-09-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('adds days across the DST changes of Europe/Amsterdam without drift', () => {
    // 30 March 2025 and 26 October 2025 are DST switch days; calendar days must not notice.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('adds weeks as 7 days', () => {
    expect(addWeeks('2025-09-01', 8)).toBe('2025-10-27');
    expect(addWeeks('2025-10-27', -8)).toBe('2025-09-01');
  });

  it('daysBetween is to minus from and may be negative', () => {
    expect(daysBetween('2025-09-10', '2025-09-19')).toBe(9);
    expect(daysBetween('2025-09-19', '2025-09-10')).toBe(-9);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('weekday is 0 for Sunday to 6 for Saturday', () => {
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(weekday('2025-09-01')).toBe(1); // Monday
    expect(weekday('2025-04-27')).toBe(0); // Sunday
    expect(weekday('2025-04-26')).toBe(6); // Saturday
    expect(weekday('1969-12-31')).toBe(3); // Wednesday, before day 0
  });

  it('compareIsoDates orders dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
    expect(compareIsoDates('2025-01-01', '2025-01-01')).toBe(0);
  });

  it('day numbers round-trip for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const d = fromDayNumber(n);
        return isIsoDate(d) && toDayNumber(d) === n && addDays(d, 1) > d;
      }),
    );
  });

  it('agrees with Date.UTC on weekday and day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
        const d = fromDayNumber(n);
        const js = new Date(n * 86_400_000);
        return js.toISOString().slice(0, 10) === d && js.getUTCDay() === weekday(d);
      }),
    );
  });
});

describe('formatDutchDate', () => {
  it('writes the day without padding and the month in Dutch', () => {
    expect(formatDutchDate('2025-09-01')).toBe('1 september 2025');
    expect(formatDutchDate('2027-07-31')).toBe('31 juli 2027');
    expect(formatDutchDate('2026-03-05')).toBe('5 maart 2026');
  });
});

describe('toIsoDateFromInstant', () => {
  it('takes the calendar date in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 Aug 2025 is 01:30 CEST on 1 Sep in Amsterdam.
    expect(toIsoDateFromInstant('2025-08-31T23:30:00Z')).toBe('2025-09-01');
    // 22:59 UTC in summer is 00:59 next day; 21:59 UTC is 23:59 same day.
    expect(toIsoDateFromInstant('2025-09-01T21:59:00Z')).toBe('2025-09-01');
    // Winter: CET = UTC+1, so 23:00 UTC is already midnight the next day.
    expect(toIsoDateFromInstant(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
    expect(toIsoDateFromInstant(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
  });
});
