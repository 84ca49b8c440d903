// §12 (AVG, WPO 18a lid 13): dossier data is kept at most 3 years after the decision (a setting),
// and a pending bezwaar or beroep holds deletion.
import { addDays, compareIsoDates, parseIsoDate, isoDate } from './calendar';
import type { IsoDate } from './types';

export const DEFAULT_BEWAARTERMIJN_JAREN = 3;

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

// ---------------------------------------------------------------------------------------------
// Issue 11 · the vernietigingslijst and the two-person rule (§12, quality goal S7).

/**
 * What holds a dossier whose term has passed: a bezwaar that runs (recorded in TLA), a beroep at
 * the rechter (recorded by hand: TLA does not follow the court), and an open request of the ouders
 * under the AVG (inzage, correctie, verwijdering; the register of migration 0010 feeds it).
 */
export const BEWAAR_BLOKKADES = ['bezwaar', 'beroep', 'avg_verzoek'] as const;
export type BewaarBlokkade = (typeof BEWAAR_BLOKKADES)[number];

export const BEWAAR_BLOKKADE_LABELS: Readonly<Record<BewaarBlokkade, string>> = {
  bezwaar: 'Er loopt een bezwaar tegen het besluit.',
  beroep: 'Er loopt een beroep bij de rechter.',
  avg_verzoek:
    'Er loopt een verzoek van de ouders onder de AVG (inzage, correctie of verwijdering).',
};

/** The facts of one dossier that decide its term. */
export interface BewaarFeiten {
  /** The decision on the aanvraag (besluiten.besluitdatum), also buiten behandeling. */
  readonly besluitdatum: IsoDate | null;
  /** The decision on a bezwaar (the latest, when there were several). */
  readonly besluitOpBezwaar: IsoDate | null;
  /** The day the school withdrew the aanvraag (no decision follows). */
  readonly ingetrokkenOp: IsoDate | null;
  readonly blokkades: readonly BewaarBlokkade[];
}

/**
 * The day the term starts: the last decision in the dossier. A decision on a bezwaar replaces or
 * confirms the first one and is itself a decision about the TLV, so the three years run from it;
 * a withdrawn aanvraag has no decision and runs from its withdrawal. No start (the procedure still
 * runs): null.
 */
export function bewaartermijnStart(f: BewaarFeiten): IsoDate | null {
  const dates = [f.besluitdatum, f.besluitOpBezwaar].filter((d): d is IsoDate => d !== null);
  if (dates.length === 0) return f.ingetrokkenOp;
  return dates.reduce((a, b) => (compareIsoDates(a, b) >= 0 ? a : b));
}

export type BewaarStatus =
  /** The procedure runs: no decision yet. */
  | { readonly status: 'lopend' }
  /** Within the term: kept until `vanaf`. */
  | { readonly status: 'bewaren'; readonly start: IsoDate; readonly vanaf: IsoDate }
  /** The term passed but something holds it (the reasons in Dutch). */
  | {
      readonly status: 'vastgehouden';
      readonly start: IsoDate;
      readonly vanaf: IsoDate;
      readonly redenen: readonly string[];
    }
  /** The term passed and nothing holds it: on the vernietigingslijst. */
  | { readonly status: 'te_vernietigen'; readonly start: IsoDate; readonly vanaf: IsoDate };

/** Where a dossier stands in its retention (§12): the one rule the list and the deletion ask. */
export function bewaarStatus(
  f: BewaarFeiten,
  today: IsoDate,
  jaren = DEFAULT_BEWAARTERMIJN_JAREN,
): BewaarStatus {
  const start = bewaartermijnStart(f);
  if (start === null) return { status: 'lopend' };
  const vanaf = verwijderbaarVanaf(start, jaren);
  if (compareIsoDates(today, vanaf) < 0) return { status: 'bewaren', start, vanaf };
  const blokkades = BEWAAR_BLOKKADES.filter((b) => f.blokkades.includes(b));
  if (blokkades.length > 0)
    return {
      status: 'vastgehouden',
      start,
      vanaf,
      redenen: blokkades.map((b) => BEWAAR_BLOKKADE_LABELS[b]),
    };
  return { status: 'te_vernietigen', start, vanaf };
}

/** The bewaartermijn setting: whole years, at least 1 and at most the legal 3 (§12: at most). */
export const BEWAARTERMIJN_MIN_JAREN = 1;
export const BEWAARTERMIJN_MAX_JAREN = 3;

/**
 * The two-person rule (S7): a proposal to destroy dossiers is made by a functioneel beheerder and
 * approved by the directeur-bestuurder — never by the person who proposed it, even when that
 * person holds both roles.
 */
export function magVernietigingGoedkeuren(input: {
  readonly voorgesteldDoor: number;
  readonly goedkeurder: number;
  readonly goedkeurderRollen: readonly string[];
}): { ok: true } | { ok: false; reason: string } {
  if (!input.goedkeurderRollen.includes('directeur'))
    return { ok: false, reason: 'Alleen de directeur-bestuurder keurt een vernietiging goed.' };
  if (input.voorgesteldDoor === input.goedkeurder)
    return {
      ok: false,
      reason: 'U hebt deze vernietiging zelf voorgesteld. Een tweede persoon moet haar goedkeuren.',
    };
  return { ok: true };
}

/** 'VV-2030-0007': the number of a verklaring van vernietiging (year of approval, proposal id). */
export function verklaringNummer(goedgekeurdOp: IsoDate, voorstelId: number): string {
  return `VV-${goedgekeurdOp.slice(0, 4)}-${String(voorstelId).padStart(4, '0')}`;
}

/**
 * What the name column of a destroyed dossier's aanvraag row reads: the row stays as the register's
 * anchor and lists show it, so it says what happened instead of showing an empty name.
 */
export const VERNIETIGD_NAAM = '(gegevens vernietigd)';
