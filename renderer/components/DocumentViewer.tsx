import { useCallback } from 'react';
import { call } from '../api/client';
import { base64ToBytes } from '../lib/files';
import { PdfViewer } from './pdf/PdfViewer';
export { preloadPdfjs } from './pdf/pdfjs';

/** A dossier document in the read-only viewer (the backend logs the view). */
export function DocumentViewer({ documentId, title }: { documentId: number; title: string }) {
  const load = useCallback(async () => {
    const content = await call('document.content', { documentId });
    return base64ToBytes(content.dataBase64);
  }, [documentId]);
  return <PdfViewer load={load} sourceKey={`document-${documentId}`} title={title} />;
}

/** A generated letter in the same viewer. */
export function BriefViewer({ briefId, title }: { briefId: number; title: string }) {
  const load = useCallback(async () => {
    const content = await call('brieven.get', { briefId });
    return base64ToBytes(content.dataBase64);
  }, [briefId]);
  return <PdfViewer load={load} sourceKey={`brief-${briefId}`} title={title} />;
}
