// §7 '(setting)': the standard texts of the letters are the SWV's own. This module lists, per kind of
// letter text, the parts the functioneel beheerder may change, the named invulvelden each part may
// use, the texts TLA ships with (the defaults: letters read exactly so while nothing was changed),
// the validator and the filler. Everything a letter must say by law stays outside these parts and is
// written by the letters themselves: the facts and tables (volgnummer, schoolsoort, periode, dates),
// the legal grounds and terms (Awb 4:5, 4:14, 4:15, 7:10), the bezwaarclausule, the signature.
//
// A text is versioned (table brief_teksten): saving makes the next version, nothing is overwritten,
// and every letter records the version it was made with (brieven.tekst_versie). Version 0 is the
// text TLA ships with (STANDAARD_VERSIE); a letter without an editable text records null.
import type { AanvraagSoort } from './types';

/** The kinds of letter text the SWV can make its own (issue 10, §7). */
export const BRIEF_TEKST_SOORTEN = [
  'verklaring',
  'brief_ouders',
  'bericht_school',
  'niet_afgegeven',
  'herindicatie',
  'aanvulling',
  'opschorting',
  'verdaging',
  'buiten_behandeling',
  'ontvangstbevestiging_bezwaar',
  'einde_tlv',
] as const;
export type BriefTekstSoort = (typeof BRIEF_TEKST_SOORTEN)[number];

/** The version number a letter records when it was made with the text TLA ships with. */
export const STANDAARD_VERSIE = 0;

/** The name and use of each kind, as the beheerder sees them. */
export const BRIEF_TEKST_SOORT_INFO: Readonly<
  Record<BriefTekstSoort, { label: string; gebruik: string }>
> = {
  verklaring: {
    label: 'TLV-verklaring',
    gebruik:
      'De verklaring die de school gebruikt voor de inschrijving bij DUO. De gegevens voor DUO (volgnummer, leerling, schoolsoort, categorie, periode) staan altijd in de tabel van de verklaring.',
  },
  brief_ouders: {
    label: 'Brief aan ouders',
    gebruik:
      'Het besluit aan de ouders als de toelaatbaarheidsverklaring is afgegeven (niet bij een herindicatie). Het eindadvies, de gegevens van de verklaring en de bezwaarclausule staan er altijd in.',
  },
  bericht_school: {
    label: 'Bericht aan de school',
    gebruik:
      'Het besluit aan het schoolbestuur (de aanvrager) als de toelaatbaarheidsverklaring is afgegeven (niet bij een herindicatie).',
  },
  niet_afgegeven: {
    label: 'Niet afgegeven',
    gebruik:
      'De brief aan de ouders en het bericht aan de school als er geen toelaatbaarheidsverklaring wordt afgegeven, ook bij een herindicatie.',
  },
  herindicatie: {
    label: 'Herindicatie',
    gebruik:
      'De brief aan de ouders en het bericht aan de school als bij een herindicatie (verlenging) opnieuw een toelaatbaarheidsverklaring wordt afgegeven.',
  },
  aanvulling: {
    label: 'Verzoek om aanvulling',
    gebruik:
      'Het verzoek aan de school om de aanvraag aan te vullen, en de vragen van de deskundigen of de TLA-vergadering aan de school (artikel 4:5 Awb). De termijn en de gevolgen voor de beslistermijn staan er altijd in.',
  },
  opschorting: {
    label: 'Opschorting',
    gebruik:
      'De mededeling dat de beslistermijn is opgeschort (artikel 4:15 Awb). De grond en de periode staan er altijd in.',
  },
  verdaging: {
    label: 'Verdaging',
    gebruik:
      'De mededeling dat de beslistermijn is verdaagd (artikel 4:14 Awb). De reden, de nieuwe termijn en de wettelijke grond staan er altijd in.',
  },
  buiten_behandeling: {
    label: 'Buiten behandeling',
    gebruik:
      'Het besluit om de aanvraag niet te behandelen omdat de aanvulling niet op tijd kwam (artikel 4:5 Awb). De feiten, de grond en de bezwaarclausule staan er altijd in.',
  },
  ontvangstbevestiging_bezwaar: {
    label: 'Ontvangstbevestiging bezwaar',
    gebruik:
      'De bevestiging aan de indiener(s) dat het bezwaarschrift is ontvangen. Het verdere verloop en de beslistermijn op bezwaar staan er altijd in.',
  },
  einde_tlv: {
    label: 'Einde TLV (herindicatie)',
    gebruik:
      'De brief aan de school dat de toelaatbaarheidsverklaring afloopt en hoe een herindicatie wordt aangevraagd. De gegevens van de verklaring, wat bij de aanvraag hoort en de uiterste datum om aan te vragen staan er altijd in.',
  },
};

/** The invulvelden a text may use, each with what it becomes in the letter. */
export const INVULVELDEN = {
  'leerling.naam': { omschrijving: 'Naam van de leerling', voorbeeld: 'Daan Verzonnen' },
  'leerling.geboortedatum': {
    omschrijving: 'Geboortedatum van de leerling',
    voorbeeld: '12 maart 2016',
  },
  'school.naam': {
    omschrijving: 'Naam van de school die de aanvraag deed',
    voorbeeld: 'OBS De Proefschool',
  },
  'schoolbestuur.naam': {
    omschrijving: 'Naam van het schoolbestuur (de aanvrager)',
    voorbeeld: 'Stichting Fictief Onderwijs',
  },
  'swv.naam': {
    omschrijving: 'Naam van het samenwerkingsverband',
    voorbeeld: 'Samenwerkingsverband Passend Onderwijs',
  },
  kenmerk: { omschrijving: 'Ons kenmerk van de aanvraag', voorbeeld: 'AV-2026-0123' },
  ontvangstdatum: {
    omschrijving: 'Datum waarop de aanvraag is ontvangen',
    voorbeeld: '1 september 2025',
  },
  besluitdatum: { omschrijving: 'Datum van het besluit', voorbeeld: '17 november 2025' },
  schoolsoort: {
    omschrijving: 'De schoolsoort in een zin',
    voorbeeld: 'het speciaal onderwijs (SO)',
  },
  volgnummer: { omschrijving: 'Het TLV-volgnummer', voorbeeld: 'PO2505-2025-0042' },
  begindatum: {
    omschrijving: 'Eerste dag van de toelaatbaarheidsverklaring',
    voorbeeld: '1 december 2025',
  },
  einddatum: {
    omschrijving: 'Laatste dag van de toelaatbaarheidsverklaring',
    voorbeeld: '31 juli 2027',
  },
  deskundigen: {
    omschrijving: 'Namen en disciplines van de deskundigen die adviseerden',
    voorbeeld: 'A. de Vries (Orthopedagoog) en B. Bakker (Arts)',
  },
  termijn: { omschrijving: 'De gegeven termijn in werkdagen', voorbeeld: '10 werkdagen' },
  uiterlijk: { omschrijving: 'Laatste dag van de gegeven termijn', voorbeeld: '24 september 2025' },
  gevraagd: {
    omschrijving: "Wat de school moet sturen: 'de aanvulling' of 'de antwoorden'",
    voorbeeld: 'de aanvulling',
  },
  aanleiding: {
    omschrijving:
      'Waar de vragen vandaan komen (het advies van de deskundigen, de TLA-vergadering of de beoordeling)',
    voorbeeld: 'Naar aanleiding van het advies van de deskundigen van 6 oktober 2025',
  },
  'beslistermijn.einde': {
    omschrijving: 'De huidige laatste dag van de beslistermijn',
    voorbeeld: '27 oktober 2025',
  },
  'beslistermijn.nieuw': {
    omschrijving: 'De nieuwe laatste dag van de beslistermijn na verdaging',
    voorbeeld: '24 november 2025',
  },
  'bezwaar.ontvangstdatum': {
    omschrijving: 'Datum waarop het bezwaarschrift is ontvangen',
    voorbeeld: '8 december 2025',
  },
  bezwaarschrift: {
    omschrijving: "'uw bezwaarschrift', of 'het bezwaarschrift dat u samen met … heeft ingediend'",
    voorbeeld: 'uw bezwaarschrift',
  },
  besluit: {
    omschrijving: 'Het besluit waartegen bezwaar is gemaakt, met datum en TLV-volgnummer',
    voorbeeld: 'ons besluit van 17 november 2025 (TLV-volgnummer PO2505-2025-0042)',
  },
  'aanvragen.uiterlijk': {
    omschrijving:
      'De dag waarop de herindicatie uiterlijk moet zijn aangevraagd om vóór de einddatum een besluit te hebben',
    voorbeeld: '5 juni 2027',
  },
} as const satisfies Record<string, { omschrijving: string; voorbeeld: string }>;
export type Invulveld = keyof typeof INVULVELDEN;

export function isInvulveld(naam: string): naam is Invulveld {
  return Object.hasOwn(INVULVELDEN, naam);
}

/** One part of a letter text that the SWV may change. */
export interface TekstDeel {
  /** Key in the stored JSON (an identifier: no dots, so a form can name it as a field). */
  readonly key: string;
  readonly label: string;
  /** Which letter the part belongs to, when one text serves two letters. */
  readonly brief?: string;
  /** Where the part stands in the letter, for the beheerder. */
  readonly uitleg: string;
  readonly standaard: string;
  readonly invulvelden: readonly Invulveld[];
  /** Invulvelden the part must keep: the fact it exists to tell (e.g. the last day of a term). */
  readonly moetBevatten?: readonly Invulveld[];
  /** A required part may not be empty; an optional part left empty is left out of the letter. */
  readonly verplicht: boolean;
  /** Greeting lines: one short line. Paragraphs may hold several lines. */
  readonly regel: boolean;
}

/** Longest text of a one-line part and of a paragraph, in characters. */
export const MAX_REGEL = 200;
export const MAX_ALINEA = 2000;

export type BriefTekst = Readonly<Record<string, string>>;

// ---------------------------------------------------------------------------------------------
// The invulvelden each letter provides.

/** What every procedural letter knows of the aanvraag (ontvangstdatum: not in the bezwaar's). */
const LEERLING_EN_SCHOOL: readonly Invulveld[] = [
  'leerling.naam',
  'leerling.geboortedatum',
  'school.naam',
  'schoolbestuur.naam',
  'swv.naam',
  'kenmerk',
];
const AANVRAAG: readonly Invulveld[] = [...LEERLING_EN_SCHOOL, 'ontvangstdatum'];
const BEZWAAR: readonly Invulveld[] = [
  ...LEERLING_EN_SCHOOL,
  'bezwaar.ontvangstdatum',
  'bezwaarschrift',
  'besluit',
  'besluitdatum',
];
const BESLUIT: readonly Invulveld[] = [
  'leerling.naam',
  'leerling.geboortedatum',
  'school.naam',
  'schoolbestuur.naam',
  'swv.naam',
  'besluitdatum',
  'schoolsoort',
  'deskundigen',
];
const TLV: readonly Invulveld[] = [...BESLUIT, 'volgnummer', 'begindatum', 'einddatum'];
const VERKLARING: readonly Invulveld[] = TLV.filter((v) => v !== 'deskundigen');
const EINDE_TLV: readonly Invulveld[] = [
  ...LEERLING_EN_SCHOOL,
  'schoolsoort',
  'volgnummer',
  'begindatum',
  'einddatum',
  'aanvragen.uiterlijk',
];

const AANHEF_OUDERS = 'Geachte ouder(s)/verzorger(s),';
const AANHEF_SCHOOL = 'Geachte directie,';
const GROET = 'Met vriendelijke groet,';
const ONTVANGEN =
  'Op {ontvangstdatum} hebben wij uw aanvraag voor een toelaatbaarheidsverklaring voor ' +
  '{leerling.naam}, geboren op {leerling.geboortedatum}, ontvangen.';

function aanhef(key: string, standaard: string, brief?: string): TekstDeel {
  return {
    key,
    label: 'Aanhef',
    ...(brief !== undefined && { brief }),
    uitleg: 'De eerste regel van de brief.',
    standaard,
    invulvelden: [],
    verplicht: true,
    regel: true,
  };
}

function groet(key: string, brief?: string): TekstDeel {
  return {
    key,
    label: 'Groet',
    ...(brief !== undefined && { brief }),
    uitleg: 'De regel boven de ondertekening.',
    standaard: GROET,
    invulvelden: [],
    verplicht: true,
    regel: true,
  };
}

function alinea(d: Omit<TekstDeel, 'regel' | 'verplicht'> & { verplicht?: boolean }): TekstDeel {
  return { ...d, verplicht: d.verplicht ?? true, regel: false };
}

// The parts of the decision letters, shared by brief_ouders/bericht_school and the niet_afgegeven
// and herindicatie texts (which hold both letters). The keys are the same in every kind, so the
// letter reads the same key whichever text applies.
const OUDERS = 'Brief aan ouders';
const SCHOOL = 'Bericht aan de school';

interface BesluitTekstOpties {
  inleiding: string;
  besluit: string;
  /** The paragraph under the TLV's facts; null when the text is for a refusal (no TLV). */
  bijlage: string | null;
  invulvelden: readonly Invulveld[];
}

/** The parts both decision letters have, in the letter's order: aanhef, inleiding, besluit and
 *  (when a TLV is given) the paragraph under its facts. `prefix` names the letter in the key. */
function besluitBegin(
  prefix: 'ouders' | 'school',
  brief: string,
  aanhefTekst: string,
  inleidingUitleg: string,
  o: BesluitTekstOpties,
): TekstDeel[] {
  const deel = (
    key: string,
    d: Omit<TekstDeel, 'key' | 'brief' | 'regel' | 'verplicht' | 'invulvelden'> & {
      verplicht?: boolean;
    },
  ) => alinea({ ...d, key: `${prefix}${key}`, brief, invulvelden: o.invulvelden });
  return [
    aanhef(`${prefix}Aanhef`, aanhefTekst, brief),
    deel('Inleiding', { label: 'Inleiding', uitleg: inleidingUitleg, standaard: o.inleiding }),
    deel('Besluit', {
      label: 'Besluit',
      uitleg:
        o.bijlage === null
          ? 'De zin onder het vetgedrukte besluit.'
          : 'De zin onder het vetgedrukte besluit. Daarna volgen de gegevens van de verklaring.',
      standaard: o.besluit,
    }),
    ...(o.bijlage === null
      ? []
      : [
          deel('Bijlage', {
            label: 'Bijgevoegde verklaring',
            uitleg: 'De alinea onder de gegevens van de verklaring.',
            standaard: o.bijlage,
            verplicht: false,
          }),
        ]),
  ];
}

function oudersDelen(o: BesluitTekstOpties): TekstDeel[] {
  return [
    ...besluitBegin(
      'ouders',
      OUDERS,
      AANHEF_OUDERS,
      'De eerste alinea: wie wat heeft aangevraagd en wanneer is besloten.',
      o,
    ),
    alinea({
      key: 'oudersMotivering',
      label: 'Motivering',
      brief: OUDERS,
      uitleg: 'De zin onder het kopje Motivering; daarna volgt het eindadvies letterlijk.',
      standaard:
        'Het besluit is gebaseerd op het eindadvies van de toelaatbaarheidsadviescommissie, opgesteld ' +
        'door {deskundigen}. Het eindadvies luidt:',
      invulvelden: o.invulvelden,
    }),
    alinea({
      key: 'oudersAdviezen',
      label: 'Adviezen van de deskundigen',
      brief: OUDERS,
      uitleg:
        'De alinea over het afschrift van beide adviezen dat de ouders ontvangen (artikel 18a, veertiende lid, WPO). Daarna volgt de bezwaarclausule.',
      standaard:
        'Bij deze brief ontvangt u een afschrift van de adviezen van beide deskundigen over de ' +
        'ondersteuningsbehoefte van uw kind (artikel 18a, veertiende lid, van de Wet op het primair ' +
        'onderwijs).',
      invulvelden: o.invulvelden,
    }),
    groet('oudersGroet', OUDERS),
  ];
}

function schoolDelen(o: BesluitTekstOpties): TekstDeel[] {
  return [
    ...besluitBegin(
      'school',
      SCHOOL,
      AANHEF_SCHOOL,
      'De eerste alinea: de aanvraag en wanneer is besloten.',
      o,
    ),
    alinea({
      key: 'schoolMotivering',
      label: 'Motivering',
      brief: SCHOOL,
      uitleg:
        'Waar de school de motivering vindt. Dezelfde alinea eindigt altijd met de bezwaartermijn en het adres voor bezwaar.',
      standaard:
        'De motivering van het besluit staat in de brief aan de ouders; u ontvangt daarvan een afschrift.',
      invulvelden: o.invulvelden,
    }),
    groet('schoolGroet', SCHOOL),
  ];
}

const OUDERS_INLEIDING =
  '{school.naam} heeft namens {schoolbestuur.naam} een toelaatbaarheidsverklaring aangevraagd voor ' +
  'uw kind {leerling.naam}, geboren op {leerling.geboortedatum}. Op {besluitdatum} heeft de ' +
  'directeur-bestuurder van {swv.naam} over deze aanvraag besloten. In deze brief leest u het ' +
  'besluit en de redenen daarvoor.';
const SCHOOL_INLEIDING =
  'U heeft een toelaatbaarheidsverklaring aangevraagd voor {leerling.naam}, geboren op ' +
  '{leerling.geboortedatum}. Op {besluitdatum} heeft de directeur-bestuurder van {swv.naam} op uw ' +
  'aanvraag besloten.';
const AFGEGEVEN =
  'Het samenwerkingsverband geeft een toelaatbaarheidsverklaring af voor {schoolsoort}.';

/** Per kind, its parts in the order they appear in the letter(s). */
export const BRIEF_TEKST_DELEN: Readonly<Record<BriefTekstSoort, readonly TekstDeel[]>> = {
  verklaring: [
    alinea({
      key: 'verklaring',
      label: 'Verklaring',
      uitleg: 'De zin onder de titel en het volgnummer; daarna volgen de gegevens voor DUO.',
      standaard:
        '{swv.naam} verklaart op grond van artikel 18a van de Wet op het primair onderwijs dat de ' +
        'hieronder genoemde leerling toelaatbaar is tot {schoolsoort}.',
      invulvelden: VERKLARING,
      moetBevatten: ['schoolsoort'],
    }),
    alinea({
      key: 'toelichting',
      label: 'Toelichting',
      uitleg: 'De kleine grijze tekst onder de gegevens, boven plaats, datum en ondertekening.',
      standaard:
        'Deze verklaring is geldig van {begindatum} tot en met {einddatum}. De school waar de ' +
        'leerling wordt ingeschreven, gebruikt de gegevens op deze verklaring voor de registratie bij ' +
        'DUO.',
      invulvelden: VERKLARING,
      verplicht: false,
    }),
  ],
  brief_ouders: oudersDelen({
    inleiding: OUDERS_INLEIDING,
    besluit: AFGEGEVEN,
    bijlage:
      'De toelaatbaarheidsverklaring is bij deze brief gevoegd. De school voor speciaal ' +
      '(basis)onderwijs waar u uw kind aanmeldt, heeft deze verklaring nodig.',
    invulvelden: TLV,
  }),
  bericht_school: schoolDelen({
    inleiding: SCHOOL_INLEIDING,
    besluit: AFGEGEVEN,
    bijlage:
      'De toelaatbaarheidsverklaring is bijgevoegd. De school waar de leerling wordt ingeschreven, ' +
      'gebruikt de verklaring voor de registratie bij DUO.',
    invulvelden: TLV,
  }),
  niet_afgegeven: [
    ...oudersDelen({
      inleiding: OUDERS_INLEIDING,
      besluit:
        'Het samenwerkingsverband geeft geen toelaatbaarheidsverklaring af voor {schoolsoort}.',
      bijlage: null,
      invulvelden: BESLUIT,
    }),
    ...schoolDelen({
      inleiding: SCHOOL_INLEIDING,
      besluit:
        'Het samenwerkingsverband geeft geen toelaatbaarheidsverklaring af voor {schoolsoort}.',
      bijlage: null,
      invulvelden: BESLUIT,
    }),
  ],
  herindicatie: [
    ...oudersDelen({
      inleiding:
        'De toelaatbaarheidsverklaring van uw kind {leerling.naam}, geboren op ' +
        '{leerling.geboortedatum}, loopt af. {school.naam} heeft daarom namens ' +
        '{schoolbestuur.naam} een nieuwe toelaatbaarheidsverklaring aangevraagd (herindicatie). Op ' +
        '{besluitdatum} heeft de directeur-bestuurder van {swv.naam} over deze aanvraag besloten. In ' +
        'deze brief leest u het besluit en de redenen daarvoor.',
      besluit:
        'Het samenwerkingsverband geeft opnieuw een toelaatbaarheidsverklaring af voor ' +
        '{schoolsoort}. Uw kind kan daarmee tot en met {einddatum} in {schoolsoort} blijven.',
      bijlage:
        'De nieuwe toelaatbaarheidsverklaring is bij deze brief gevoegd. De school van uw kind heeft ' +
        'deze verklaring nodig.',
      invulvelden: TLV,
    }),
    ...schoolDelen({
      inleiding:
        'U heeft een nieuwe toelaatbaarheidsverklaring (herindicatie) aangevraagd voor ' +
        '{leerling.naam}, geboren op {leerling.geboortedatum}, omdat de huidige verklaring afloopt. ' +
        'Op {besluitdatum} heeft de directeur-bestuurder van {swv.naam} op uw aanvraag besloten.',
      besluit:
        'Het samenwerkingsverband geeft opnieuw een toelaatbaarheidsverklaring af voor ' +
        '{schoolsoort}, tot en met {einddatum}.',
      bijlage:
        'De nieuwe toelaatbaarheidsverklaring is bijgevoegd. De school gebruikt de verklaring voor ' +
        'de registratie van de nieuwe periode bij DUO.',
      invulvelden: TLV,
    }),
  ],
  aanvulling: [
    aanhef('aanhef', AANHEF_SCHOOL),
    alinea({
      key: 'inleiding',
      label: 'Inleiding',
      uitleg: 'Het begin van de eerste alinea, in beide brieven.',
      standaard: ONTVANGEN,
      invulvelden: AANVRAAG,
    }),
    alinea({
      key: 'onvolledig',
      label: 'Reden (aanvulling)',
      brief: 'Verzoek om aanvulling',
      uitleg:
        'Vervolg van de eerste alinea in het verzoek om aanvulling; daarna volgt de lijst van wat ontbreekt.',
      standaard:
        'Bij de controle van het dossier bleek dat de aanvraag niet compleet is. Om te kunnen ' +
        'beslissen, hebben wij nog gegevens of documenten van u nodig.',
      invulvelden: AANVRAAG,
    }),
    alinea({
      key: 'vragen',
      label: 'Reden (vragen)',
      brief: 'Vragen aan de school',
      uitleg:
        'Vervolg van de eerste alinea als de deskundigen of de TLA-vergadering vragen hebben; daarna volgen de vragen.',
      standaard:
        '{aanleiding} zijn vragen gerezen die beantwoord moeten worden voordat wij kunnen beslissen.',
      invulvelden: [...AANVRAAG, 'aanleiding'],
    }),
    alinea({
      key: 'termijn',
      label: 'Termijn',
      uitleg:
        'De eerste zin onder het kopje Termijn. Daarna volgen altijd de wettelijke grond (artikel 4:5 Awb) en het gevolg van te laat antwoorden.',
      standaard:
        'Wij vragen u {gevraagd} binnen {termijn}, uiterlijk {uiterlijk}, aan ons te sturen, onder ' +
        'vermelding van het kenmerk {kenmerk}.',
      invulvelden: [...AANVRAAG, 'termijn', 'uiterlijk', 'gevraagd'],
      moetBevatten: ['uiterlijk'],
    }),
    groet('groet'),
  ],
  opschorting: [
    aanhef('aanhef', AANHEF_SCHOOL),
    alinea({
      key: 'inleiding',
      label: 'Inleiding',
      uitleg: 'De eerste alinea. Daarna volgen altijd de grond, de reden en de periode.',
      standaard:
        `${ONTVANGEN} Met deze brief laten wij u weten dat de termijn waarbinnen wij op uw aanvraag ` +
        'moeten beslissen, is opgeschort.',
      invulvelden: AANVRAAG,
    }),
    alinea({
      key: 'gevolg',
      label: 'Gevolg',
      uitleg: 'De laatste alinea onder het kopje Periode.',
      standaard:
        'De dagen waarin de termijn is opgeschort, tellen niet mee: de uiterste datum van ons besluit ' +
        'schuift met dat aantal dagen op.',
      invulvelden: AANVRAAG,
      verplicht: false,
    }),
    groet('groet'),
  ],
  verdaging: [
    aanhef('aanhef', AANHEF_SCHOOL),
    alinea({
      key: 'inleiding',
      label: 'Inleiding',
      uitleg: 'De eerste alinea. Daarna volgt altijd de reden.',
      standaard:
        `${ONTVANGEN} Wij moeten uiterlijk {beslistermijn.einde} op uw aanvraag beslissen. Het lukt ` +
        'ons helaas niet om binnen die termijn een besluit te nemen.',
      invulvelden: [...AANVRAAG, 'beslistermijn.einde', 'beslistermijn.nieuw'],
    }),
    alinea({
      key: 'nieuweTermijn',
      label: 'Nieuwe termijn',
      uitleg:
        'Het begin van de alinea onder het kopje Nieuwe termijn; daarna volgt altijd de wettelijke grond (artikel 4:14, derde lid, Awb).',
      standaard:
        'Wij verdagen de beslistermijn tot en met {beslistermijn.nieuw}. Uiterlijk op die dag ' +
        'ontvangt u ons besluit.',
      invulvelden: [...AANVRAAG, 'beslistermijn.einde', 'beslistermijn.nieuw'],
      moetBevatten: ['beslistermijn.nieuw'],
    }),
    alinea({
      key: 'slot',
      label: 'Slot',
      uitleg: 'De laatste alinea voor de ondertekening.',
      standaard:
        'Wij streven ernaar eerder te beslissen. Wij begrijpen dat het wachten vervelend kan zijn voor ' +
        '{leerling.naam}, de ouders en de school.',
      invulvelden: [...AANVRAAG, 'beslistermijn.einde', 'beslistermijn.nieuw'],
      verplicht: false,
    }),
    groet('groet'),
  ],
  buiten_behandeling: [
    aanhef('aanhef', AANHEF_SCHOOL),
    alinea({
      key: 'inleiding',
      label: 'Inleiding',
      uitleg: 'De eerste alinea.',
      standaard:
        `${ONTVANGEN} Met deze brief laten wij u weten dat de directeur-bestuurder van {swv.naam} ` +
        'heeft besloten uw aanvraag niet verder te behandelen.',
      invulvelden: AANVRAAG,
    }),
    alinea({
      key: 'besluit',
      label: 'Besluit',
      uitleg:
        'De zin onder het vetgedrukte besluit. Daarna volgen altijd de feiten (het verzoek, de datum, de termijn) en de grond (artikel 4:5 Awb).',
      standaard:
        'Het samenwerkingsverband neemt geen besluit over de toelaatbaarheid van {leerling.naam}. Er ' +
        'wordt geen toelaatbaarheidsverklaring afgegeven.',
      invulvelden: AANVRAAG,
    }),
    alinea({
      key: 'gevolg',
      label: 'Wat betekent dit?',
      uitleg: 'De alinea onder het kopje Wat betekent dit?; daarna volgt de bezwaarclausule.',
      standaard:
        'Uw aanvraag is hiermee afgesloten. Wilt u toch een toelaatbaarheidsverklaring voor ' +
        '{leerling.naam}? Dan kunt u een nieuwe, volledige aanvraag indienen. Wij behandelen die als ' +
        'een nieuwe aanvraag, met een nieuwe beslistermijn.',
      invulvelden: AANVRAAG,
    }),
    groet('groet'),
  ],
  ontvangstbevestiging_bezwaar: [
    aanhef('oudersAanhef', AANHEF_OUDERS, 'Aan de ouders'),
    alinea({
      key: 'oudersInleiding',
      label: 'Inleiding',
      brief: 'Aan de ouders',
      uitleg: 'De eerste alinea als de bevestiging naar de ouders gaat.',
      standaard:
        'Op {bezwaar.ontvangstdatum} hebben wij {bezwaarschrift} ontvangen. U maakt bezwaar tegen ' +
        '{besluit} over de toelaatbaarheidsverklaring voor uw kind {leerling.naam}, geboren op ' +
        '{leerling.geboortedatum}.',
      invulvelden: BEZWAAR,
      moetBevatten: ['bezwaar.ontvangstdatum'],
    }),
    aanhef('schoolAanhef', AANHEF_SCHOOL, 'Aan de school'),
    alinea({
      key: 'schoolInleiding',
      label: 'Inleiding',
      brief: 'Aan de school',
      uitleg: 'De eerste alinea als de bevestiging naar de school gaat.',
      standaard:
        'Op {bezwaar.ontvangstdatum} hebben wij {bezwaarschrift} ontvangen. U maakt bezwaar tegen ' +
        '{besluit} over de toelaatbaarheidsverklaring voor {leerling.naam}, geboren op ' +
        '{leerling.geboortedatum}.',
      invulvelden: BEZWAAR,
      moetBevatten: ['bezwaar.ontvangstdatum'],
    }),
    groet('groet', 'Beide brieven'),
  ],
  einde_tlv: [
    aanhef('aanhef', AANHEF_SCHOOL),
    alinea({
      key: 'inleiding',
      label: 'Inleiding',
      uitleg:
        'De eerste alinea. Daarna volgen altijd de gegevens van de toelaatbaarheidsverklaring.',
      standaard:
        'De toelaatbaarheidsverklaring van {leerling.naam}, geboren op {leerling.geboortedatum}, ' +
        'voor {schoolsoort} loopt af op {einddatum}. Met deze brief laten wij u dat tijdig weten.',
      invulvelden: EINDE_TLV,
      moetBevatten: ['einddatum'],
    }),
    alinea({
      key: 'herindicatie',
      label: 'Herindicatie',
      uitleg:
        'De alinea onder het kopje Herindicatie aanvragen; daarna volgen altijd wat bij de aanvraag hoort, de beslistermijn en de uiterste datum.',
      standaard:
        'Heeft {leerling.naam} na {einddatum} nog {schoolsoort} nodig? Dan vraagt het schoolbestuur ' +
        'van de school waar {leerling.naam} dan staat ingeschreven een herindicatie aan bij {swv.naam}. ' +
        'Wij behandelen die aanvraag op dezelfde manier als een eerste aanvraag.',
      invulvelden: EINDE_TLV,
    }),
    alinea({
      key: 'slot',
      label: 'Slot',
      uitleg: 'De laatste alinea voor de ondertekening.',
      standaard:
        'Is {leerling.naam} niet meer bij u ingeschreven? Stuurt u deze brief dan door naar de school ' +
        'waar {leerling.naam} nu naartoe gaat, of laat het ons weten.',
      invulvelden: EINDE_TLV,
      verplicht: false,
    }),
    groet('groet'),
  ],
};

/** The text TLA ships with for a kind. */
export function standaardTekst(soort: BriefTekstSoort): BriefTekst {
  return Object.fromEntries(BRIEF_TEKST_DELEN[soort].map((d) => [d.key, d.standaard]));
}

/** A stored text completed part by part with the defaults (a part added in a later TLA version
 *  reads as its default); parts the kind does not know are dropped. */
export function volledigeTekst(soort: BriefTekstSoort, tekst: BriefTekst | undefined): BriefTekst {
  return Object.fromEntries(
    BRIEF_TEKST_DELEN[soort].map((d) => [d.key, tekst?.[d.key] ?? d.standaard]),
  );
}

/** Which text a decision letter uses: a TLV given on a herindicatie, a TLV given, or none given. */
export function besluitTekstSoort(
  brief: 'ouders' | 'school',
  uitkomst: 'tlv_afgegeven' | 'tlv_niet_afgegeven',
  aanvraagSoort: AanvraagSoort | undefined,
): BriefTekstSoort {
  if (uitkomst !== 'tlv_afgegeven') return 'niet_afgegeven';
  if (aanvraagSoort === 'herindicatie') return 'herindicatie';
  return brief === 'ouders' ? 'brief_ouders' : 'bericht_school';
}

// ---------------------------------------------------------------------------------------------
// Reading, checking and filling a text.

export type TekstStuk = { soort: 'tekst'; tekst: string } | { soort: 'veld'; naam: string };

/** Splits a text into literal pieces and {invulvelden}; a brace out of place is a Dutch error. */
export function ontleed(tekst: string): { stukken: TekstStuk[] } | { fout: string } {
  const stukken: TekstStuk[] = [];
  let rest = '';
  let i = 0;
  while (i < tekst.length) {
    const ch = tekst[i];
    if (ch === '}') {
      return {
        fout: "Er staat een '}' zonder '{' ervoor. Gebruik accolades alleen om een invulveld, zoals {leerling.naam}.",
      };
    }
    if (ch !== '{') {
      rest += ch;
      i += 1;
      continue;
    }
    const sluit = tekst.indexOf('}', i + 1);
    const open = tekst.indexOf('{', i + 1);
    if (sluit < 0 || (open >= 0 && open < sluit)) {
      return {
        fout: "Er staat een '{' zonder '}' erna. Gebruik accolades alleen om een invulveld, zoals {leerling.naam}.",
      };
    }
    if (rest !== '') stukken.push({ soort: 'tekst', tekst: rest });
    rest = '';
    stukken.push({ soort: 'veld', naam: tekst.slice(i + 1, sluit).trim() });
    i = sluit + 1;
  }
  if (rest !== '') stukken.push({ soort: 'tekst', tekst: rest });
  return { stukken };
}

/** The invulvelden a text uses, in order (unknown names included). */
export function gebruikteVelden(tekst: string): string[] {
  const r = ontleed(tekst);
  if ('fout' in r) return [];
  return r.stukken.flatMap((s) => (s.soort === 'veld' ? [s.naam] : []));
}

export interface TekstFout {
  /** The part's key, or '' for the text as a whole. */
  readonly deel: string;
  readonly melding: string;
}

const getal = new Intl.NumberFormat('nl-NL');

/** The Dutch problems of one part's text (empty when it is fine). */
export function valideerDeel(deel: TekstDeel, tekst: string): string[] {
  const fouten: string[] = [];
  const inhoud = tekst.trim();
  if (inhoud === '') return deel.verplicht ? ['Dit deel is verplicht: vul een tekst in.'] : [];
  const max = deel.regel ? MAX_REGEL : MAX_ALINEA;
  if (inhoud.length > max)
    fouten.push(
      `De tekst is te lang: ${getal.format(inhoud.length)} tekens, ten hoogste ${getal.format(max)}.`,
    );
  if (deel.regel && /\n/.test(inhoud))
    fouten.push('Dit deel is één regel: haal de regelovergang weg.');
  const r = ontleed(inhoud);
  if ('fout' in r) return [...fouten, r.fout];
  const gezien = new Set<string>();
  for (const s of r.stukken) {
    if (s.soort !== 'veld' || gezien.has(s.naam)) continue;
    gezien.add(s.naam);
    if (s.naam === '')
      fouten.push('Er staat een leeg invulveld {}: vul de naam van een invulveld in.');
    else if (!isInvulveld(s.naam))
      fouten.push(`Het invulveld {${s.naam}} bestaat niet. Kies een invulveld uit de lijst.`);
    else if (!deel.invulvelden.includes(s.naam))
      fouten.push(`Het invulveld {${s.naam}} kan in dit deel niet worden gebruikt.`);
  }
  for (const naam of deel.moetBevatten ?? []) {
    if (!gezien.has(naam))
      fouten.push(
        `Dit deel moet het invulveld {${naam}} bevatten (${INVULVELDEN[naam].omschrijving.toLowerCase()}).`,
      );
  }
  return fouten;
}

/** Every problem of a whole text of a kind: unknown parts, and each part's own problems. */
export function valideerBriefTekst(
  soort: BriefTekstSoort,
  tekst: Readonly<Record<string, string>>,
): TekstFout[] {
  const delen = BRIEF_TEKST_DELEN[soort];
  const fouten: TekstFout[] = [];
  for (const key of Object.keys(tekst)) {
    if (!delen.some((d) => d.key === key))
      fouten.push({ deel: key, melding: 'Dit deel bestaat niet in deze brief.' });
  }
  for (const d of delen) {
    const waarde = tekst[d.key];
    if (waarde === undefined) {
      fouten.push({ deel: d.key, melding: 'Dit deel ontbreekt.' });
      continue;
    }
    for (const melding of valideerDeel(d, waarde)) fouten.push({ deel: d.key, melding });
  }
  return fouten;
}

export type Waarden = Readonly<Partial<Record<Invulveld, string>>>;

/**
 * The text with each {invulveld} replaced by its value. Only for texts that passed the validator;
 * a brace out of place or an invulveld without a value is a programming error and throws.
 */
export function vulIn(tekst: string, waarden: Waarden): string {
  const r = ontleed(tekst);
  if ('fout' in r) throw new RangeError(r.fout);
  return r.stukken
    .map((s) => {
      if (s.soort === 'tekst') return s.tekst;
      const waarde = isInvulveld(s.naam) ? waarden[s.naam] : undefined;
      if (waarde === undefined) throw new RangeError(`Geen waarde voor het invulveld {${s.naam}}.`);
      return waarde;
    })
    .join('')
    .trim();
}

/** One part of a kind's text, filled in: the stored (or default) text of that part. */
export function deelTekst(
  soort: BriefTekstSoort,
  tekst: BriefTekst | undefined,
  key: string,
  waarden: Waarden,
): string {
  const deel = BRIEF_TEKST_DELEN[soort].find((d) => d.key === key);
  if (deel === undefined) throw new RangeError(`De brieftekst ${soort} heeft geen deel ${key}.`);
  return vulIn(tekst?.[key] ?? deel.standaard, waarden);
}
