import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pngIsHeel } from '../../../electron/services/logo-png';
import { png } from '../../support/swv';

// pdf-lib's PNG decoder loops for ever on pixel data that does not inflate, so every logo passes
// this check before pdf-lib sees it; what passes, pdf-lib decodes.

describe('the structure of a logo PNG', () => {
  it('accepts the fixture and a generated PNG, and pdf-lib decodes them', async () => {
    for (const bytes of [
      fs.readFileSync(path.join(__dirname, '../../fixtures/logo/logo.png')),
      png(64, 32),
    ]) {
      expect(pngIsHeel(bytes)).toBe(true);
      const image = await (await PDFDocument.create()).embedPng(bytes);
      expect(image.width).toBeGreaterThan(0);
    }
  });

  it('accepts an interlaced PNG (Adam7) whose data has the size of its seven passes', async () => {
    // 5 × 3 pixels RGBA: passes of 1×1, 1×1, none, 1×1, 3×1, 2×2 and 5×1 pixels, each row with
    // its filter byte: 5 + 5 + 0 + 5 + 13 + 18 + 21 = 67 bytes.
    const bytes = png(5, 3, zlib.deflateSync(Buffer.alloc(67)), { interlace: 1 });
    expect(pngIsHeel(bytes)).toBe(true);
    await (await PDFDocument.create()).embedPng(bytes);
    expect(pngIsHeel(png(5, 3, zlib.deflateSync(Buffer.alloc(66)), { interlace: 1 }))).toBe(false);
  });

  it('refuses pixel data that does not inflate, or inflates to another size', () => {
    expect(pngIsHeel(png(64, 64, Buffer.from('geen pixels')))).toBe(false);
    expect(pngIsHeel(png(64, 64, zlib.deflateSync(Buffer.alloc(10))))).toBe(false);
    const oneRowTooMany = Buffer.alloc(65 * (1 + 64 * 4));
    expect(pngIsHeel(png(64, 64, zlib.deflateSync(oneRowTooMany)))).toBe(false);
  });

  it('refuses a wrong checksum, a cut-off file and a palette image without its palette', () => {
    const good = png(16, 16);
    const crc = Buffer.from(good);
    crc[29] = (crc[29] ?? 0) ^ 0xff; // inside the IHDR's CRC
    expect(pngIsHeel(crc)).toBe(false);
    expect(pngIsHeel(good.subarray(0, good.length - 12))).toBe(false); // no IEND
    expect(pngIsHeel(png(16, 16, undefined, { colorType: 3, bitDepth: 8 }))).toBe(false);
    expect(pngIsHeel(png(16, 16, undefined, { bitDepth: 5 }))).toBe(false);
  });
});
