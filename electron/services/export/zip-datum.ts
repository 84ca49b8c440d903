// exceljs packs an XLSX with JSZip, which stamps every entry with the time of writing (the DOS
// time and date in each local header and central-directory entry). So that the same data gives
// the same file, the stamps are set to one given day afterwards. Only those four bytes per header
// change: no CRC covers them, so the archive stays valid.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The DOS date of a day (bits: year-1980, month, day); the time stays 00:00:00. */
function dosDatum(dag: string): number {
  const [y, m, d] = dag.split('-').map(Number) as [number, number, number];
  return ((y - 1980) << 9) | (m << 5) | d;
}

/** Sets the time stamp of every entry of a ZIP archive to 00:00 on `dag` (yyyy-mm-dd), in place. */
export function zetZipDatum(zip: Buffer, dag: string): Buffer {
  const datum = dosDatum(dag);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n += 1) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('zip: bad central directory');
    zip.writeUInt16LE(0, p + 12);
    zip.writeUInt16LE(datum, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('zip: bad local header');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(datum, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
