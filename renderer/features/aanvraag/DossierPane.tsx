import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../electron/domain/types';
import { DocumentViewer } from '../../components/DocumentViewer';
import { formatDate } from '../../lib/format';
import type { Aanvraag } from './types';

/** The read-only dossier: choose a document, read it in the viewer. */
export function DossierPane({ aanvraag }: { aanvraag: Aanvraag }) {
  const docs = aanvraag.documents;
  const [selected, setSelected] = useState<number | null>(docs[0]?.id ?? null);
  const current = docs.find((d) => d.id === selected) ?? null;

  if (docs.length === 0) return <Text size="sm">Dit dossier heeft nog geen documenten.</Text>;
  return (
    <Stack gap="xs" h="100%">
      <Select
        label="Document uit het dossier"
        allowDeselect={false}
        value={selected === null ? null : String(selected)}
        onChange={(v) => setSelected(v === null ? null : Number(v))}
        data={docs.map((d) => ({
          value: String(d.id),
          label: `${DOCUMENT_KIND_LABELS[d.kind]}: ${d.fileName}${d.documentDate !== null ? ` (${formatDate(d.documentDate)})` : ''}`,
        }))}
      />
      <div className="tla-fill">
        {current !== null && (
          <DocumentViewer key={current.id} documentId={current.id} title={current.fileName} />
        )}
      </div>
    </Stack>
  );
}
