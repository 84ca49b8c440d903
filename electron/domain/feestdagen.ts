// Algemeen erkende feestdagen (Algemene termijnenwet art. 3), computed per year so that the list
// lives in one place (rulebook §9). Extra days set by decree (art. 3 lid 3) come in as `extra`.
import { addDays, isoDate, parseIsoDate, weekday } from './calendar';
import type { IsoDate } from './types';

export interface Feestdag {
  readonly date: IsoDate;
  readonly name: string;
}

/** Label of a day added by decree (Atw art. 3 lid 3: 'bij koninklijk besluit gelijkgesteld'). */
export const EXTRA_FEESTDAG_NAME = 'Bij besluit gelijkgestelde dag';

/** Easter Sunday, Gregorian calendar (anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * Atw art. 3 lid 1: 'de dag waarop de verjaardag van de Koning wordt gevierd'. Since 2014 that is
 * 27 April, or Saturday 26 April when the 27th is a Sunday. Before 2014 Koninginnedag was 30 April,
 * or 29 April when the 30th was a Sunday.
 */
function koningsdag(year: number): Feestdag {
  if (year >= 2014) {
    const sundayThe27th = weekday(isoDate(year, 4, 27)) === 0;
    return { date: isoDate(year, 4, sundayThe27th ? 26 : 27), name: 'Koningsdag' };
  }
  const sundayThe30th = weekday(isoDate(year, 4, 30)) === 0;
  return { date: isoDate(year, 4, sundayThe30th ? 29 : 30), name: 'Koninginnedag' };
}

function easterBased(year: number): readonly Feestdag[] {
  const easter = easterSunday(year);
  return [
    // Goede Vrijdag is NOT in Atw art. 3 lid 1; the rulebook (§9) lists it, so the SWV treats it
    // as a feestdag. Counting it can only make a term end later, never earlier.
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
  ];
}

const cache = new Map<number, readonly Feestdag[]>();

function standardFeestdagen(year: number): readonly Feestdag[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const list = [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    ...easterBased(year),
    koningsdag(year),
    // Atw art. 3 lid 1 names 5 mei without condition: every year, not only lustrum years.
    { date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(year, list);
  return list;
}

/** The feestdagen of `year` in date order, plus the `extra` days that fall in that year. */
export function feestdagenInYear(
  year: number,
  extra: readonly IsoDate[] = [],
): readonly Feestdag[] {
  const standard = standardFeestdagen(year);
  const known = new Set(standard.map((f) => f.date));
  const added = extra
    .filter((d) => parseIsoDate(d).year === year && !known.has(d))
    .map((d) => ({ date: d, name: EXTRA_FEESTDAG_NAME }));
  if (added.length === 0) return standard;
  return [...standard, ...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The Dutch name of the feestdag on `d`, or null when it is none. */
export function feestdagName(d: IsoDate, extra: readonly IsoDate[] = []): string | null {
  if (extra.includes(d)) return EXTRA_FEESTDAG_NAME;
  const found = standardFeestdagen(parseIsoDate(d).year).find((f) => f.date === d);
  return found ? found.name : null;
}

export function isFeestdag(d: IsoDate, extra: readonly IsoDate[] = []): boolean {
  return feestdagName(d, extra) !== null;
}
