// The import of DUO's open data of schools and boards (issue 10): from the rows of the file and what
// TLA already holds, what each row would do — add, change (which fields, old → new), nothing, or be
// refused (and why) — and the actions that apply exactly that. Pure: reading the file (CSV/XLSX)
// and writing the rows are the service's (services/scholen-import.ts).
import { formatDutchDate } from './calendar';
import {
  dutchPlaceName,
  heeftGeenNaam,
  isBestuursnummer,
  isBrin,
  naamloosBestuur,
  normaliseBrin,
  normalisePostcode,
  sameName,
  vestigingscode,
} from './scholen';
import type { IsoDate } from './types';

/** A row of DUO's file of school locations, its cells as text (empty when the file has none). */
export interface DuoSchoolRij {
  /** The line of the file (the header is line 1). */
  readonly regel: number;
  readonly bestuursnummer: string;
  /** Not in DUO's school files; a column BEVOEGD GEZAG NAAM is read when a file has one. */
  readonly bestuursnaam: string;
  readonly instellingscode: string;
  readonly vestigingscode: string;
  readonly naam: string;
  readonly straat: string;
  readonly huisnummer: string;
  readonly postcode: string;
  readonly plaats: string;
  readonly gemeente: string;
  /** What the file's own checks refused in this row (a cell too long), in Dutch. */
  readonly fouten?: readonly string[];
}

/** A row of DUO's file of school boards (bevoegde gezagen). */
export interface DuoBestuurRij {
  readonly regel: number;
  readonly bestuursnummer: string;
  readonly naam: string;
  readonly straat: string;
  readonly huisnummer: string;
  readonly postcode: string;
  readonly plaats: string;
  readonly gemeente: string;
  readonly fouten?: readonly string[];
}

export type DuoBestand =
  | { readonly soort: 'scholen'; readonly rijen: readonly DuoSchoolRij[] }
  | { readonly soort: 'besturen'; readonly rijen: readonly DuoBestuurRij[] };

export interface BestaandBestuur {
  readonly id: number;
  readonly naam: string;
  readonly bestuursnummer: string;
  readonly adres: string | null;
  readonly postcode: string | null;
  readonly plaats: string | null;
  readonly eindDatum: IsoDate | null;
}

export interface BestaandeSchool {
  readonly id: number;
  readonly bestuurId: number;
  readonly naam: string;
  readonly brin: string;
  readonly vestiging: string;
  readonly adres: string | null;
  readonly postcode: string | null;
  readonly plaats: string;
  readonly gemeente: string | null;
  readonly eindDatum: IsoDate | null;
}

export const IMPORT_UITKOMSTEN = ['toevoegen', 'wijzigen', 'ongewijzigd', 'geweigerd'] as const;
export type ImportUitkomst = (typeof IMPORT_UITKOMSTEN)[number];

export const IMPORT_UITKOMST_LABELS: Readonly<Record<ImportUitkomst, string>> = {
  toevoegen: 'Toevoegen',
  wijzigen: 'Wijzigen',
  ongewijzigd: 'Ongewijzigd',
  geweigerd: 'Geweigerd',
};

export interface Wijziging {
  readonly veld: string;
  readonly oud: string | null;
  readonly nieuw: string;
}

/** What one row (or one board a school file names) will do. */
export interface ImportRegel {
  readonly regel: number;
  readonly soort: 'school' | 'bestuur';
  readonly uitkomst: ImportUitkomst;
  /** The school's vestigingscode (12AB00) or the board's number, as far as the row has it. */
  readonly code: string;
  readonly naam: string;
  readonly plaats: string;
  readonly bestuursnummer: string;
  readonly wijzigingen: readonly Wijziging[];
  /** Why the row is refused (geweigerd), in Dutch. */
  readonly redenen: readonly string[];
  /** What else the beheerder should know (a board created without a name, an ended school). */
  readonly opmerkingen: readonly string[];
}

export interface BestuurGegevens {
  readonly naam: string;
  readonly adres: string | null;
  readonly postcode: string | null;
  readonly plaats: string | null;
}

export interface SchoolGegevens {
  readonly naam: string;
  readonly adres: string | null;
  readonly postcode: string | null;
  readonly plaats: string;
  readonly gemeente: string;
}

/** The writes that apply the preview: boards first (new schools name them by number). */
export interface ImportActies {
  readonly nieuweBesturen: readonly (BestuurGegevens & { readonly bestuursnummer: string })[];
  readonly bestuurWijzigingen: readonly {
    readonly id: number;
    readonly set: Partial<BestuurGegevens>;
  }[];
  readonly nieuweScholen: readonly (SchoolGegevens & {
    readonly bestuursnummer: string;
    readonly brin: string;
    readonly vestiging: string;
  })[];
  readonly schoolWijzigingen: readonly {
    readonly id: number;
    readonly set: Partial<SchoolGegevens> & { readonly bestuursnummer?: string };
  }[];
}

export interface ImportTotalen {
  readonly toevoegen: number;
  readonly wijzigen: number;
  readonly ongewijzigd: number;
  readonly geweigerd: number;
  /** Rows of new schools (or boards) outside the chosen gemeenten: not shown, not imported. */
  readonly overgeslagen: number;
}

export interface ImportPlan {
  readonly regels: readonly ImportRegel[];
  readonly totalen: ImportTotalen;
  /** Every gemeente of the file with its number of rows, to choose the SWV's own. */
  readonly gemeenten: readonly { readonly naam: string; readonly aantal: number }[];
  readonly acties: ImportActies;
}

export interface ImportOpties {
  /**
   * Only new schools (or boards) in these gemeenten are added; rows of schools (boards) TLA already
   * holds are compared wherever they are. Null: every row counts.
   */
  readonly gemeenten: readonly string[] | null;
}

const VELD = {
  naam: 'Naam',
  adres: 'Adres',
  postcode: 'Postcode',
  plaats: 'Plaats',
  gemeente: 'Gemeente',
  bestuur: 'Bestuur',
} as const;

const adresVan = (straat: string, huisnummer: string): string =>
  `${straat.trim()} ${huisnummer.trim()}`.trim().replace(/\s+/g, ' ');

/** DUO's number of a board, with the leading zeros a spreadsheet may have dropped. */
function bestuursnummerVan(raw: string): string {
  const s = raw.trim();
  return /^[0-9]{1,4}$/.test(s) ? s.padStart(5, '0') : s;
}

/**
 * The vestiging of a row: DUO's current files write the vestigingscode whole (BRIN + two digits,
 * 12AB00), some releases only the two digits (or one, when a spreadsheet dropped the zero).
 */
function vestigingVan(
  brin: string,
  raw: string,
): { ok: true; value: string } | { ok: false; reden: string } {
  const s = raw.trim().toUpperCase();
  if (s === '') return { ok: true, value: '00' };
  if (/^[0-9]{1,2}$/.test(s)) return { ok: true, value: s.padStart(2, '0') };
  if (/^[0-9]{2}[A-Z]{2}[0-9]{2}$/.test(s)) {
    if (s.slice(0, 4) !== brin)
      return {
        ok: false,
        reden: `De vestigingscode ${s} hoort niet bij BRIN ${brin}.`,
      };
    return { ok: true, value: s.slice(4) };
  }
  return {
    ok: false,
    reden: `De vestigingscode ${s} heeft niet de vorm van DUO (BRIN en twee cijfers, bijvoorbeeld 12AB00).`,
  };
}

function postcodeVan(
  raw: string,
): { ok: true; value: string | null } | { ok: false; reden: string } {
  if (raw.trim() === '') return { ok: true, value: null };
  const p = normalisePostcode(raw);
  return p === null
    ? { ok: false, reden: `De postcode ${raw.trim()} is geen Nederlandse postcode (1234 AB).` }
    : { ok: true, value: p };
}

/** A field that changes when the file has a value for it that differs (case and spaces aside). */
function change(out: Wijziging[], veld: string, oud: string | null, nieuw: string | null): boolean {
  if (nieuw === null || nieuw === '' || sameName(oud, nieuw)) return false;
  out.push({ veld, oud, nieuw });
  return true;
}

type RegelBasis = Pick<
  ImportRegel,
  'regel' | 'soort' | 'code' | 'naam' | 'plaats' | 'bestuursnummer'
>;

/** A row of the preview: its outcome and, where there are any, its changes, reasons and notes. */
function uitkomst(
  base: RegelBasis,
  u: ImportUitkomst,
  extra: Partial<Pick<ImportRegel, 'wijzigingen' | 'redenen' | 'opmerkingen'>> = {},
): ImportRegel {
  return { ...base, uitkomst: u, wijzigingen: [], redenen: [], opmerkingen: [], ...extra };
}

function countGemeenten(values: readonly string[]): { naam: string; aantal: number }[] {
  const counts = new Map<string, { naam: string; aantal: number }>();
  for (const v of values) {
    const naam = dutchPlaceName(v);
    if (naam === '') continue;
    const key = naam.toLowerCase();
    const c = counts.get(key);
    if (c) c.aantal += 1;
    else counts.set(key, { naam, aantal: 1 });
  }
  return [...counts.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

function inGebied(gemeente: string, opties: ImportOpties): boolean {
  if (opties.gemeenten === null || gemeente.trim() === '') return true;
  return opties.gemeenten.some((g) => sameName(g, dutchPlaceName(gemeente)));
}

function totalen(regels: readonly ImportRegel[], overgeslagen: number): ImportTotalen {
  const n = (u: ImportUitkomst) => regels.filter((r) => r.uitkomst === u).length;
  return {
    toevoegen: n('toevoegen'),
    wijzigen: n('wijzigen'),
    ongewijzigd: n('ongewijzigd'),
    geweigerd: n('geweigerd'),
    overgeslagen,
  };
}

/** The plan of an import: every row's outcome, the totals and the actions. */
export function planImport(
  bestand: DuoBestand,
  bestaand: {
    readonly besturen: readonly BestaandBestuur[];
    readonly scholen: readonly BestaandeSchool[];
  },
  opties: ImportOpties,
): ImportPlan {
  return bestand.soort === 'besturen'
    ? planBesturen(bestand.rijen, bestaand.besturen, opties)
    : planScholen(bestand.rijen, bestaand, opties);
}

function planBesturen(
  rijen: readonly DuoBestuurRij[],
  besturen: readonly BestaandBestuur[],
  opties: ImportOpties,
): ImportPlan {
  const byNummer = new Map(besturen.map((b) => [b.bestuursnummer, b]));
  const seen = new Map<string, number>();
  const regels: ImportRegel[] = [];
  const nieuweBesturen: (BestuurGegevens & { bestuursnummer: string })[] = [];
  const bestuurWijzigingen: { id: number; set: Partial<BestuurGegevens> }[] = [];
  let overgeslagen = 0;
  for (const r of rijen) {
    const nummer = bestuursnummerVan(r.bestuursnummer);
    const bestaand = byNummer.get(nummer);
    if (bestaand === undefined && !inGebied(r.gemeente, opties)) {
      overgeslagen += 1;
      continue;
    }
    const redenen: string[] = [...(r.fouten ?? [])];
    if (nummer === '') redenen.push('Het bestuursnummer (BEVOEGD GEZAG NUMMER) ontbreekt.');
    else if (!isBestuursnummer(nummer))
      redenen.push(`Het bestuursnummer ${nummer} heeft geen vijf cijfers.`);
    if (r.naam.trim() === '') redenen.push('De naam (BEVOEGD GEZAG NAAM) ontbreekt.');
    const postcode = postcodeVan(r.postcode);
    if (!postcode.ok) redenen.push(postcode.reden);
    const eerder = seen.get(nummer);
    if (redenen.length === 0 && eerder !== undefined)
      redenen.push(`Dubbele regel: bestuur ${nummer} staat ook op regel ${eerder}.`);
    const base = {
      regel: r.regel,
      soort: 'bestuur' as const,
      code: nummer,
      naam: r.naam.trim() || (bestaand?.naam ?? ''),
      plaats: dutchPlaceName(r.plaats),
      bestuursnummer: nummer,
    };
    if (redenen.length > 0 || !postcode.ok) {
      regels.push(uitkomst(base, 'geweigerd', { redenen }));
      continue;
    }
    seen.set(nummer, r.regel);
    const gegevens: BestuurGegevens = {
      naam: r.naam.trim(),
      adres: adresVan(r.straat, r.huisnummer) || null,
      postcode: postcode.value,
      plaats: dutchPlaceName(r.plaats) || null,
    };
    if (bestaand === undefined) {
      nieuweBesturen.push({ ...gegevens, bestuursnummer: nummer });
      regels.push(uitkomst(base, 'toevoegen'));
      continue;
    }
    const wijzigingen: Wijziging[] = [];
    const set: { -readonly [K in keyof BestuurGegevens]?: BestuurGegevens[K] } = {};
    if (change(wijzigingen, VELD.naam, bestaand.naam, gegevens.naam)) set.naam = gegevens.naam;
    if (change(wijzigingen, VELD.adres, bestaand.adres, gegevens.adres)) set.adres = gegevens.adres;
    if (change(wijzigingen, VELD.postcode, bestaand.postcode, gegevens.postcode))
      set.postcode = gegevens.postcode;
    if (change(wijzigingen, VELD.plaats, bestaand.plaats, gegevens.plaats))
      set.plaats = gegevens.plaats;
    const opmerkingen = bestaand.eindDatum
      ? [`Dit bestuur is beëindigd per ${formatDutchDate(bestaand.eindDatum)}; dat blijft zo.`]
      : [];
    if (wijzigingen.length > 0) bestuurWijzigingen.push({ id: bestaand.id, set });
    regels.push(
      uitkomst(base, wijzigingen.length > 0 ? 'wijzigen' : 'ongewijzigd', {
        wijzigingen,
        opmerkingen,
      }),
    );
  }
  return {
    regels,
    totalen: totalen(regels, overgeslagen),
    gemeenten: countGemeenten(rijen.map((r) => r.gemeente)),
    acties: { nieuweBesturen, bestuurWijzigingen, nieuweScholen: [], schoolWijzigingen: [] },
  };
}

function planScholen(
  rijen: readonly DuoSchoolRij[],
  bestaand: {
    readonly besturen: readonly BestaandBestuur[];
    readonly scholen: readonly BestaandeSchool[];
  },
  opties: ImportOpties,
): ImportPlan {
  const bestuurByNummer = new Map(bestaand.besturen.map((b) => [b.bestuursnummer, b]));
  const bestuurById = new Map(bestaand.besturen.map((b) => [b.id, b]));
  const schoolByCode = new Map(
    bestaand.scholen.map((s) => [vestigingscode(s.brin, s.vestiging), s]),
  );
  // The name of a board the file gives (optional column), first one wins.
  const namenInBestand = new Map<string, string>();
  for (const r of rijen) {
    const nummer = bestuursnummerVan(r.bestuursnummer);
    if (r.bestuursnaam.trim() !== '' && !namenInBestand.has(nummer))
      namenInBestand.set(nummer, r.bestuursnaam.trim());
  }
  const seen = new Map<string, number>();
  const regels: ImportRegel[] = [];
  const nieuweScholen: ImportActies['nieuweScholen'][number][] = [];
  const schoolWijzigingen: ImportActies['schoolWijzigingen'][number][] = [];
  /** Boards the accepted rows need that TLA does not hold yet, by number: the first line naming it. */
  const nieuweBesturen = new Map<string, number>();
  let overgeslagen = 0;

  for (const r of rijen) {
    const brin = normaliseBrin(r.instellingscode);
    const vestiging = isBrin(brin) ? vestigingVan(brin, r.vestigingscode) : null;
    const code = vestiging?.ok === true ? vestigingscode(brin, vestiging.value) : brin;
    const school = vestiging?.ok === true ? schoolByCode.get(code) : undefined;
    if (school === undefined && !inGebied(r.gemeente, opties)) {
      overgeslagen += 1;
      continue;
    }
    const nummer = bestuursnummerVan(r.bestuursnummer);
    const redenen: string[] = [...(r.fouten ?? [])];
    if (brin === '') redenen.push('Het BRIN-nummer (INSTELLINGSCODE) ontbreekt.');
    else if (!isBrin(brin))
      redenen.push(
        `Het BRIN-nummer ${brin} heeft niet de vorm van DUO: twee cijfers en twee letters (12AB).`,
      );
    if (vestiging?.ok === false) redenen.push(vestiging.reden);
    if (r.naam.trim() === '') redenen.push('De naam van de school (VESTIGINGSNAAM) ontbreekt.');
    if (r.plaats.trim() === '') redenen.push('De plaats (PLAATSNAAM) ontbreekt.');
    if (school === undefined && r.gemeente.trim() === '')
      redenen.push('De gemeente (GEMEENTENAAM) ontbreekt.');
    const postcode = postcodeVan(r.postcode);
    if (!postcode.ok) redenen.push(postcode.reden);
    if (nummer === '') redenen.push('Het bestuursnummer (BEVOEGD GEZAG NUMMER) ontbreekt.');
    else if (!isBestuursnummer(nummer))
      redenen.push(`Het bestuursnummer ${nummer} heeft geen vijf cijfers.`);
    const bestuur = bestuurByNummer.get(nummer);
    const huidigBestuur = school === undefined ? undefined : bestuurById.get(school.bestuurId);
    const naarAnderBestuur = school === undefined || huidigBestuur?.bestuursnummer !== nummer;
    if (bestuur !== undefined && bestuur.eindDatum !== null && naarAnderBestuur)
      redenen.push(
        `Bestuur ${nummer} (${bestuur.naam}) wordt beëindigd per ${formatDutchDate(bestuur.eindDatum)}; er kan geen school bij.`,
      );
    const eerder = seen.get(code);
    if (redenen.length === 0 && eerder !== undefined)
      redenen.push(`Dubbele regel: school ${code} staat ook op regel ${eerder}.`);

    const base = {
      regel: r.regel,
      soort: 'school' as const,
      code,
      naam: r.naam.trim() || (school?.naam ?? ''),
      plaats: dutchPlaceName(r.plaats),
      bestuursnummer: nummer,
    };
    if (redenen.length > 0 || vestiging?.ok !== true || !postcode.ok) {
      regels.push(uitkomst(base, 'geweigerd', { redenen }));
      continue;
    }
    seen.set(code, r.regel);
    if (bestuur === undefined && !nieuweBesturen.has(nummer)) nieuweBesturen.set(nummer, r.regel);
    const gegevens: SchoolGegevens = {
      naam: r.naam.trim(),
      adres: adresVan(r.straat, r.huisnummer) || null,
      postcode: postcode.value,
      plaats: dutchPlaceName(r.plaats),
      gemeente: dutchPlaceName(r.gemeente),
    };
    if (school === undefined) {
      nieuweScholen.push({ ...gegevens, bestuursnummer: nummer, brin, vestiging: vestiging.value });
      regels.push(uitkomst(base, 'toevoegen'));
      continue;
    }
    const wijzigingen: Wijziging[] = [];
    const set: { -readonly [K in keyof SchoolGegevens]?: SchoolGegevens[K] } & {
      bestuursnummer?: string;
    } = {};
    if (change(wijzigingen, VELD.naam, school.naam, gegevens.naam)) set.naam = gegevens.naam;
    if (change(wijzigingen, VELD.adres, school.adres, gegevens.adres)) set.adres = gegevens.adres;
    if (change(wijzigingen, VELD.postcode, school.postcode, gegevens.postcode))
      set.postcode = gegevens.postcode;
    if (change(wijzigingen, VELD.plaats, school.plaats, gegevens.plaats))
      set.plaats = gegevens.plaats;
    if (change(wijzigingen, VELD.gemeente, school.gemeente, gegevens.gemeente))
      set.gemeente = gegevens.gemeente;
    if (naarAnderBestuur) {
      const naam = (b: BestaandBestuur | undefined, n: string): string =>
        b === undefined
          ? `${namenInBestand.get(n) ?? naamloosBestuur(n)} (${n}, nieuw)`
          : `${b.naam} (${n})`;
      wijzigingen.push({
        veld: VELD.bestuur,
        oud: huidigBestuur === undefined ? null : naam(huidigBestuur, huidigBestuur.bestuursnummer),
        nieuw: naam(bestuur, nummer),
      });
      set.bestuursnummer = nummer;
    }
    if (wijzigingen.length > 0) schoolWijzigingen.push({ id: school.id, set });
    regels.push(
      uitkomst(base, wijzigingen.length > 0 ? 'wijzigen' : 'ongewijzigd', {
        wijzigingen,
        opmerkingen: school.eindDatum
          ? [`Deze school is beëindigd per ${formatDutchDate(school.eindDatum)}; dat blijft zo.`]
          : [],
      }),
    );
  }

  // The boards the file names: new ones (named by the file or by their number), and boards without
  // a name that the file names.
  const nieuweBesturenActies: (BestuurGegevens & { bestuursnummer: string })[] = [];
  const bestuurWijzigingen: { id: number; set: Partial<BestuurGegevens> }[] = [];
  const bestuurRegels: ImportRegel[] = [];
  for (const [nummer, regel] of nieuweBesturen) {
    const naam = namenInBestand.get(nummer);
    nieuweBesturenActies.push({
      bestuursnummer: nummer,
      naam: naam ?? naamloosBestuur(nummer),
      adres: null,
      postcode: null,
      plaats: null,
    });
    const opmerkingen =
      naam === undefined
        ? [
            'Het bestand noemt alleen het nummer van dit bestuur. Vul daarna de naam in bij het bestuur, of importeer het DUO-bestand van de schoolbesturen.',
          ]
        : [];
    const base = { regel, soort: 'bestuur' as const, code: nummer, bestuursnummer: nummer };
    bestuurRegels.push(
      uitkomst({ ...base, naam: naam ?? naamloosBestuur(nummer), plaats: '' }, 'toevoegen', {
        opmerkingen,
      }),
    );
  }
  for (const b of bestaand.besturen) {
    const naam = namenInBestand.get(b.bestuursnummer);
    if (naam === undefined || !heeftGeenNaam(b) || sameName(b.naam, naam)) continue;
    const regel =
      rijen.find((r) => bestuursnummerVan(r.bestuursnummer) === b.bestuursnummer)?.regel ?? 0;
    bestuurWijzigingen.push({ id: b.id, set: { naam } });
    const base = { regel, soort: 'bestuur' as const, code: b.bestuursnummer };
    bestuurRegels.push(
      uitkomst(
        { ...base, naam, plaats: b.plaats ?? '', bestuursnummer: b.bestuursnummer },
        'wijzigen',
        {
          wijzigingen: [{ veld: VELD.naam, oud: b.naam, nieuw: naam }],
        },
      ),
    );
  }
  const alle = [...bestuurRegels, ...regels].sort(
    (a, b) => a.regel - b.regel || (a.soort === 'bestuur' ? -1 : 1),
  );
  return {
    regels: alle,
    totalen: totalen(alle, overgeslagen),
    gemeenten: countGemeenten(rijen.map((r) => r.gemeente)),
    acties: {
      nieuweBesturen: nieuweBesturenActies,
      bestuurWijzigingen,
      nieuweScholen,
      schoolWijzigingen,
    },
  };
}
