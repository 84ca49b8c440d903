// Input of the generated letters (§7 of the TLV procedure). Plain data, already resolved from the
// database by the caller, so rendering is a pure function of this input (byte-identical output).
import type { Categorie, IsoDate, Schoolsoort } from '../domain/types';

export type LetterUitkomst = 'tlv_afgegeven' | 'tlv_niet_afgegeven';

export interface SwvGegevens {
  naam: string;
  /** Registration number of the SWV (the number DUO knows it by). */
  registratienummer: string;
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
  generatedAt: string;
}

export interface BriefOudersData extends BesluitData {
  ouders: OudersGegevens;
}

/** The message to the aanvrager (school board); the parents' address is not needed. */
export type BerichtSchoolData = BesluitData;
