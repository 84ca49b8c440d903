import { memo, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from './pdfjs';
import { drawPage } from './drawPage';
import type { RenderGate } from './renderGate';
import classes from './PdfViewer.module.css';

/** Thumbnail width in CSS pixels. */
const THUMB_WIDTH = 112;

interface Props {
  doc: PDFDocumentProxy;
  gate: RenderGate;
  currentPage: number;
  /** Width / height of page 1, for placeholders until a page's own size is known. */
  aspect: number;
  rotation: number;
  markedPages: ReadonlySet<number>;
  onSelect: (page: number) => void;
}

/**
 * The page overview: a button per page; only thumbnails near the visible part of the sidebar are
 * drawn (IntersectionObserver), after the main pages and one at a time (RenderGate).
 */
export function Thumbnails({
  doc,
  gate,
  currentPage,
  aspect,
  rotation,
  markedPages,
  onSelect,
}: Props) {
  const list = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    const root = list.current;
    if (root === null) return;
    const shown = new Set<number>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.thumb);
          if (e.isIntersecting) shown.add(n);
          else shown.delete(n);
        }
        setNear(new Set(shown));
      },
      { root, rootMargin: '300px 0px' },
    );
    for (const el of root.querySelectorAll('[data-thumb]')) io.observe(el);
    return () => io.disconnect();
  }, [doc, rotation]);

  // Keep the current page's thumbnail in view of the sidebar (without scrolling anything else).
  useEffect(() => {
    const root = list.current;
    const el = root?.querySelector<HTMLElement>(`[data-thumb="${currentPage}"]`);
    if (root == null || el == null) return;
    const top = el.offsetTop - root.offsetTop;
    if (top < root.scrollTop || top + el.offsetHeight > root.scrollTop + root.clientHeight)
      root.scrollTop = Math.max(0, top - root.clientHeight / 3);
  }, [currentPage]);

  return (
    <nav className={classes.thumbs} aria-label="Paginaoverzicht" ref={list}>
      {Array.from({ length: doc.numPages }, (_, i) => i + 1).map((n) => (
        <Thumbnail
          // A new rotation changes every page's height: start those placeholders afresh.
          key={`${n}-${rotation}`}
          doc={doc}
          gate={gate}
          pageNumber={n}
          aspect={aspect}
          rotation={rotation}
          active={near.has(n)}
          current={n === currentPage}
          marked={markedPages.has(n)}
          onSelect={onSelect}
        />
      ))}
    </nav>
  );
}

interface ThumbProps {
  doc: PDFDocumentProxy;
  gate: RenderGate;
  pageNumber: number;
  aspect: number;
  rotation: number;
  active: boolean;
  current: boolean;
  marked: boolean;
  onSelect: (page: number) => void;
}

const Thumbnail = memo(function Thumbnail(p: ThumbProps) {
  const { doc, gate, pageNumber, rotation, active } = p;
  const holder = useRef<HTMLSpanElement>(null);
  const [height, setHeight] = useState(Math.round(THUMB_WIDTH / p.aspect));

  useEffect(() => {
    const el = holder.current;
    if (!active || el === null) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    const canvas = document.createElement('canvas');
    const drop = gate.enqueue(async () => {
      if (cancelled) return;
      const page = await doc.getPage(pageNumber);
      const unit = page.getViewport({ scale: 1, rotation: (page.rotate + rotation) % 360 });
      const viewport = page.getViewport({
        scale: THUMB_WIDTH / unit.width,
        rotation: (page.rotate + rotation) % 360,
      });
      if (cancelled) return;
      task = drawPage(page, viewport, canvas, 2);
      await task.promise;
      if (cancelled) return;
      setHeight(Math.floor(viewport.height));
      el.replaceChildren(canvas);
    });
    return () => {
      cancelled = true;
      drop();
      task?.cancel();
      canvas.width = 0;
      canvas.height = 0;
      el.replaceChildren();
    };
  }, [doc, gate, pageNumber, rotation, active]);

  return (
    <button
      type="button"
      className={classes.thumb}
      data-thumb={pageNumber}
      data-current={p.current ? 'true' : undefined}
      aria-current={p.current ? 'page' : undefined}
      aria-label={`Pagina ${pageNumber}${p.marked ? ', met bladwijzer' : ''}`}
      onClick={() => p.onSelect(pageNumber)}
    >
      <span className={classes.thumbImage} ref={holder} style={{ width: THUMB_WIDTH, height }} />
      {p.marked && <span className={classes.bookmark} data-bookmark aria-hidden />}
      <span className={classes.thumbLabel} aria-hidden>
        {pageNumber}
      </span>
    </button>
  );
});
