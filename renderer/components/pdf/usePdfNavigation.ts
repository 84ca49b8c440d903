import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type RefObject,
  type UIEvent,
} from 'react';
import type { PDFDocumentProxy } from './pdfjs';

interface Options {
  /** The scroll pane holding the pages (each with `data-page-number`). */
  scroller: RefObject<HTMLDivElement | null>;
  doc: PDFDocumentProxy | null;
  /** The page being read (usePageVisibility). */
  currentPage: number;
  /** Opens at this page (the reader's remembered position). */
  initialPage: number | null;
  /** A requested page (e.g. a search hit); a new `jumpSeq` repeats the jump to the same page. */
  jumpPage: number | null;
  jumpSeq: number | null;
  /** A new scale or rotation keeps the place in view. */
  scale: number;
  rotation: number;
  /** Called when the page being read changes, once the reader has arrived where the viewer opened. */
  onPageChange?: ((page: number) => void) | undefined;
}

/**
 * Where the viewer is in its document: going to a page (the remembered one, a requested one, one of
 * PageDown/PageUp/Home/End, a thumbnail, a find hit), keeping the place when zooming or turning, and
 * telling the caller which page is read. Refs only: scrolling renders nothing.
 */
export function usePdfNavigation({
  scroller,
  doc,
  currentPage,
  initialPage,
  jumpPage,
  jumpSeq,
  scale,
  rotation,
  onPageChange,
}: Options) {
  const pageCount = doc?.numPages ?? 0;
  // Zooming keeps the same place in view: the scroll position as a fraction of the whole.
  const position = useRef(0);
  /** A requested page stays the target through the first fit/zoom until the reader moves. */
  const pendingPage = useRef<number | null>(null);
  /** The reader has moved (or the requested page is reached): page changes are reported. */
  const settled = useRef(false);

  const goToPage = useCallback(
    (n: number, within = 0) => {
      const el = scroller.current;
      if (el === null || pageCount === 0) return;
      const page = Math.min(pageCount, Math.max(1, n));
      const target = el.querySelector<HTMLElement>(`[data-page-number="${page}"]`);
      if (target === null) return;
      // `within`: a place on the page (0..1 of its height) to bring to the upper third of the pane.
      const offset = within > 0 ? within * target.offsetHeight - el.clientHeight / 3 : -8;
      el.scrollTop = Math.max(0, target.offsetTop + offset);
      position.current = el.scrollHeight > 0 ? el.scrollTop / el.scrollHeight : 0;
    },
    [scroller, pageCount],
  );
  /** The page the last key went to, until the view shows it (see onPageKey). */
  const keyPage = useRef<number | null>(null);
  const userMoves = useCallback((): void => {
    pendingPage.current = null;
    settled.current = true;
    keyPage.current = null;
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    if (pendingPage.current !== null) goToPage(pendingPage.current);
    else el.scrollTop = position.current * el.scrollHeight;
  }, [scroller, scale, rotation, goToPage]);

  // The remembered position, once the pages are laid out.
  const initialRef = useRef(initialPage);
  initialRef.current = initialPage;
  useLayoutEffect(() => {
    settled.current = false;
    const start = initialRef.current;
    if (doc === null || start === null || start <= 1) return;
    pendingPage.current = start;
    goToPage(start);
  }, [doc, goToPage]);

  // A requested page (e.g. a search hit): go there once the pages are laid out.
  useLayoutEffect(() => {
    if (doc === null || jumpPage === null) return;
    pendingPage.current = jumpPage;
    goToPage(jumpPage);
  }, [doc, jumpPage, jumpSeq, goToPage]);

  const onPageChangeRef = useRef(onPageChange);
  onPageChangeRef.current = onPageChange;
  useEffect(() => {
    if (doc === null) return;
    // Until the reader moves, the first page seen may be page 1 on the way to the remembered one.
    const target = Math.min(doc.numPages, pendingPage.current ?? initialRef.current ?? 1);
    if (!settled.current && currentPage !== target) return;
    settled.current = true;
    onPageChangeRef.current?.(currentPage);
  }, [doc, currentPage]);
  useEffect(() => {
    if (keyPage.current === currentPage) keyPage.current = null; // the view has caught up
  }, [currentPage]);

  /** PageDown, PageUp, Home and End go to a page; any other key lets the view lead again. */
  const onPageKey = (e: KeyboardEvent<HTMLElement>): void => {
    // Counted from the page a previous key went to until the view has caught up with it: Home then
    // PageDown in quick succession is page 2, not the page before Home plus one.
    const from = keyPage.current ?? currentPage;
    const targets: Record<string, number> = {
      PageDown: from + 1,
      PageUp: from - 1,
      Home: 1,
      End: pageCount,
    };
    const target = targets[e.key];
    if (target === undefined) {
      keyPage.current = null; // arrows, space: the browser scrolls, the view leads again
      return;
    }
    e.preventDefault();
    userMoves();
    const page = Math.min(pageCount, Math.max(1, target));
    keyPage.current = page;
    goToPage(page);
  };

  /** The reader picks a page (a thumbnail). */
  const openPage = useCallback(
    (n: number) => {
      userMoves();
      goToPage(n);
    },
    [userMoves, goToPage],
  );

  /** A find hit: its page, with `within` (0..1 of the page's height) in the upper third of the pane. */
  const showHit = useCallback(
    (page: number, within: number) => {
      pendingPage.current = null;
      settled.current = true;
      goToPage(page, within);
    },
    [goToPage],
  );

  /** The reader zooms: the place in view is kept, no longer a requested page. */
  const keepPlace = useCallback((): void => {
    pendingPage.current = null;
  }, []);

  const onScroll = useCallback((e: UIEvent<HTMLElement>): void => {
    const el = e.currentTarget;
    position.current = el.scrollHeight > 0 ? el.scrollTop / el.scrollHeight : 0;
  }, []);

  return { pageCount, userMoves, onPageKey, openPage, showHit, keepPlace, onScroll };
}
