import { Loader } from '@mantine/core';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from './pdfjs';
import { drawPage } from './drawPage';
import { takeFirstDraw } from './firstDraw';
import type { RenderGate } from './renderGate';
import type { FindMark } from './useFind';
import classes from './PdfViewer.module.css';

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  scale: number;
  /** Size at scale 1 until the page itself is known (pdf.js's own viewer does the same). */
  fallbackSize: { width: number; height: number };
  /** Extra clockwise rotation on top of the page's own. */
  rotation: number;
  watermark: string | null;
  active: boolean;
  /** Find hits on this page, drawn over the canvas. */
  marks: readonly FindMark[] | undefined;
  marked: boolean;
  gate: RenderGate;
  observe: (el: Element | null, page: number) => void;
  onError: (message: string) => void;
}

/** One page: a placeholder of the right size, and a canvas only while it is near the view. */
export const PdfPage = memo(function PdfPage(props: Props) {
  const { doc, pageNumber, scale, rotation, active, gate, observe, onError } = props;
  const outer = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [rendered, setRendered] = useState(false);
  const base = size ?? props.fallbackSize;

  useEffect(() => {
    observe(outer.current, pageNumber);
    return () => observe(null, pageNumber);
  }, [observe, pageNumber]);

  // A layout effect: the drawing is queued in the commit that shows the page, not a frame later.
  useLayoutEffect(() => {
    const el = holder.current;
    const box = outer.current;
    if (!active || el === null || box === null) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    let canvas = document.createElement('canvas');
    canvas.className = classes.canvas ?? '';
    // Drawn when the gate says so: the page in view first and alone, then its neighbours.
    const drop = gate.schedulePage(pageNumber, async () => {
      try {
        performance.mark(`tla:page${pageNumber}:start`);
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        const turn = (page.rotate + rotation) % 360;
        const unit = page.getViewport({ scale: 1, rotation: turn });
        // The first page may already be drawing since the document was parsed (firstDraw.ts).
        const early = takeFirstDraw(doc, pageNumber, scale, turn);
        if (early !== null) canvas = early.canvas;
        task = early?.task ?? drawPage(page, page.getViewport({ scale, rotation: turn }), canvas);
        await task.promise;
        if (cancelled) return;
        // What the reader sees, at once in this task: the canvas, the page's own size (before the
        // next paint, so a page of another size does not show a frame at the old one) and the mark
        // that it is drawn. React state follows for the loader and the find highlights.
        box.style.width = `${Math.floor(unit.width * scale)}px`;
        box.style.height = `${Math.floor(unit.height * scale)}px`;
        el.replaceChildren(canvas);
        box.dataset.rendered = 'true';
        performance.mark(`tla:page${pageNumber}:drawn`);
        setSize({ width: unit.width, height: unit.height });
        setRendered(true);
        gate.pageRendered();
      } catch (e) {
        if (cancelled || (e instanceof Error && e.name === 'RenderingCancelledException')) return;
        onError(`Pagina ${pageNumber} kon niet worden getoond.`);
      }
    });
    return () => {
      cancelled = true;
      drop();
      task?.cancel();
      // Free the canvas memory of pages far from the view.
      canvas.width = 0;
      canvas.height = 0;
      el.replaceChildren();
      delete box.dataset.rendered;
      setRendered(false);
    };
  }, [doc, pageNumber, scale, rotation, active, gate, onError]);

  return (
    <div
      ref={outer}
      className={classes.page}
      style={{ width: Math.floor(base.width * scale), height: Math.floor(base.height * scale) }}
      data-page-number={pageNumber}
      role="img"
      aria-label={`Pagina ${pageNumber} van ${props.pageCount}${props.marked ? ', met bladwijzer' : ''}`}
    >
      <div ref={holder} className={classes.canvasHolder} />
      {/* Only on pages near the view: a page far away shows nothing to mark, and 200 watermarks
          (each a size container) made opening a long document slow. */}
      {props.watermark !== null && active && (
        <div className={classes.watermark} data-watermark aria-hidden>
          {/* Three times down the page, so part of a page in view still shows it. The text is drawn
              by CSS (::after) from data-text: a decorative, deliberately faint mark is no text for
              assistive technology or contrast checks. */}
          <span data-text={props.watermark} />
          <span data-text={props.watermark} />
          <span data-text={props.watermark} />
        </div>
      )}
      {rendered && props.marks !== undefined && (
        // Highlights, not a text layer: pdf.js's TextLayer would put the page's text in the DOM as
        // selectable, copyable spans (and a screen reader's reading order), which the read-only
        // viewer does not want; boxes computed from the text items' positions show the same hits.
        <div className={classes.marks} aria-hidden>
          {props.marks.map((m, i) => (
            <span
              key={i}
              className={classes.mark}
              data-find-mark
              data-current={m.current ? 'true' : undefined}
              style={{
                left: `${m.left * 100}%`,
                top: `${m.top * 100}%`,
                width: `${m.width * 100}%`,
                height: `${m.height * 100}%`,
              }}
            />
          ))}
        </div>
      )}
      {props.marked && <span className={classes.bookmark} data-bookmark aria-hidden />}
      {active && !rendered && <Loader size="sm" className={classes.pageLoader ?? ''} aria-hidden />}
    </div>
  );
});
