import { UserFacingError } from '../../core/errors';
import { exportTabelProbleem, type ExportTabel } from '../../domain/export-tabel';

// What the XLSX and CSV writers share: the refusal of a table Excel cannot hold, and a cell as the
// text a reader sees (domain/export-tabel.ts: the CSV's field, the XLSX's column widths).

/** Refuses (Dutch) the first table that cannot be written as it is (domain/export-tabel.ts). */
export function weigerOngeldigeTabel(tabellen: readonly ExportTabel[]): void {
  for (const tabel of tabellen) {
    const probleem = exportTabelProbleem(tabel);
    if (probleem !== null)
      throw new UserFacingError('domain', `De export kan niet worden gemaakt. ${probleem}`);
  }
}
