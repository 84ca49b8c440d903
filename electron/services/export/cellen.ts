import { UserFacingError } from '../../core/errors';
import {
  exportTabelProbleem,
  type ExportCel,
  type ExportKolomType,
  type ExportTabel,
} from '../../domain/export-tabel';

// What the XLSX and CSV writers share: the refusal of a table Excel cannot hold, and a cell as the
// text a reader sees (the CSV's field, and the measure of a column's width in the XLSX).

/** Refuses (Dutch) the first table that cannot be written as it is (domain/export-tabel.ts). */
export function weigerOngeldigeTabel(tabellen: readonly ExportTabel[]): void {
  for (const tabel of tabellen) {
    const probleem = exportTabelProbleem(tabel);
    if (probleem !== null)
      throw new UserFacingError('domain', `De export kan niet worden gemaakt. ${probleem}`);
  }
}

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
