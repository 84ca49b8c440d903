// Opschorting of the beslistermijn (Awb 4:15; rulebook §3.4): the grounds, the days the clock
// stands still, and the checks before a suspension or a received aanvulling is saved.
import { addDays, compareIsoDates, daysBetween, formatDutchDate, isWeekend } from './calendar';
import { isFeestdag } from './feestdagen';
import type { IsoDate } from './types';

/** Awb 4:15: the only grounds that suspend the beslistermijn (§3.4). */
export const OPSCHORTING_GRONDEN = [
  'awb_4_15_1a',
  'awb_4_15_2a',
  'awb_4_15_2b',
  'awb_4_15_2c',
] as const;
export type OpschortingGrond = (typeof OPSCHORTING_GRONDEN)[number];

/** What a suspension is for: intake aanvulling, questions after an advice (§6), or other. */
export const OPSCHORTING_SOORTEN = ['aanvulling', 'vragen', 'overig'] as const;
export type OpschortingSoort = (typeof OPSCHORTING_SOORTEN)[number];

export const OPSCHORTING_GROND_LABELS: Readonly<Record<OpschortingGrond, string>> = {
  awb_4_15_1a: 'Aanvulling gevraagd (Awb 4:15 lid 1 sub a)',
  awb_4_15_2a: 'Met schriftelijke instemming van de aanvrager (Awb 4:15 lid 2 sub a)',
  awb_4_15_2b: 'Vertraging door de aanvrager (Awb 4:15 lid 2 sub b)',
  awb_4_15_2c: 'Overmacht (Awb 4:15 lid 2 sub c)',
};

export interface Opschorting {
  readonly grond: OpschortingGrond;
  /** Day of the request (or start day); the clock stands still from the NEXT day. */
  readonly start: IsoDate;
  /** Last day of the term given (required for 1a; optional end of an agreed period for 2a–2c). */
  readonly termEnd: IsoDate | null;
  /** Day the aanvulling was received, or the day the clock runs again. */
  readonly resumedOn: IsoDate | null;
}

export type DomainCheck = { ok: true } | { ok: false; message: string };

const ok: DomainCheck = { ok: true };
const fail = (message: string): DomainCheck => ({ ok: false, message });

function earliest(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/**
 * Awb 4:15 lid 1 sub a: the clock runs again on the day the aanvulling is received, or — when the
 * term passes unused — on the day after its last day, whichever comes first. A suspension on a
 * lid 2 ground runs until the recorded resume day (or the end of an agreed term, when one is set).
 * null = still suspended on `today`.
 */
export function resumeDay(o: Opschorting, today: IsoDate): IsoDate | null {
  const afterTerm = o.termEnd === null ? null : addDays(o.termEnd, 1);
  if (o.resumedOn !== null)
    return afterTerm === null ? o.resumedOn : earliest(o.resumedOn, afterTerm);
  if (afterTerm !== null && compareIsoDates(afterTerm, today) <= 0) return afterTerm;
  return null;
}

/**
 * §3.4, Awb 4:15: suspended days = resume − start − 1, never negative. A suspension still running
 * counts up to and including `today` (as if the clock ran again tomorrow), so the end of the
 * beslistermijn moves on day by day while it lasts.
 */
export function suspendedDaysOf(o: Opschorting, today: IsoDate): number {
  const resume = resumeDay(o, today) ?? addDays(today, 1);
  return Math.max(0, daysBetween(o.start, resume) - 1);
}

/** Awb 4:15: the total of all suspensions of one aanvraag (they never overlap, see below). */
export function totalSuspendedDays(list: readonly Opschorting[], today: IsoDate): number {
  return list.reduce((sum, o) => sum + suspendedDaysOf(o, today), 0);
}

/** In force on `today`: asked (start ≤ today) and the clock not yet running again. */
export function isSuspensionRunning(o: Opschorting, today: IsoDate): boolean {
  if (compareIsoDates(o.start, today) > 0) return false;
  const resume = resumeDay(o, today);
  return resume === null || compareIsoDates(resume, today) > 0;
}

/** Whether any suspension of the list is in force on `today` (dashboard: 'opgeschort'). */
export function anySuspensionRunning(list: readonly Opschorting[], today: IsoDate): boolean {
  return list.some((o) => isSuspensionRunning(o, today));
}

/** Half-open interval [start, resume) of a suspension; a running one extends without end. */
function overlaps(a: Opschorting, b: Opschorting, today: IsoDate): boolean {
  const endA = resumeDay(a, today);
  const endB = resumeDay(b, today);
  const aBeforeEndB = endB === null || compareIsoDates(a.start, endB) < 0;
  const bBeforeEndA = endA === null || compareIsoDates(b.start, endA) < 0;
  return aBeforeEndB && bBeforeEndA;
}

/** At least one day after `start` up to `termEnd` is no Saturday, Sunday or feestdag (Awb 4:5). */
function termHasWerkdag(start: IsoDate, termEnd: IsoDate): boolean {
  for (let d = addDays(start, 1); compareIsoDates(d, termEnd) <= 0; d = addDays(d, 1)) {
    if (!isWeekend(d) && !isFeestdag(d)) return true;
  }
  return false;
}

function checkDates(next: Opschorting, ctx: { ontvangenOp: IsoDate; today: IsoDate }): DomainCheck {
  if (compareIsoDates(next.start, ctx.ontvangenOp) < 0) {
    return fail('Een opschorting kan niet beginnen vóór de ontvangstdatum van de aanvraag.');
  }
  if (compareIsoDates(next.start, ctx.today) > 0) {
    return fail('Een opschorting kan niet in de toekomst beginnen.');
  }
  if (next.resumedOn !== null && compareIsoDates(next.resumedOn, next.start) < 0) {
    return fail('De hervattingsdatum ligt vóór het begin van de opschorting.');
  }
  if (next.resumedOn !== null && compareIsoDates(next.resumedOn, ctx.today) > 0) {
    return fail('De hervattingsdatum ligt in de toekomst.');
  }
  return ok;
}

function checkTerm(next: Opschorting): DomainCheck {
  if (next.grond === 'awb_4_15_1a' && next.termEnd === null) {
    return fail(
      'Een verzoek om aanvulling zonder termijn schort niets op (RvS 21-9-2016): geef een termijn.',
    );
  }
  if (next.termEnd !== null && !termHasWerkdag(next.start, next.termEnd)) {
    return fail('Een termijn van 0 werkdagen is geen termijn: geef ten minste 1 werkdag.');
  }
  return ok;
}

/** §3.4 and the bad input: a new suspension must fit the aanvraag and the others. */
export function validateNewOpschorting(
  existing: readonly Opschorting[],
  next: Opschorting,
  ctx: { readonly ontvangenOp: IsoDate; readonly today: IsoDate },
): DomainCheck {
  const dates = checkDates(next, ctx);
  if (!dates.ok) return dates;
  const term = checkTerm(next);
  if (!term.ok) return term;
  if (existing.some((o) => overlaps(o, next, ctx.today))) {
    return fail('Deze opschorting overlapt met een eerdere opschorting.');
  }
  return ok;
}

/** Awb 4:15 lid 1 sub a: the aanvulling can only arrive after it was asked, and not in the future. */
export function validateAanvullingOntvangen(
  o: Opschorting,
  receivedOn: IsoDate,
  today: IsoDate,
): DomainCheck {
  if (o.resumedOn !== null) {
    return fail(`De aanvulling is al ontvangen op ${formatDutchDate(o.resumedOn)}.`);
  }
  if (compareIsoDates(receivedOn, o.start) < 0) {
    return fail('De aanvulling kan niet zijn ontvangen vóórdat erom is gevraagd.');
  }
  if (compareIsoDates(receivedOn, today) > 0) {
    return fail('De ontvangstdatum van de aanvulling ligt in de toekomst.');
  }
  return ok;
}

/** The last request for aanvulling (Awb 4:15 lid 1a) of a list in the order made, or undefined. */
export function lastAanvullingsverzoek<O extends Opschorting>(list: readonly O[]): O | undefined {
  return [...list].reverse().find((o) => o.grond === 'awb_4_15_1a');
}

/** §3.4: the request for aanvulling (lid 1a) that is out, nothing received yet; or undefined. */
export function openAanvullingsverzoek<O extends Opschorting>(list: readonly O[]): O | undefined {
  return [...list].reverse().find((o) => o.grond === 'awb_4_15_1a' && o.resumedOn === null);
}

/**
 * Awb 4:5: only when the term of the last request for aanvulling (lid 1a) has passed without the
 * aanvulling may the aanvraag be put buiten behandeling.
 */
export function aanvullingstermijnVerstreken(
  list: readonly Opschorting[],
  today: IsoDate,
): boolean {
  const last = lastAanvullingsverzoek(list);
  return (
    last !== undefined &&
    last.resumedOn === null &&
    last.termEnd !== null &&
    compareIsoDates(today, last.termEnd) > 0
  );
}

/**
 * §6: the questions for the school, as the points of the letter: each line of each text (the two
 * advices' questions when both deskundigen hold the aanvraag, or the meeting's), trimmed, empty lines
 * and repeats left out. A prefill: the SLL may still change them.
 */
export function vragenAlsPunten(teksten: readonly (string | null)[]): string[] {
  const punten = teksten
    .flatMap((t) => (t ?? '').split(/\r?\n/))
    .map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s+/, '').trim())
    .filter((l) => l !== '');
  return [...new Set(punten)];
}
