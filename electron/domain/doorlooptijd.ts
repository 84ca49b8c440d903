// Doorlooptijd and behaald percentage (rulebook §9, §11), and the reporting periods they are
// shown for (maand, kwartaal, schooljaar).
import {
  addDays,
  compareIsoDates,
  daysBetween,
  DUTCH_MONTHS,
  formatDutchDate,
  isoDate,
  parseIsoDate,
} from './calendar';
import { BESLUIT_UITKOMSTEN, type BesluitUitkomst, type IsoDate } from './types';

/**
 * §7 and §9: the decisions counted in the doorlooptijd and the behaald percentage: TLV afgegeven, TLV
 * niet afgegeven, and buiten behandeling (Awb 4:5), which the directeur-bestuurder decides too.
 */
export const GETELDE_UITKOMSTEN: readonly BesluitUitkomst[] = BESLUIT_UITKOMSTEN;

export interface Doorlooptijd {
  /** Calendar days from receipt to decision. */
  readonly gross: number;
  /** Gross minus the suspended days (Awb 4:15), never negative. */
  readonly net: number;
}

/** §9: gross = besluit − ontvangstdatum; net = gross − suspended days. */
export function doorlooptijd(input: {
  readonly ontvangenOp: IsoDate;
  readonly besluitOp: IsoDate;
  readonly suspendedDays: number;
}): Doorlooptijd {
  const gross = daysBetween(input.ontvangenOp, input.besluitOp);
  return { gross, net: Math.max(0, gross - Math.max(0, input.suspendedDays)) };
}

/** Issue 3, bad input: an ontvangstdatum cannot lie in the future. */
export function validateOntvangenOp(
  ontvangenOp: IsoDate,
  today: IsoDate,
): { ok: true } | { ok: false; message: string } {
  return compareIsoDates(ontvangenOp, today) > 0
    ? { ok: false, message: 'De ontvangstdatum ligt in de toekomst.' }
    : { ok: true };
}

/** Issue 3, bad input: a decision is dated on or after receipt, and not in the future. */
export function validateBesluitOp(input: {
  readonly ontvangenOp: IsoDate;
  readonly besluitOp: IsoDate;
  readonly today: IsoDate;
}): { ok: true } | { ok: false; message: string } {
  if (compareIsoDates(input.besluitOp, input.ontvangenOp) < 0) {
    return { ok: false, message: 'De besluitdatum ligt vóór de ontvangstdatum van de aanvraag.' };
  }
  if (compareIsoDates(input.besluitOp, input.today) > 0) {
    return { ok: false, message: 'De besluitdatum ligt in de toekomst.' };
  }
  return { ok: true };
}

/**
 * §9: the share (0–100, one decimal) of decisions taken on or before their (extended) beslistermijn;
 * null when there are none.
 */
export function behaaldPercentage(
  list: readonly { readonly besluitOp: IsoDate; readonly end: IsoDate }[],
): number | null {
  if (list.length === 0) return null;
  return percentageOf(list.filter(opTijd).length, list.length);
}

/** §9: a decision counts as behaald when it was taken on or before its (extended) beslistermijn. */
export function opTijd(d: { readonly besluitOp: IsoDate; readonly end: IsoDate }): boolean {
  return compareIsoDates(d.besluitOp, d.end) <= 0;
}

/** `part` of `whole` as a percentage with one decimal (0–100); null when `whole` is 0. */
export function percentageOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * The median: the middle value of the sorted list, or the mean of the two middle values when the
 * count is even ([3, 5, 8, 20] → 6.5); null for an empty list.
 */
export function median(values: readonly number[]): number | null {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

/** `median` of values already sorted ascending (a caller that needs several figures sorts once). */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value such that at least p % of the
 * values are at or below it, i.e. the value at rank ⌈p/100 × n⌉ of the sorted list (1-based). Always
 * one of the values, never interpolated: p90 of 1..10 is 9, of 1..11 is 10, of a single value that
 * value. null for an empty list.
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** `percentileNearestRank` of values already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The arithmetic mean with one decimal; null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export type PeriodKind = 'maand' | 'kwartaal' | 'schooljaar' | 'kalenderjaar';

export interface Period {
  /** Dutch label: 'november 2026', 'Q4 2026', 'schooljaar 2025-2026'. */
  readonly label: string;
  /** First day, included. */
  readonly from: IsoDate;
  /** Last day, included. */
  readonly to: IsoDate;
}

/** Last day of a span of `months` months that starts on the first of `month` in `year`. */
function lastDayAfter(year: number, month: number, months: number): IsoDate {
  const index = year * 12 + (month - 1) + months; // first day of the month after the period
  return addDays(isoDate(Math.floor(index / 12), (index % 12) + 1, 1), -1);
}

/** The reporting period of `kind` that contains `date`. A schooljaar runs 1 August – 31 July. */
export function periodOf(date: IsoDate, kind: PeriodKind): Period {
  const { year, month } = parseIsoDate(date);
  switch (kind) {
    case 'maand':
      return {
        label: `${DUTCH_MONTHS[month - 1] ?? ''} ${year}`,
        from: isoDate(year, month, 1),
        to: lastDayAfter(year, month, 1),
      };
    case 'kwartaal': {
      const q = Math.floor((month - 1) / 3) + 1;
      const first = (q - 1) * 3 + 1;
      return {
        label: `Q${q} ${year}`,
        from: isoDate(year, first, 1),
        to: lastDayAfter(year, first, 3),
      };
    }
    case 'schooljaar': {
      const start = month >= 8 ? year : year - 1;
      return {
        label: `schooljaar ${start}-${start + 1}`,
        from: isoDate(start, 8, 1),
        to: isoDate(start + 1, 7, 31),
      };
    }
    case 'kalenderjaar':
      return { label: `${year}`, from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The period of `kind` just before the one that contains `date`. */
export function previousPeriod(date: IsoDate, kind: PeriodKind): Period {
  return periodOf(addDays(periodOf(date, kind).from, -1), kind);
}

/** Any range of days (both ends included), labelled '1 januari 2026 t/m 31 maart 2026'. */
export function periodFromTo(from: IsoDate, to: IsoDate): Period {
  return { label: `${formatDutchDate(from)} t/m ${formatDutchDate(to)}`, from, to };
}

/** The months (first day of each) from the month of `from` up to and including that of `to`. */
export function monthsOf(period: { readonly from: IsoDate; readonly to: IsoDate }): Period[] {
  const months: Period[] = [];
  const last = periodOf(period.to, 'maand').from;
  for (let m = periodOf(period.from, 'maand'); compareIsoDates(m.from, last) <= 0;) {
    months.push(m);
    m = periodOf(addDays(m.to, 1), 'maand');
  }
  return months;
}

/** Whether `date` lies in `period` (both ends included). */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  // An IsoDate is always 'yyyy-mm-dd' (zero-padded, checked at every boundary), so its text sorts
  // in date order: a report asks this of 50,000 rows several times over.
  return date >= period.from && date <= period.to;
}
