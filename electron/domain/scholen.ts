// School boards (bevoegde gezagen) and schools as DUO registers them, and the rules for keeping them
// in TLA: they are added, edited and ended, never deleted (aanvragen, the pool and the audit log
// refer to them). Pure: the services read the facts, these functions decide.
import { compareIsoDates, formatDutchDate } from './calendar';
import type { IsoDate } from './types';

// Formats --------------------------------------------------------------------------------------

/**
 * DUO's BRIN number (since 2023 "instellingscode"): four characters, two digits and two letters,
 * e.g. 12AB. A vestiging adds two digits (00 the hoofdvestiging, 01… the nevenvestigingen); BRIN
 * and vestiging together (DUO's "vestigingscode", 12AB00) name one school location.
 */
const BRIN = /^[0-9]{2}[A-Z]{2}$/;
const VESTIGING = /^[0-9]{2}$/;
/** DUO's bevoegd-gezagnummer of a school board: five digits. */
const BESTUURSNUMMER = /^[0-9]{5}$/;
/** A Dutch postcode: four digits not starting with 0, two letters; SA, SD and SS are not issued. */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;
const UNISSUED_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS']);

export const SCHOOL_FORMAT_MESSAGES = {
  brin: 'Een BRIN-nummer heeft vier tekens: twee cijfers en twee letters, bijvoorbeeld 12AB.',
  vestiging: 'Een vestigingsnummer heeft twee cijfers, bijvoorbeeld 00 voor de hoofdvestiging.',
  bestuursnummer: 'Een bestuursnummer (bevoegd gezag) heeft vijf cijfers, bijvoorbeeld 41234.',
  postcode: 'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.',
} as const;

export const normaliseBrin = (s: string): string => s.trim().toUpperCase();
export const isBrin = (s: string): boolean => BRIN.test(s);
export const isVestiging = (s: string): boolean => VESTIGING.test(s);
export const isBestuursnummer = (s: string): boolean => BESTUURSNUMMER.test(s);

/** '1234ab', '1234 AB' → '1234 AB'; null when it is not a Dutch postcode. */
export function normalisePostcode(s: string): string | null {
  const m = POSTCODE.exec(s.trim().toUpperCase());
  if (!m || UNISSUED_POSTCODE_LETTERS.has(m[2] as string)) return null;
  return `${m[1]} ${m[2]}`;
}

/** DUO's vestigingscode of a school: BRIN and vestiging, e.g. 12AB00. */
export const vestigingscode = (brin: string, vestiging: string): string => `${brin}${vestiging}`;

/** Words that stay small inside a place name (Bergen op Zoom, Capelle aan den IJssel). */
const SMALL = new Set(['aan', 'de', 'den', 'der', 'en', 'het', 'in', 'op', 'over', 'bij', 'van']);

/**
 * Place and gemeente names as DUO writes them, in capitals ('CAPELLE AAN DEN IJSSEL'), in the case
 * a letter uses ('Capelle aan den IJssel'). A name that is not all capitals is left as it is.
 */
export function dutchPlaceName(raw: string): string {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '' || s !== s.toUpperCase() || s === s.toLowerCase()) return s;
  const capital = (word: string): string => {
    if (word.startsWith('ij')) return `IJ${word.slice(2)}`;
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  return s
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          // 's-Hertogenbosch, 's-Gravenhage: the article stays small.
          if (part === "'s" || part === '’s') return part;
          if ((i > 0 || j > 0) && SMALL.has(part)) return part;
          return capital(part);
        })
        .join('-'),
    )
    .join(' ');
}

/** Two names the same but for case and spaces ('OBS DE WEGWIJZER' and 'OBS De Wegwijzer'). */
export function sameName(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

// Ended boards and schools ---------------------------------------------------------------------

/**
 * A board or school with an end date is "beëindigd per" that date: from that day on it is no
 * longer offered for a new aanvraag or a new choice; before it, it still is.
 */
export function isActief(eindDatum: IsoDate | null, today: IsoDate): boolean {
  return eindDatum === null || compareIsoDates(today, eindDatum) < 0;
}

/** A school may be chosen for a new aanvraag (or a new choice) when it and its board are active. */
export function isKiesbaar(
  school: { readonly eindDatum: IsoDate | null },
  bestuur: { readonly eindDatum: IsoDate | null },
  today: IsoDate,
): boolean {
  return isActief(school.eindDatum, today) && isActief(bestuur.eindDatum, today);
}

/** Why the school of an aanvraag may not be chosen, or null. */
export function schoolKeuzeProblem(
  school: { readonly naam: string; readonly eindDatum: IsoDate | null },
  bestuur: { readonly naam: string; readonly eindDatum: IsoDate | null },
  today: IsoDate,
): string | null {
  if (!isActief(school.eindDatum, today))
    return `${school.naam} is beëindigd per ${formatDutchDate(school.eindDatum as IsoDate)}. Kies een andere school.`;
  if (!isActief(bestuur.eindDatum, today))
    return `Het bestuur van ${school.naam} is beëindigd per ${formatDutchDate(bestuur.eindDatum as IsoDate)}. Kies een andere school.`;
  return null;
}

/** A school is added to, or moved to, a board only while that board has no end date. */
export function bestuurVoorSchoolProblem(bestuur: {
  readonly naam: string;
  readonly eindDatum: IsoDate | null;
}): string | null {
  return bestuur.eindDatum === null
    ? null
    : `${bestuur.naam} wordt beëindigd per ${formatDutchDate(bestuur.eindDatum)}; kies een ander bestuur.`;
}

/**
 * Ending a school: not on or before the day it last sent an aanvraag (from its end date on it no
 * longer exists), and not after its board ends.
 */
export function schoolEindeProblem(f: {
  readonly eindDatum: IsoDate;
  /** The latest ontvangstdatum of the aanvragen that name the school. */
  readonly laatsteOntvangst: IsoDate | null;
  readonly bestuurEindDatum: IsoDate | null;
}): string | null {
  if (f.laatsteOntvangst !== null && compareIsoDates(f.eindDatum, f.laatsteOntvangst) <= 0)
    return `Deze school heeft op ${formatDutchDate(f.laatsteOntvangst)} nog een aanvraag ingediend; kies een einddatum na die dag.`;
  if (f.bestuurEindDatum !== null && compareIsoDates(f.eindDatum, f.bestuurEindDatum) > 0)
    return `Het bestuur wordt beëindigd per ${formatDutchDate(f.bestuurEindDatum)}; de school kan niet later eindigen.`;
  return null;
}

/** Undoing a school's end: its board must have no end date. */
export function schoolHeropenenProblem(bestuur: {
  readonly naam: string;
  readonly eindDatum: IsoDate | null;
}): string | null {
  return bestuur.eindDatum === null
    ? null
    : `Het bestuur ${bestuur.naam} wordt beëindigd per ${formatDutchDate(bestuur.eindDatum)}. Maak eerst die beëindiging ongedaan, of verplaats de school naar een ander bestuur.`;
}

/** Ending a board: every school of it ends on or before the board does. */
export function bestuurEindeProblem(f: {
  readonly eindDatum: IsoDate;
  readonly scholen: readonly { readonly naam: string; readonly eindDatum: IsoDate | null }[];
}): string | null {
  const open = f.scholen.filter(
    (s) => s.eindDatum === null || compareIsoDates(s.eindDatum, f.eindDatum) > 0,
  );
  if (open.length === 0) return null;
  const names = open
    .slice(0, 3)
    .map((s) => s.naam)
    .join(', ');
  const more = open.length > 3 ? ` en nog ${open.length - 3}` : '';
  return `Beëindig eerst de scholen van dit bestuur (uiterlijk per ${formatDutchDate(f.eindDatum)}) of verplaats ze naar een ander bestuur: ${names}${more}.`;
}

// Uniqueness ------------------------------------------------------------------------------------

/** (BRIN, vestiging) names one school; the message names the school that already has it. */
export function dubbeleSchoolMelding(
  bestaand: { readonly naam: string; readonly plaats: string },
  brin: string,
  vestiging: string,
): string {
  return `Er is al een school met BRIN ${brin} en vestiging ${vestiging}: ${bestaand.naam} (${bestaand.plaats}).`;
}

/** A bestuursnummer names one board. */
export function dubbelBestuurMelding(bestaand: { readonly naam: string }, nummer: string): string {
  return `Er is al een bestuur met nummer ${nummer}: ${bestaand.naam}.`;
}

// Boards without a name -------------------------------------------------------------------------

/**
 * DUO's files of schools name the board by its number only. A board that an import creates from
 * such a file is called "Bestuur 41234" until the beheerder names it (or imports DUO's file of
 * boards, which names it).
 */
export const naamloosBestuur = (nummer: string): string => `Bestuur ${nummer}`;
export const heeftGeenNaam = (b: { readonly naam: string; readonly bestuursnummer: string }) =>
  b.naam === naamloosBestuur(b.bestuursnummer);

// The pupil's gemeente --------------------------------------------------------------------------

/**
 * A first guess of a pupil's gemeente from the woonplaats, from the schools TLA knows: the gemeente
 * of that name, or the one gemeente in which schools in that place lie. Null when it cannot tell.
 */
export function gemeenteVoorWoonplaats(
  woonplaats: string,
  scholen: readonly { readonly plaats: string; readonly gemeente: string | null }[],
): string | null {
  const w = woonplaats.trim();
  if (w === '') return null;
  const gemeenten = [...new Set(scholen.map((s) => s.gemeente).filter((g) => g !== null))];
  const same = gemeenten.find((g) => sameName(g, w));
  if (same !== undefined) return same;
  const inPlace = new Set(
    scholen.filter((s) => sameName(s.plaats, w) && s.gemeente !== null).map((s) => s.gemeente),
  );
  return inPlace.size === 1 ? ([...inPlace][0] as string) : null;
}
