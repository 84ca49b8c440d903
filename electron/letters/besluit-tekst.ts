// Sentences about the decision that the brief aan ouders and the bericht aan de school share.
import { formatDutchDate } from '../domain/calendar';
import { SCHOOLSOORT_IN_ZIN, SCHOOLSOORT_VOLLEDIG, categorieVoor } from './labels';
import type { BesluitData } from './types';

/** The decision as a short bold headline and one explaining sentence. */
export function besluitTekst(d: BesluitData): { kop: string; zin: string } {
  const soort = SCHOOLSOORT_IN_ZIN[d.schoolsoort];
  return d.uitkomst === 'tlv_afgegeven'
    ? {
        kop: 'De toelaatbaarheidsverklaring is afgegeven.',
        zin: `Het samenwerkingsverband geeft een toelaatbaarheidsverklaring af voor ${soort}.`,
      }
    : {
        kop: 'De toelaatbaarheidsverklaring is niet afgegeven.',
        zin: `Het samenwerkingsverband geeft geen toelaatbaarheidsverklaring af voor ${soort}.`,
      };
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
