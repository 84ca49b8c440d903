// Input of the generated letters (§7 of the TLV procedure). Plain data, already resolved from the
// database by the caller, so rendering is a pure function of this input (byte-identical output).
import type { BriefTekst } from '../domain/brief-teksten';
import type { Rapportage } from '../domain/rapportage';
import type { AanvraagSoort, Categorie, Conclusie, IsoDate, Schoolsoort } from '../domain/types';

export type LetterUitkomst = 'tlv_afgegeven' | 'tlv_niet_afgegeven';

export interface SwvGegevens {
  naam: string;
  /** Registration number of the SWV (the number DUO knows it by). */
  registratienummer: string;
  adres: string;
  postcode: string;
  plaats: string;
  /** Contact details printed in the letterhead when given. */
  telefoon?: string;
  email?: string;
  website?: string;
  /** The logo in the letterhead (a PNG checked when it was saved); none when absent. */
  logo?: Uint8Array;
  /** The body that advises on a bezwaar (Awb 7:13); the bezwaarclausule names it. */
  bezwaaradvies: BezwaarAdviesorgaanGegevens;
}

export interface BezwaarAdviesorgaanGegevens {
  /** E.g. 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)'. */
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
}

export interface LeerlingGegevens {
  naam: string;
  geboortedatum: IsoDate;
}

export interface SchoolGegevens {
  naam: string;
  brin: string;
}

export interface SchoolbestuurGegevens {
  naam: string;
  /** Optional postal address; without it the message is addressed by name only. */
  adres?: string;
  postcode?: string;
  plaats?: string;
}

export interface OudersGegevens {
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
}

export interface DeskundigeVermelding {
  naam: string;
  /** Display label of the discipline, e.g. DISCIPLINE_LABELS.orthopedagoog. */
  discipline: string;
}

/** The TLV-verklaring: exactly the values the SO/SBO school needs for its registration with DUO. */
export interface VerklaringData {
  swv: SwvGegevens;
  volgnummer: string;
  leerling: LeerlingGegevens;
  schoolsoort: Schoolsoort;
  /** Bekostigingscategorie; only for SO, null for SBO. */
  categorie: Categorie | null;
  begindatum: IsoDate;
  einddatum: IsoDate;
  besluitdatum: IsoDate;
  directeur: { naam: string };
  school: SchoolGegevens;
  schoolbestuur: SchoolbestuurGegevens;
  /** The SWV's text of the verklaring (domain/brief-teksten.ts); the default when absent. */
  tekst?: BriefTekst;
  /** ISO instant; becomes the PDF creation/modification date so output is reproducible. */
  generatedAt: string;
}

/**
 * The decision letter. For 'tlv_niet_afgegeven' there is no volgnummer and no period: those fields
 * are null, and schoolsoort/categorie are the ones that were requested.
 */
export interface BesluitData {
  swv: SwvGegevens;
  uitkomst: LetterUitkomst;
  volgnummer: string | null;
  leerling: LeerlingGegevens;
  schoolsoort: Schoolsoort;
  categorie: Categorie | null;
  begindatum: IsoDate | null;
  einddatum: IsoDate | null;
  besluitdatum: IsoDate;
  directeur: { naam: string };
  school: SchoolGegevens;
  schoolbestuur: SchoolbestuurGegevens;
  /** The eindadvies, copied verbatim into the letter as the motivation of the decision. */
  eindadviesTekst: string;
  deskundigen: DeskundigeVermelding[];
  /** The kind of aanvraag: a TLV given on a herindicatie has its own text (besluitTekstSoort). */
  aanvraagSoort?: AanvraagSoort;
  /** The SWV's text of the kind besluitTekstSoort picks for this letter; the default when absent. */
  tekst?: BriefTekst;
  generatedAt: string;
}

export interface BriefOudersData extends BesluitData {
  ouders: OudersGegevens;
}

/** The message to the aanvrager (school board); the parents' address is not needed. */
export type BerichtSchoolData = BesluitData;

// ---------------------------------------------------------------------------------------------
// Procedural letters (§3.4, §7, §9): aanvulling (Awb 4:5), opschorting (4:15), verdaging (4:14)
// and the ontvangstbevestiging of a bezwaar. Every term date is computed by the domain
// (electron/domain/termijnen.ts) and passed in; the letters only print it.

/** The person who signs procedural letters on behalf of the directeur-bestuurder. */
export interface SecretaresseGegevens {
  naam: string;
  /** Optional contact details, printed in the closing sentence when given. */
  telefoon?: string;
  email?: string;
}

/** What every procedural letter needs besides its own facts. */
export interface ProcedureBriefBasis {
  swv: SwvGegevens;
  /** Our reference of the aanvraag (or bezwaar); printed as 'kenmerk' in the Betreft line. */
  referentie: string;
  /** Date of the letter (dagtekening). Terms that start 'the day after this letter' start after it. */
  datum: IsoDate;
  leerling: LeerlingGegevens;
  /** The aanvrager: the school board, addressed t.a.v. the directie of the school. */
  school: SchoolGegevens;
  schoolbestuur: SchoolbestuurGegevens;
  directeur: { naam: string };
  secretaresse: SecretaresseGegevens;
  /** The SWV's text of this letter's kind (domain/brief-teksten.ts); the default when absent. */
  tekst?: BriefTekst;
  /** ISO instant; becomes the PDF creation/modification date so output is reproducible. */
  generatedAt: string;
}

/** 'aanvulling': documents or data missing at intake. 'vragen': content questions of the
 *  deskundigen or the TLA-vergadering after an advice (same legal basis, Awb 4:5). */
export type AanvullingSoort = 'aanvulling' | 'vragen';

export interface AanvullingBriefData extends ProcedureBriefBasis {
  kind: AanvullingSoort;
  /** Ontvangstdatum of the aanvraag. */
  ontvangstdatum: IsoDate;
  /** What is missing ('aanvulling') or the questions ('vragen'), one item each; at least one. */
  items: string[];
  /** The term in werkdagen (≥ 1: a request without a term suspends nothing). */
  termijnWerkdagen: number;
  /** Last day of the term (datum + termijnWerkdagen werkdagen), computed by the domain. */
  uiterlijk: IsoDate;
  /** For 'vragen': where the questions come from. */
  aanleiding?: { bron: 'advies' | 'tla_vergadering'; datum: IsoDate };
}

/** The grounds of Awb 4:15 lid 2: a (written consent), b (delay caused by the aanvrager),
 *  c (overmacht). A suspension for aanvulling (lid 1a) goes with the AanvullingBrief instead. */
export type OpschortingGrond = 'instemming_aanvrager' | 'vertraging_aanvrager' | 'overmacht';

export interface OpschortingBriefData extends ProcedureBriefBasis {
  ontvangstdatum: IsoDate;
  grond: OpschortingGrond;
  /** The reason in plain words, printed as given. */
  toelichting: string;
  /** For 'instemming_aanvrager': the date of the aanvrager's written consent. */
  instemmingDatum?: IsoDate;
  /** First day on which the beslistermijn stands still. */
  vanaf: IsoDate;
  /** Last suspended day; null prints 'tot nader bericht'. */
  totEnMet: IsoDate | null;
}

export interface VerdagingBriefData extends ProcedureBriefBasis {
  ontvangstdatum: IsoDate;
  /** The current end of the beslistermijn; the letter must be dated on or before it. */
  oudeEinddatum: IsoDate;
  /** The new end date ('een zo kort mogelijke termijn'), after oudeEinddatum. */
  nieuweEinddatum: IsoDate;
  /** Why the SWV cannot decide in time, in plain words. */
  reden: string;
}

/** Awb 4:5 lid 1 onder c: the aanvulling did not come within the term, or what came is not
 *  enough to judge the aanvraag. */
export type BuitenBehandelingGrond = 'niet_ontvangen' | 'onvoldoende';

/** The decision of the directeur-bestuurder to leave an aanvraag buiten behandeling (Awb 4:5), sent
 *  to the aanvrager. `datum` (of the basis) is the date of the decision and of the letter. */
export interface BuitenBehandelingBriefData extends ProcedureBriefBasis {
  /** Ontvangstdatum of the aanvraag. */
  ontvangstdatum: IsoDate;
  /** What was asked: documents or data ('aanvulling') or content questions ('vragen'). */
  verzoek: AanvullingSoort;
  /** Date of the letter that asked for the aanvulling (the request under Awb 4:5). */
  verzoekdatum: IsoDate;
  /** What was asked and did not (sufficiently) come, one item each; at least one. */
  items: string[];
  /** The term in werkdagen that the request gave (≥ 1). */
  termijnWerkdagen: number;
  /** Last day of that term; it must have passed before the letter's date. */
  uiterlijk: IsoDate;
  grond: BuitenBehandelingGrond;
  /** Optional explanation in plain words (e.g. what was received and why it is not enough). */
  toelichting?: string;
  /** Others who receive a copy, e.g. the ouders; printed as 'Afschrift aan'. */
  afschriftAan?: string[];
}

export type BezwaarIndieners = 'ouders' | 'school' | 'ouders_en_school';

/** The addressee of an ontvangstbevestiging: always one of the indieners. */
export type BezwaarGeadresseerde =
  { soort: 'school' } | { soort: 'ouders'; ouders: OudersGegevens };

export interface OntvangstbevestigingBezwaarData extends ProcedureBriefBasis {
  indieners: BezwaarIndieners;
  geadresseerde: BezwaarGeadresseerde;
  /** Day the bezwaarschrift was received. */
  ontvangstdatum: IsoDate;
  /** Date of the decision the bezwaar is against. */
  besluitdatum: IsoDate;
  /** TLV volgnummer of that decision, when a TLV was issued. */
  volgnummer: string | null;
  /** Last day of the bezwaartermijn (6 weeks from the day after sending, Awb 6:7, 6:8). */
  bezwaartermijnEinde: IsoDate;
  /** Last day for the decision on bezwaar: 12 weeks after bezwaartermijnEinde (Awb 7:10 lid 1). */
  beslistermijnEinde: IsoDate;
  /** Name of the bezwaar-adviescommissie, e.g. 'Landelijke Bezwaaradviescommissie TLV'. */
  commissie: string;
}

// ---------------------------------------------------------------------------------------------
// The afschrift of both deskundigenadviezen for the ouders (§7, WPO 18a lid 14) and the minutes
// of a TLA-vergadering (§6). The texts are the signed ones, copied verbatim by the letters.

/** One signed advice as the deskundige submitted it (§5). */
export interface AdviesAfschrift {
  /** 1: the first deskundige, 2: the second. */
  position: 1 | 2;
  naam: string;
  /** Display label of the discipline, e.g. DISCIPLINE_LABELS.orthopedagoog. */
  disciplineLabel: string;
  /** Registration, e.g. 'NVO 12345' or 'BIG 19012345601'. */
  registratie: string;
  /** Date the advice was signed and submitted. */
  ondertekendOp: IsoDate;
  conclusie: Conclusie;
  schoolsoort: Schoolsoort | null;
  /** Bekostigingscategorie; only printed for SO. */
  categorie: Categorie | null;
  ingangsdatum: IsoDate | null;
  einddatum: IsoDate | null;
  /** Onderwijs- en ondersteuningsbehoeften and why the school cannot meet them. */
  onderbouwing: string;
  doelen: string;
  /** Advice on the context and on terugplaatsing. */
  contextAdvies: string;
  /** Questions to the school (when aanhouden); null or empty when none. */
  vragen: string | null;
}

export interface AfschriftAdviezenData {
  swv: SwvGegevens;
  /** Our reference of the aanvraag; printed as 'kenmerk' in the Betreft line. */
  referentie: string;
  /** Date of the afschrift (normally the date of the decision it goes with). */
  datum: IsoDate;
  leerling: LeerlingGegevens;
  ouders: OudersGegevens;
  /** Both advices: exactly one with position 1 and one with position 2 (in any order). */
  adviezen: AdviesAfschrift[];
  /** ISO instant; becomes the PDF creation/modification date so output is reproducible. */
  generatedAt: string;
}

export interface NotulenPersoon {
  naam: string;
  /** Role or discipline, e.g. 'Orthopedagoog' or 'Secretaresse leerlingenzaken (notulist)'. */
  rol: string;
}

/** The meeting's outcome for one aanvraag: an advice, or aanhouden with questions to the school. */
export type NotulenUitkomst =
  | {
      soort: 'advies';
      /** 'toelaatbaar' or 'niet_toelaatbaar'; aanhouden is the other variant. */
      conclusie: Conclusie;
      schoolsoort: Schoolsoort | null;
      categorie: Categorie | null;
      ingangsdatum: IsoDate | null;
      einddatum: IsoDate | null;
      /** The motivation as recorded, printed verbatim. */
      motivering: string;
    }
  | {
      soort: 'aanhouden';
      /** The questions to the school, printed verbatim. */
      vragen: string;
      /** The date by which the secretaresse leerlingenzaken sends the questions (2 werkdagen). */
      verzendenUiterlijk: IsoDate;
    };

export interface NotulenPunt {
  referentie: string;
  leerlingNaam: string;
  /** Why it is on the agenda, e.g. 'Adviezen niet unaniem'. */
  reden: string;
  /** Attendees who did not take part in this item because they are involved in the aanvraag. */
  nietDeelgenomen: string[];
  /** null: not discussed in this meeting. */
  uitkomst: NotulenUitkomst | null;
  /**
   * Issue 11: the dossier was destroyed after its term; the item keeps only its kenmerk and the
   * number of the verklaring van vernietiging (the minutes were made again without its data).
   */
  vernietigd?: { verklaringNummer: string };
}

export interface NotulenData {
  swv: SwvGegevens;
  /** Date of the meeting. */
  datum: IsoDate;
  voorzitter: { naam: string };
  aanwezigen: NotulenPersoon[];
  /** Absent with notice (afwezig met kennisgeving). */
  afwezig: NotulenPersoon[];
  punten: NotulenPunt[];
  /** ISO instant; becomes the PDF creation/modification date so output is reproducible. */
  generatedAt: string;
}

/**
 * Issue 11 (§12): the verklaring van vernietiging. It outlives the data it speaks of, so it names
 * each dossier only by its kenmerk (and the TLV volgnummer, which the register keeps): never the
 * pupil, the ouders or anything from the dossier itself.
 */
export interface VerklaringVernietigingData {
  swv: SwvGegevens;
  nummer: string;
  /** The day of destruction (the day of approval). */
  datum: IsoDate;
  bewaartermijnJaren: number;
  registerBewaard: boolean;
  dossiers: readonly {
    referentie: string;
    volgnummer: string | null;
    termijnStart: IsoDate;
    vernietigbaarVanaf: IsoDate;
    documenten: number;
  }[];
  /** Requests of the AVG register whose personal data went with it (by kenmerk only). */
  avgVerzoeken: readonly {
    kenmerk: string;
    afgehandeldOp: IsoDate;
    vernietigbaarVanaf: IsoDate;
  }[];
  voorgesteld: { naam: string; op: IsoDate };
  goedgekeurd: { naam: string; op: IsoDate };
  generatedAt: string;
}

/** Issue 12 · §8: the letter to the school that the TLV ends, and how to apply for a herindicatie. */
export interface EindeTlvBriefData extends ProcedureBriefBasis {
  volgnummer: string;
  schoolsoort: Schoolsoort;
  categorie: Categorie | null;
  begindatum: IsoDate;
  einddatum: IsoDate;
  /** Apply by this day for a decision before the end (the domain's herindicatieAanvragenUiterlijk). */
  aanvragenUiterlijk: IsoDate;
}

/**
 * Issue 12 · the jaarverslag of a school year: the report of that year broken down by school board
 * (its total, its groups, its series per month and the TLVs ending), computed once by the domain.
 */
export interface JaarverslagData {
  swv: SwvGegevens;
  rapportage: Rapportage;
  /** The school year before, for comparison in the kengetallen (its total only); null: none. */
  vorigJaar: Rapportage | null;
  /** The day the figures stand on (the TLVs ending run from its month). */
  vandaag: IsoDate;
  /** ISO instant: the PDF's creation date (identical input gives identical bytes). */
  generatedAt: string;
}
