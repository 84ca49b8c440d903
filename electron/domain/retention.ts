// §12 (AVG, WPO 18a lid 13): dossier data is kept at most 3 years after the decision (a setting),
// and a pending bezwaar or beroep holds deletion.
import { addDays, compareIsoDates, formatDutchDate, parseIsoDate, isoDate } from './calendar';
import type { IsoDate } from './types';

export const DEFAULT_BEWAARTERMIJN_JAREN = 3;

export type DeletionCheck = { ok: true; from: IsoDate } | { ok: false; reason: string };

/** The first day on which the dossier may be deleted: `jaren` years after the decision day. */
export function verwijderbaarVanaf(
  besluitOp: IsoDate,
  jaren = DEFAULT_BEWAARTERMIJN_JAREN,
): IsoDate {
  const { year, month, day } = parseIsoDate(besluitOp);
  // 29 February + 3 years does not exist: the term then ends on 1 March.
  const sameDay =
    month === 2 && day === 29
      ? addDays(isoDate(year + jaren, 2, 28), 1)
      : isoDate(year + jaren, month, day);
  return sameDay;
}

/** Whether the dossier may be deleted today; a reason in Dutch when not. */
export function mayDeleteDossier(input: {
  readonly besluitOp: IsoDate | null;
  readonly today: IsoDate;
  readonly bezwaarOfBeroepOpen: boolean;
  readonly jaren?: number;
}): DeletionCheck {
  if (input.bezwaarOfBeroepOpen) {
    return {
      ok: false,
      reason: 'Er loopt een bezwaar of beroep: het dossier wordt bewaard tot dat is afgerond.',
    };
  }
  if (input.besluitOp === null) return { ok: false, reason: 'Er is nog geen besluit genomen.' };
  const from = verwijderbaarVanaf(input.besluitOp, input.jaren ?? DEFAULT_BEWAARTERMIJN_JAREN);
  if (compareIsoDates(input.today, from) < 0) {
    return { ok: false, reason: `De bewaartermijn loopt nog tot ${formatDutchDate(from)}.` };
  }
  return { ok: true, from };
}
