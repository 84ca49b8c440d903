import { Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../electron/domain/types';
import { DocumentViewer, type PageJump } from '../../components/DocumentViewer';
import { formatDate } from '../../lib/format';
import { DossierSearch, type DossierHit } from './dossier/DossierSearch';
import { TekstStatusNote } from './dossier/TekstStatusNote';
import type { Aanvraag } from './types';

/** The read-only dossier: search it, choose a document, read it in the viewer. */
export function DossierPane({ aanvraag }: { aanvraag: Aanvraag }) {
  const docs = aanvraag.documents;
  const [selected, setSelected] = useState<number | null>(docs[0]?.id ?? null);
  const [jump, setJump] = useState<PageJump | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const current = docs.find((d) => d.id === selected) ?? null;

  // Ctrl+F searches the dossier (the app has no find-in-page of its own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const openHit = useCallback((hit: DossierHit) => {
    setSelected(hit.documentId);
    setJump((old) => ({ page: hit.page, seq: (old?.seq ?? 0) + 1 }));
  }, []);

  if (docs.length === 0) return <Text size="sm">Dit dossier heeft nog geen documenten.</Text>;
  return (
    <Stack gap="xs" h="100%">
      <DossierSearch aanvraagId={aanvraag.id} inputRef={searchBox} onOpen={openHit} />
      <Select
        label="Document uit het dossier"
        allowDeselect={false}
        value={selected === null ? null : String(selected)}
        onChange={(v) => {
          setSelected(v === null ? null : Number(v));
          setJump(null);
        }}
        data={docs.map((d) => ({
          value: String(d.id),
          label: `${DOCUMENT_KIND_LABELS[d.kind]}: ${d.fileName}${d.documentDate !== null ? ` (${formatDate(d.documentDate)})` : ''}`,
        }))}
      />
      {current !== null && <TekstStatusNote status={current.tekstStatus} />}
      <div className="tla-fill">
        {current !== null && (
          <DocumentViewer
            key={current.id}
            documentId={current.id}
            title={current.fileName}
            jumpTo={jump}
          />
        )}
      </div>
    </Stack>
  );
}
