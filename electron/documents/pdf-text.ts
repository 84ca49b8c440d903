// Text extraction with pdfjs-dist in Node (main process). Hardened: no eval, no font loading, no
// system fonts, no network and no temp files; the document is parsed from memory only.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<Pdfjs> | undefined;

/** Loads pdfjs once. The worker runs in-process ("fake worker"), registered via globalThis so
 *  pdfjs never tries to fetch or import a worker script by URL (which breaks once bundled). */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // @ts-expect-error -- pdfjs-dist ships no type declarations for its worker module.
    g.pdfjsWorker ??= (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as unknown;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

let fontDir: string | undefined | null = null;

/** Directory of the standard font data (for PDFs that use non-embedded standard fonts). */
function standardFontDataUrl(): string | undefined {
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

/** Opens a PDF from memory. The bytes are copied because pdfjs may detach the buffer it is given. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
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

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Rebuilds reading-order lines: items on the same baseline are joined left to right, with a space
 *  where there is a visible gap (pdfjs gives label and value of one row as separate items). */
function pageText(items: unknown[]): string {
  const lines: Array<{ y: number; parts: Array<{ x: number; end: number; str: string }> }> = [];
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

export async function extractPdfText(
  bytes: Uint8Array,
): Promise<{ pageCount: number; pages: string[] }> {
  const doc = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}
