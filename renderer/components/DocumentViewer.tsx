import { useCallback } from 'react';
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

/** A dossier document in the read-only viewer (the backend logs the view). */
export function DocumentViewer({
  documentId,
  title,
  jumpTo = null,
}: {
  documentId: number;
  title: string;
  jumpTo?: PageJump | null;
}) {
  const watermark = useWatermark();
  const load = useCallback(async () => {
    const content = await call('document.content', { documentId });
    return base64ToBytes(content.dataBase64);
  }, [documentId]);
  return (
    <PdfViewer
      load={load}
      sourceKey={`document-${documentId}`}
      title={title}
      jumpTo={jumpTo}
      watermark={watermark}
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
