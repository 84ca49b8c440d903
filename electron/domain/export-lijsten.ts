// Issue 12 · exports of today's lists: Alle aanvragen and the Termijnen dashboard as ExportTabel
// values, with the columns the screens show (and nothing more: no advice text, nothing the list
// itself does not show). Pure: the services gather the rows, this says what the file holds.
import type { LijstTermijn } from './alle-aanvragen';
import type { ExportKolom, ExportTabel } from './export-tabel';
import type { TrafficLight } from './termijnen';
import {
  STOPLICHT_LABELS,
  TERMIJNEN_LIJST,
  waitsOnLabel,
  type TermijnenLijst,
} from './termijnen-lijst';
import {
  AANVRAAG_SOORT_LABELS,
  type AanvraagSoort,
  type AanvraagState,
  type BesluitUitkomst,
  type IsoDate,
  type Role,
} from './types';
import { STATE_LABELS } from './workflow';

/** The formats an export is written in. */
export const EXPORT_FORMATEN = ['xlsx', 'csv'] as const;
export type ExportFormaat = (typeof EXPORT_FORMATEN)[number];

export const EXPORT_FORMAAT_LABELS: Readonly<Record<ExportFormaat, string>> = {
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV (Excel NL)',
};

/** The file's name: `tlv-<bron>-<jjjj-mm-dd>.<formaat>`, the day the export was made. */
export function exportBestandsnaam(bron: string, dag: IsoDate, formaat: ExportFormaat): string {
  return `tlv-${bron}-${dag}.${formaat}`;
}

/** §7: the decision in words. */
export const BESLUIT_UITKOMST_LABELS: Readonly<Record<BesluitUitkomst, string>> = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'TLV niet afgegeven',
  buiten_behandeling: 'Buiten behandeling',
};

export const LIJST_TERMIJN_LABELS: Readonly<Record<LijstTermijn, string>> = {
  beslistermijn: 'Beslistermijn',
  bezwaartermijn: 'Bezwaartermijn',
  beslissing_op_bezwaar: 'Besluit op bezwaar',
};

/** A row of Alle aanvragen as the list has it (services/alle-aanvragen.ts). */
export interface AlleAanvragenRij {
  readonly referentie: string;
  readonly leerlingNaam: string;
  readonly schoolNaam: string;
  readonly soort: AanvraagSoort;
  readonly state: AanvraagState;
  readonly ontvangenOp: IsoDate;
  readonly besluit: { readonly uitkomst: BesluitUitkomst; readonly datum: IsoDate } | null;
  readonly volgnummer: string | null;
  readonly termijn: {
    readonly soort: LijstTermijn;
    readonly einde: IsoDate;
    readonly dagenOver: number;
  } | null;
}

const ALLE_AANVRAGEN_KOLOMMEN: readonly ExportKolom[] = [
  { kop: 'Kenmerk', type: 'tekst' },
  { kop: 'Leerling', type: 'tekst' },
  { kop: 'School', type: 'tekst' },
  { kop: 'Soort aanvraag', type: 'tekst' },
  { kop: 'Status', type: 'tekst' },
  { kop: 'Ontvangen', type: 'datum' },
  { kop: 'Besluit', type: 'tekst' },
  { kop: 'Besluitdatum', type: 'datum' },
  { kop: 'TLV-volgnummer', type: 'tekst' },
  { kop: 'Termijn', type: 'tekst' },
  { kop: 'Einde termijn', type: 'datum' },
  { kop: 'Dagen over', type: 'geheel' },
];

/** Alle aanvragen as one table, in the list's order, with the columns the screen shows. */
export function alleAanvragenTabel(rijen: readonly AlleAanvragenRij[]): ExportTabel {
  return {
    naam: 'Alle aanvragen',
    kolommen: ALLE_AANVRAGEN_KOLOMMEN,
    rijen: rijen.map((r) => [
      r.referentie,
      r.leerlingNaam,
      r.schoolNaam,
      AANVRAAG_SOORT_LABELS[r.soort],
      STATE_LABELS[r.state],
      r.ontvangenOp,
      r.besluit === null ? null : BESLUIT_UITKOMST_LABELS[r.besluit.uitkomst],
      r.besluit?.datum ?? null,
      r.volgnummer,
      r.termijn === null ? null : LIJST_TERMIJN_LABELS[r.termijn.soort],
      r.termijn?.einde ?? null,
      r.termijn?.dagenOver ?? null,
    ]),
  };
}

/** An open aanvraag on the Termijnen dashboard (services/dashboard.ts). */
export interface TermijnenRij {
  readonly referentie: string;
  readonly leerlingNaam: string;
  readonly state: AanvraagState;
  readonly waitsOn: Role | null;
  readonly end: IsoDate;
  readonly daysLeft: number;
  readonly trafficLight: TrafficLight;
  readonly verdagingNodig: boolean;
  readonly suspended: boolean;
}

/** The dashboard's figures of one period (services/dashboard.ts). */
export interface TermijnenKengetallen {
  readonly label: string;
  readonly decided: number;
  /** 0–100 with one decimal (domain/doorlooptijd.ts · behaaldPercentage), or null. */
  readonly behaaldPercentage: number | null;
  readonly medianGross: number | null;
  readonly medianNet: number | null;
}

const jaNee = (b: boolean): string => (b ? 'Ja' : 'Nee');

/**
 * The Termijnen dashboard as two tables: the open aanvragen of the chosen list (in the screen's
 * order) and the figures of this period and the one before.
 */
export function termijnenTabellen(input: {
  readonly lijst: TermijnenLijst;
  readonly rijen: readonly TermijnenRij[];
  readonly current: TermijnenKengetallen;
  readonly previous: TermijnenKengetallen;
}): ExportTabel[] {
  const { label, test } = TERMIJNEN_LIJST[input.lijst];
  return [
    {
      naam: `Termijnen - ${label}`,
      kolommen: [
        { kop: 'Kenmerk', type: 'tekst' },
        { kop: 'Leerling', type: 'tekst' },
        { kop: 'Status', type: 'tekst' },
        { kop: 'Wacht op', type: 'tekst' },
        { kop: 'Einde termijn', type: 'datum' },
        { kop: 'Dagen over', type: 'geheel' },
        { kop: 'Stand', type: 'tekst' },
        { kop: 'Verdaging nodig', type: 'tekst' },
      ],
      rijen: input.rijen
        .filter(test)
        .map((r) => [
          r.referentie,
          r.leerlingNaam,
          STATE_LABELS[r.state],
          waitsOnLabel(r.waitsOn, r.state),
          r.end,
          r.daysLeft,
          STOPLICHT_LABELS[r.trafficLight],
          jaNee(r.verdagingNodig),
        ]),
    },
    {
      naam: 'Behaald en doorlooptijd',
      kolommen: [
        { kop: 'Periode', type: 'tekst' },
        { kop: 'Besluiten genomen', type: 'geheel' },
        { kop: 'Binnen de termijn (behaald)', type: 'percentage' },
        { kop: 'Mediane doorlooptijd bruto (dagen)', type: 'getal' },
        { kop: 'Mediane doorlooptijd netto (dagen)', type: 'getal' },
      ],
      rijen: [input.current, input.previous].map((k) => [
        k.label,
        k.decided,
        k.behaaldPercentage === null ? null : k.behaaldPercentage / 100,
        k.medianGross,
        k.medianNet,
      ]),
    },
  ];
}
