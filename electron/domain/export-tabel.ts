// Issue 12: what an export is, before it is a file. Every report and list that can be exported gives
// its content as one or more ExportTabel values (one sheet each in XLSX); the writers
// (services/export) turn them into XLSX with real number and date cells and into CSV for Dutch Excel.
// Pure: no I/O, so a report's export is tested on its values and the writers on any table.
import type { IsoDate } from './types';

/**
 * The kind of a column's cells:
 * - `tekst`: text, written as is;
 * - `geheel`: a whole number (a count, days);
 * - `getal`: a number with decimals (a mean), shown with one decimal;
 * - `percentage`: a fraction 0..1, shown as a percentage (in CSV with a decimal comma and a % sign);
 * - `datum`: an IsoDate (yyyy-mm-dd), a real date cell in XLSX, dd-mm-jjjj in CSV.
 */
export const EXPORT_KOLOM_TYPES = ['tekst', 'geheel', 'getal', 'percentage', 'datum'] as const;
export type ExportKolomType = (typeof EXPORT_KOLOM_TYPES)[number];

export interface ExportKolom {
  /** The header cell, in Dutch. */
  readonly kop: string;
  readonly type: ExportKolomType;
  /** Width in characters; the writer chooses one from the content when absent. */
  readonly breedte?: number;
}

/** A cell: text, a number, an IsoDate for a `datum` column, or empty. */
export type ExportCel = string | number | IsoDate | null;

export interface ExportTabel {
  /** The sheet's name (at most 31 characters, no []:*?/\ — Excel's rule; see exportTabelProbleem). */
  readonly naam: string;
  readonly kolommen: readonly ExportKolom[];
  readonly rijen: readonly (readonly ExportCel[])[];
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Why a table cannot be written as it is, or null: Excel's sheet-name rule, every row as wide as the
 * header, and each cell of the kind its column says. The writers refuse such a table rather than
 * write a file that Excel repairs or that holds a number as text.
 */
export function exportTabelProbleem(tabel: ExportTabel): string | null {
  if (tabel.naam.length === 0 || tabel.naam.length > 31 || SHEET_NAME_FORBIDDEN.test(tabel.naam)) {
    return `De tabelnaam "${tabel.naam}" kan geen bladnaam in Excel zijn.`;
  }
  for (const [r, rij] of tabel.rijen.entries()) {
    if (rij.length !== tabel.kolommen.length) {
      return `Rij ${r + 1} van "${tabel.naam}" heeft ${rij.length} cellen; de kop heeft er ${tabel.kolommen.length}.`;
    }
    for (const [k, cel] of rij.entries()) {
      const kolom = tabel.kolommen[k];
      if (cel === null || kolom === undefined) continue;
      if (!celPastBijType(cel, kolom.type)) {
        return `Rij ${r + 1}, kolom "${kolom.kop}" van "${tabel.naam}" past niet bij het type ${kolom.type}.`;
      }
    }
  }
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function celPastBijType(cel: ExportCel, type: ExportKolomType): boolean {
  switch (type) {
    case 'tekst':
      return typeof cel === 'string';
    case 'geheel':
      return typeof cel === 'number' && Number.isInteger(cel);
    case 'getal':
    case 'percentage':
      return typeof cel === 'number' && Number.isFinite(cel);
    case 'datum':
      return typeof cel === 'string' && ISO_DATE.test(cel);
  }
}

// A cell as a Dutch reader sees it: the CSV's field, the measure of an XLSX column and a PDF's cell.

/** yyyy-mm-dd → dd-mm-jjjj. */
export const datumNl = (iso: string): string =>
  `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** A number with a decimal comma, at most six decimals, no thousands separator (Excel NL reads it). */
export function getalNl(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/** A cell as a Dutch reader sees it: dates dd-mm-jjjj, decimal comma, a percentage with %. */
export function celAlsTekst(cel: ExportCel, type: ExportKolomType): string {
  if (cel === null) return '';
  if (typeof cel === 'string') return type === 'datum' ? datumNl(cel) : cel;
  switch (type) {
    case 'percentage':
      return `${getalNl(cel * 100)}%`;
    case 'getal':
      return getalNl(cel);
    default:
      return String(cel);
  }
}
