// Sentences about the decision that the brief aan ouders and the bericht aan de school share.
import {
  besluitTekstSoort,
  deelTekst,
  type BriefTekstSoort,
  type Waarden,
} from '../domain/brief-teksten';
import { formatDutchDate } from '../domain/calendar';
import type { IsoDate, Schoolsoort } from '../domain/types';
import { SCHOOLSOORT_IN_ZIN, SCHOOLSOORT_VOLLEDIG, categorieVoor } from './labels';
import type {
  BesluitData,
  LeerlingGegevens,
  SchoolGegevens,
  SchoolbestuurGegevens,
  SwvGegevens,
} from './types';

/** The decision as a short bold headline; the explaining sentence is the SWV's text. */
export function besluitKop(d: BesluitData): string {
  return d.uitkomst === 'tlv_afgegeven'
    ? 'De toelaatbaarheidsverklaring is afgegeven.'
    : 'De toelaatbaarheidsverklaring is niet afgegeven.';
}

/** The facts of a decision (and of the verklaring) as the invulvelden of its texts. */
export function besluitWaarden(d: {
  swv: SwvGegevens;
  leerling: LeerlingGegevens;
  school: SchoolGegevens;
  schoolbestuur: SchoolbestuurGegevens;
  besluitdatum: IsoDate;
  schoolsoort: Schoolsoort;
  volgnummer: string | null;
  begindatum: IsoDate | null;
  einddatum: IsoDate | null;
}): Waarden {
  return {
    'swv.naam': d.swv.naam,
    'leerling.naam': d.leerling.naam,
    'leerling.geboortedatum': formatDutchDate(d.leerling.geboortedatum),
    'school.naam': d.school.naam,
    'schoolbestuur.naam': d.schoolbestuur.naam,
    besluitdatum: formatDutchDate(d.besluitdatum),
    schoolsoort: SCHOOLSOORT_IN_ZIN[d.schoolsoort],
    ...(d.volgnummer !== null && { volgnummer: d.volgnummer }),
    ...(d.begindatum !== null && { begindatum: formatDutchDate(d.begindatum) }),
    ...(d.einddatum !== null && { einddatum: formatDutchDate(d.einddatum) }),
  };
}

/** The SWV's text of a decision letter: which kind applies, and its parts filled in. */
export function besluitBriefTekst(
  d: BesluitData,
  brief: 'ouders' | 'school',
): { soort: BriefTekstSoort; deel: (key: string) => string } {
  const soort = besluitTekstSoort(brief, d.uitkomst, d.aanvraagSoort);
  const waarden: Waarden = { ...besluitWaarden(d), deskundigen: deskundigenZin(d) };
  return { soort, deel: (key) => deelTekst(soort, d.tekst, key, waarden) };
}

/** The labelled rows of an issued TLV; empty when no TLV was issued. */
export function tlvGegevens(d: BesluitData): Array<[string, string]> {
  if (d.uitkomst !== 'tlv_afgegeven') return [];
  const rows: Array<[string, string]> = [];
  if (d.volgnummer) rows.push(['TLV-volgnummer:', d.volgnummer]);
  rows.push(['Schoolsoort:', SCHOOLSOORT_VOLLEDIG[d.schoolsoort]]);
  const categorie = categorieVoor(d.schoolsoort, d.categorie);
  if (categorie) rows.push(['Bekostigingscategorie:', categorie]);
  if (d.begindatum) rows.push(['Begindatum:', formatDutchDate(d.begindatum)]);
  if (d.einddatum) rows.push(['Einddatum:', formatDutchDate(d.einddatum)]);
  return rows;
}

/** 'A (Orthopedagoog) en B (Arts)'. */
export function deskundigenZin(d: BesluitData): string {
  const namen = d.deskundigen.map((x) => `${x.naam} (${x.discipline})`);
  if (namen.length <= 1) return namen[0] ?? 'de deskundigen van de commissie';
  return `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1] ?? ''}`;
}
