import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { BriefViewer } from '../../../components/DocumentViewer';
import { Section } from '../../../components/Section';
import { ViewerDialog } from '../../../components/ViewerDialog';
import { base64ToBytes, downloadBytes } from '../../../lib/files';
import { formatDateTime } from '../../../lib/format';
import { useCall } from '../../../lib/useCall';
import type { Aanvraag, Action } from '../types';
import { TableHead } from '../../../components/TableHead';
import { VerzendKnop } from './VerzendDialog';

type Brief = { id: number; label: string; version: number };

interface Props {
  aanvraag: Aanvraag;
  actions: readonly Action[];
  onDone: () => void;
  /** Goes up after every step, so a new letter (aanvulling, verdaging) shows at once. */
  version: number;
  /** Before the decision: show the panel only once a letter exists. */
  onlyIfAny?: boolean;
}

/**
 * §3.4 and §7: every letter of the aanvraag (aanvulling, opschorting, verdaging, then the verklaring
 * and the decision letters); the secretary opens, saves and sends them.
 */
export function BrievenPanel({ aanvraag, actions, onDone, version, onlyIfAny = false }: Props) {
  const { data, error } = useCall(
    'brieven.list',
    { aanvraagId: aanvraag.id },
    `${aanvraag.id}-${version}`,
  );
  const [open, setOpen] = useState<Brief | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = async (brief: Brief): Promise<void> => {
    setSaveError(null);
    try {
      const file = await call('brieven.get', { briefId: brief.id });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName);
    } catch (e) {
      setSaveError(errorMessage(e));
    }
  };

  if (onlyIfAny && (data === null || data.length === 0) && error === null) return null;
  return (
    <Section title={onlyIfAny ? 'Brieven' : 'Verklaring en brieven'}>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data !== null && data.length === 0 && (
        <Text size="sm">Er zijn nog geen brieven gemaakt.</Text>
      )}
      {data !== null && data.length > 0 && (
        <Table verticalSpacing="xs">
          <TableHead columns={['Document', 'Gemaakt', { label: 'Acties', hidden: true }]} />
          <Table.Tbody>
            {data.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  {b.label}
                  {b.version > 1 ? ` (versie ${b.version})` : ''}
                </Table.Td>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setOpen(b)}
                      aria-label={`${b.label} openen`}
                    >
                      Openen
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => void save(b)}
                      aria-label={`${b.label} opslaan als bestand`}
                    >
                      Opslaan
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {saveError !== null && <Alert color="red">{saveError}</Alert>}
      <VerzendKnop aanvraag={aanvraag} actions={actions} onDone={onDone} />
      <ViewerDialog opened={open !== null} onClose={() => setOpen(null)} title={open?.label ?? ''}>
        {open !== null && <BriefViewer briefId={open.id} title={open.label} />}
      </ViewerDialog>
    </Section>
  );
}
