// pdf.js, loaded on first use (keeps it out of the login screen's bundle) and configured once.
// Everything comes from our own origin: the worker, cmaps, standard fonts, ICC profiles and the wasm
// decoders (scanned PDFs render blank without them). The CSP allows nothing else.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type Pdfjs = typeof import('pdfjs-dist');
interface Loaded {
  lib: Pdfjs;
  worker: InstanceType<Pdfjs['PDFWorker']>;
}
let loaded: Promise<Loaded> | null = null;

function pdfjs(): Promise<Loaded> {
  loaded ??= import('pdfjs-dist').then((lib) => {
    // One long-lived worker for every document: the second document opens without a cold start.
    // It is passed to getDocument as `worker`, so destroying one document leaves it alive. (Through
    // GlobalWorkerOptions.workerPort every loading task would share one PDFWorker and destroy it with
    // itself: a document opened while the previous one closes then fails with "the worker is being
    // destroyed".)
    const port = new Worker(new URL(workerUrl, document.baseURI), {
      type: 'module',
      name: 'pdfjs',
    });
    const worker = lib.PDFWorker.create({ port });
    whenIdle(() => void warmUp(lib, worker));
    return { lib, worker };
  });
  return loaded;
}

/** Runs `task` when the page has nothing else to do (at the latest after 2 s). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * A one-page PDF with one line in a standard font (the xref offsets counted for these lines): the
 * bytes the backend's PDF workers warm up with (electron/documents/pdf-core.mjs · warmUpPdf), kept
 * here because the renderer may not import that layer.
 */
const WARM_UP_PDF = [
  '%PDF-1.4',
  '1 0 obj',
  '<< /Type /Catalog /Pages 2 0 R >>',
  'endobj',
  '2 0 obj',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  'endobj',
  '3 0 obj',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  'endobj',
  '4 0 obj',
  '<< /Length 37 >>',
  'stream',
  'BT /F1 12 Tf 20 50 Td (Opwarmen) Tj ET',
  'endstream',
  'endobj',
  '5 0 obj',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  'endobj',
  'xref',
  '0 6',
  '0000000000 65535 f ',
  '0000000009 00000 n ',
  '0000000058 00000 n ',
  '0000000115 00000 n ',
  '0000000241 00000 n ',
  '0000000329 00000 n ',
  'trailer',
  '<< /Size 6 /Root 1 0 R >>',
  'startxref',
  '399',
  '%%EOF',
  '',
].join('\n');

/**
 * Opens and draws a tiny one-page PDF once, off screen, then closes it. A fresh worker and page
 * compile pdf.js's parser, font and canvas code on their first document; without this the reader's
 * first document paid for that (docs/benchmarks.md: the first open's draw took 85–107 ms against
 * 15–22 ms later). Our own constant bytes: nothing of a dossier, nothing to audit. Never throws.
 */
async function warmUp(lib: Pdfjs, worker: Loaded['worker']): Promise<void> {
  try {
    const task = lib.getDocument(
      documentOptions(new TextEncoder().encode(WARM_UP_PDF) as Uint8Array<ArrayBuffer>, worker),
    );
    try {
      const page = await (await task.promise).getPage(1);
      const canvas = document.createElement('canvas');
      await page.render({ canvas, viewport: page.getViewport({ scale: 1 }) }).promise;
      canvas.width = 0;
      canvas.height = 0;
    } finally {
      await task.destroy();
    }
  } catch {
    // Only the first document is slower.
  }
}

/** Starts loading pdf.js and its worker ahead of time, e.g. when a dossier page opens. */
export function preloadPdfjs(): void {
  void pdfjs();
}

function assetUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close: () => void;
}

/** Opens PDF bytes for viewing only: no scripting, no XFA, no eval. */
export async function openPdf(data: Uint8Array<ArrayBuffer>): Promise<OpenedPdf> {
  const { lib, worker } = await pdfjs();
  const task = lib.getDocument(documentOptions(data, worker));
  const doc = await task.promise;
  return { doc, close: () => void task.destroy() };
}

/** The options every document is opened with (the warm-up's too, so it warms the same paths). */
function documentOptions(data: Uint8Array<ArrayBuffer>, worker: Loaded['worker']) {
  return {
    data,
    worker,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    // S5: a PDF is data, never code (CVE-2024-4367): no eval (also banned by the CSP), no XFA.
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
  };
}

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
export type { TextItem } from 'pdfjs-dist/types/src/display/api';
