import { Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../electron/domain/types';
import { DocumentViewer, type PageJump } from '../../components/DocumentViewer';
import { formatDate } from '../../lib/format';
import { DossierSearch, type DossierHit } from './dossier/DossierSearch';
import { IndexProgress } from './dossier/IndexProgress';
import { MijnNotities } from './dossier/MijnNotities';
import { NotitieToolbar } from './dossier/NotitieToolbar';
import { TekstStatusNote } from './dossier/TekstStatusNote';
import { indexStateOf, useIndexStatus } from './dossier/useIndexStatus';
import { useNotities } from './dossier/useNotities';
import type { Doc } from './dossier/versions';
import type { Aanvraag } from './types';

function docLabel(d: Doc): string {
  const date = d.documentDate !== null ? ` (${formatDate(d.documentDate)})` : '';
  const versie = d.versie > 1 || d.vervangenDoorId !== null ? `, versie ${d.versie}` : '';
  return `${DOCUMENT_KIND_LABELS[d.kind]}: ${d.fileName}${date}${versie}`;
}

/** Ctrl+Shift+F: Ctrl+F belongs to the viewer (find in the open document). */
function isDossierSearchKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f';
}

/**
 * The dossier search matches every word on its own; find in the opened document looks for one
 * string: the longest word, so the hit on that page is highlighted.
 */
function findWord(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The read-only dossier: search it, choose a document, read it in the viewer, keep own notes. */
export function DossierPane({ aanvraag }: { aanvraag: Aanvraag }) {
  const docs = aanvraag.documents;
  const currentDocs = docs.filter((d) => d.vervangenDoorId === null);
  const oldDocs = docs.filter((d) => d.vervangenDoorId !== null);
  const [selected, setSelected] = useState<number | null>(currentDocs[0]?.id ?? null);
  const [jump, setJump] = useState<PageJump | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const current = docs.find((d) => d.id === selected) ?? null;
  const notities = useNotities(aanvraag.id);
  const polled = useIndexStatus(aanvraag.id, docs);
  const index = current === null ? null : indexStateOf(current, polled);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!isDossierSearchKey(e)) return;
      e.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const openPage = useCallback((documentId: number, page: number) => {
    setSelected(documentId);
    setJump((old) => ({ page, seq: (old?.seq ?? 0) + 1 }));
  }, []);
  const openHit = useCallback((hit: DossierHit, query: string) => {
    setSelected(hit.documentId);
    setJump((old) => ({ page: hit.page, seq: (old?.seq ?? 0) + 1, query: findWord(query) }));
  }, []);

  const toolbarExtra = useCallback(
    (page: number) =>
      current === null ? null : (
        <NotitieToolbar documentId={current.id} page={page} notities={notities} />
      ),
    [current, notities],
  );

  if (docs.length === 0) return <Text size="sm">Dit dossier heeft nog geen documenten.</Text>;
  return (
    <Stack gap="xs" h="100%">
      <div className="tla-dossier-bar">
        <Select
          label="Document uit het dossier"
          allowDeselect={false}
          value={selected === null ? null : String(selected)}
          onChange={(v) => {
            setSelected(v === null ? null : Number(v));
            setJump(null);
          }}
          data={[
            ...currentDocs.map((d) => ({ value: String(d.id), label: docLabel(d) })),
            ...(oldDocs.length === 0
              ? []
              : [
                  {
                    group: 'Eerdere versies (vervangen)',
                    items: oldDocs.map((d) => ({ value: String(d.id), label: docLabel(d) })),
                  },
                ]),
          ]}
        />
        <DossierSearch aanvraagId={aanvraag.id} inputRef={searchBox} onOpen={openHit} />
      </div>
      <MijnNotities documents={docs} notities={notities} onOpen={openPage} />
      {current !== null &&
        (index?.tekstStatus === 'wacht' ? (
          <IndexProgress state={index} fileName={current.fileName} />
        ) : (
          <TekstStatusNote status={index?.tekstStatus ?? current.tekstStatus} />
        ))}
      <div className="tla-fill">
        {current !== null && (
          <DocumentViewer
            key={current.id}
            documentId={current.id}
            title={current.fileName}
            jumpTo={jump}
            markedPages={notities.bookmarkedPages(current.id)}
            toolbarExtra={toolbarExtra}
          />
        )}
      </div>
    </Stack>
  );
}
