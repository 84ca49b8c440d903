import { describe, it, expect } from 'vitest';
import { addDays, weekday } from '../../../electron/domain/calendar';
import {
  easterSunday,
  feestdagenInYear,
  feestdagName,
  isFeestdag,
} from '../../../electron/domain/feestdagen';

describe('easterSunday', () => {
  it('matches the published dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible date
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible date
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let y = 1900; y <= 2200; y += 1) {
      const e = easterSunday(y);
      expect(weekday(e)).toBe(0);
      expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('feestdagenInYear', () => {
  it('lists the eleven feestdagen of 2025 in date order', () => {
    expect(feestdagenInYear(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-18', name: 'Goede Vrijdag' },
      { date: '2025-04-20', name: 'Eerste Paasdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      // 27 April 2025 is a Sunday, so Koningsdag moves back to Saturday 26 April.
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' }, // 20 April + 39
      { date: '2025-06-08', name: 'Eerste Pinksterdag' }, // 20 April + 49
      { date: '2025-06-09', name: 'Tweede Pinksterdag' }, // 20 April + 50
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('Koningsdag is 27 April unless that is a Sunday', () => {
    const koningsdag = (y: number): string | undefined =>
      feestdagenInYear(y).find((f) => f.name === 'Koningsdag')?.date;
    expect(koningsdag(2025)).toBe('2025-04-26'); // 27-4-2025 is a Sunday
    expect(koningsdag(2026)).toBe('2026-04-27'); // Monday
    expect(koningsdag(2031)).toBe('2031-04-26'); // 27-4-2031 is a Sunday
  });

  it('Hemelvaart is Easter + 39 and Pinksteren Easter + 49 and + 50, every year', () => {
    for (let y = 2020; y <= 2040; y += 1) {
      const e = easterSunday(y);
      expect(feestdagName(addDays(e, 39))).toBe('Hemelvaartsdag');
      expect(feestdagName(addDays(e, 49))).toBe('Eerste Pinksterdag');
      expect(feestdagName(addDays(e, 50))).toBe('Tweede Pinksterdag');
      expect(feestdagName(addDays(e, -2))).toBe('Goede Vrijdag');
    }
  });

  it('5 mei is a feestdag every year, not only in lustrum years', () => {
    for (let y = 2020; y <= 2030; y += 1) expect(isFeestdag(`${y}-05-05`)).toBe(true);
  });

  it('adds extra days by decree only to their own year', () => {
    const list = feestdagenInYear(2026, ['2026-06-15', '2027-06-15']);
    expect(list).toHaveLength(12);
    expect(list.map((f) => f.date)).toContain('2026-06-15');
    expect(list.map((f) => f.date)).not.toContain('2027-06-15');
  });
});

describe('isFeestdag', () => {
  it('knows the 2026 days and ordinary days', () => {
    expect(isFeestdag('2026-04-03')).toBe(true); // Goede Vrijdag (Easter 5 April − 2)
    expect(isFeestdag('2026-04-06')).toBe(true); // Tweede Paasdag
    expect(isFeestdag('2026-05-14')).toBe(true); // Hemelvaart: 5 April + 39
    expect(isFeestdag('2026-05-25')).toBe(true); // Tweede Pinksterdag: 5 April + 50
    expect(isFeestdag('2026-04-28')).toBe(false);
    expect(isFeestdag('2026-12-24')).toBe(false); // Kerstavond is no feestdag
    expect(isFeestdag('2026-12-31')).toBe(false);
  });

  it('counts extra days', () => {
    expect(isFeestdag('2026-06-15')).toBe(false);
    expect(isFeestdag('2026-06-15', ['2026-06-15'])).toBe(true);
  });
});
