import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../electron/domain/calendar';
import {
  DEFAULT_SBO_SCHOOL_YEARS,
  isJuly31,
  SCHOOL_YEAR_END_MONTH_DAY,
  tlvEinddatum,
} from '../../../electron/domain/tlv-period';

describe('tlvEinddatum (§8, WEC 40 lid 15)', () => {
  const cases: readonly [string, string, number, string][] = [
    // [why, begindatum, schoolYears, einddatum]
    ['rulebook: 15-11-2025 for 1 year: rest of 2025/26 + 2026/27', '2025-11-15', 1, '2027-07-31'],
    ['starting on 1 August there is no rest: exactly 2026/27', '2026-08-01', 1, '2027-07-31'],
    ['1 August for 2 years: 2026/27 and 2027/28', '2026-08-01', 2, '2028-07-31'],
    ['2 August is already during the school year: rest + 1 year', '2025-08-02', 1, '2027-07-31'],
    ['5-1-2026 for SBO default 2: rest of 2025/26 + 2 years', '2026-01-05', 2, '2028-07-31'],
    [
      'instroommoment 1 May 2026 for 1 year: rest of 2025/26 + 2026/27',
      '2026-05-01',
      1,
      '2027-07-31',
    ],
    [
      '31 July is the last day of a school year: that one day + 1 year',
      '2026-07-31',
      1,
      '2027-07-31',
    ],
    ['1 January 2026 for 3 years (a cycle groep 6–8)', '2026-01-01', 3, '2029-07-31'],
  ];

  it.each(cases)('%s', (_why, begin, years, end) => {
    expect(tlvEinddatum(begin, years)).toBe(end);
  });

  it('always ends on 31 July, at least schoolYears years and under schoolYears + 1 years later', () => {
    const dates = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') });
    fc.assert(
      fc.property(dates.map(fromDayNumber), fc.integer({ min: 1, max: 8 }), (begin, years) => {
        const end = tlvEinddatum(begin, years);
        const length = toDayNumber(end) - toDayNumber(begin);
        return isJuly31(end) && length >= years * 365 - 1 && length < (years + 1) * 366;
      }),
    );
  });

  it('refuses a non-positive number of school years', () => {
    expect(() => tlvEinddatum('2025-11-15', 0)).toThrow(RangeError);
    expect(() => tlvEinddatum('2025-11-15', 1.5)).toThrow(RangeError);
  });

  it('settings: school year ends 07-31, SBO default 2 years', () => {
    expect(SCHOOL_YEAR_END_MONTH_DAY).toBe('07-31');
    expect(DEFAULT_SBO_SCHOOL_YEARS).toBe(2);
    expect(isJuly31('2027-07-31')).toBe(true);
    expect(isJuly31('2027-08-01')).toBe(false);
  });
});
