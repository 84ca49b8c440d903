import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont } from 'pdf-lib';
import { encryptedPdf, zeroPagePdf } from '../unit/documents/crafted-pdfs';

// Issue 4, robustness: the odd PDFs every layer is tested with (the validator and text extraction in
// Node, the dossier viewer in Chromium), and the 200-page documents of the benchmark. Everything is
// generated here, deterministically: no fixture files, no real pupil data.

export type Expectation = 'stored' | 'refused' | 'either';

export interface OddPdf {
  /** Short id, used in test titles and file names. */
  readonly id: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** 'either': opening it or refusing it with a clear message are both right (a broken xref). */
  readonly expect: Expectation;
}

async function build(make: (doc: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  await make(doc);
  return doc.save();
}

// --- PNG images (a scan is an image without a text layer) --------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit greyscale PNG of `width`×`height` from a pixel function (0 black … 255 white). */
export function greyPng(width: number, height: number, pixel: (x: number, y: number) => number) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x += 1) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 6 })),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/**
 * A scanned page at ~72 dpi: grey paper with a little noise and dark bars where lines of text
 * would be, different on every page (so every page is its own image, as in a real scan).
 */
function scanImage(page: number): Uint8Array {
  const width = 595;
  const height = 842;
  let seed = page * 7919;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const lineEnds = Array.from({ length: 60 }, () => 300 + Math.floor(rand() * 220));
  return greyPng(width, height, (x, y) => {
    const line = Math.floor((y - 60) / 12);
    const inText = y >= 60 && y < 780 && (y - 60) % 12 < 7 && x >= 60;
    const end = lineEnds[line] ?? 0;
    if (inText && x < end && (x + line * 3) % 37 > 4) return 40;
    return 235 + ((x * 31 + y * 17 + page) % 11);
  });
}

// --- Text ----------------------------------------------------------------------------------------

const WORDS = (
  'de leerling werkt in een kleine groep en heeft baat bij structuur voorspelbaarheid en ' +
  'korte instructie het ontwikkelingsperspectief beschrijft de doelen voor rekenen taal en ' +
  'sociaal emotionele ontwikkeling de school heeft de ondersteuning in de afgelopen periode ' +
  'uitgebreid met begeleiding door de intern begeleider en een ambulant begeleider'
).split(' ');

/** A line of plausible report text (fictional, deterministic). */
function line(page: number, n: number): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < 88; i += 1)
    words.push(WORDS[(page * 13 + n * 7 + i * 3) % WORDS.length] as string);
  return words.join(' ');
}

function drawTextPage(
  doc: PDFDocument,
  font: PDFFont,
  page: number,
  total: number,
  label: string,
): void {
  const p = doc.addPage([595, 842]);
  const head = `${label} (fictief) — pagina ${page} van ${total}`;
  p.drawText(head, { x: 56, y: 790, size: 13, font });
  for (let n = 0; n < 52; n += 1)
    p.drawText(line(page, n), { x: 56, y: 760 - n * 13.5, size: 9.5, font });
}

/**
 * A text document of `pages` A4 pages, ~50 lines each: the benchmark's 200-page PDF. `label` heads
 * every page (a different label gives a different file, so the store cannot share blobs).
 */
export function textPdf(pages = 200, label = 'Verslag'): Promise<Uint8Array> {
  return build(async (doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= pages; i += 1) drawTextPage(doc, font, i, pages, label);
  });
}

/** A scanned document of `pages` pages: images only, no text layer. */
export function scanPdf(pages = 200): Promise<Uint8Array> {
  return build(async (doc) => {
    for (let i = 1; i <= pages; i += 1) {
      const image = await doc.embedPng(scanImage(i));
      doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    }
  });
}

// --- Hand-assembled PDFs ---------------------------------------------------------------------------

/** Objects 1..n with a correct cross-reference table; object 1 is the catalog. */
function assemble(objects: string[]): Uint8Array {
  let out = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(content: string, extra = ''): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} ${extra}>>\nstream\n${content}\nendstream`;
}

/**
 * Non-Latin text: Greek and Cyrillic by glyph name in a simple font, and Chinese in a CID font with
 * a predefined CMap (the viewer must load its cmaps from our own origin for this).
 */
export function nonLatinPdf(): Uint8Array {
  // Codes 128.. mapped to Greek and Cyrillic glyph names (Αλφαβητο, Привет) in a font of its own
  // with its own widths; the strings below use those codes.
  const glyphs = ['Alpha', 'lambda', 'phi', 'alpha', 'beta', 'eta', 'tau', 'omicron'].concat([
    'afii10033',
    'afii10082',
    'afii10074',
    'afii10067',
    'afii10070',
    'afii10084',
  ]);
  const codes = (from: number, n: number): string =>
    Array.from({ length: n }, (_, i) => `\\${(128 + from + i).toString(8)}`).join('');
  // 你好 and 学校 as UCS-2 (UniGB-UCS2-H).
  const chinese = '<4F60597D5B66680F>';
  const content = [
    'BT /F1 28 Tf 60 720 Td (Niet-Latijnse tekst) Tj ET',
    `BT /F3 28 Tf 60 660 Td (${codes(0, 8)}) Tj ET`,
    `BT /F3 28 Tf 60 600 Td (${codes(8, 6)}) Tj ET`,
    `BT /F2 28 Tf 60 540 Td ${chinese} Tj ET`,
  ].join('\n');
  const widths = [722, 500, 600, 560, 560, 560, 440, 560, 720, 560, 560, 540, 560, 460];
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 9 0 R >> >> >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 8 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 128 /LastChar ${127 + glyphs.length} /Widths [${widths.join(' ')}] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${glyphs.map((g) => `/${g}`).join(' ')}] >> >>`,
  ]);
}

/** A string that, were it ever run as script, leaves a trace the test can look for. */
export const PWN_PAYLOAD = 'window.__tlaPwned = 1; document.title = "PWNED";';

/**
 * CVE-2024-4367 in the style of the public proof of concept (Codean Labs): a Type1 font whose
 * /FontMatrix holds a string instead of a number. pdf.js ≤ 4.1 pasted the matrix into the source of
 * a glyph-drawing function compiled with `new Function` ("c.transform(a,b,c,d,e,f)"), so the string
 * `1); <payload> //` closed the call and ran the payload. Text filled with a pattern makes pdf.js
 * draw the glyphs as paths (the compiled path). Returns the PDF and the exact JavaScript source a
 * vulnerable pdf.js would have compiled, for the control in the test.
 */
export function fontMatrixExploitPdf(payload = PWN_PAYLOAD): {
  bytes: Uint8Array;
  vulnerableSource: string;
} {
  const escaped = payload.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const injected = `1);\n${payload}\n//`;
  const content = [
    'BT /F2 20 Tf 60 760 Td (Lettertype met een kwaadaardige FontMatrix) Tj ET',
    '/Pattern cs /P1 scn',
    'BT /F1 96 Tf 60 560 Td (AbCd) Tj ET',
  ].join('\n');
  const bytes = assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 7 0 R >> /Pattern << /P1 6 0 R >> >> >>',
    stream(content),
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /FontMatrix [0.001 0 0 0.001 0 (1\\);\n${escaped}\n//)] >>`,
    '<< /Type /Pattern /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [60 0 400 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 1] /C1 [1 0.6 0] /N 1 >> >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
  // What pdf.js ≤ 4.1's FontLoader built: `c.transform(${fontMatrix.join(',')});` and the glyph's
  // path commands, then `new Function('c', 'size', source)`.
  const vulnerableSource = `c.save();\nc.transform(0.001,0,0,0.001,0,${injected});\nc.restore();\n`;
  return { bytes, vulnerableSource };
}

/** The corpus of issue 4 (the 200-page scan is separate: `scanPdf`, it is large). */
export async function oddPdfCorpus(): Promise<OddPdf[]> {
  const broken = Buffer.from(
    await build(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage().drawText('Kapotte xref: de tabel wijst naar niets', { x: 50, y: 700, font });
    }),
  )
    .toString('latin1')
    .replace(/startxref\s+\d+/, 'startxref\n999999');
  const good = await build((doc) => void doc.addPage());
  return [
    {
      id: 'broken-xref',
      fileName: 'kapotte-xref.pdf',
      bytes: new Uint8Array(Buffer.from(broken, 'latin1')),
      expect: 'either',
    },
    { id: 'zero-pages', fileName: 'nul-paginas.pdf', bytes: zeroPagePdf(), expect: 'refused' },
    {
      id: 'huge-page',
      fileName: 'heel-grote-pagina.pdf',
      bytes: await build(async (doc) => {
        const font = await doc.embedFont(StandardFonts.Helvetica);
        const p = doc.addPage([14400, 14400]);
        p.drawText('Heel grote pagina (5 × 5 meter)', { x: 400, y: 13000, font, size: 600 });
        p.drawRectangle({
          x: 400,
          y: 400,
          width: 13600,
          height: 11800,
          borderWidth: 80,
          borderColor: rgb(0, 0, 0),
        });
      }),
      expect: 'stored',
    },
    {
      id: 'rotated',
      fileName: 'gedraaide-paginas.pdf',
      bytes: await build(async (doc) => {
        const font = await doc.embedFont(StandardFonts.Helvetica);
        for (const turn of [90, 180, 270]) {
          const p = doc.addPage([595, 842]);
          p.setRotation(degrees(turn));
          p.drawText(`Gedraaid ${turn}°`, { x: 60, y: 700, size: 36, font });
        }
      }),
      expect: 'stored',
    },
    { id: 'non-latin', fileName: 'niet-latijns.pdf', bytes: nonLatinPdf(), expect: 'stored' },
    {
      id: 'images-only',
      fileName: 'alleen-afbeeldingen.pdf',
      bytes: await build(async (doc) => {
        for (const n of [1, 2]) {
          const image = await doc.embedPng(scanImage(n));
          doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
        }
      }),
      expect: 'stored',
    },
    { id: 'password', fileName: 'met-wachtwoord.pdf', bytes: encryptedPdf(), expect: 'refused' },
    {
      id: 'truncated',
      fileName: 'afgebroken.pdf',
      bytes: good.slice(0, 40),
      expect: 'refused',
    },
    {
      id: 'not-a-pdf',
      fileName: 'geen-pdf.pdf',
      bytes: new Uint8Array(Buffer.from('Dit is geen PDF maar platte tekst.\n', 'utf8')),
      expect: 'refused',
    },
  ];
}
