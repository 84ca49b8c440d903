import { drawPage } from './drawPage';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from './pdfjs';

// The first page of a freshly opened document is drawn as soon as the document is parsed, while
// React mounts the viewer's page list (200 placeholders: ~30 ms of script and ~15 ms of layout on
// the machine of docs/benchmarks.md), so pdf.js's worker reads the page and the main thread draws
// it in the time the list would otherwise have made it wait. The page's own drawing job (PdfPage)
// adopts the canvas when it asks for the same page at the same scale and turn; anything else is
// cancelled and drawn as usual.

interface FirstDraw {
  page: number;
  scale: number;
  rotation: number;
  canvas: HTMLCanvasElement;
  task: RenderTask;
}

const started = new WeakMap<PDFDocumentProxy, FirstDraw>();

/** Starts drawing `page` of `doc` on a canvas of its own at `scale` and `rotation` (the page's own
 *  rotation included by the caller). A draw started earlier for the document is cancelled. */
export function startFirstDraw(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  scale: number,
  rotation: number,
  className: string,
): void {
  dropFirstDraw(doc);
  const canvas = document.createElement('canvas');
  canvas.className = className;
  const task = drawPage(page, page.getViewport({ scale, rotation }), canvas);
  // A cancelled or failed early draw only means the page is drawn again by its own job.
  task.promise.catch(() => undefined);
  started.set(doc, { page: page.pageNumber, scale, rotation, canvas, task });
}

/** The early draw of this page at this scale and turn, taken (once); null when there is none. */
export function takeFirstDraw(
  doc: PDFDocumentProxy,
  page: number,
  scale: number,
  rotation: number,
): { canvas: HTMLCanvasElement; task: RenderTask } | null {
  const draw = started.get(doc);
  if (draw === undefined || draw.page !== page) return null;
  started.delete(doc);
  if (draw.scale !== scale || draw.rotation !== rotation) {
    draw.task.cancel();
    return null;
  }
  return { canvas: draw.canvas, task: draw.task };
}

/** Cancels an early draw nobody took (the viewer closed, or another document came). */
export function dropFirstDraw(doc: PDFDocumentProxy): void {
  const draw = started.get(doc);
  if (draw === undefined) return;
  started.delete(doc);
  draw.task.cancel();
}
