import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { DocumentKind } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DocumentUploadRow } from '../../components/DocumentUploadRow';
import { PdfDropZone } from '../../components/PdfDropZone';
import { guessKindOf, readFileAsBase64 } from '../../lib/files';

interface Pending {
  key: string;
  fileName: string;
  dataBase64: string;
  kind: DocumentKind;
  documentDate: string | null;
}

/** The secretary adds PDFs to a dossier under check (aanvraag.addDocument, one call per file). */
export function AddDocuments({ aanvraagId, onAdded }: { aanvraagId: number; onAdded: () => void }) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (files: File[]): Promise<void> => {
    const read: Pending[] = [];
    for (const file of files) {
      const dataBase64 = await readFileAsBase64(file);
      read.push({
        key: `${file.name}-${Date.now()}-${read.length}`,
        fileName: file.name,
        dataBase64,
        kind: guessKindOf(file),
        documentDate: null,
      });
    }
    setPending((p) => [...p, ...read]);
  };

  const update = (key: string, change: Partial<Pending>): void =>
    setPending((p) => p.map((x) => (x.key === key ? { ...x, ...change } : x)));

  const upload = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      for (const p of pending) {
        await call('aanvraag.addDocument', {
          aanvraagId,
          kind: p.kind,
          fileName: p.fileName,
          documentDate: p.documentDate,
          dataBase64: p.dataBase64,
        });
        setPending((list) => list.filter((x) => x.key !== p.key));
      }
      onAdded();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Stack gap="xs" role="list" aria-label="Te uploaden documenten">
        {pending.map((p) => (
          <DocumentUploadRow
            key={p.key}
            fileName={p.fileName}
            size={Math.floor((p.dataBase64.length * 3) / 4)}
            kind={p.kind}
            onKind={(kind) => update(p.key, { kind })}
            documentDate={p.documentDate}
            onDate={(documentDate) => update(p.key, { documentDate })}
            onRemove={() => setPending((list) => list.filter((x) => x.key !== p.key))}
          />
        ))}
      </Stack>
      {error !== null && <Alert color="red">{error}</Alert>}
      <PdfDropZone onFiles={choose} pickLabel="Document toevoegen" disabled={busy} />
      {pending.length > 0 && (
        <Group>
          <Button onClick={() => void upload()} loading={busy}>
            {pending.length === 1 ? 'Document opslaan' : `${pending.length} documenten opslaan`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
