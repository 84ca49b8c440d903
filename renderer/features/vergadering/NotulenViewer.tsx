import { useCallback } from 'react';
import { call } from '../../api/client';
import { PdfViewer } from '../../components/pdf/PdfViewer';
import { base64ToBytes } from '../../lib/files';

/** The minutes of a held meeting in the app's read-only PDF viewer. */
export function NotulenViewer({ vergaderingId, title }: { vergaderingId: number; title: string }) {
  const load = useCallback(async () => {
    const content = await call('vergadering.notulen', { vergaderingId });
    return base64ToBytes(content.dataBase64);
  }, [vergaderingId]);
  return <PdfViewer load={load} sourceKey={`notulen-${vergaderingId}`} title={title} />;
}
