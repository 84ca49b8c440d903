import { Loader } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { call } from '../api/client';
import { useAuth } from '../app/auth';
import { base64ToBytes } from '../lib/files';
import { PdfViewer, type PageJump } from './pdf/PdfViewer';
export { preloadPdfjs } from './pdf/pdfjs';
export type { PageJump } from './pdf/PdfViewer';

const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** The watermark over every page: who is reading, and when. */
function useWatermark(): string | null {
  const { phase } = useAuth();
  if (phase.kind !== 'app') return null;
  return `${phase.user.naam} · ${today.format(new Date())}`;
}

/** How long the page must stay put before it is remembered (scrolling passes many pages). */
const SAVE_POSITION_MS = 800;

/**
 * The reader's last page in this document (per user, kept by the backend). `undefined` while it
 * is being asked; a failure just opens at the first page.
 */
function useLastPosition(documentId: number): {
  initialPage: number | null | undefined;
  onPageChange: (page: number) => void;
} {
  const [initialPage, setInitialPage] = useState<number | null | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<number | null>(null);
  const saved = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const page = pending.current;
    pending.current = null;
    if (page === null || page === saved.current) return;
    saved.current = page;
    // The reader's own state: a failure to remember is not worth an error on screen.
    call('document.bewaarPositie', { documentId, page }).catch(() => undefined);
  }, [documentId]);

  useEffect(() => {
    let live = true;
    setInitialPage(undefined);
    call('document.positie', { documentId }).then(
      (r) => {
        if (!live) return;
        saved.current = r.page;
        setInitialPage(r.page);
      },
      () => live && setInitialPage(null),
    );
    return () => {
      live = false;
      // Closing the document right after turning a page still remembers that page.
      flush();
    };
  }, [documentId, flush]);

  const onPageChange = useCallback(
    (page: number) => {
      pending.current = page;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_POSITION_MS);
    },
    [flush],
  );

  return { initialPage, onPageChange };
}

/** A dossier document in the read-only viewer (the backend logs the view). */
export function DocumentViewer({
  documentId,
  title,
  jumpTo = null,
  markedPages,
  toolbarExtra,
}: {
  documentId: number;
  title: string;
  jumpTo?: PageJump | null;
  /** Pages with one of the reader's bookmarks. */
  markedPages?: ReadonlySet<number>;
  /** The reader's own controls in the toolbar (bookmark, note) for the current page. */
  toolbarExtra?: (currentPage: number) => ReactNode;
}) {
  const watermark = useWatermark();
  const { initialPage, onPageChange } = useLastPosition(documentId);
  const load = useCallback(async () => {
    const content = await call('document.content', { documentId });
    return base64ToBytes(content.dataBase64);
  }, [documentId]);
  if (initialPage === undefined) return <Loader m="xl" aria-label="Document laden" />;
  return (
    <PdfViewer
      load={load}
      sourceKey={`document-${documentId}`}
      title={title}
      jumpTo={jumpTo}
      watermark={watermark}
      initialPage={initialPage}
      onPageChange={onPageChange}
      {...(markedPages !== undefined && { markedPages })}
      {...(toolbarExtra !== undefined && { toolbarExtra })}
    />
  );
}

/** A generated letter in the same viewer. */
export function BriefViewer({ briefId, title }: { briefId: number; title: string }) {
  const watermark = useWatermark();
  const load = useCallback(async () => {
    const content = await call('brieven.get', { briefId });
    return base64ToBytes(content.dataBase64);
  }, [briefId]);
  return (
    <PdfViewer load={load} sourceKey={`brief-${briefId}`} title={title} watermark={watermark} />
  );
}
