// The preview of a letter text (Beheer, Briefteksten): every letter that uses the text, rendered
// with the SWV's letterhead and a fictional pupil, school and dates, in one PDF. The beheerder sees
// the text as it will stand in the letter before saving it as a new version.
import type { BriefTekst, BriefTekstSoort } from '../domain/brief-teksten';
import { addDays, addWeeks } from '../domain/calendar';
import { addWerkdagen, beslistermijn } from '../domain/termijnen';
import type { IsoDate } from '../domain/types';
import { renderAanvullingBrief } from './aanvulling-brief';
import { renderBerichtSchool } from './bericht-school';
import { renderBriefOuders } from './brief-ouders';
import { renderBuitenBehandelingBrief } from './buiten-behandeling-brief';
import { renderOntvangstbevestigingBezwaar } from './ontvangstbevestiging-bezwaar';
import { renderOpschortingBrief } from './opschorting-brief';
import { renderVerdagingBrief } from './verdaging-brief';
import { renderVerklaring } from './verklaring';
import { renderEindeTlvBrief } from './einde-tlv-brief';
import { voegPdfsSamen } from './samenvoegen';
import type {
  BriefOudersData,
  OudersGegevens,
  ProcedureBriefBasis,
  SecretaresseGegevens,
  SwvGegevens,
} from './types';

export interface VoorbeeldInput {
  soort: BriefTekstSoort;
  /** The text to show (unsaved edits included). */
  tekst: BriefTekst;
  swv: SwvGegevens;
  directeur: { naam: string };
  secretaresse: SecretaresseGegevens;
  /** Date of the example letters; the other dates are counted from it. */
  datum: IsoDate;
  generatedAt: string;
}

const LEERLING = { naam: 'Sam Voorbeeld', geboortedatum: '2016-03-12' };
const SCHOOL = { naam: 'Basisschool De Voorbeeldschool', brin: '00AA' };
const SCHOOLBESTUUR = {
  naam: 'Stichting Voorbeeldonderwijs',
  adres: 'Postbus 1',
  postcode: '1234 AB',
  plaats: 'Voorbeeldstad',
};
const OUDERS: OudersGegevens = {
  naam: 'Fam. Voorbeeld',
  adres: 'Voorbeeldlaan 1',
  postcode: '1234 CD',
  plaats: 'Voorbeeldstad',
};
const EINDADVIES =
  'Hier staat het eindadvies van de deskundigen, letterlijk overgenomen. Het beschrijft de ' +
  'onderwijs- en ondersteuningsbehoeften van de leerling en waarom de school daarin niet kan voorzien.';

/** 31 July of the school year after the one `datum` falls in (a TLV always ends on 31 July). */
function eindeTweedeSchooljaar(datum: IsoDate): IsoDate {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7));
  return `${maand >= 8 ? jaar + 2 : jaar + 1}-07-31`;
}

/** Every letter that uses the text of `soort`, rendered with example data. */
function voorbeelden(v: VoorbeeldInput): Array<Promise<Uint8Array>> {
  const { datum, tekst } = v;
  const basis: ProcedureBriefBasis = {
    swv: v.swv,
    referentie: 'VOORBEELD-0001',
    datum,
    leerling: LEERLING,
    school: SCHOOL,
    schoolbestuur: SCHOOLBESTUUR,
    directeur: v.directeur,
    secretaresse: v.secretaresse,
    tekst,
    generatedAt: v.generatedAt,
  };
  const besluit: BriefOudersData = {
    swv: v.swv,
    uitkomst: 'tlv_afgegeven',
    volgnummer: 'VOORBEELD-0042',
    leerling: LEERLING,
    schoolsoort: 'SO',
    categorie: 'laag',
    begindatum: datum,
    einddatum: eindeTweedeSchooljaar(datum),
    besluitdatum: datum,
    directeur: v.directeur,
    school: SCHOOL,
    schoolbestuur: SCHOOLBESTUUR,
    eindadviesTekst: EINDADVIES,
    deskundigen: [
      { naam: 'A. de Vries', discipline: 'Orthopedagoog' },
      { naam: 'B. Bakker', discipline: 'Arts' },
    ],
    ouders: OUDERS,
    tekst,
    generatedAt: v.generatedAt,
  };
  const nietAfgegeven: BriefOudersData = {
    ...besluit,
    uitkomst: 'tlv_niet_afgegeven',
    volgnummer: null,
    begindatum: null,
    einddatum: null,
  };
  const herindicatie: BriefOudersData = { ...besluit, aanvraagSoort: 'herindicatie' };
  const ontvangen = addDays(datum, -14);
  switch (v.soort) {
    case 'verklaring':
      return [
        renderVerklaring({
          ...besluit,
          volgnummer: 'VOORBEELD-0042',
          begindatum: datum,
          einddatum: eindeTweedeSchooljaar(datum),
        }),
      ];
    case 'brief_ouders':
      return [renderBriefOuders(besluit)];
    case 'bericht_school':
      return [renderBerichtSchool(besluit)];
    case 'niet_afgegeven':
      return [renderBriefOuders(nietAfgegeven), renderBerichtSchool(nietAfgegeven)];
    case 'herindicatie':
      return [renderBriefOuders(herindicatie), renderBerichtSchool(herindicatie)];
    case 'aanvulling': {
      const aanvulling = {
        ...basis,
        kind: 'aanvulling' as const,
        ontvangstdatum: ontvangen,
        items: ['een ontwikkelingsperspectiefplan (OPP) van niet ouder dan 6 maanden'],
        termijnWerkdagen: 10,
        uiterlijk: addWerkdagen(datum, 10),
      };
      return [
        renderAanvullingBrief(aanvulling),
        renderAanvullingBrief({
          ...aanvulling,
          kind: 'vragen',
          items: ['Welke interventies zijn het afgelopen half jaar ingezet?'],
          aanleiding: { bron: 'advies', datum: addDays(datum, -3) },
        }),
      ];
    }
    case 'opschorting':
      return [
        renderOpschortingBrief({
          ...basis,
          ontvangstdatum: ontvangen,
          grond: 'instemming_aanvrager',
          instemmingDatum: datum,
          toelichting: 'Hier staat de reden van de opschorting, zoals die is opgegeven.',
          vanaf: addDays(datum, 1),
          totEnMet: addDays(datum, 14),
        }),
      ];
    case 'verdaging': {
      const ontvangstdatum = addDays(datum, -50);
      const oudeEinddatum = beslistermijn({ ontvangenOp: ontvangstdatum }).end;
      return [
        renderVerdagingBrief({
          ...basis,
          ontvangstdatum,
          oudeEinddatum,
          nieuweEinddatum: addWeeks(oudeEinddatum, 4),
          reden: 'Hier staat de reden van de verdaging, zoals die is opgegeven.',
        }),
      ];
    }
    case 'buiten_behandeling': {
      const verzoekdatum = addDays(datum, -28);
      return [
        renderBuitenBehandelingBrief({
          ...basis,
          ontvangstdatum: addDays(verzoekdatum, -7),
          verzoek: 'aanvulling',
          verzoekdatum,
          items: ['een ontwikkelingsperspectiefplan (OPP) van niet ouder dan 6 maanden'],
          termijnWerkdagen: 10,
          uiterlijk: addWerkdagen(verzoekdatum, 10),
          grond: 'niet_ontvangen',
          afschriftAan: [OUDERS.naam],
        }),
      ];
    }
    case 'ontvangstbevestiging_bezwaar': {
      const besluitdatum = addDays(datum, -21);
      const bezwaartermijnEinde = addDays(addWeeks(addDays(besluitdatum, 1), 6), -1);
      const bezwaar = {
        ...basis,
        indieners: 'ouders_en_school' as const,
        ontvangstdatum: addDays(datum, -2),
        besluitdatum,
        volgnummer: 'VOORBEELD-0042',
        bezwaartermijnEinde,
        beslistermijnEinde: addDays(addWeeks(addDays(bezwaartermijnEinde, 1), 12), -1),
        commissie: v.swv.bezwaaradvies.naam,
      };
      return [
        renderOntvangstbevestigingBezwaar({
          ...bezwaar,
          geadresseerde: { soort: 'ouders', ouders: OUDERS },
        }),
        renderOntvangstbevestigingBezwaar({ ...bezwaar, geadresseerde: { soort: 'school' } }),
      ];
    }
    case 'einde_tlv': {
      const einddatum = eindeTweedeSchooljaar(datum);
      return [
        renderEindeTlvBrief({
          ...basis,
          volgnummer: 'VOORBEELD-0042',
          schoolsoort: 'SO',
          categorie: 'laag',
          begindatum: addDays(einddatum, -700),
          einddatum,
          aanvragenUiterlijk: addWeeks(einddatum, -8),
        }),
      ];
    }
  }
}

/** One PDF with every letter that uses the text, in order. */
export async function renderVoorbeeld(v: VoorbeeldInput): Promise<Uint8Array> {
  return voegPdfsSamen(await Promise.all(voorbeelden(v)), 'Voorbeeld brieftekst', v.generatedAt);
}
