// Shared, fictional input for the letter tests.
import type { BriefOudersData, VerklaringData } from '../../../electron/letters/types';

export const verklaringData: VerklaringData = {
  swv: {
    naam: 'Samenwerkingsverband Passend Onderwijs Fictief',
    registratienummer: 'PO 99-01',
    adres: 'Voorbeeldstraat 1',
    postcode: '1234 AB',
    plaats: 'Demodorp',
    bezwaaradvies: {
      naam: 'Bezwaaradviescommissie Fictief',
      adres: 'Postbus 99',
      postcode: '1234 ZZ',
      plaats: 'Demodorp',
    },
  },
  volgnummer: 'TLV-2025-0042',
  leerling: { naam: 'Daan Verzonnen', geboortedatum: '2016-03-12' },
  schoolsoort: 'SO',
  categorie: 'midden',
  begindatum: '2025-12-01',
  einddatum: '2027-07-31',
  besluitdatum: '2025-11-15',
  directeur: { naam: 'M. de Bestuurder' },
  school: { naam: 'OBS De Proefschool', brin: '99ZZ' },
  schoolbestuur: { naam: 'Stichting Fictief Onderwijs' },
  generatedAt: '2025-11-15T10:00:00.000Z',
};

export const EINDADVIES =
  'Daan heeft een intensieve ondersteuningsbehoefte op het gebied van gedrag en werkhouding.\n\n' +
  'De commissie adviseert een toelaatbaarheidsverklaring voor het speciaal onderwijs, categorie midden.';

export const briefData: BriefOudersData = {
  ...verklaringData,
  uitkomst: 'tlv_afgegeven',
  ouders: {
    naam: 'Fam. Verzonnen',
    adres: 'Denkbeeldlaan 7',
    postcode: '1234 CD',
    plaats: 'Demodorp',
  },
  eindadviesTekst: EINDADVIES,
  deskundigen: [
    { naam: 'S. Bakker', discipline: 'Orthopedagoog' },
    { naam: 'J. de Wit', discipline: 'Arts' },
  ],
};

/** Collapses whitespace so assertions do not depend on where lines wrap. */
export function flat(pages: string[]): string {
  return pages.join(' ').replace(/\s+/g, ' ');
}
