import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';
import { PdfPage } from './PdfPage';
import { usePageVisibility } from './usePageVisibility';
import classes from './PdfViewer.module.css';

const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];
/** Pages rendered around the visible ones (quality goal P4: visible ±2). */
const MARGIN_PAGES = 2;

/** A request to show a page; a new `seq` repeats the jump to the same page. */
export interface PageJump {
  page: number;
  seq: number;
}

type Fit = 'width' | 'page' | null;

interface Props {
  /** Fetches the PDF bytes; called again when `sourceKey` changes. */
  load: () => Promise<Uint8Array<ArrayBuffer>>;
  sourceKey: string;
  title: string;
  /** Scrolls to this page once the document is open (and again when `seq` changes). */
  jumpTo?: PageJump | null;
  /** A light text over every page (the viewer's name and the date). */
  watermark?: string | null;
}

/** A read-only PDF viewer: pages on canvas, only those near the view rendered. No download, no print. */
export function PdfViewer({ load, sourceKey, title, jumpTo = null, watermark = null }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [baseSize, setBaseSize] = useState({ width: 595, height: 842 });
  const [error, setError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [scale, setScale] = useState(1);
  const [fit, setFit] = useState<Fit>('width');
  /** Extra clockwise rotation chosen by the reader (client-side only, not stored). */
  const [rotation, setRotation] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    let close: (() => void) | null = null;
    setDoc(null);
    setError(null);
    setPageError(null);
    void (async () => {
      try {
        const bytes = await loadRef.current();
        const opened = await openPdf(bytes);
        close = opened.close;
        if (!live) return opened.close();
        const first = await opened.doc.getPage(1);
        const unit = first.getViewport({ scale: 1 });
        if (!live) return;
        setBaseSize({ width: unit.width, height: unit.height });
        setDoc(opened.doc);
      } catch {
        if (live)
          setError('Dit document kon niet worden geopend. Het bestand is mogelijk beschadigd.');
      }
    })();
    return () => {
      live = false;
      close?.();
    };
  }, [sourceKey]);

  const turned = rotation % 180 !== 0;
  const shownSize = turned ? { width: baseSize.height, height: baseSize.width } : baseSize;

  // Fit to the width (or the whole page) of the pane, also when the window is resized.
  useEffect(() => {
    const el = scroller.current;
    if (fit === null || el === null) return;
    const apply = (): void => {
      const byWidth = (el.clientWidth - 48) / shownSize.width;
      const byHeight = (el.clientHeight - 48) / shownSize.height;
      setScale(Math.max(0.25, fit === 'width' ? byWidth : Math.min(byWidth, byHeight)));
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit, shownSize.width, shownSize.height, doc]);

  // Zooming keeps the same place in view: the scroll position as a fraction of the whole.
  const position = useRef(0);
  /** A requested page stays the target through the first fit/zoom until the reader moves. */
  const pendingPage = useRef<number | null>(null);

  const { observe, range, firstVisible } = usePageVisibility(scroller, MARGIN_PAGES, doc);
  const pageCount = doc?.numPages ?? 0;

  const goToPage = useCallback(
    (n: number) => {
      const el = scroller.current;
      if (el === null || pageCount === 0) return;
      const page = Math.min(pageCount, Math.max(1, n));
      const target = el.querySelector<HTMLElement>(`[data-page-number="${page}"]`);
      if (target === null) return;
      el.scrollTop = Math.max(0, target.offsetTop - 8);
      position.current = el.scrollHeight > 0 ? el.scrollTop / el.scrollHeight : 0;
    },
    [pageCount],
  );

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    if (pendingPage.current !== null) goToPage(pendingPage.current);
    else el.scrollTop = position.current * el.scrollHeight;
  }, [scale, rotation, goToPage]);

  // A requested page (e.g. a search hit): go there once the pages are laid out.
  const jumpPage = jumpTo?.page ?? null;
  const jumpSeq = jumpTo?.seq ?? null;
  useLayoutEffect(() => {
    if (doc === null || jumpPage === null) return;
    pendingPage.current = jumpPage;
    goToPage(jumpPage);
  }, [doc, jumpPage, jumpSeq, goToPage]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (doc === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const targets: Record<string, number> = {
      PageDown: firstVisible + 1,
      PageUp: firstVisible - 1,
      Home: 1,
      End: pageCount,
    };
    const target = targets[e.key];
    if (target === undefined) return;
    e.preventDefault();
    pendingPage.current = null;
    goToPage(target);
  };
  const onPageError = useCallback((m: string) => setPageError(m), []);

  const zoom = (direction: 1 | -1): void => {
    pendingPage.current = null;
    const next =
      direction === 1
        ? (ZOOM_STEPS.find((s) => s > scale + 0.01) ?? scale)
        : ([...ZOOM_STEPS].reverse().find((s) => s < scale - 0.01) ?? scale);
    setFit(null);
    setScale(next);
  };

  return (
    // Keyboard: PageDown/PageUp a page on, back; Home/End the first and last page.
    <section className={classes.viewer} aria-label={`Document: ${title}`} onKeyDown={onKeyDown}>
      <Group
        className={classes.toolbar ?? ''}
        justify="space-between"
        gap="xs"
        role="toolbar"
        aria-label="Weergave"
      >
        <Text size="sm" fw={500} truncate="end" className={classes.title ?? ''}>
          {title}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c="dimmed" aria-live="polite">
            {pageCount > 0 ? `Pagina ${firstVisible} van ${pageCount}` : ''}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => zoom(-1)}
            aria-label="Uitzoomen"
            disabled={doc === null}
          >
            −
          </Button>
          <Text size="sm" w={48} ta="center">
            {Math.round(scale * 100)}%
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => zoom(1)}
            aria-label="Inzoomen"
            disabled={doc === null}
          >
            +
          </Button>
          <Button
            size="compact-sm"
            variant={fit === 'width' ? 'light' : 'default'}
            onClick={() => setFit('width')}
            aria-pressed={fit === 'width'}
            disabled={doc === null}
          >
            Paginabreedte
          </Button>
          <Button
            size="compact-sm"
            variant={fit === 'page' ? 'light' : 'default'}
            onClick={() => setFit('page')}
            aria-pressed={fit === 'page'}
            disabled={doc === null}
          >
            Hele pagina
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setRotation((r) => (r + 90) % 360)}
            aria-label="Draai 90° rechtsom"
            title="Draai 90° rechtsom"
            disabled={doc === null}
          >
            ↻
          </Button>
        </Group>
      </Group>
      <div
        ref={scroller}
        onWheel={() => (pendingPage.current = null)}
        onPointerDown={() => (pendingPage.current = null)}
        onScroll={(e) => {
          const el = e.currentTarget;
          position.current = el.scrollHeight > 0 ? el.scrollTop / el.scrollHeight : 0;
        }}
        className={classes.scroller}
        tabIndex={0}
        aria-label="Pagina’s"
      >
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
          Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
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
              observe={observe}
              onError={onPageError}
            />
          ))}
      </div>
    </section>
  );
}
