import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';
import { PdfPage } from './PdfPage';
import { usePageVisibility } from './usePageVisibility';
import classes from './PdfViewer.module.css';

const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];
/** Pages rendered around the visible ones (quality goal P4: visible ±2). */
const MARGIN_PAGES = 2;

interface Props {
  /** Fetches the PDF bytes; called again when `sourceKey` changes. */
  load: () => Promise<Uint8Array<ArrayBuffer>>;
  sourceKey: string;
  title: string;
}

/** A read-only PDF viewer: pages on canvas, only those near the view rendered. No download, no print. */
export function PdfViewer({ load, sourceKey, title }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [baseSize, setBaseSize] = useState({ width: 595, height: 842 });
  const [error, setError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [scale, setScale] = useState(1);
  const [fitWidth, setFitWidth] = useState(true);
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

  // Fit to the width of the pane, also when the window is resized.
  useEffect(() => {
    const el = scroller.current;
    if (!fitWidth || el === null) return;
    const fit = (): void => setScale(Math.max(0.25, (el.clientWidth - 48) / baseSize.width));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fitWidth, baseSize.width, doc]);

  // Zooming keeps the same place in view: the scroll position as a fraction of the whole.
  const position = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el !== null) el.scrollTop = position.current * el.scrollHeight;
  }, [scale]);

  const { observe, range, firstVisible } = usePageVisibility(scroller, MARGIN_PAGES, doc);
  const onPageError = useCallback((m: string) => setPageError(m), []);

  const zoom = (direction: 1 | -1): void => {
    const next =
      direction === 1
        ? (ZOOM_STEPS.find((s) => s > scale + 0.01) ?? scale)
        : ([...ZOOM_STEPS].reverse().find((s) => s < scale - 0.01) ?? scale);
    setFitWidth(false);
    setScale(next);
  };

  const pageCount = doc?.numPages ?? 0;
  return (
    <section className={classes.viewer} aria-label={`Document: ${title}`}>
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
            variant={fitWidth ? 'light' : 'default'}
            onClick={() => setFitWidth(true)}
            aria-pressed={fitWidth}
            disabled={doc === null}
          >
            Paginabreedte
          </Button>
        </Group>
      </Group>
      <div
        ref={scroller}
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
              fallbackSize={baseSize}
              active={n >= range[0] && n <= range[1]}
              observe={observe}
              onError={onPageError}
            />
          ))}
      </div>
    </section>
  );
}
