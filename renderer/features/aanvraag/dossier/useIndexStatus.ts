import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { call } from '../../../api/client';
import type { Doc } from './versions';

export type IndexState = OutputOf<'document.indexStatus'>['documents'][number];

const POLL_MS = 1000;

/**
 * The text-index progress of the dossier's documents. While any document is still waiting, asks
 * the backend every second; stops as soon as none is waiting (or the screen closes).
 */
export function useIndexStatus(
  aanvraagId: number,
  documents: readonly Doc[],
): ReadonlyMap<number, IndexState> {
  const [polled, setPolled] = useState<ReadonlyMap<number, IndexState>>(new Map());
  const waitingAtLoad = documents.some(
    (d) => d.vervangenDoorId === null && d.tekstStatus === 'wacht',
  );
  // A new document list (after an upload) restarts the polling when something is waiting.
  const listKey = documents.map((d) => `${d.id}:${d.tekstStatus}`).join(',');

  useEffect(() => {
    if (!waitingAtLoad) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async (): Promise<void> => {
      try {
        const { documents: states } = await call('document.indexStatus', { aanvraagId });
        if (!live) return;
        setPolled(new Map(states.map((s) => [s.documentId, s])));
        if (!states.some((s) => s.tekstStatus === 'wacht')) return;
      } catch {
        // A failed poll is tried again; the list keeps its last known state meanwhile.
        if (!live) return;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
    };
  }, [aanvraagId, waitingAtLoad, listKey]);

  return polled;
}

/** The freshest known index state of one document: polled if we have it, else from the list. */
export function indexStateOf(doc: Doc, polled: ReadonlyMap<number, IndexState>): IndexState {
  return (
    polled.get(doc.id) ?? {
      documentId: doc.id,
      tekstStatus: doc.tekstStatus,
      paginasGeindexeerd: doc.paginasGeindexeerd,
      pageCount: doc.pageCount,
    }
  );
}
