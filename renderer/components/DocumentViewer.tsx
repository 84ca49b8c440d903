import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { call, leesDocument } from '../api/client';
import { useAuth } from '../app/auth';
import { base64ToBytes } from '../lib/files';
import { keep, keptSha256, reuse, sha256Hex } from './pdf/docCache';
import { openPdf } from './pdf/pdfjs';
import { PdfViewer, type PageJump } from './pdf/PdfViewer';
import type { PdfOpening, PdfSource } from './pdf/usePdfDocument';
export { preloadPdfjs } from './pdf/pdfjs';
export { forgetKeptDocuments } from './pdf/docCache';
export type { PageJump } from './pdf/PdfViewer';

const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** The watermark over every page: who is reading, and when. */
function useWatermark(): string | null {
  const { phase } = useAuth();
  if (phase.kind !== 'app') return null;
  return `${phase.user.naam} · ${today.format(new Date())}`;
}

/**
 * Opening a dossier document: every open goes to the backend and is audited there; the content is
 * fetched only when this renderer does not still hold it open from an earlier open (pdf/docCache).
 *
 * - Nothing kept: the content (`leesDocument`: bytes through the desktop's main process, or
 *   `document.content` in the browser; audited as an open) and `document.positie` at the same time.
 * - Kept: `document.open` (audited; the access check, the last page and the sha256 of the content);
 *   the kept document is used when its sha256 matches, else the content is fetched after all.
 */
async function openDossierDocument(owner: number | null, documentId: number): Promise<PdfOpening> {
  performance.mark('tla:load');
  const key = `document-${documentId}`;
  if (owner !== null && keptSha256(owner, key) !== null) {
    const info = await call('document.open', { documentId });
    performance.mark('tla:api');
    const kept = reuse(owner, key, info.sha256);
    if (kept !== null) return { source: kept, page: info.page };
    return {
      source: await keepOpened(owner, key, await leesDocument(documentId)),
      page: info.page,
    };
  }
  // The reader's own state: without it the document opens at page 1. Asked at the same time; pdf.js
  // starts on the bytes without waiting for it.
  const position = call('document.positie', { documentId })
    .catch(() => ({ page: null }))
    .finally(() => performance.mark('tla:positie'));
  const bytes = await leesDocument(documentId).finally(() => performance.mark('tla:content'));
  performance.mark('tla:bytes');
  const [source, { page }] = await Promise.all([
    owner === null ? bytes : keepOpened(owner, key, bytes),
    position,
  ]);
  performance.mark('tla:api');
  return { source, page };
}

/** Opens begun on the click that shows the viewer, before the viewer is drawn; it takes its own. */
const ahead = new Map<string, Promise<PdfOpening>>();
/** An open nobody took (the viewer never came) is closed after this long. */
const AHEAD_UNCLAIMED_MS = 10_000;

/**
 * Starts opening a document at the click, so that fetching it runs while the dialog and the viewer
 * are drawn (the viewer's first open measured 25–35 ms of drawing before it asked). Only call it
 * where the viewer for this document is shown at once: the open is audited like any other.
 */
export function useOpenDocumentAhead(): (documentId: number) => void {
  const { phase } = useAuth();
  const owner = phase.kind === 'app' ? phase.user.id : null;
  return useCallback(
    (documentId: number) => {
      const key = `${owner}:${documentId}`;
      if (ahead.has(key)) return;
      const opening = openDossierDocument(owner, documentId);
      ahead.set(key, opening);
      opening.catch(() => undefined); // the viewer shows the failure when it takes the open
      setTimeout(() => {
        if (ahead.get(key) !== opening) return;
        ahead.delete(key);
        void opening.then(
          ({ source }) => {
            if (!(source instanceof Uint8Array)) source.close();
          },
          () => undefined,
        );
      }, AHEAD_UNCLAIMED_MS);
    },
    [owner],
  );
}

/** The open begun for this document at the click, or a new one. */
function takeOpening(owner: number | null, documentId: number): Promise<PdfOpening> {
  const key = `${owner}:${documentId}`;
  const opening = ahead.get(key);
  if (opening === undefined) return openDossierDocument(owner, documentId);
  ahead.delete(key);
  return opening;
}

/** Opens the bytes and keeps the document for a later open (the hash is taken before pdf.js gets them). */
async function keepOpened(
  owner: number,
  key: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<PdfSource> {
  const hash = sha256Hex(bytes);
  const opened = await openPdf(bytes);
  performance.mark('tla:parsed');
  const sha256 = await hash.catch(() => null);
  return sha256 === null ? opened : keep(owner, key, sha256, opened);
}

/** How long the page must stay put before it is remembered (scrolling passes many pages). */
const SAVE_POSITION_MS = 800;

/**
 * The reader's last page in this document (per user, kept by the backend), learnt while the document
 * opens (`startAt`); remembered again as the reader moves.
 */
function useLastPosition(documentId: number): {
  initialPage: number | null;
  startAt: (page: number | null) => void;
  onPageChange: (page: number) => void;
} {
  const [initialPage, setInitialPage] = useState<number | null>(null);
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
    saved.current = null;
    setInitialPage(null);
    // Closing the document right after turning a page still remembers that page.
    return flush;
  }, [documentId, flush]);

  const startAt = useCallback((page: number | null) => {
    saved.current = page;
    setInitialPage(page);
  }, []);

  const onPageChange = useCallback(
    (page: number) => {
      pending.current = page;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_POSITION_MS);
    },
    [flush],
  );

  return { initialPage, startAt, onPageChange };
}

/** A dossier document in the read-only viewer (the backend logs every open). */
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
  const { phase } = useAuth();
  const owner = phase.kind === 'app' ? phase.user.id : null;
  const watermark = useWatermark();
  const { initialPage, startAt, onPageChange } = useLastPosition(documentId);
  const load = useCallback(async () => {
    const opening = await takeOpening(owner, documentId);
    startAt(opening.page);
    return opening;
  }, [owner, documentId, startAt]);
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

/**
 * A generated letter in the same viewer. A letter is the SWV's official correspondence, sent to the
 * school and the ouders: it carries no reader's watermark and may be printed (the print is audited
 * first, brieven.afdrukken). Dossier documents keep both the watermark and the no-print rule.
 */
export function BriefViewer({ briefId, title }: { briefId: number; title: string }) {
  const load = useCallback(async () => {
    const content = await call('brieven.get', { briefId });
    return base64ToBytes(content.dataBase64);
  }, [briefId]);
  const onPrint = useCallback(async () => {
    await call('brieven.afdrukken', { briefId });
  }, [briefId]);
  return <PdfViewer load={load} sourceKey={`brief-${briefId}`} title={title} onPrint={onPrint} />;
}
