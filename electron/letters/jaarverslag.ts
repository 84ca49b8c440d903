// Issue 12 · the jaarverslag of a school year as a PDF on the SWV's letterhead: the kengetallen of
// the year (one table per section of the report, a figure per row), a table per school board, the
// four charts of the report screen drawn with pdf-lib (./grafiek.ts) and how the figures are
// defined. Everything comes from one Rapportage (domain/rapportage.ts, broken down by school board):
// this module writes figures, it never computes one. Holds counts and board names only, no pupil.
import { formatDutchDate } from '../domain/calendar';
import { isLeeg, type Kengetallen, type Rapportage } from '../domain/rapportage';
import {
  FIGUREN,
  RAPPORT_DEFINITIES,
  RAPPORT_SECTIES,
  TLV_EINDE_FIGUREN,
  type Figuur,
} from '../domain/rapportage-figuren';
import { BESLISTERMIJN_DAGEN, BESLISTERMIJN_WEKEN } from '../domain/termijnen';
import { swvLetterhead } from './common';
import { kolomGrafiek, liggendeGrafiek } from './grafiek';
import { LetterLayout } from './layout';
import { tekstTabel } from './tabellen-pdf';
import type { JaarverslagData } from './types';

export const JAARVERSLAG_TITEL = 'Jaarverslag toelaatbaarheidsverklaringen';

/** No value (e.g. a median without decisions). */
const GEEN = '–';

const NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A number as a Dutch reader writes it: a decimal comma, a point between thousands. */
export const getal = (n: number): string => NL.format(n);

const dagen = (n: number): string => (n === 1 ? '1 dag' : `${getal(n)} dagen`);
const procent = (n: number): string => `${getal(n)} %`;

/** A figure's value as the tables write it. */
function waarde(f: Figuur, k: Kengetallen): string {
  const v = f.waarde(k);
  if (v === null) return GEEN;
  switch (f.type) {
    case 'dagen':
      return dagen(v);
    case 'percentage':
      return procent(v);
    default:
      return getal(v);
  }
}

const figuur = (sleutel: string): Figuur => {
  const f = FIGUREN.get(sleutel);
  if (f === undefined) throw new Error(`Onbekend kengetal ${sleutel}`);
  return f;
};

/** The figures per school board, from the breakdown's groups (never counted again here). */
const BESTUUR_FIGUREN: readonly { kop: string; figuur: Figuur }[] = [
  { kop: 'Ontvangen', figuur: figuur('ontvangen') },
  { kop: 'Besloten', figuur: figuur('besloten') },
  { kop: 'Afgegeven', figuur: figuur('afloop.tlv_afgegeven') },
  { kop: 'Behaald', figuur: figuur('behaald') },
  { kop: 'Mediaan netto', figuur: figuur('netto.mediaan') },
];

/** The Dutch abbreviations of the months (Taalunie: mrt, not maa). */
const MAAND_KORT: Readonly<Record<string, string>> = {
  januari: 'jan',
  februari: 'feb',
  maart: 'mrt',
  april: 'apr',
  mei: 'mei',
  juni: 'jun',
  juli: 'jul',
  augustus: 'aug',
  september: 'sep',
  oktober: 'okt',
  november: 'nov',
  december: 'dec',
};

/** 'maart 2026' → ['mrt', '2026'] under the x axis. */
function maandAs(label: string): string[] {
  const [maand, jaar] = label.split(' ');
  return maand === undefined || jaar === undefined ? [label] : [MAAND_KORT[maand] ?? maand, jaar];
}

/** The most boards one chart shows; the rest is one bar 'Overige besturen'. */
const MAX_BESTUREN = 40;

function bestuurRijen(r: Rapportage): { naam: string; waarde: number; rest?: boolean }[] {
  const rijen = r.perBestuur
    .map((b) => ({ naam: b.naam, waarde: b.ontvangen.aantal }))
    .sort((a, b) => b.waarde - a.waarde || a.naam.localeCompare(b.naam, 'nl'));
  if (rijen.length <= MAX_BESTUREN) return rijen;
  const rest = rijen.slice(MAX_BESTUREN - 1);
  return [
    ...rijen.slice(0, MAX_BESTUREN - 1),
    {
      naam: `Overige ${rest.length} besturen`,
      waarde: rest.reduce((s, x) => s + x.waarde, 0),
      rest: true,
    },
  ];
}

/** '2024-2025' of a school year's report. */
const jaarNummers = (r: Rapportage): string =>
  `${r.periode.from.slice(0, 4)}-${r.periode.to.slice(0, 4)}`;

const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export async function renderJaarverslag(d: JaarverslagData): Promise<Uint8Array> {
  const r = d.rapportage;
  const jaar = hoofdletter(r.periode.label);
  const l = await LetterLayout.create({
    title: `${JAARVERSLAG_TITEL} ${r.periode.label}`,
    subject: `Kengetallen van de toelaatbaarheidsverklaringen, ${r.periode.label}, ${d.swv.naam}`,
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `${JAARVERSLAG_TITEL}, ${r.periode.label}`,
  });
  l.paragraph(JAARVERSLAG_TITEL, { bold: true, size: 18, color: 'accent', spaceAfter: 2 });
  l.paragraph(`${jaar} (${formatDutchDate(r.periode.from)} t/m ${formatDutchDate(r.periode.to)})`, {
    size: 11,
    color: 'grey',
    spaceAfter: 0,
  });
  l.paragraph(`Stand van ${formatDutchDate(d.vandaag)}`, {
    size: 9,
    color: 'grey',
    spaceAfter: 12,
  });

  const leeg = isLeeg(r.totaal);
  l.paragraph(
    leeg
      ? `In ${r.periode.label} heeft ${d.swv.naam} geen aanvraag om een toelaatbaarheidsverklaring ` +
          'ontvangen, besloten, ingetrokken, opgeschort of verdaagd, en geen bezwaar ontvangen of ' +
          'beslist. De kengetallen hieronder staan daarom op nul; de TLV’s die de komende maanden ' +
          'eindigen staan onderaan.'
      : `De kengetallen van de aanvragen om een toelaatbaarheidsverklaring (TLV) bij ${d.swv.naam} ` +
          `in ${r.periode.label}${d.vorigJaar ? ' (met het schooljaar ervoor ernaast)' : ''}: ` +
          'aanvragen en besluiten, doorlooptijden en de beslistermijn, ' +
          'opschortingen en verdagingen, bezwaren, de cijfers per schoolbestuur en vier grafieken. ' +
          'Hoe de cijfers zijn bepaald staat aan het eind.',
    { spaceAfter: 8 },
  );

  // A figure per row, this school year beside the one before.
  const vorig = d.vorigJaar;
  for (const s of RAPPORT_SECTIES)
    tekstTabel(l, s.titel, {
      koppen: ['Kengetal', jaar, ...(vorig ? [`Vorig jaar (${jaarNummers(vorig)})`] : [])],
      rechts: [false, true, true],
      verhouding: vorig ? [5, 2, 2] : [3, 1],
      rijen: s.figuren.map((f) => [
        f.label,
        waarde(f, r.totaal),
        ...(vorig ? [waarde(f, vorig.totaal)] : []),
      ]),
    });

  const bestuurTotaal = r.groepen.length > 0 ? [r.groepen.length] : [];
  tekstTabel(l, 'Per schoolbestuur', {
    koppen: ['Schoolbestuur', ...BESTUUR_FIGUREN.map((b) => b.kop)],
    rechts: [false, ...BESTUUR_FIGUREN.map(() => true)],
    verhouding: [32, 9, 9, 9, 8, 11],
    rijen:
      r.groepen.length === 0
        ? []
        : [
            ...r.groepen.map((g) => [
              g.naam,
              ...BESTUUR_FIGUREN.map((b) => waarde(b.figuur, g.kengetallen)),
            ]),
            ['Totaal', ...BESTUUR_FIGUREN.map((b) => waarde(b.figuur, r.totaal))],
          ],
    vet: bestuurTotaal,
    leeg: `Geen schoolbestuur had in ${r.periode.label} een aanvraag, besluit of bezwaar.`,
  });

  // The charts: the months of the school year, the boards, the TLVs ending.
  const maanden = r.perMaand;
  const categorieen = maanden.map((m) => maandAs(m.label));
  const besloten = maanden.reduce((n, m) => n + m.besloten, 0);
  const geenBesluit = `Geen besluiten genomen in ${r.periode.label}: er is niets uit te zetten.`;
  const achtWeken = `${BESLISTERMIJN_WEKEN} weken (${BESLISTERMIJN_DAGEN} dagen)`;

  if (besloten === 0) {
    l.heading('Grafieken per maand');
    l.paragraph(geenBesluit, { size: 9, color: 'grey' });
  } else {
    kolomGrafiek(l, {
      titel: 'Figuur 1. Doorlooptijd per maand',
      categorieen,
      soort: 'lijn',
      reeks: { naam: 'Mediaan netto doorlooptijd (dagen)', tint: 'accent', vorm: 'lijn' },
      waarden: maanden.map((m) => m.mediaanNetto),
      yTitel: 'dagen',
      geheel: true,
      opmaak: getal,
      geenWaarde: GEEN,
      referentie: {
        waarde: BESLISTERMIJN_DAGEN,
        label: `${getal(BESLISTERMIJN_DAGEN)} d`,
        legenda: `Beslistermijn: ${achtWeken}`,
      },
      onderschrift:
        `Mediaan van de netto doorlooptijd (kalenderdagen van ontvangst tot besluit, zonder de ` +
        `dagen van opschorting) van de besluiten in elke maand van ${r.periode.label}, tegen de ` +
        `beslistermijn van ${achtWeken}. ${GEEN}: geen besluit in die maand.`,
    });
    kolomGrafiek(l, {
      titel: 'Figuur 2. Behaald per maand',
      categorieen,
      soort: 'staaf',
      reeks: { naam: 'Behaald (% van de besluiten)', tint: 'groen', vorm: 'blok' },
      waarden: maanden.map((m) => m.behaald),
      yTitel: '%',
      geheel: true,
      yVast: 100,
      opmaak: getal,
      waardeOpmaak: procent,
      geenWaarde: GEEN,
      onderschrift:
        `Aandeel van de besluiten per maand dat binnen de (verlengde) beslistermijn viel, ` +
        `${r.periode.label}; ${getal(besloten)} besluiten in het hele jaar. ${GEEN}: geen besluit ` +
        'in die maand.',
    });
  }

  if (r.perBestuur.length === 0) {
    l.heading('Aanvragen per schoolbestuur');
    l.paragraph(`Geen aanvragen ontvangen in ${r.periode.label}.`, { size: 9, color: 'grey' });
  } else {
    const rijen = bestuurRijen(r);
    liggendeGrafiek(l, {
      titel: 'Figuur 3. Aanvragen per schoolbestuur',
      reeks: { naam: 'Aanvragen ontvangen', tint: 'accent', vorm: 'blok' },
      rijen,
      xTitel: 'aanvragen',
      opmaak: getal,
      onderschrift:
        `Aanvragen ontvangen in ${r.periode.label} per schoolbestuur, het grootste eerst` +
        (rijen.length < r.perBestuur.length
          ? `; de kleinste ${r.perBestuur.length - rijen.length + 1} besturen samen in de grijze staaf.`
          : '.'),
    });
  }

  const tlv = TLV_EINDE_FIGUREN.map((f) => f.waarde(r.totaal) ?? 0);
  const tlvVan = r.tlvMaanden[0]?.label ?? '';
  const tlvTot = r.tlvMaanden.at(-1)?.label ?? '';
  if (tlv.every((n) => n === 0)) {
    l.heading('TLV’s die eindigen per maand');
    l.paragraph(`Geen afgegeven TLV eindigt van ${tlvVan} t/m ${tlvTot}.`, {
      size: 9,
      color: 'grey',
    });
  } else {
    kolomGrafiek(l, {
      titel: 'Figuur 4. TLV’s die eindigen per maand',
      categorieen: r.tlvMaanden.map((m) => maandAs(m.label)),
      soort: 'staaf',
      reeks: { naam: 'Afgegeven TLV’s die eindigen', tint: 'oranje', vorm: 'blok' },
      waarden: tlv,
      yTitel: 'aantal',
      geheel: true,
      opmaak: getal,
      geenWaarde: GEEN,
      onderschrift:
        `Afgegeven TLV’s (na bezwaar: de herziene) die eindigen in de twaalf maanden vanaf de ` +
        `stand van dit verslag, ${tlvVan} t/m ${tlvTot}: de herindicaties die eraan komen, ` +
        `${getal(tlv.reduce((a, b) => a + b, 0))} in totaal.`,
    });
  }

  l.heading('Hoe de cijfers zijn bepaald');
  l.paragraph(
    `${RAPPORT_DEFINITIES} Ontvangen telt in de maand van ontvangst, besloten in de maand van het ` +
      `besluit. De beslistermijn is ${achtWeken} na ontvangst, verlengd met de dagen van ` +
      `opschorting en zo nodig verdaagd. ${GEEN}: geen waarde (bijvoorbeeld een mediaan zonder ` +
      'besluiten).',
    { size: 9 },
  );
  l.paragraph(
    `Gemaakt met TLA op ${formatDutchDate(d.vandaag)} uit de dossiers van ${d.swv.naam}. Dit ` +
      'verslag noemt geen leerling.',
    { size: 9, color: 'grey' },
  );
  return l.finish();
}
