import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';

export type Notitie = OutputOf<'notitie.list'>['notities'][number];

export interface Notities {
  list: readonly Notitie[];
  error: string | null;
  /** Pages of this document with a bookmark. */
  bookmarkedPages: (documentId: number) => ReadonlySet<number>;
  toggleBookmark: (documentId: number, page: number) => Promise<void>;
  saveNote: (documentId: number, page: number, tekst: string) => Promise<void>;
  remove: (id: number) => Promise<void>;
}

/** The reader's own notes and bookmarks in one dossier (the backend never shows them to others). */
export function useNotities(aanvraagId: number): Notities {
  const [list, setList] = useState<readonly Notitie[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    call('notitie.list', { aanvraagId }).then(
      (r) => {
        if (!live) return;
        setList(r.notities);
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [aanvraagId, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);

  const marks = useMemo(() => {
    const byDoc = new Map<number, Set<number>>();
    for (const n of list) {
      if (n.soort !== 'bladwijzer') continue;
      const pages = byDoc.get(n.documentId) ?? new Set<number>();
      pages.add(n.page);
      byDoc.set(n.documentId, pages);
    }
    return byDoc;
  }, [list]);
  const bookmarkedPages = useCallback(
    (documentId: number): ReadonlySet<number> => marks.get(documentId) ?? EMPTY,
    [marks],
  );

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
        throw e;
      } finally {
        reload();
      }
    },
    [reload],
  );

  const toggleBookmark = useCallback(
    (documentId: number, page: number) => {
      const existing = list.filter(
        (n) => n.soort === 'bladwijzer' && n.documentId === documentId && n.page === page,
      );
      return run(async () => {
        if (existing.length > 0) {
          for (const n of existing) await call('notitie.delete', { id: n.id });
        } else {
          await call('notitie.save', { documentId, page, soort: 'bladwijzer', tekst: '' });
        }
      });
    },
    [list, run],
  );

  const saveNote = useCallback(
    (documentId: number, page: number, tekst: string) =>
      run(() => call('notitie.save', { documentId, page, soort: 'notitie', tekst })),
    [run],
  );

  const remove = useCallback((id: number) => run(() => call('notitie.delete', { id })), [run]);

  return { list, error, bookmarkedPages, toggleBookmark, saveNote, remove };
}

const EMPTY: ReadonlySet<number> = new Set();
