// Terms of the procedure: the beslistermijn (Awb 4:13), its suspension (Awb 4:15) and the moving
// of an end date by the Algemene termijnenwet; werkdagen for the internal terms (rulebook §9).
import { addDays, addWeeks, compareIsoDates, daysBetween, isWeekend } from './calendar';
import { isFeestdag } from './feestdagen';
import { anySuspensionRunning, totalSuspendedDays, type Opschorting } from './opschorting';
import type { IsoDate } from './types';

/** Awb 4:13 lid 2 with the SWV's term: 8 weeks after receipt (rulebook §9). */
export const BESLISTERMIJN_WEKEN = 8;

/** The beslistermijn in days (56): the line a doorlooptijd is read against in the reports. */
export const BESLISTERMIJN_DAGEN = BESLISTERMIJN_WEKEN * 7;

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

/** §3.4 (setting): the default term for an aanvulling, in werkdagen. */
export const DEFAULT_AANVULLING_WERKDAGEN = 10;

/**
 * Awb 4:5 lid 1: the term to complete the aanvraag. A term of n werkdagen ends after the n-th
 * werkdag after the request day; it ends on a werkdag, so the Atw never moves it.
 */
export function aanvullingTermEnd(
  requestDate: IsoDate,
  werkdagen: number = DEFAULT_AANVULLING_WERKDAGEN,
  closingDays: readonly IsoDate[] = [],
): IsoDate {
  return addWerkdagen(requestDate, werkdagen, closingDays);
}

export interface BeslistermijnMetOpschortingenInput {
  readonly ontvangenOp: IsoDate;
  readonly opschortingen: readonly Opschorting[];
  /** Awb 4:14 lid 3: the new end date named in the verdaging letter. */
  readonly verdaging?: { readonly newEnd: IsoDate } | null;
  readonly today: IsoDate;
  readonly extraFeestdagen?: readonly IsoDate[];
}

export interface BeslistermijnStand extends Beslistermijn {
  readonly suspendedDays: number;
  /** A suspension is in force today (from its request day until the clock runs again). */
  readonly suspended: boolean;
}

/**
 * Awb 4:13 + 4:15, then Atw art. 1: 8 weeks after receipt plus every suspended day (a running
 * suspension counts up to today). A verdaging (Awb 4:14 lid 3) replaces the end with the new end
 * date, itself moved by the Atw; `nominal` is then the new end date before the Atw.
 */
export function beslistermijnMetOpschortingen(
  input: BeslistermijnMetOpschortingenInput,
): BeslistermijnStand {
  const extra = input.extraFeestdagen ?? [];
  const days = totalSuspendedDays(input.opschortingen, input.today);
  const suspended = anySuspensionRunning(input.opschortingen, input.today);
  const verdaging = input.verdaging ?? null;
  if (verdaging !== null) {
    const nominal = verdaging.newEnd;
    return {
      nominal,
      end: applyAlgemeneTermijnenwet(nominal, extra),
      suspendedDays: days,
      suspended,
    };
  }
  const base = beslistermijn({
    ontvangenOp: input.ontvangenOp,
    suspendedDays: days,
    extraFeestdagen: extra,
  });
  return { ...base, suspendedDays: days, suspended };
}

/** §9 (setting): the warning 'verdaging nodig' starts this many werkdagen before the end. */
export const VERDAGING_WAARSCHUWING_WERKDAGEN = 10;

/**
 * §9, Awb 4:14 lid 3: the day from which the app warns 'verdaging nodig', counted backwards in
 * werkdagen from the end. An internal reminder: NOT moved by the Atw.
 */
export function verdagingWarningDate(
  end: IsoDate,
  werkdagen: number = VERDAGING_WAARSCHUWING_WERKDAGEN,
  closingDays: readonly IsoDate[] = [],
): IsoDate {
  return addWerkdagen(end, -Math.abs(werkdagen), closingDays);
}

/**
 * Awb 4:14 lid 3: the aanvrager must be told BEFORE the term has ended (on its last day at the
 * latest) and the new term must end after the current one.
 */
export function isVerdagingValid(input: {
  readonly currentEnd: IsoDate;
  readonly notifiedOn: IsoDate;
  readonly newEnd: IsoDate;
}): { ok: true } | { ok: false; message: string } {
  if (compareIsoDates(input.notifiedOn, input.currentEnd) > 0) {
    return {
      ok: false,
      message:
        'Verdagen kan alleen vóórdat de beslistermijn is verstreken (Awb 4:14 lid 3): de termijn is al voorbij.',
    };
  }
  if (compareIsoDates(input.newEnd, input.currentEnd) <= 0) {
    return { ok: false, message: 'De nieuwe einddatum moet na de huidige einddatum liggen.' };
  }
  return { ok: true };
}

/** §3.4: questions after the advice or the TLA-vergadering go out within 2 werkdagen. */
export const VRAGEN_NA_ADVIES_WERKDAGEN = 2;

/** §3.4 (Awb 4:5 request after aanhouden): the last day to send the questions to the school. */
export function vragenVerzendenUiterlijk(
  meetingOrAdviceDate: IsoDate,
  closingDays: readonly IsoDate[] = [],
): IsoDate {
  return addWerkdagen(meetingOrAdviceDate, VRAGEN_NA_ADVIES_WERKDAGEN, closingDays);
}

export type TrafficLight = 'groen' | 'oranje' | 'rood' | 'opgeschort';

/**
 * §9, dashboard: rood once the (legal) end has passed, opgeschort while a suspension runs, oranje
 * from the 'verdaging nodig' warning date, groen otherwise.
 */
export function trafficLight(input: {
  readonly end: IsoDate;
  readonly today: IsoDate;
  readonly suspended: boolean;
  readonly warnWerkdagen?: number;
  readonly closingDays?: readonly IsoDate[];
}): TrafficLight {
  if (compareIsoDates(input.today, input.end) > 0) return 'rood';
  if (input.suspended) return 'opgeschort';
  const warnFrom = verdagingWarningDate(
    input.end,
    input.warnWerkdagen ?? VERDAGING_WAARSCHUWING_WERKDAGEN,
    input.closingDays ?? [],
  );
  return compareIsoDates(input.today, warnFrom) >= 0 ? 'oranje' : 'groen';
}
