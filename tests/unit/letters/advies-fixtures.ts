// Shared, fictional input for the afschrift of the adviezen and the minutes of a TLA-vergadering.
import type { AfschriftAdviezenData, NotulenData } from '../../../electron/letters/types';
import { DISCIPLINE_LABELS } from '../../../electron/domain/types';
import { briefData, verklaringData } from './fixtures';

export const ONDERBOUWING_1 =
  'Daan heeft een intensieve ondersteuningsbehoefte op het gebied van gedrag en werkhouding: hij ' +
  'heeft een kleine groep nodig met een vaste leerkracht en een voorspelbare dagstructuur.\n\n' +
  'De aanvragende school heeft het arrangement uit het OPP een jaar uitgevoerd; een andere ' +
  'reguliere school (bao-bao) kan deze structuur volgens het ondersteuningsplan evenmin bieden.';

export const DOELEN_1 =
  'Daan werkt aan het einde van de periode 20 minuten zelfstandig.\nDaan herstelt na een conflict binnen 10 minuten.';

export const CONTEXT_1 =
  'Betrek de ouders bij het handelingsplan. Terugplaatsing naar het regulier onderwijs wordt na ' +
  'een jaar opnieuw bekeken.';

export const ONDERBOUWING_2 =
  'Het dossier laat onvoldoende zien welke interventies in de groep zijn ingezet.';

export const VRAGEN_2 =
  'Welke interventies uit het groepsplan zijn het afgelopen half jaar ingezet?\n' +
  'Wat waren de resultaten van de observatie door de gedragsspecialist?';

export const afschriftData: AfschriftAdviezenData = {
  swv: verklaringData.swv,
  referentie: 'AV-2025-0123',
  datum: '2025-11-15',
  leerling: verklaringData.leerling,
  ouders: briefData.ouders,
  adviezen: [
    {
      position: 1,
      naam: 'S. Bakker',
      disciplineLabel: DISCIPLINE_LABELS.orthopedagoog,
      registratie: 'NVO 12345',
      ondertekendOp: '2025-10-01',
      conclusie: 'toelaatbaar',
      schoolsoort: 'SO',
      categorie: 'midden',
      ingangsdatum: '2025-12-01',
      einddatum: '2027-07-31',
      onderbouwing: ONDERBOUWING_1,
      doelen: DOELEN_1,
      contextAdvies: CONTEXT_1,
      vragen: null,
    },
    {
      position: 2,
      naam: 'J. de Wit',
      disciplineLabel: DISCIPLINE_LABELS.arts,
      registratie: 'BIG 19012345601',
      ondertekendOp: '2025-10-03',
      conclusie: 'aanhouden',
      schoolsoort: null,
      categorie: null,
      ingangsdatum: null,
      einddatum: null,
      onderbouwing: ONDERBOUWING_2,
      doelen: '',
      contextAdvies: 'Eerst de antwoorden van de school afwachten.',
      vragen: VRAGEN_2,
    },
  ],
  generatedAt: '2025-11-15T10:00:00.000Z',
};

export const MOTIVERING =
  'De commissie volgt het advies van de eerste deskundige: de ondersteuningsbehoefte op het gebied ' +
  'van gedrag en werkhouding vraagt een kleine groep met een vaste leerkracht.\n\n' +
  'De antwoorden van de school op de vragen van de tweede deskundige bevestigen dit.';

export const VRAGEN_TLA =
  'Welke interventies uit het groepsplan zijn het afgelopen half jaar ingezet?\n' +
  'Is er een actueel onderzoek naar de cognitieve capaciteiten beschikbaar?';

export const notulenData: NotulenData = {
  swv: verklaringData.swv,
  datum: '2025-10-07', // Tue
  voorzitter: { naam: 'P. Voorzitter' },
  aanwezigen: [
    { naam: 'P. Voorzitter', rol: 'TLA-voorzitter' },
    { naam: 'S. Bakker', rol: DISCIPLINE_LABELS.orthopedagoog },
    { naam: 'J. de Wit', rol: DISCIPLINE_LABELS.arts },
    { naam: 'K. Smit', rol: DISCIPLINE_LABELS.kinder_jeugdpsycholoog },
    { naam: 'A. Jansen', rol: 'Secretaresse leerlingenzaken (notulist)' },
  ],
  afwezig: [{ naam: 'R. Visser', rol: DISCIPLINE_LABELS.deskundige_vo }],
  punten: [
    {
      referentie: 'AV-2025-0123',
      leerlingNaam: 'Daan Verzonnen',
      reden: 'Adviezen niet unaniem',
      nietDeelgenomen: ['K. Smit'],
      uitkomst: {
        soort: 'advies',
        conclusie: 'toelaatbaar',
        schoolsoort: 'SO',
        categorie: 'midden',
        ingangsdatum: '2027-08-01',
        einddatum: '2029-07-31',
        motivering: MOTIVERING,
      },
    },
    {
      referentie: 'AV-2025-0150',
      leerlingNaam: 'Mila Bedacht',
      reden: 'Teruggestuurd door de directeur-bestuurder',
      nietDeelgenomen: [],
      uitkomst: {
        soort: 'aanhouden',
        vragen: VRAGEN_TLA,
        // 2 werkdagen after Tue 7-10-2025: Wed 8, Thu 9.
        verzendenUiterlijk: '2025-10-09',
      },
    },
    {
      referentie: 'AV-2025-0161',
      leerlingNaam: 'Sem Uitgedacht',
      reden: 'Aanpassing bekostigingscategorie',
      nietDeelgenomen: ['S. Bakker', 'J. de Wit'],
      uitkomst: null,
    },
  ],
  generatedAt: '2025-10-07T15:00:00.000Z',
};
