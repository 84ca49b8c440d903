import { Alert, Loader } from '@mantine/core';
import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { ApiError } from '../../api/errors';
import { dropFirstDraw, startFirstDraw } from './firstDraw';
import { FindBar } from './FindBar';
import { printPdf } from './printPdf';
import { PdfPage } from './PdfPage';
import { RenderGate } from './renderGate';
import { Thumbnails } from './Thumbnails';
import { useFind } from './useFind';
import { useFindShortcut } from './useFindShortcut';
import { usePageVisibility } from './usePageVisibility';
import { usePdfDocument, type PdfOpening, type PdfSource } from './usePdfDocument';
import { usePdfNavigation } from './usePdfNavigation';
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs';
import { ViewerToolbar, type Fit } from './ViewerToolbar';
import classes from './PdfViewer.module.css';

const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];
/** Fit width / fit page go as small as a page needs (a 14400 pt page in a pane of 600 px is 4 %). */
const MIN_FIT = 0.02;
/** Pages rendered around the visible ones (quality goal P4: visible ±2). */
const MARGIN_PAGES = 2;
/** The space under a page (.page's margin: --mantine-spacing-md). */
const PAGE_GAP = 16;
/** The rest of a new document's pages mount at the latest this long after the first ones. */
const ALL_PAGES_AFTER_MS = 1000;

/** A request to show a page; a new `seq` repeats the jump to the same page. */
export interface PageJump {
  page: number;
  seq: number;
  /** What was searched for (a dossier search hit): found and highlighted on that page. */
  query?: string;
}

const EMPTY_MARKS: ReadonlySet<number> = new Set();
const THUMBS_KEY = 'tla.viewer.overzicht';

interface Props {
  /** Fetches the PDF bytes (or gives a document already open, or either with the page to open at);
   *  called again when `sourceKey` changes. */
  load: () => Promise<PdfSource | PdfOpening>;
  sourceKey: string;
  title: string;
  /** Scrolls to this page once the document is open (and again when `seq` changes). */
  jumpTo?: PageJump | null;
  /** A light text over every page (the viewer's name and the date). */
  watermark?: string | null;
  /** Opens at this page (e.g. the reader's remembered position). */
  initialPage?: number | null;
  /** Called when the page being read (the one showing most of itself) changes; the caller debounces. */
  onPageChange?: (page: number) => void;
  /** Pages with a bookmark: a marker on the page and on its thumbnail. */
  markedPages?: ReadonlySet<number>;
  /** Extra controls at the end of the toolbar. */
  toolbarExtra?: (currentPage: number) => ReactNode;
  /**
   * An official letter may be printed: the toolbar offers 'Afdrukken' (and Ctrl+P prints it). Called
   * first, e.g. to record the print in the audit log; a rejection stops the print and is shown.
   * Without it the document is read-only: no print (a dossier document).
   */
  onPrint?: () => Promise<void>;
}

/** The scale that fits a page of `size` (at scale 1) to the pane's width or whole into it. */
function fitScale(
  pane: HTMLElement,
  fit: Fit,
  size: { width: number; height: number },
): number | null {
  if (fit === null) return null;
  const byWidth = (pane.clientWidth - 48) / size.width;
  const byHeight = (pane.clientHeight - 48) / size.height;
  return Math.max(MIN_FIT, fit === 'width' ? byWidth : Math.min(byWidth, byHeight));
}

function isTextField(t: EventTarget): boolean {
  return (
    t instanceof HTMLElement &&
    (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))
  );
}

/** A read-only PDF viewer: pages on canvas, only those near the view rendered. No download; no print
 *  unless the caller allows it (`onPrint`, an official letter). */
export function PdfViewer({
  load,
  sourceKey,
  title,
  jumpTo = null,
  watermark = null,
  initialPage = null,
  onPageChange,
  markedPages = EMPTY_MARKS,
  toolbarExtra,
  onPrint,
}: Props) {
  const root = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const keysHelp = useId();
  const [pageError, setPageError] = useState<string | null>(null);
  const [scale, setScale] = useState(1);
  const [fit, setFit] = useState<Fit>('width');
  /** Extra clockwise rotation chosen by the reader (client-side only, not stored). */
  const [rotation, setRotation] = useState(0);
  // Read when the document is parsed, before its pages are mounted.
  const now = useRef({ fit, scale, rotation, jump: jumpTo?.page, initialPage });
  now.current = { fit, scale, rotation, jump: jumpTo?.page, initialPage };
  /**
   * A new document's first page in view starts drawing at the scale it will be shown at. The page
   * the loader names (the reader's last one) comes with the document: the prop it also sets may
   * not have been rendered yet.
   */
  const onFirstPage = useCallback(
    (opened: PDFDocumentProxy, first: PDFPageProxy, page?: number | null) => {
      const el = scroller.current;
      const start = now.current.jump ?? (page !== undefined ? page : now.current.initialPage) ?? 1;
      if (el === null || start !== 1) return;
      const turn = (first.rotate + now.current.rotation) % 360;
      const unit = first.getViewport({ scale: 1, rotation: turn });
      const s = fitScale(el, now.current.fit, unit) ?? now.current.scale;
      setScale(s);
      performance.mark('tla:first-draw');
      startFirstDraw(opened, first, s, turn, classes.canvas ?? '');
    },
    [],
  );
  const { doc, baseSize, error } = usePdfDocument(load, sourceKey, onFirstPage);
  // An early draw the page did not take (closed at once, another scale) is cancelled.
  useEffect(() => () => (doc === null ? undefined : dropFirstDraw(doc)), [doc]);
  const [thumbnails, setThumbnails] = useState(() => localStorage.getItem(THUMBS_KEY) === '1');
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  // A new document mounts the first pages only; the rest (placeholders) once the first page is
  // on screen, in a transition, or after at most a second: mounting 200 placeholders took the main
  // thread 50–80 ms, which the first page's drawing waited on (docs/benchmarks.md, issue 13).
  const [allPagesOf, setAllPagesOf] = useState<PDFDocumentProxy | null>(null);
  // One gate per open document: its thumbnails wait for its pages.
  const gate = useMemo(
    () =>
      new RenderGate(() =>
        // After the frame that shows the first page.
        requestAnimationFrame(() => setTimeout(() => startTransition(() => setAllPagesOf(doc)), 0)),
      ),
    [doc],
  );
  useEffect(() => {
    if (doc === null || allPagesOf === doc) return;
    const timer = setTimeout(() => setAllPagesOf(doc), ALL_PAGES_AFTER_MS);
    return () => clearTimeout(timer);
  }, [doc, allPagesOf]);

  useEffect(() => setPageError(null), [sourceKey]);

  const turned = rotation % 180 !== 0;
  const shownSize = turned ? { width: baseSize.height, height: baseSize.width } : baseSize;

  // Fit to the width (or the whole page) of the pane, also when the window is resized.
  const { width: shownWidth, height: shownHeight } = shownSize;
  useEffect(() => {
    const el = scroller.current;
    if (fit === null || el === null) return;
    const size = { width: shownWidth, height: shownHeight };
    const apply = (): void => setScale(fitScale(el, fit, size) ?? MIN_FIT);
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit, shownWidth, shownHeight, doc]);

  const pageCount = doc?.numPages ?? 0;
  // The first page in view is known before the observer says so: the remembered (or asked) page.
  const startPage = Math.min(Math.max(1, jumpTo?.page ?? initialPage ?? 1), Math.max(1, pageCount));
  // Opening elsewhere than page 1 needs every page to scroll to.
  const mounted =
    allPagesOf === doc || startPage !== 1 ? pageCount : Math.min(pageCount, 1 + MARGIN_PAGES);
  const { observe, view, range, currentPage } = usePageVisibility(
    scroller,
    MARGIN_PAGES,
    doc,
    startPage,
  );
  useLayoutEffect(() => {
    if (doc !== null) performance.mark('tla:pages');
  }, [doc]);
  // Before the pages' own effects queue their drawing (layout effects run first).
  useLayoutEffect(() => gate.setView(view[0], view[1]), [gate, view]);

  const jumpPage = jumpTo?.page ?? null;
  const jumpSeq = jumpTo?.seq ?? null;
  const { userMoves, onPageKey, openPage, showHit, keepPlace, onScroll } = usePdfNavigation({
    scroller,
    doc,
    currentPage,
    initialPage,
    jumpPage,
    jumpSeq,
    scale,
    rotation,
    onPageChange,
  });

  const find = useFind(doc, findOpen ? query : '', rotation);

  // A dossier search hit brings its words: find them here and make the first hit on the requested
  // page the current one (not the first hit of the document, which would scroll away from it).
  const jumpQuery = jumpTo?.query ?? '';
  const hitOnPage = useRef<number | null>(null);
  useEffect(() => {
    if (doc === null || jumpQuery === '' || jumpPage === null) return;
    hitOnPage.current = jumpPage;
    setQuery(jumpQuery);
    setFindOpen(true);
  }, [doc, jumpQuery, jumpPage, jumpSeq]);
  const { hits: foundHits, status: findStatus, setCurrent: setCurrentHit } = find;
  useLayoutEffect(() => {
    const page = hitOnPage.current;
    if (page === null) return;
    const index = foundHits.findIndex((h) => h.page >= page);
    if (index >= 0 && foundHits[index]?.page === page) {
      hitOnPage.current = null;
      setCurrentHit(index);
    } else if (index >= 0 || findStatus.kind === 'done') {
      hitOnPage.current = null; // the words are not on that page as a phrase: stay on the page
    }
  }, [foundHits, findStatus, setCurrentHit]);
  const openFind = useCallback(() => {
    setFindOpen(true);
    // The field exists after this render; focus it then (and select, to type a new query).
    requestAnimationFrame(() => {
      findInput.current?.focus();
      findInput.current?.select();
    });
  }, []);
  useFindShortcut(root, openFind);
  const closeFind = (): void => {
    setFindOpen(false);
    scroller.current?.focus();
  };

  // The current hit: scrolled into view, its mark drawn differently.
  const hit = find.current >= 0 ? find.hits[find.current] : undefined;
  const hitKey = hit === undefined ? null : `${query}:${find.current}:${hit.page}`;
  const marksRef = useRef(find.marks);
  marksRef.current = find.marks;
  useLayoutEffect(() => {
    // While a dossier hit's page waits for its find hits, the page stays where it was asked.
    if (hit === undefined || hitKey === null || hitOnPage.current !== null) return;
    const mark = marksRef.current.get(hit.page)?.find((m) => m.current);
    showHit(hit.page, mark?.top ?? 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per hit, not per progress update
  }, [hitKey, showHit]);

  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<string | null>(null);
  const print = async (): Promise<void> => {
    if (doc === null || onPrint === undefined || printing) return;
    setPrinting(true);
    setPrintError(null);
    try {
      await onPrint();
      await printPdf(doc);
    } catch (e) {
      setPrintError(
        e instanceof ApiError
          ? e.message
          : 'De brief kon niet worden afgedrukt. Probeer het opnieuw.',
      );
    } finally {
      setPrinting(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (onPrint !== undefined && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      void print();
      return;
    }
    if (doc === null || e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
    if (e.key === 'Escape' && findOpen) {
      e.preventDefault();
      closeFind();
      return;
    }
    if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      zoom(e.key === '-' ? -1 : 1);
      return;
    }
    onPageKey(e);
  };
  const onPageError = useCallback(
    (m: string) => {
      setPageError(m);
      setAllPagesOf(doc);
    },
    [doc],
  );

  const zoom = (direction: 1 | -1): void => {
    keepPlace();
    const next =
      direction === 1
        ? (ZOOM_STEPS.find((s) => s > scale + 0.01) ?? scale)
        : ([...ZOOM_STEPS].reverse().find((s) => s < scale - 0.01) ?? scale);
    setFit(null);
    setScale(next);
  };

  return (
    <section
      ref={root}
      className={classes.viewer}
      aria-label={`Document: ${title}`}
      onKeyDown={onKeyDown}
    >
      <ViewerToolbar
        title={title}
        ready={doc !== null}
        page={currentPage}
        pageCount={pageCount}
        scale={scale}
        fit={fit}
        thumbnails={thumbnails}
        findOpen={findOpen}
        {...(onPrint !== undefined && { onPrint: () => void print(), printing })}
        extra={doc !== null ? toolbarExtra?.(currentPage) : null}
        onThumbnails={() =>
          setThumbnails((t) => {
            localStorage.setItem(THUMBS_KEY, t ? '0' : '1');
            return !t;
          })
        }
        onZoom={zoom}
        onFit={setFit}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
        onFind={() => (findOpen ? closeFind() : openFind())}
      />
      {findOpen && (
        <FindBar
          inputRef={findInput}
          query={query}
          onQuery={setQuery}
          hits={find.hits}
          status={find.status}
          current={find.current}
          onSelect={find.setCurrent}
          onNext={find.next}
          onPrevious={find.previous}
          onClose={closeFind}
        />
      )}
      {/* Chromium offers 'Save image as…' / 'Copy image' on a canvas: no context menu over pages. */}
      <div className={classes.body} onContextMenu={(e) => e.preventDefault()}>
        {thumbnails && doc !== null && (
          <Thumbnails
            doc={doc}
            gate={gate}
            currentPage={currentPage}
            aspect={shownSize.width / shownSize.height}
            rotation={rotation}
            markedPages={markedPages}
            onSelect={openPage}
          />
        )}
        <div
          ref={scroller}
          onWheel={userMoves}
          onPointerDown={userMoves}
          onScroll={onScroll}
          className={classes.scroller}
          tabIndex={0}
          aria-label="Pagina’s"
          aria-keyshortcuts="PageDown PageUp Home End Plus Minus Control+F"
          aria-describedby={keysHelp}
        >
          <span id={keysHelp} className="tla-visually-hidden">
            Toetsen: PageDown en PageUp voor de volgende en vorige pagina, Home en End voor de
            eerste en laatste pagina, plus en min om te zoomen, Ctrl+F om te zoeken in dit document.
          </span>
          {onPrint === undefined && (
            <p className={classes.printNote}>Afdrukken is niet toegestaan.</p>
          )}
          {printError !== null && (
            <Alert
              color="red"
              m="md"
              withCloseButton
              closeButtonLabel="Melding sluiten"
              onClose={() => setPrintError(null)}
            >
              {printError}
            </Alert>
          )}
          {error !== null && (
            <Alert color="red" m="md">
              {error}
            </Alert>
          )}
          {pageError !== null && (
            <Alert color="orange" m="md">
              {pageError}
            </Alert>
          )}
          {doc === null && error === null && <Loader m="xl" aria-label="Document laden" />}
          {doc !== null &&
            Array.from({ length: mounted }, (_, i) => i + 1).map((n) => (
              <PdfPage
                key={n}
                doc={doc}
                pageNumber={n}
                pageCount={pageCount}
                scale={scale}
                fallbackSize={shownSize}
                rotation={rotation}
                watermark={watermark}
                active={n >= range[0] && n <= range[1]}
                marks={find.marks.get(n)}
                marked={markedPages.has(n)}
                gate={gate}
                observe={observe}
                onError={onPageError}
              />
            ))}
          {doc !== null && mounted < pageCount && (
            // The pages still to mount, as the height they will take (the scrollbar stays put).
            <div
              aria-hidden
              style={{
                height: (pageCount - mounted) * (Math.floor(shownSize.height * scale) + PAGE_GAP),
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
