import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type {
  ExportCel,
  ExportKolom,
  ExportKolomType,
  ExportTabel,
} from '../../domain/export-tabel';
import type { IsoDate } from '../../domain/types';
import { celAlsTekst } from '../../domain/export-tabel';
import { weigerOngeldigeTabel } from './cellen';
import { zetZipDatum } from './zip-datum';

// XLSX with real cells: a count is an integer, a mean a number, a percentage a number with a %
// format, a date an Excel date shown dd-mm-jjjj; text is a string cell, also when it starts with
// '=' (exceljs writes a formula only for a {formula} value, never for a string). One sheet per
// table, a bold header row that stays in view (frozen) with a filter on it, and column widths from
// the content. The same tables on the same day give the same bytes: fixed document dates and
// fixed time stamps in the archive (./zip-datum.ts).

/** Excel's number formats (the format code is locale-free; Dutch Excel shows dd-mm-jjjj). */
const FORMAAT: Readonly<Record<ExportKolomType, string | undefined>> = {
  tekst: undefined,
  geheel: '0',
  getal: '0.0',
  percentage: '0.0%',
  datum: 'dd-mm-yyyy',
};

const MIN_BREEDTE = 6;
const MAX_BREEDTE = 60;

/** A column as wide as its longest text (header or cell, as a reader sees it), within bounds. */
function breedte(kolom: ExportKolom, index: number, rijen: ExportTabel['rijen']): number {
  if (kolom.breedte !== undefined) return kolom.breedte;
  let langste = kolom.kop.length;
  for (const rij of rijen) {
    const cel = rij[index] ?? null;
    if (cel === null) continue;
    const lengte = kolom.type === 'datum' ? 10 : celAlsTekst(cel, kolom.type).length;
    if (lengte > langste) langste = lengte;
  }
  // The header carries the filter's button: two characters more.
  return Math.min(MAX_BREEDTE, Math.max(MIN_BREEDTE, langste + 2));
}

/** An IsoDate as the Date of midnight UTC: exceljs turns that into the exact Excel day number. */
const alsDatum = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function celWaarde(cel: ExportCel, type: ExportKolomType): ExcelJS.CellValue {
  if (cel === null) return null;
  return type === 'datum' && typeof cel === 'string' ? alsDatum(cel) : cel;
}

/** Rows written between two yields to the event loop (other requests, the progress question). */
const ROWS_PER_YIELD = 2_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function voegBladToe(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  tabel: ExportTabel,
  geschreven: (rijen: number) => void,
): Promise<void> {
  const n = tabel.kolommen.length;
  const ws = wb.addWorksheet(tabel.naam, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // One style object per column, on the column (a cell typed in later takes its format) and given
  // to each of its cells: exceljs looks a cell's style up by the object (a WeakMap) before it
  // renders it as XML to find its number, and the copy each cell gets of its column's style was
  // rendered for every one of 600,000 cells (half the time of the file); a shared one once.
  const stijlen = tabel.kolommen.map((k): Partial<ExcelJS.Style> => {
    const numFmt = FORMAAT[k.type];
    return numFmt === undefined ? {} : { numFmt };
  });
  ws.columns = tabel.kolommen.map((k, i) => ({
    header: k.kop,
    key: `k${i}`,
    width: breedte(k, i, tabel.rijen),
    style: stijlen[i] as Partial<ExcelJS.Style>,
  }));
  const kop = ws.getRow(1);
  kop.font = { bold: true };
  // The header is text, not a number or a date in the column's format.
  kop.eachCell((c) => {
    c.numFmt = 'General';
  });
  kop.commit();
  const types = tabel.kolommen.map((k) => k.type);
  for (const [index, rij] of tabel.rijen.entries()) {
    const row = ws.addRow(rij.map((cel, i) => celWaarde(cel, types[i] ?? 'tekst')));
    for (let i = 0; i < n; i += 1) row.getCell(i + 1).style = stijlen[i] as Partial<ExcelJS.Style>;
    row.commit();
    if ((index + 1) % ROWS_PER_YIELD === 0) {
      geschreven(ROWS_PER_YIELD);
      await yieldToEventLoop();
    }
  }
  geschreven(tabel.rijen.length % ROWS_PER_YIELD);
  if (n > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: n } };
  ws.commit();
}

/**
 * The tables as the bytes of one XLSX file, made on `dag` (refused when a table cannot be
 * written). exceljs's streaming writer: each row is turned into XML once and let go (its in-memory
 * workbook took twice the time and memory for 50,000 rows); strings inline, no shared-string table.
 */
export async function schrijfXlsx(
  tabellen: readonly ExportTabel[],
  opties: {
    readonly dag: IsoDate;
    /** Called as rows are written: how many in all so far, of how many. */
    readonly voortgang?: (gedaan: number, totaal: number) => void;
  },
): Promise<Buffer> {
  weigerOngeldigeTabel(tabellen);
  // Loaded when an export is made, not at start (exceljs takes a while to load).
  const { default: Excel } = await import('exceljs');
  const uit = new PassThrough();
  const stukken: Buffer[] = [];
  uit.on('data', (stuk: Buffer) => stukken.push(stuk));
  const gemaakt = alsDatum(opties.dag);
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    stream: uit,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'TLA';
  wb.lastModifiedBy = 'TLA';
  wb.created = gemaakt;
  wb.modified = gemaakt;
  const totaal = tabellen.reduce((som, t) => som + t.rijen.length, 0);
  let gedaan = 0;
  for (const tabel of tabellen)
    await voegBladToe(wb, tabel, (rijen) => {
      gedaan += rijen;
      opties.voortgang?.(gedaan, totaal);
    });
  await wb.commit();
  return zetZipDatum(Buffer.concat(stukken), opties.dag);
}
