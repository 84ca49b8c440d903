// Shared, fictional input for the procedural letters (aanvulling, opschorting, verdaging, bezwaar).
// The term dates are hand-computed; the reasoning is next to each.
import type {
  AanvullingBriefData,
  BuitenBehandelingBriefData,
  OntvangstbevestigingBezwaarData,
  OpschortingBriefData,
  ProcedureBriefBasis,
  VerdagingBriefData,
} from '../../../electron/letters/types';
import { verklaringData } from './fixtures';

export const basis: ProcedureBriefBasis = {
  swv: verklaringData.swv,
  referentie: 'AV-2025-0123',
  datum: '2025-09-10', // Wed
  leerling: verklaringData.leerling,
  school: verklaringData.school,
  schoolbestuur: {
    naam: 'Stichting Fictief Onderwijs',
    adres: 'Postbus 1',
    postcode: '1234 ZZ',
    plaats: 'Demodorp',
  },
  directeur: { naam: 'M. de Bestuurder' },
  secretaresse: { naam: 'A. Jansen', telefoon: '0318 000 000', email: 'tlv@swv-fictief.nl' },
  generatedAt: '2025-09-10T08:30:00.000Z',
};

export const aanvullingData: AanvullingBriefData = {
  ...basis,
  kind: 'aanvulling',
  ontvangstdatum: '2025-09-01', // Mon
  items: [
    'een ontwikkelingsperspectiefplan (OPP) van niet ouder dan 6 maanden',
    'het verslag van het tweede multidisciplinair overleg (MDO)',
  ],
  termijnWerkdagen: 10,
  // 10 werkdagen after Wed 10-9-2025: Thu 11, Fri 12, Mon 15 .. Fri 19, Mon 22, Tue 23, Wed 24.
  uiterlijk: '2025-09-24',
};

export const vragenData: AanvullingBriefData = {
  ...aanvullingData,
  kind: 'vragen',
  datum: '2025-10-08',
  generatedAt: '2025-10-08T08:30:00.000Z',
  items: [
    'Welke interventies uit het groepsplan zijn het afgelopen half jaar ingezet?',
    'Is er een actueel onderzoek naar de cognitieve capaciteiten beschikbaar?',
  ],
  termijnWerkdagen: 2,
  // 2 werkdagen after Wed 8-10-2025: Thu 9, Fri 10.
  uiterlijk: '2025-10-10',
  aanleiding: { bron: 'tla_vergadering', datum: '2025-10-07' },
};

export const opschortingData: OpschortingBriefData = {
  ...basis,
  datum: '2025-10-03',
  generatedAt: '2025-10-03T08:30:00.000Z',
  ontvangstdatum: '2025-09-01',
  grond: 'instemming_aanvrager',
  instemmingDatum: '2025-10-02',
  toelichting:
    'De school wil eerst het onderzoek door de jeugdarts afwachten; de uitkomst wordt half oktober verwacht.',
  vanaf: '2025-10-06',
  totEnMet: '2025-10-17', // the clock runs again on Sat 18-10-2025
};

export const verdagingData: VerdagingBriefData = {
  ...basis,
  datum: '2025-10-13',
  generatedAt: '2025-10-13T08:30:00.000Z',
  ontvangstdatum: '2025-09-01', // Mon 1-9-2025 + 8 weeks = Mon 27-10-2025 (§9)
  oudeEinddatum: '2025-10-27',
  nieuweEinddatum: '2025-11-24',
  reden:
    'De tweede deskundige kan de leerling door ziekte pas op 3 november 2025 observeren. Zonder die observatie kan de commissie niet adviseren.',
};

export const bezwaarData: OntvangstbevestigingBezwaarData = {
  ...basis,
  referentie: 'BZ-2025-0007',
  datum: '2025-12-10',
  generatedAt: '2025-12-10T09:00:00.000Z',
  indieners: 'ouders',
  geadresseerde: {
    soort: 'ouders',
    ouders: {
      naam: 'Fam. Verzonnen',
      adres: 'Denkbeeldlaan 7',
      postcode: '1234 CD',
      plaats: 'Demodorp',
    },
  },
  ontvangstdatum: '2025-12-08',
  besluitdatum: '2025-11-17', // Mon, sent the same day
  volgnummer: 'TLV-2025-0042',
  // 6 weeks from Tue 18-11-2025 (the day after sending): ends Mon 29-12-2025 (Awb 6:8).
  bezwaartermijnEinde: '2025-12-29',
  // 12 weeks counted from Tue 30-12-2025: ends Mon 23-3-2026 (Awb 7:10 lid 1).
  beslistermijnEinde: '2026-03-23',
  commissie: 'Landelijke Bezwaaradviescommissie TLV',
};

export const buitenBehandelingData: BuitenBehandelingBriefData = {
  ...basis,
  // The term of aanvullingData ended Wed 24-9-2025; the decision is taken on Thu 2-10-2025.
  datum: '2025-10-02',
  generatedAt: '2025-10-02T09:00:00.000Z',
  ontvangstdatum: aanvullingData.ontvangstdatum,
  verzoek: 'aanvulling',
  verzoekdatum: aanvullingData.datum,
  items: aanvullingData.items,
  termijnWerkdagen: aanvullingData.termijnWerkdagen,
  uiterlijk: aanvullingData.uiterlijk,
  grond: 'niet_ontvangen',
  afschriftAan: ['Fam. Verzonnen (ouders)'],
};
