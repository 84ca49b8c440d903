// Calendar dates of the Dutch calendar as 'YYYY-MM-DD' strings.
// Arithmetic runs on whole day numbers (days since 1970-01-01) computed with pure integer maths, so
// no result ever depends on the time zone of the machine (the app runs in NL, tests also elsewhere).
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Dutch month names, January first. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function matchIsoDate(s: string): CivilDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Strict 'YYYY-MM-DD' that names a real day (no 2025-02-29, no 2025-9-1). */
export function isIsoDate(s: string): boolean {
  return matchIsoDate(s) !== null;
}

/** Parses a date; a malformed string is a programming error (the API boundary validates input). */
export function parseIsoDate(d: IsoDate): CivilDate {
  const parsed = matchIsoDate(d);
  if (!parsed) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${d}`);
  return parsed;
}

/** Builds an IsoDate from its parts. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// A report reads the same few thousand dates hundreds of thousands of times (issue 12: 50,000
// aanvragen in 200 ms); parsing each again cost seconds. The day number of a date never changes.
const dayNumbers = new Map<IsoDate, number>();

/** Days since 1970-01-01 (proleptic Gregorian; algorithm of H. Hinnant, 'days_from_civil'). */
export function toDayNumber(d: IsoDate): number {
  const known = dayNumbers.get(d);
  if (known !== undefined) return known;
  const n = computeDayNumber(d);
  if (dayNumbers.size >= 20_000) dayNumbers.clear();
  dayNumbers.set(d, n);
  return n;
}

function computeDayNumber(d: IsoDate): number {
  const { year, month, day } = parseIsoDate(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day falls at the end of the year
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber ('civil_from_days'). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

export function addWeeks(d: IsoDate, n: number): IsoDate {
  return addDays(d, 7 * n);
}

/** `to - from` in days; negative when `to` lies before `from`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday (as Date.prototype.getDay). Day 0 (1970-01-01) was a Thursday. */
export function weekday(d: IsoDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

export function isWeekend(d: IsoDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

/** Negative, zero or positive, for Array.prototype.sort. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** '1 september 2025': the form used in Dutch letters. */
export function formatDutchDate(d: IsoDate): string {
  const { year, month, day } = parseIsoDate(d);
  return `${day} ${DUTCH_MONTHS[month - 1] ?? ''} ${year}`;
}

let amsterdamFormat: Intl.DateTimeFormat | null = null;

/**
 * The calendar date in Europe/Amsterdam of an instant. Terms run on the Dutch calendar
 * (ontvangstdatum, verzenddatum), whatever the time zone of the machine that records them.
 */
export function toIsoDateFromInstant(instant: string | Date): IsoDate {
  amsterdamFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = amsterdamFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}
