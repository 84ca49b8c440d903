// Period of a TLV (rulebook §8, WEC art. 40 lid 15 / WPO art. 18a): one or more school years; when
// issued during a school year the rest of that year is added, so a TLV always ends on 31 July.
import { isoDate, parseIsoDate } from './calendar';
import type { IsoDate } from './types';

/** A school year runs 1 August – 31 July. */
export const SCHOOL_YEAR_END_MONTH_DAY = '07-31';
export const SCHOOL_YEAR_START_MONTH_DAY = '08-01';

/** §8 (setting): for SBO the SWV sets the period; default 2 school years. */
export const DEFAULT_SBO_SCHOOL_YEARS = 2;

/** The year in which the school year containing `d` ends (on 31 July). */
export function schoolYearEndYear(d: IsoDate): number {
  const { year, month } = parseIsoDate(d);
  return month >= 8 ? year + 1 : year;
}

/**
 * Einddatum of a TLV that starts on `begindatum` for `schoolYears` school years.
 * Starting on 1 August: exactly `schoolYears` full years. Starting later in a school year: the rest
 * of that year is added on top (WEC 40 lid 15), e.g. 15-11-2025 for 1 year → 31-07-2027.
 * `schoolYears` must be a positive whole number; the API boundary validates it.
 */
export function tlvEinddatum(begindatum: IsoDate, schoolYears: number): IsoDate {
  if (!Number.isInteger(schoolYears) || schoolYears < 1) {
    throw new RangeError(`Aantal schooljaren moet een positief geheel getal zijn: ${schoolYears}`);
  }
  const startsSchoolYear = begindatum.slice(5) === SCHOOL_YEAR_START_MONTH_DAY;
  const currentEnd = schoolYearEndYear(begindatum);
  const endYear = startsSchoolYear ? currentEnd + schoolYears - 1 : currentEnd + schoolYears;
  return isoDate(endYear, 7, 31);
}

export function isJuly31(d: IsoDate): boolean {
  parseIsoDate(d);
  return d.slice(5) === SCHOOL_YEAR_END_MONTH_DAY;
}
