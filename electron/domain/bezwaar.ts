// The terms of a bezwaar against a decision (Awb hoofdstuk 6 and 7; rulebook §9).
import { addDays, addWeeks, compareIsoDates, formatDutchDate } from './calendar';
import { addWerkdagen, applyAlgemeneTermijnenwet } from './termijnen';
import type { IsoDate } from './types';

/** Awb 6:7: the bezwaartermijn is 6 weeks. */
export const BEZWAAR_TERMIJN_WEKEN = 6;
/** Awb 6:9 lid 2: a posted bezwaar may arrive up to 1 week after the end of the term. */
export const BEZWAAR_POST_MARGE_DAGEN = 7;
/** §9 (setting): ontvangstbevestiging within 5 werkdagen. */
export const BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN = 5;
/** §9: advice asked of the bezwaar-adviescommissie within 2 weeks. */
export const BEZWAAR_ADVIESAANVRAAG_WEKEN = 2;
/** Awb 7:10 lid 1: decision on the bezwaar within 12 weeks (with an adviescommissie). */
export const BEZWAAR_BESLISTERMIJN_WEKEN = 12;
/** Awb 7:10 lid 3: once extendable by 6 weeks. */
export const BEZWAAR_VERDAGING_WEKEN = 6;

/**
 * Awb 6:7 and 6:8 lid 1: 6 weeks, starting the day after the decision was sent; so it ends on the
 * same weekday 6 weeks after sending (sent Mon 1-9-2025 → Mon 13-10-2025). Then Atw art. 1.
 */
export function bezwaartermijnEnd(
  verzondenOp: IsoDate,
  extraFeestdagen: readonly IsoDate[] = [],
): IsoDate {
  return applyAlgemeneTermijnenwet(addWeeks(verzondenOp, BEZWAAR_TERMIJN_WEKEN), extraFeestdagen);
}

/**
 * Awb 6:8: the day a decision (or buiten behandeling) was sent, as the secretaris records it: not
 * before the decision was taken, and not in the future. The bezwaartermijn runs from the day after.
 */
export function validateVerzondenOp(input: {
  readonly besluitdatum: IsoDate;
  readonly verzondenOp: IsoDate;
  readonly today: IsoDate;
}): { ok: true } | { ok: false; message: string } {
  if (compareIsoDates(input.verzondenOp, input.besluitdatum) < 0) {
    return {
      ok: false,
      message: `De verzenddatum ligt vóór de besluitdatum (${formatDutchDate(input.besluitdatum)}).`,
    };
  }
  if (compareIsoDates(input.verzondenOp, input.today) > 0) {
    return { ok: false, message: 'De verzenddatum ligt in de toekomst.' };
  }
  return { ok: true };
}

/**
 * The dates of a bezwaarschrift as the secretaris registers it: received today or earlier, the
 * postmark (when posted) not after receipt, and neither before the decision was sent (Awb 6:8: a
 * bezwaar is made against a decision that was made known). Null when they fit.
 */
export function bezwaarDatumProblem(input: {
  readonly ontvangenOp: IsoDate;
  readonly postmarkedOn: IsoDate | null;
  /** When the decision was sent; null while unknown. */
  readonly verzondenOp: IsoDate | null;
  readonly today: IsoDate;
}): { field: 'ontvangenOp' | 'postmarkedOn'; message: string } | null {
  const { ontvangenOp, postmarkedOn: post, verzondenOp: sent } = input;
  if (compareIsoDates(ontvangenOp, input.today) > 0)
    return { field: 'ontvangenOp', message: 'De ontvangstdatum ligt in de toekomst.' };
  if (post !== null && compareIsoDates(post, ontvangenOp) > 0)
    return { field: 'postmarkedOn', message: 'De poststempel ligt na de ontvangstdatum.' };
  if (sent === null) return null;
  if (compareIsoDates(ontvangenOp, sent) < 0)
    return {
      field: 'ontvangenOp',
      message: 'Het bezwaar is ontvangen vóór het besluit is verzonden.',
    };
  if (post !== null && compareIsoDates(post, sent) < 0)
    return {
      field: 'postmarkedOn',
      message: `De poststempel ligt vóór de verzending van het besluit (${formatDutchDate(sent)}). Controleer de datum op de envelop.`,
    };
  return null;
}

/** Awb 6:8: the bezwaartermijn of a decision sent on `verzondenOp`: its first and last day. */
export function bezwaartermijn(
  verzondenOp: IsoDate,
  extraFeestdagen: readonly IsoDate[] = [],
): { readonly van: IsoDate; readonly totEnMet: IsoDate } {
  return {
    van: addDays(verzondenOp, 1),
    totEnMet: bezwaartermijnEnd(verzondenOp, extraFeestdagen),
  };
}

export interface BezwaarTijdigheid {
  readonly tijdig: boolean;
  /** Dutch explanation for the dossier and the letter. */
  readonly reden: string;
}

/**
 * Awb 6:9: on time when received before the end of the term; a bezwaar sent by post is also on
 * time when posted before the end and received no later than one week after it (lid 2).
 */
export function isBezwaarTijdig(input: {
  readonly verzondenOp: IsoDate;
  readonly ontvangenOp: IsoDate;
  readonly postmarkedOn: IsoDate | null;
}): BezwaarTijdigheid {
  const end = bezwaartermijnEnd(input.verzondenOp);
  const einde = formatDutchDate(end);
  if (compareIsoDates(input.ontvangenOp, end) <= 0) {
    return { tijdig: true, reden: `Ontvangen binnen de bezwaartermijn (tot en met ${einde}).` };
  }
  const uiterst = addDays(end, BEZWAAR_POST_MARGE_DAGEN);
  const post = input.postmarkedOn;
  if (post !== null && compareIsoDates(post, end) <= 0) {
    if (compareIsoDates(input.ontvangenOp, uiterst) <= 0) {
      return {
        tijdig: true,
        reden: `Op tijd ter post bezorgd (${formatDutchDate(post)}) en binnen een week na ${einde} ontvangen (Awb 6:9 lid 2).`,
      };
    }
    return {
      tijdig: false,
      reden: `Op tijd gepost, maar later dan een week na ${einde} ontvangen (Awb 6:9 lid 2).`,
    };
  }
  return { tijdig: false, reden: `Ontvangen na het einde van de bezwaartermijn (${einde}).` };
}

/** §9 (setting): the ontvangstbevestiging of a bezwaar goes out within 5 werkdagen. */
export function ontvangstbevestigingUiterlijk(
  ontvangenOp: IsoDate,
  werkdagen: number = BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN,
  closingDays: readonly IsoDate[] = [],
): IsoDate {
  return addWerkdagen(ontvangenOp, werkdagen, closingDays);
}

/**
 * §9 (Awb 7:13, practice of the SWV): ask the bezwaar-adviescommissie for advice within 2 weeks of
 * receipt. An internal target: not moved by the Atw.
 */
export function adviesaanvraagUiterlijk(ontvangenOp: IsoDate): IsoDate {
  return addWeeks(ontvangenOp, BEZWAAR_ADVIESAANVRAAG_WEKEN);
}

/**
 * Awb 7:10 lid 1 and 3: decide within 12 weeks counted from the day after the bezwaartermijn ended,
 * once extendable by 6 weeks (18). A term set by law, so Atw art. 1 applies.
 */
export function beslissingOpBezwaarUiterlijk(
  bezwaartermijnEinde: IsoDate,
  verdaagd: boolean,
  extraFeestdagen: readonly IsoDate[] = [],
): IsoDate {
  const weken = BEZWAAR_BESLISTERMIJN_WEKEN + (verdaagd ? BEZWAAR_VERDAGING_WEKEN : 0);
  return applyAlgemeneTermijnenwet(addWeeks(bezwaartermijnEinde, weken), extraFeestdagen);
}
