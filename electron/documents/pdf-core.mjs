// Text extraction with pdfjs-dist in Node, shared by the main thread (validation, letters' tests)
// and the extraction worker (extract-worker.mjs). Plain JavaScript so that a native worker thread
// can load it without a TypeScript loader; its types are in pdf-core.d.mts. Hardened: no eval, no
// font loading, no system fonts, no network and no temp files; the document is parsed from memory.
import { createRequire } from 'node:module';
import path from 'node:path';

/** @type {Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined} */
let pdfjsPromise;

/** Loads pdfjs once. Its worker runs in-process ("fake worker"), registered via globalThis so
 *  pdfjs never tries to fetch or import a worker script by URL (which breaks once bundled). */
function loadPdfjs() {
  pdfjsPromise ??= (async () => {
    globalThis.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

/** @type {string | undefined | null} */
let fontDir = null;

/** Directory of the standard font data (for PDFs that use non-embedded standard fonts). */
function standardFontDataUrl() {
  if (fontDir === null) {
    try {
      const req = createRequire(import.meta.url);
      fontDir =
        path.join(path.dirname(req.resolve('pdfjs-dist/package.json')), 'standard_fonts') +
        path.sep;
    } catch {
      fontDir = undefined; // extraction still works; glyph widths fall back to defaults
    }
  }
  return fontDir;
}

/** Opens a PDF from memory. The bytes are copied because pdfjs may detach the buffer it is given.
 *  @param {Uint8Array} bytes */
export async function openPdf(bytes) {
  const pdfjs = await loadPdfjs();
  const fonts = standardFontDataUrl();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(fonts === undefined ? {} : { standardFontDataUrl: fonts }),
  });
  return task.promise;
}

/** @param {unknown} item */
function isTextItem(item) {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Rebuilds reading-order lines: items on the same baseline are joined left to right, with a space
 *  where there is a visible gap (pdfjs gives label and value of one row as separate items).
 *  @param {unknown[]} items */
export function pageText(items) {
  /** @type {Array<{ y: number, parts: Array<{ x: number, end: number, str: string }> }>} */
  const lines = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str === '') continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    let line = lines.find((l) => Math.abs(l.y - y) < 2);
    if (!line) {
      line = { y, parts: [] };
      lines.push(line);
    }
    line.parts.push({ x, end: x + item.width, str: item.str });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((l) => {
      l.parts.sort((a, b) => a.x - b.x);
      let out = '';
      let prevEnd = Number.NEGATIVE_INFINITY;
      for (const p of l.parts) {
        if (out !== '' && p.x - prevEnd > 1 && !out.endsWith(' ') && !p.str.startsWith(' '))
          out += ' ';
        out += p.str;
        prevEnd = p.end;
      }
      return out.trimEnd();
    })
    .join('\n');
}

/** Extracts the text page by page, handing each page to `onPage` as soon as it is read.
 *  @param {Uint8Array} bytes
 *  @param {(page: number, text: string) => void} onPage
 *  @returns {Promise<number>} the number of pages */
export async function extractPages(bytes, onPage) {
  const doc = await openPdf(bytes);
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      onPage(i, pageText(content.items));
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Opens the PDF and every page: pdfjs repairs broken cross-reference tables leniently, and loading
 *  every page catches files whose page tree is damaged while the header still looks fine.
 *  Rejects with pdfjs's own error (e.g. PasswordException, InvalidPDFException).
 *  @param {Uint8Array} bytes
 *  @returns {Promise<number>} the number of pages */
export async function inspectPdf(bytes) {
  const doc = await openPdf(bytes);
  try {
    for (let i = 1; i <= doc.numPages; i++) await doc.getPage(i);
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** A one-page PDF with a line of text, built with correct offsets (for warming up pdf.js). */
export function warmUpPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 37 >>\nstream\nBT /F1 12 Tf 20 50 Td (Opwarmen) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Loads pdf.js and runs it once over a tiny document, so that the first real document a worker
 *  thread gets does not also pay for loading and compiling pdf.js. Never throws. */
export async function warmUp() {
  try {
    await inspectPdf(warmUpPdf());
    await extractPages(warmUpPdf(), () => undefined);
  } catch {
    // a failed warm-up only means the first document is slower
  }
}
