import type { PDFPageProxy, RenderTask } from './pdfjs';

type Viewport = ReturnType<PDFPageProxy['getViewport']>;

/**
 * Starts drawing a page onto `canvas` at `viewport`, sharp on high-density screens (up to
 * `maxPixelRatio` device pixels per CSS pixel). The caller awaits `task.promise` and may cancel it.
 */
export function drawPage(
  page: PDFPageProxy,
  viewport: Viewport,
  canvas: HTMLCanvasElement,
  maxPixelRatio = Number.POSITIVE_INFINITY,
): RenderTask {
  const ratio = Math.min(maxPixelRatio, window.devicePixelRatio || 1);
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  return page.render({
    canvas,
    viewport,
    ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }),
  });
}
