// The figures of a report as the screen and the export show them (§11, issue 12): one list of
// sections, each with its figures (a key, a Dutch label, a kind and how to read the value and the
// aanvragen behind it from the Kengetallen). The table on screen, the list behind a figure and the
// export all read this list, so a figure is named and computed once.
import type { ExportKolom, ExportTabel } from './export-tabel';
import { OPSCHORTING_GRONDEN, type OpschortingGrond } from './opschorting';
import {
  AFLOOP_LABELS,
  AFLOOP_SOORTEN,
  INDELING_LABELS,
  type Kengetallen,
  type Rapportage,
  type Spreiding,
} from './rapportage';

/** geheel: a count or days; dagen: days with a decimal possible (median, mean); percentage: 0–100. */
export type FiguurType = 'geheel' | 'dagen' | 'percentage';

export interface Figuur {
  readonly sleutel: string;
  readonly label: string;
  /** A short column header where the table is wide (the label stays the figure's name). */
  readonly kop?: string;
  readonly type: FiguurType;
  readonly waarde: (k: Kengetallen) => number | null;
  /** The aanvragen behind the figure. */
  readonly ids: (k: Kengetallen) => readonly number[];
}

export interface Sectie {
  readonly sleutel: string;
  readonly titel: string;
  readonly figuren: readonly Figuur[];
}

/** The ground's paragraph of Awb 4:15, as a short column header. */
const OPSCHORTING_LID: Readonly<Record<OpschortingGrond, string>> = {
  awb_4_15_1a: 'lid 1a',
  awb_4_15_2a: 'lid 2a',
  awb_4_15_2b: 'lid 2b',
  awb_4_15_2c: 'lid 2c',
};

const OPSCHORTING_KORT: Readonly<Record<OpschortingGrond, string>> = {
  awb_4_15_1a: 'aanvulling (4:15 lid 1a)',
  awb_4_15_2a: 'met instemming (lid 2a)',
  awb_4_15_2b: 'door aanvrager (lid 2b)',
  awb_4_15_2c: 'overmacht (lid 2c)',
};

const spreidingFiguren = (
  soort: 'bruto' | 'netto',
  of: (k: Kengetallen) => Spreiding,
): Figuur[] => [
  {
    sleutel: `${soort}.mediaan`,
    label: `Mediaan ${soort}`,
    type: 'dagen',
    waarde: (k) => of(k).mediaan,
    ids: (k) => of(k).ids,
  },
  {
    sleutel: `${soort}.p90`,
    label: `90e percentiel ${soort}`,
    type: 'dagen',
    waarde: (k) => of(k).p90,
    ids: (k) => of(k).ids,
  },
  {
    sleutel: `${soort}.gemiddelde`,
    label: `Gemiddelde ${soort}`,
    type: 'dagen',
    waarde: (k) => of(k).gemiddelde,
    ids: (k) => of(k).ids,
  },
];

/** The sections of the report table, in the order shown (the TLVs ending have a table of their own). */
export const RAPPORT_SECTIES: readonly Sectie[] = [
  {
    sleutel: 'aanvragen',
    titel: 'Aanvragen en besluiten',
    figuren: [
      {
        sleutel: 'ontvangen',
        label: 'Ontvangen',
        type: 'geheel',
        waarde: (k) => k.ontvangen.aantal,
        ids: (k) => k.ontvangen.ids,
      },
      {
        sleutel: 'besloten',
        label: 'Besloten',
        type: 'geheel',
        waarde: (k) => k.besloten.aantal,
        ids: (k) => k.besloten.ids,
      },
      ...AFLOOP_SOORTEN.map((s): Figuur => ({
        sleutel: `afloop.${s}`,
        label: AFLOOP_LABELS[s],
        type: 'geheel',
        waarde: (k) => k.afloop[s].aantal,
        ids: (k) => k.afloop[s].ids,
      })),
      {
        sleutel: 'unaniem',
        label: 'Unaniem',
        type: 'percentage',
        waarde: (k) => k.unaniem.percentage,
        ids: (k) => k.unaniem.teller.ids,
      },
    ],
  },
  {
    sleutel: 'doorlooptijd',
    titel: 'Doorlooptijd en termijn',
    figuren: [
      ...spreidingFiguren('bruto', (k) => k.doorlooptijdBruto),
      ...spreidingFiguren('netto', (k) => k.doorlooptijdNetto),
      {
        sleutel: 'behaald',
        label: 'Behaald',
        type: 'percentage',
        waarde: (k) => k.behaald.percentage,
        ids: (k) => k.behaald.teller.ids,
      },
      {
        sleutel: 'te_laat',
        label: 'Te laat',
        type: 'geheel',
        waarde: (k) => k.teLaat.aantal,
        ids: (k) => k.teLaat.ids,
      },
    ],
  },
  {
    sleutel: 'opschortingen',
    titel: 'Opschortingen en verdagingen',
    figuren: [
      ...OPSCHORTING_GRONDEN.flatMap((g): Figuur[] => [
        {
          sleutel: `opschortingen.${g}`,
          label: `Opgeschort: ${OPSCHORTING_KORT[g]}`,
          kop: `Aantal ${OPSCHORTING_LID[g]}`,
          type: 'geheel',
          waarde: (k) => k.opschortingen[g].aantal,
          ids: (k) => k.opschortingen[g].ids,
        },
        {
          sleutel: `opschortingsdagen.${g}`,
          label: `Dagen: ${OPSCHORTING_KORT[g]}`,
          kop: `Dagen ${OPSCHORTING_LID[g]}`,
          type: 'geheel',
          waarde: (k) => k.opschortingen[g].dagen,
          ids: (k) => k.opschortingen[g].dagenIds,
        },
      ]),
      {
        sleutel: 'verdagingen',
        label: 'Verdaagd',
        type: 'geheel',
        waarde: (k) => k.verdagingen.aantal,
        ids: (k) => k.verdagingen.ids,
      },
    ],
  },
  {
    sleutel: 'bezwaren',
    titel: 'Bezwaren',
    figuren: [
      {
        sleutel: 'bezwaren.ontvangen',
        label: 'Bezwaren ontvangen',
        type: 'geheel',
        waarde: (k) => k.bezwaren.ontvangen.aantal,
        ids: (k) => k.bezwaren.ontvangen.ids,
      },
      {
        sleutel: 'bezwaren.gegrond',
        label: 'Gegrond',
        type: 'geheel',
        waarde: (k) => k.bezwaren.gegrond.aantal,
        ids: (k) => k.bezwaren.gegrond.ids,
      },
      {
        sleutel: 'bezwaren.ongegrond',
        label: 'Ongegrond',
        type: 'geheel',
        waarde: (k) => k.bezwaren.ongegrond.aantal,
        ids: (k) => k.bezwaren.ongegrond.ids,
      },
      {
        sleutel: 'bezwaren.zonder_beslissing',
        label: 'Gesloten zonder beslissing',
        type: 'geheel',
        waarde: (k) => k.bezwaren.zonderBeslissing.aantal,
        ids: (k) => k.bezwaren.zonderBeslissing.ids,
      },
    ],
  },
];

/**
 * How the figures are defined, in one paragraph for readers (the report screen and the jaarverslag):
 * the choices of ./rapportage.ts in words.
 */
export const RAPPORT_DEFINITIES =
  'Doorlooptijd in kalenderdagen van ontvangst tot besluit; netto zonder de dagen van ' +
  'opschorting. Mediaan: de middelste waarde; 90e percentiel: de waarde waar 90 % van de ' +
  'besluiten op of onder ligt. Behaald: besloten op of vóór het einde van de (verlengde) ' +
  'beslistermijn. Een opschorting telt in de periode waarin zij is gevraagd; haar dagen in de ' +
  'periode waarin zij vallen. Schoolsoort en categorie: die van de afgegeven TLV, anders die van ' +
  'de aanvraag.';

/** The figures of the TLVs ending, one per month from the month of today ('tlv_einde.0' … '.11'). */
export const TLV_EINDE_FIGUREN: readonly Figuur[] = Array.from({ length: 12 }, (_, i) => ({
  sleutel: `tlv_einde.${i}`,
  label: `TLV's die eindigen, maand ${i + 1}`,
  type: 'geheel' as const,
  waarde: (k: Kengetallen) => k.tlvEinde[i]?.aantal ?? 0,
  ids: (k: Kengetallen) => k.tlvEinde[i]?.ids ?? [],
}));

/** Every figure a screen may link to, by its key. */
export const FIGUREN: ReadonlyMap<string, Figuur> = new Map(
  [...RAPPORT_SECTIES.flatMap((s) => s.figuren), ...TLV_EINDE_FIGUREN].map((f) => [f.sleutel, f]),
);

export const isFiguurSleutel = (s: string): boolean => FIGUREN.has(s);

/**
 * The aanvragen behind one figure of the report: of the total (`groep` null) or of one group of
 * the breakdown; null when the group is not in the report (then there are none).
 */
export function idsAchterFiguur(
  r: Rapportage,
  figuur: string,
  groep: string | null,
): readonly number[] | null {
  const f = FIGUREN.get(figuur);
  if (f === undefined) return null;
  if (groep === null) return f.ids(r.totaal);
  const g = r.groepen.find((x) => x.sleutel === groep);
  return g === undefined ? null : f.ids(g.kengetallen);
}

const KOLOM_TYPE = { geheel: 'geheel', dagen: 'getal', percentage: 'percentage' } as const;

/** A figure's value as an export cell: a percentage as a fraction (ExportTabel's rule). */
function cel(f: Figuur, k: Kengetallen): number | null {
  const v = f.waarde(k);
  if (v === null) return null;
  return f.type === 'percentage' ? Math.round(v * 10) / 1000 : v;
}

/**
 * The report as export tables (issue 12, exports): one table per section and one of the TLVs
 * ending, each with a row for the total and one per group of the breakdown. Holds figures only:
 * no pupil, no advice text.
 */
export function rapportageAlsTabellen(r: Rapportage): ExportTabel[] {
  const groepKop = r.indeling === 'geen' ? 'Periode' : INDELING_LABELS[r.indeling];
  const rijen = [
    { naam: r.indeling === 'geen' ? r.periode.label : 'Totaal', k: r.totaal },
    ...r.groepen.map((g) => ({ naam: g.naam, k: g.kengetallen })),
  ];
  const secties: ExportTabel[] = RAPPORT_SECTIES.map((s) => ({
    naam: s.titel,
    kolommen: [
      { kop: groepKop, type: 'tekst' },
      ...s.figuren.map((f): ExportKolom => ({ kop: f.label, type: KOLOM_TYPE[f.type] })),
    ],
    rijen: rijen.map((x) => [x.naam, ...s.figuren.map((f) => cel(f, x.k))]),
  }));
  const tlv: ExportTabel = {
    naam: "TLV's die eindigen",
    kolommen: [
      { kop: groepKop, type: 'tekst' },
      ...r.tlvMaanden.map((m): ExportKolom => ({ kop: m.label, type: 'geheel' })),
    ],
    rijen: rijen.map((x) => [x.naam, ...TLV_EINDE_FIGUREN.map((f) => cel(f, x.k))]),
  };
  const info: ExportTabel = {
    naam: 'Periode',
    kolommen: [
      { kop: 'Periode', type: 'tekst' },
      { kop: 'Van', type: 'datum' },
      { kop: 'Tot en met', type: 'datum' },
      { kop: 'Indeling', type: 'tekst' },
    ],
    rijen: [[r.periode.label, r.periode.from, r.periode.to, INDELING_LABELS[r.indeling]]],
  };
  return [info, ...secties, tlv];
}
