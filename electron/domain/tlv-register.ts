// Issue 12 · the TLV register and the herindicatie radar (rulebook §7, §8, §9, §12). Pure: the
// status of an issued TLV, when it shows on the radar, which herindicatie aanvragen may be the same
// pupil's, and the register in the form a receiving SO/SBO school needs for its registration with
// DUO. The services gather the rows; these functions decide.
import { addWeeks, compareIsoDates, isoDate, parseIsoDate } from './calendar';
import { normaliseerNaam } from './avg-verzoeken';
import { BESLISTERMIJN_WEKEN } from './termijnen';
import type { ExportTabel } from './export-tabel';
import type { AanvraagSoort, Categorie, IsoDate, Schoolsoort } from './types';

// ---------------------------------------------------------------------------------------------
// Status

export const TLV_STATUSSEN = ['lopend', 'verlopen', 'herzien_na_bezwaar', 'ingetrokken'] as const;
export type TlvStatus = (typeof TLV_STATUSSEN)[number];

export const TLV_STATUS_LABELS: Readonly<Record<TlvStatus, string>> = {
  lopend: 'Lopend',
  verlopen: 'Verlopen',
  herzien_na_bezwaar: 'Herzien na bezwaar',
  ingetrokken: 'Ingetrokken',
};

export interface TlvStatusFeiten {
  readonly einddatum: IsoDate;
  /** The event that ended it early: a gegrond bezwaar decided that no TLV is given. */
  readonly ingetrokkenOp: IsoDate | null;
  /** Whether a revised TLV (after a gegrond bezwaar) replaces this one. */
  readonly vervangen: boolean;
}

/**
 * The status of an issued TLV on `today`. A withdrawal or a replacement ends it whatever its dates;
 * otherwise it runs up to and including its einddatum (31 July, §8) and has expired the day after.
 * A TLV whose begindatum is still ahead is lopend: it was issued and holds.
 */
export function tlvStatus(f: TlvStatusFeiten, today: IsoDate): TlvStatus {
  if (f.ingetrokkenOp !== null && compareIsoDates(f.ingetrokkenOp, today) <= 0)
    return 'ingetrokken';
  if (f.vervangen) return 'herzien_na_bezwaar';
  return compareIsoDates(today, f.einddatum) > 0 ? 'verlopen' : 'lopend';
}

// ---------------------------------------------------------------------------------------------
// The herindicatie radar (§8: the app flags TLVs ending within (setting) 6 months).

export const DEFAULT_HERINDICATIE_MAANDEN = 6;
export const HERINDICATIE_MAANDEN_MIN = 1;
export const HERINDICATIE_MAANDEN_MAX = 24;

/**
 * `d` plus `n` calendar months; a day the target month lacks becomes its last day
 * (31 August + 6 months = 28 or 29 February).
 */
export function plusMaanden(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Geen heel aantal maanden: ${n}`);
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return isoDate(y, m, Math.min(day, last));
}

/** The first day a TLV ending on `einddatum` shows on the radar: N months before its end. */
export function radarVanaf(einddatum: IsoDate, maanden: number): IsoDate {
  return plusMaanden(einddatum, -maanden);
}

/**
 * Whether a running TLV ends within `maanden` months of `today`: it has not ended yet and today is
 * on or after the day N months before its end (radarVanaf). With 6 months a TLV ending 31-07-2027
 * shows from 31-01-2027 (on 30-01-2027 it does not yet); with 5 months from 28-02-2027, as
 * 31 February does not exist.
 */
export function eindigtBinnen(einddatum: IsoDate, today: IsoDate, maanden: number): boolean {
  if (compareIsoDates(einddatum, today) < 0) return false;
  return compareIsoDates(today, radarVanaf(einddatum, maanden)) >= 0;
}

export const RADAR_STANDEN = ['open', 'brief_verzonden', 'herindicatie_gekoppeld'] as const;
export type RadarStand = (typeof RADAR_STANDEN)[number];

export const RADAR_STAND_LABELS: Readonly<Record<RadarStand, string>> = {
  open: 'School nog niet geïnformeerd',
  brief_verzonden: 'Brief verzonden, wacht op herindicatie',
  herindicatie_gekoppeld: 'Herindicatie aangevraagd',
};

/** Where a TLV on the radar stands: handled once a herindicatie is linked; else the letter. */
export function radarStand(f: {
  readonly herindicatieAanvraagId: number | null;
  readonly eindbriefOp: IsoDate | null;
}): RadarStand {
  if (f.herindicatieAanvraagId !== null) return 'herindicatie_gekoppeld';
  return f.eindbriefOp !== null ? 'brief_verzonden' : 'open';
}

/**
 * The day the school should apply by so that the decision can come before the TLV ends: the
 * beslistermijn of 8 weeks (Awb 4:13) counted back from the einddatum (31-07-2027 → 05-06-2027).
 * An internal target, so not moved by the Algemene termijnenwet (§9).
 */
export function herindicatieAanvragenUiterlijk(einddatum: IsoDate): IsoDate {
  return addWeeks(einddatum, -BESLISTERMIJN_WEKEN);
}

// ---------------------------------------------------------------------------------------------
// Matching a herindicatie aanvraag to the ending TLV: TLA proposes, the SLL confirms.

export interface TlvVoorKoppeling {
  readonly aanvraagId: number;
  readonly leerlingNaam: string | null;
  readonly leerlingGeboortedatum: IsoDate | null;
  readonly bestuurId: number;
}

export interface HerindicatieAanvraag {
  readonly id: number;
  readonly soort: AanvraagSoort;
  readonly leerlingNaam: string;
  readonly leerlingGeboortedatum: IsoDate;
  readonly bestuurId: number;
  /** Destroyed dossiers are never proposed. */
  readonly vernietigd: boolean;
}

export interface HerindicatieKandidaat {
  readonly aanvraagId: number;
  readonly naamGelijk: boolean;
  readonly bestuurGelijk: boolean;
}

/**
 * Why `aanvraag` cannot be the herindicatie of this TLV, or null. The hard rules: it is a
 * herindicatie, not the TLV's own aanvraag, not destroyed, and the pupil has the same date of birth.
 * The name and the school board may differ (a typo; the pupil now attends the SO/SBO school of
 * another board): the SLL sees whether they are equal and confirms.
 */
export function koppelingProbleem(
  tlv: TlvVoorKoppeling,
  aanvraag: HerindicatieAanvraag,
): string | null {
  if (aanvraag.soort !== 'herindicatie') return 'Deze aanvraag is geen herindicatie.';
  if (aanvraag.id === tlv.aanvraagId)
    return 'Dit is de aanvraag waarop de toelaatbaarheidsverklaring is afgegeven.';
  if (aanvraag.vernietigd || tlv.leerlingGeboortedatum === null)
    return 'De gegevens van deze leerling zijn vernietigd.';
  if (aanvraag.leerlingGeboortedatum !== tlv.leerlingGeboortedatum)
    return 'De geboortedatum van de leerling in deze aanvraag is een andere.';
  return null;
}

/**
 * The herindicatie aanvragen that may be this pupil's: the same date of birth and either the same
 * name or the same school board (a pupil with only the date of birth in common is not proposed).
 * Name and board both equal first, then name, then board; within each, the newest aanvraag first.
 */
export function herindicatieKandidaten(
  tlv: TlvVoorKoppeling,
  aanvragen: readonly HerindicatieAanvraag[],
): HerindicatieKandidaat[] {
  const naam = tlv.leerlingNaam === null ? null : normaliseerNaam(tlv.leerlingNaam);
  const rank = (k: HerindicatieKandidaat) => (k.naamGelijk ? 2 : 0) + (k.bestuurGelijk ? 1 : 0);
  return aanvragen
    .filter((a) => koppelingProbleem(tlv, a) === null)
    .map((a) => ({
      aanvraagId: a.id,
      naamGelijk: naam !== null && normaliseerNaam(a.leerlingNaam) === naam,
      bestuurGelijk: a.bestuurId === tlv.bestuurId,
    }))
    .filter((k) => k.naamGelijk || k.bestuurGelijk)
    .sort((a, b) => rank(b) - rank(a) || b.aanvraagId - a.aanvraagId);
}

// ---------------------------------------------------------------------------------------------
// The register as a table for DUO: what a receiving SO/SBO school needs to register the pupil's
// TLV (rulebook §7: the values of the verklaring; WPO 18a lid 14 and the Besluit bekostiging WPO).

export interface RegisterRij {
  readonly volgnummer: string;
  readonly leerlingNaam: string | null;
  readonly leerlingGeboortedatum: IsoDate | null;
  readonly schoolsoort: Schoolsoort;
  readonly categorie: Categorie | null;
  readonly begindatum: IsoDate;
  readonly einddatum: IsoDate;
  readonly afgegevenOp: IsoDate;
  readonly status: TlvStatus;
  /** The volgnummer of the TLV this one replaces, when revised after a gegrond bezwaar. */
  readonly vervangtVolgnummer: string | null;
  readonly schoolNaam: string;
  readonly brin: string;
  readonly vestiging: string;
}

/** DUO's words for the kinds of school a TLV admits to. */
export const SOORT_ONDERWIJS_DUO: Readonly<Record<Schoolsoort, string>> = {
  SO: 'SO',
  SBO: 'SBO',
};

/**
 * The register in the form a receiving SO/SBO school needs for DUO: per TLV its kenmerk (the
 * volgnummer), the SWV's code, the pupil's name and date of birth, the soort onderwijs, for SO the
 * bekostigingscategorie, and the period; then the date of issue, its status, what it replaces and
 * the school that applied. One sheet; the rows in volgnummer order.
 */
export function registerAlsTabellen(rijen: readonly RegisterRij[], swvCode: string): ExportTabel[] {
  const sorted = [...rijen].sort((a, b) => (a.volgnummer < b.volgnummer ? -1 : 1));
  return [
    {
      naam: 'TLV-register',
      kolommen: [
        { kop: 'TLV-volgnummer', type: 'tekst', breedte: 20 },
        { kop: 'Code samenwerkingsverband', type: 'tekst', breedte: 14 },
        { kop: 'Naam leerling', type: 'tekst', breedte: 28 },
        { kop: 'Geboortedatum', type: 'datum' },
        { kop: 'Soort onderwijs', type: 'tekst', breedte: 10 },
        { kop: 'Bekostigingscategorie', type: 'tekst', breedte: 12 },
        { kop: 'Ingangsdatum', type: 'datum' },
        { kop: 'Einddatum', type: 'datum' },
        { kop: 'Datum afgifte', type: 'datum' },
        { kop: 'Status', type: 'tekst', breedte: 18 },
        { kop: 'Vervangt TLV', type: 'tekst', breedte: 20 },
        { kop: 'Aanvragende school', type: 'tekst', breedte: 28 },
        { kop: 'BRIN', type: 'tekst', breedte: 6 },
        { kop: 'Vestiging', type: 'tekst', breedte: 6 },
      ],
      rijen: sorted.map((r) => [
        r.volgnummer,
        swvCode,
        r.leerlingNaam,
        r.leerlingGeboortedatum,
        SOORT_ONDERWIJS_DUO[r.schoolsoort],
        r.schoolsoort === 'SO' ? r.categorie : null,
        r.begindatum,
        r.einddatum,
        r.afgegevenOp,
        TLV_STATUS_LABELS[r.status],
        r.vervangtVolgnummer,
        r.schoolNaam,
        r.brin,
        r.vestiging,
      ]),
    },
  ];
}
