import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

// Reading an export back in tests, independently of the writers: the XLSX through read-excel-file
// (cells with their types) and its raw parts (the XML) through Node's zlib; the CSV through
// csv-parse with Dutch Excel's separator.

/** Every entry of a ZIP archive, inflated, by name (central directory, stored or deflated). */
export function zipEntries(zip: Buffer): Map<string, string> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error('not a zip');
  const out = new Map<string, string>();
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n -= 1) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

export type Cel = string | number | boolean | Date | null;

/** The sheets of an XLSX as read-excel-file reads them: name and rows of typed cells. */
export async function leesXlsx(bytes: Buffer): Promise<{ sheet: string; data: Cel[][] }[]> {
  return (await readXlsxFile(bytes)) as { sheet: string; data: Cel[][] }[];
}

/** A CSV as Dutch Excel reads it: ';' between fields, the BOM removed. */
export function leesCsv(bytes: Buffer): string[][] {
  return parse(bytes, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
}

/** A Date of midnight UTC for an IsoDate (how an Excel day reads back). */
export const dag = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
