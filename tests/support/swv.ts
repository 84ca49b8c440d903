import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { databaseKey, openDatabase } from '../../db/open';
import type { InputOf } from '../../electron/contract';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { openReadonly, type TestBackend } from './backend';

// The SWV's details and logo for the tests of setting up an SWV (issue 10): a valid input, the
// logo fixtures, a PNG of any size, a letter's text, and the stored settings changed behind the
// backend's back.

export const LOGO = fs.readFileSync(path.join(__dirname, '../fixtures/logo/logo.png'));
export const SVG = fs.readFileSync(path.join(__dirname, '../fixtures/logo/logo.svg'));

export const GEGEVENS: InputOf<'swv.zetten'> = {
  naam: 'Samenwerkingsverband Passend Onderwijs De Vallei',
  registratienummer: 'po 2505',
  code: 'PO2505',
  adres: 'Stationsweg 12',
  postcode: '6711pl',
  plaats: 'Ede',
  telefoon: '0318 123 456',
  email: 'tlv@swv-devallei.nl',
  website: '',
  directeurUserId: null,
  bezwaaradvies: {
    soort: 'lbt',
    naam: 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)',
    adres: 'p/a Onderwijsgeschillen, Postbus 85191',
    postcode: '3508 AD',
    plaats: 'Utrecht',
  },
};

/**
 * A PNG of `w` × `h` pixels (RGBA 8-bit, all blue-grey unless `idat` is given), made here so that
 * its size and header can be chosen.
 */
export function png(
  w: number,
  h: number,
  idat?: Buffer,
  o: { colorType?: number; bitDepth?: number; interlace?: number } = {},
): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([o.bitDepth ?? 8, o.colorType ?? 6, 0, 0, o.interlace ?? 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 4, 0x80)]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat ?? zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const b64 = (b: Buffer) => b.toString('base64');

export async function pdfText(dataBase64: string): Promise<string> {
  const { pages } = await extractPdfText(new Uint8Array(Buffer.from(dataBase64, 'base64')));
  return pages.join('\n').replace(/\s+/g, ' ');
}

export function auditCount(t: TestBackend, action: string): number {
  const db = openReadonly(t);
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(action) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/** Changes the stored settings behind the backend's back (a damaged or missing value). */
export function tamper(t: TestBackend, sql: string): void {
  const { sqlite } = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
  try {
    sqlite.prepare(sql).run();
  } finally {
    sqlite.close();
  }
}
