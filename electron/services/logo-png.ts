import zlib from 'node:zlib';

// A logo's PNG structure, checked before pdf-lib ever sees it: pdf-lib's PNG decoder (UPNG) loops
// for ever on pixel data that does not inflate, which would freeze the backend. So the chunks and
// their checksums are read here, the pixel data is inflated by Node's zlib with a cap on its size,
// and its length must be exactly what the header promises. Only then does pdf-lib decode it.

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
/** Adam7: x and y of the first pixel and the steps of each of the seven passes. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

interface Header {
  readonly breedte: number;
  readonly hoogte: number;
  readonly bitDepth: number;
  readonly colorType: number;
  readonly interlace: number;
}

/** The bytes of the inflated pixel data for this header: per row a filter byte and the pixels. */
function expectedLength(h: Header): number {
  const bits = (CHANNELS[h.colorType] ?? 0) * h.bitDepth;
  const rows = (w: number, n: number) => (w > 0 && n > 0 ? n * (1 + Math.ceil((w * bits) / 8)) : 0);
  if (h.interlace === 0) return rows(h.breedte, h.hoogte);
  return ADAM7.reduce(
    (sum, [x0, y0, dx, dy]) =>
      sum + rows(Math.ceil((h.breedte - x0) / dx), Math.ceil((h.hoogte - y0) / dy)),
    0,
  );
}

/**
 * Whether `png` (whose signature and IHDR size checkLogo already accepted) is a whole, consistent
 * PNG: every chunk within the file with a right CRC, a valid header, a palette where one is needed,
 * IEND at the end, and pixel data that inflates to exactly the promised size.
 */
export function pngIsHeel(png: Uint8Array): boolean {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let header: Header | null = null;
  let palette = false;
  let end = false;
  const idat: Buffer[] = [];
  while (at + 12 <= buf.length && !end) {
    const length = buf.readUInt32BE(at);
    if (length > buf.length - at - 12) return false;
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (zlib.crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length))
      return false;
    if (type === 'IHDR') {
      if (header !== null || length !== 13) return false;
      header = {
        breedte: data.readUInt32BE(0),
        hoogte: data.readUInt32BE(4),
        bitDepth: data[8] ?? 0,
        colorType: data[9] ?? 0,
        interlace: data[12] ?? 0,
      };
      const compressionAndFilter = (data[10] ?? 1) | (data[11] ?? 1);
      if (compressionAndFilter !== 0 || header.interlace > 1) return false;
      if (!(BIT_DEPTHS[header.colorType] ?? []).includes(header.bitDepth)) return false;
    } else if (header === null) {
      return false;
    } else if (type === 'PLTE') {
      palette = length > 0 && length % 3 === 0;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      end = true;
    }
    at += 12 + length;
  }
  if (header === null || !end || idat.length === 0) return false;
  if (header.colorType === 3 && !palette) return false;
  const expected = expectedLength(header);
  try {
    const pixels = zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
    return pixels.length === expected;
  } catch {
    return false;
  }
}
