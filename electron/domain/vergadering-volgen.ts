// Issue 13 · the members of a TLA-vergadering follow it on their own machines (§6, §2). Need-to-know
// says a deskundige sees only the dossiers assigned to them; the meeting is the one exception: who is
// recorded present takes part in its agenda items and must see what is discussed there. That holds
// while the meeting is open and only for the items they take part in: a betrokkene leaves the item
// on the aanvraag they are involved in (`deelnameAanPunt`), so sees only that the item exists.
import { deelnameAanPunt } from './betrokkenheid';
import type { Role } from './types';

export const NIET_OP_PRESENTIELIJST = 'U staat niet op de presentielijst van deze vergadering.';
export const VERGADERING_GESLOTEN_VOOR_LEDEN =
  'Deze vergadering is gesloten. Het verslag is er voor de voorzitter, de secretaris en de directeur-bestuurder.';
export const NEEMT_NIET_DEEL = 'U neemt aan dit punt niet deel.';

export interface VolgFeiten {
  /** The caller's roles. */
  readonly roles: readonly Role[];
  /** The caller is on the meeting's presentielijst (`vergadering_aanwezigen`). */
  readonly aanwezig: boolean;
  /** The meeting's status; a held meeting has final minutes. */
  readonly status: 'gepland' | 'gehouden';
}

/**
 * Who may follow meeting M: whoever is recorded present at M, or a voorzitter (who leads it, as
 * today), and only while M is open; after closing the minutes are for the voorzitter, the
 * secretaris and the directeur-bestuurder (`vergadering.notulen`).
 */
export function mayVolgVergadering(f: VolgFeiten): { ok: true } | { ok: false; message: string } {
  if (!f.aanwezig && !f.roles.includes('voorzitter'))
    return { ok: false, message: NIET_OP_PRESENTIELIJST };
  if (f.status !== 'gepland') return { ok: false, message: VERGADERING_GESLOTEN_VOOR_LEDEN };
  return { ok: true };
}

/**
 * Per agenda item: does this member take part (and so see the pupil, the advices, the outcome)? The
 * same rule that decides who leaves the item in the voorzitter's view and the minutes.
 */
export function neemtDeelAanPunt(userId: number, betrokkenUserIds: readonly number[]): boolean {
  return deelnameAanPunt([{ userId }], betrokkenUserIds).deelnemers.length === 1;
}
