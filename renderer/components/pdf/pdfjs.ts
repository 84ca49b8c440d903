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
    return { lib, worker: lib.PDFWorker.create({ port }) };
  });
  return loaded;
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
  const task = lib.getDocument({
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
  });
  const doc = await task.promise;
  return { doc, close: () => void task.destroy() };
}

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
export type { TextItem } from 'pdfjs-dist/types/src/display/api';
