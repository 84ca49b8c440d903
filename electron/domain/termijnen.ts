// Terms of the procedure: the beslistermijn (Awb 4:13), its suspension (Awb 4:15) and the moving
// of an end date by the Algemene termijnenwet; werkdagen for the internal terms (rulebook §9).
import { addDays, addWeeks, daysBetween, isWeekend } from './calendar';
import { isFeestdag } from './feestdagen';
import type { IsoDate } from './types';

/** Awb 4:13 lid 2 with the SWV's term: 8 weeks after receipt (rulebook §9). */
export const BESLISTERMIJN_WEKEN = 8;

/**
 * Atw art. 1 lid 1: a term that ends on a Saturday, Sunday or algemeen erkende feestdag is extended
 * to the next day that is none of these. Only for terms set by law (the beslistermijn), never for
 * internal reminders counted backwards (§9).
 */
export function applyAlgemeneTermijnenwet(d: IsoDate, extra: readonly IsoDate[] = []): IsoDate {
  let day = d;
  while (isWeekend(day) || isFeestdag(day, extra)) day = addDays(day, 1);
  return day;
}

/** §9: a werkdag is not a Saturday, Sunday, feestdag nor an office closing day (setting). */
export function isWerkdag(d: IsoDate, closingDays: readonly IsoDate[] = []): boolean {
  return !isWeekend(d) && !isFeestdag(d) && !closingDays.includes(d);
}

/**
 * The n-th werkdag after `d` (n > 0) or before `d` (n < 0); `d` itself for n = 0.
 * Used for the internal terms of 2, 5 and 10 werkdagen (§3.3, §3.4, §9).
 */
export function addWerkdagen(d: IsoDate, n: number, closingDays: readonly IsoDate[] = []): IsoDate {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  let day = d;
  while (remaining > 0) {
    day = addDays(day, step);
    if (isWerkdag(day, closingDays)) remaining -= 1;
  }
  return day;
}

/**
 * Werkdagen after `from` up to and including `to`, so that
 * werkdagenBetween(d, addWerkdagen(d, n)) === n. When `to` lies before `from` the result is
 * minus the werkdagen from `to` up to but excluding `from` (the mirror image, also for n < 0).
 */
export function werkdagenBetween(
  from: IsoDate,
  to: IsoDate,
  closingDays: readonly IsoDate[] = [],
): number {
  const span = daysBetween(from, to);
  const sign = span < 0 ? -1 : 1;
  let count = 0;
  for (let i = 1; i <= Math.abs(span); i += 1) {
    // Forward: from+1 … to. Backward: from-1 … to.
    if (isWerkdag(addDays(from, sign * i), closingDays)) count += 1;
  }
  return sign * count;
}

/**
 * §3.4, Awb 4:15 lid 1a: the request day still runs, the clock stands still from the next day and
 * runs again on the resume day (aanvulling received, or the day after the term expired unused).
 * Suspended days = resume − request − 1, never negative. Wed 10-9-2025 → Fri 19-9-2025: 8.
 */
export function suspendedDays(requestDate: IsoDate, resumeDate: IsoDate): number {
  return Math.max(0, daysBetween(requestDate, resumeDate) - 1);
}

export interface BeslistermijnInput {
  readonly ontvangenOp: IsoDate;
  /** Total of all suspensions (Awb 4:15), see suspendedDays. */
  readonly suspendedDays?: number;
  /** Days set equal to a feestdag by decree (Atw art. 3 lid 3). */
  readonly extraFeestdagen?: readonly IsoDate[];
}

export interface Beslistermijn {
  /** ontvangenOp + 8 weeks + suspended days, before the Atw. */
  readonly nominal: IsoDate;
  /** The legal end: nominal moved past weekend and feestdagen (Atw art. 1). */
  readonly end: IsoDate;
}

/**
 * Awb 4:13: 8 weeks after receipt — the same weekday 8 weeks later (Awb 4:13 with Atw counting:
 * received Mon 1-9-2025 → Mon 27-10-2025), plus every suspended day (4:15), then Atw art. 1.
 */
export function beslistermijn(input: BeslistermijnInput): Beslistermijn {
  const suspended = Math.max(0, Math.trunc(input.suspendedDays ?? 0));
  const nominal = addDays(addWeeks(input.ontvangenOp, BESLISTERMIJN_WEKEN), suspended);
  return { nominal, end: applyAlgemeneTermijnenwet(nominal, input.extraFeestdagen ?? []) };
}

/** Calendar days from `today` to `end`: 0 on the last day, negative once the term has passed. */
export function daysLeft(end: IsoDate, today: IsoDate): number {
  return daysBetween(today, end);
}
