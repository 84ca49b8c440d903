import { Button, Group, Table, Text } from '@mantine/core';
import { Fragment, startTransition, useCallback, useState, type ReactNode } from 'react';
import { DOCUMENT_KIND_LABELS, type Role } from '../../../electron/domain/types';
import { Section } from '../../components/Section';
import { DocumentViewer, useOpenDocumentAhead } from '../../components/DocumentViewer';
import { ViewerDialog } from '../../components/ViewerDialog';
import { formatBytes, formatDate } from '../../lib/format';
import { AddDocuments } from './AddDocuments';
import { IndexProgress } from './dossier/IndexProgress';
import { DocumentCorrecties } from './dossier/DocumentCorrecties';
import { DocumentCorrectieDialog } from './dossier/DocumentCorrectieDialog';
import { NieuweVersieDialog } from './dossier/NieuweVersieDialog';
import { indexStateOf, useIndexStatus, type IndexState } from './dossier/useIndexStatus';
import { groupVersions, type Doc } from './dossier/versions';
import type { Aanvraag } from './types';
import { TableHead } from '../../components/TableHead';

/** §3: documents may be added (and replaced by a new version) while the secretary checks the dossier. */
const OPEN_FOR_DOCUMENTS = ['ontvangen', 'in_controle'];

function pages(n: number): string {
  return `${n} ${n === 1 ? 'pagina' : 'pagina’s'}`;
}

interface RowProps {
  doc: Doc;
  old: boolean;
  index: IndexState | null;
  onOpen: (d: Doc) => void;
  children?: ReactNode;
}

function DocumentRow({ doc, old, index, onOpen, children }: RowProps) {
  const name = `${doc.fileName} (versie ${doc.versie})`;
  return (
    <Table.Tr data-versie={doc.versie} data-old={old || undefined} aria-label={name}>
      <Table.Td>{old ? '' : DOCUMENT_KIND_LABELS[doc.kind]}</Table.Td>
      <Table.Td>
        <Text size="sm" c={old ? 'gray.7' : 'inherit'} pl={old ? 'md' : 0}>
          {doc.fileName}
        </Text>
        <DocumentCorrecties doc={doc} />
        {children}
      </Table.Td>
      <Table.Td>
        {old ? (
          <Text size="sm" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
            versie {doc.versie} · vervangen
          </Text>
        ) : (
          <Text
            size="sm"
            fw={doc.versie > 1 ? 600 : 400}
            c={doc.versie > 1 ? 'blue.8' : 'inherit'}
            style={{ whiteSpace: 'nowrap' }}
          >
            versie {doc.versie}
          </Text>
        )}
        {doc.vervangReden !== null && (
          <Text size="xs" c="dimmed" maw={220}>
            Reden: {doc.vervangReden}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{formatDate(doc.documentDate)}</Table.Td>
      <Table.Td>
        {pages(doc.pageCount)}, {formatBytes(doc.size)}
      </Table.Td>
      <Table.Td>
        {index !== null && <IndexProgress state={index} fileName={doc.fileName} />}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant={old ? 'subtle' : 'light'}
          onClick={() => onOpen(doc)}
          aria-label={old ? `${name} openen (alleen lezen)` : `${doc.fileName} openen`}
        >
          Openen
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function DocumentenSection({
  aanvraag,
  role,
  reload,
}: {
  aanvraag: Aanvraag;
  role: Role;
  reload: () => void;
}) {
  const [open, setOpen] = useState<Doc | null>(null);
  const openAhead = useOpenDocumentAhead();
  // The document is fetched while its dialog is drawn.
  const show = useCallback(
    (doc: Doc) => {
      openAhead(doc.id);
      startTransition(() => setOpen(doc));
    },
    [openAhead],
  );
  const [replacing, setReplacing] = useState<Doc | null>(null);
  const [correcting, setCorrecting] = useState<Doc | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const canAdd = role === 'secretaris' && OPEN_FOR_DOCUMENTS.includes(aanvraag.state);
  const groups = groupVersions(aanvraag.documents);
  const polled = useIndexStatus(aanvraag.id, aanvraag.documents);

  const toggle = (id: number): void =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Section title="Documenten">
      {groups.length === 0 ? (
        <Text size="sm">Er zijn nog geen documenten.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover aria-label="Documenten van het dossier">
            <TableHead
              columns={[
                'Soort',
                'Bestand',
                'Versie',
                'Documentdatum',
                'Omvang',
                'Tekst',
                { label: 'Actie', hidden: true },
              ]}
            />
            <Table.Tbody>
              {groups.map(({ current, older }) => {
                const shown = expanded.has(current.id);
                return (
                  <Fragment key={current.id}>
                    <DocumentRow
                      doc={current}
                      old={false}
                      index={indexStateOf(current, polled)}
                      onOpen={show}
                    >
                      <Group gap={4} mt={2}>
                        {older.length > 0 && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-expanded={shown}
                            onClick={() => toggle(current.id)}
                          >
                            {shown
                              ? 'Eerdere versies verbergen'
                              : `Eerdere versies (${older.length})`}
                          </Button>
                        )}
                        {canAdd && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setReplacing(current)}
                            aria-label={`Nieuwe versie van ${current.fileName}`}
                          >
                            Nieuwe versie
                          </Button>
                        )}
                        {canAdd && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setCorrecting(current)}
                            aria-label={`Soort of datum van ${current.fileName} corrigeren`}
                          >
                            Soort of datum corrigeren
                          </Button>
                        )}
                      </Group>
                    </DocumentRow>
                    {shown &&
                      older.map((d) => (
                        <DocumentRow key={d.id} doc={d} old index={null} onOpen={show} />
                      ))}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && <AddDocuments aanvraagId={aanvraag.id} onAdded={reload} />}
      {correcting !== null && (
        <DocumentCorrectieDialog
          doc={correcting}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            reload();
          }}
        />
      )}
      {replacing !== null && (
        <NieuweVersieDialog
          doc={replacing}
          onClose={() => setReplacing(null)}
          onSaved={(newId) => {
            setExpanded((s) => new Set(s).add(newId));
            setReplacing(null);
            reload();
          }}
        />
      )}
      <ViewerDialog
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={
          open === null
            ? ''
            : `${DOCUMENT_KIND_LABELS[open.kind]}${open.vervangenDoorId !== null ? ` · versie ${open.versie} (vervangen)` : ''}`
        }
      >
        {open !== null && <DocumentViewer documentId={open.id} title={open.fileName} />}
      </ViewerDialog>
    </Section>
  );
}
