import { Button, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, type Role } from '../../../electron/domain/types';
import { Section } from '../../components/Section';
import { DocumentViewer } from '../../components/DocumentViewer';
import { formatBytes, formatDate } from '../../lib/format';
import { AddDocuments } from './AddDocuments';
import type { Aanvraag } from './types';

type Doc = Aanvraag['documents'][number];

/** §3: documents may be added while the secretary checks the dossier. */
const OPEN_FOR_DOCUMENTS = ['ontvangen', 'in_controle'];

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
  const canAdd = role === 'secretaris' && OPEN_FOR_DOCUMENTS.includes(aanvraag.state);

  return (
    <Section title="Documenten">
      {aanvraag.documents.length === 0 ? (
        <Text size="sm">Er zijn nog geen documenten.</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Soort</Table.Th>
                <Table.Th scope="col">Bestand</Table.Th>
                <Table.Th scope="col">Documentdatum</Table.Th>
                <Table.Th scope="col">Omvang</Table.Th>
                <Table.Th scope="col">
                  <span className="tla-visually-hidden">Actie</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {aanvraag.documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{DOCUMENT_KIND_LABELS[d.kind]}</Table.Td>
                  <Table.Td>{d.fileName}</Table.Td>
                  <Table.Td>{formatDate(d.documentDate)}</Table.Td>
                  <Table.Td>
                    {d.pageCount} {d.pageCount === 1 ? 'pagina' : 'pagina’s'}, {formatBytes(d.size)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setOpen(d)}
                      aria-label={`${d.fileName} openen`}
                    >
                      Openen
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canAdd && <AddDocuments aanvraagId={aanvraag.id} onAdded={reload} />}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === null ? '' : DOCUMENT_KIND_LABELS[open.kind]}
        size="90%"
        classNames={{ body: 'tla-modal-viewer' }}
      >
        {open !== null && <DocumentViewer documentId={open.id} title={open.fileName} />}
      </Modal>
    </Section>
  );
}
