import { Alert, Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { ApiError, errorMessage } from '../../../api/errors';
import { ChoiceSegments } from '../../../components/Choice';
import { Section } from '../../../components/Section';
import { useCall } from '../../../lib/useCall';
import { TableHead } from '../../../components/TableHead';

type Checklist = OutputOf<'checklist.get'>;
type Item = Checklist['items'][number];
type Status = Item['status'];

const STATUS: Readonly<Record<Status, { label: string; color: string }>> = {
  ok: { label: 'Aanwezig', color: 'green' },
  ontbreekt: { label: 'Ontbreekt', color: 'red' },
  open: { label: 'Nog open', color: 'gray' },
};
const CHOICES: readonly Status[] = ['ok', 'ontbreekt', 'open'];
const CHOICE_LABELS: Readonly<Record<Status, string>> = {
  ok: 'Aanwezig',
  ontbreekt: 'Ontbreekt',
  open: 'Open',
};

interface Props {
  aanvraagId: number;
  version: number;
  /** A tick may make the dossier complete: the page loads the allowed steps again. */
  onChanged: () => void;
}

/** §3.2/§3.3: what the app computed from the documents, and what the SLL ticks herself. */
export function ChecklistPanel({ aanvraagId, version, onChanged }: Props) {
  // Issue 13: a tick is one click, no form to lose: the list follows the others' ticks.
  const loaded = useCall('checklist.get', { aanvraagId }, `${aanvraagId}-${version}`, {
    vernieuw: true,
  });
  // The answer of the last tick, until a newer load (which includes it) arrives.
  const [ticked, setTicked] = useState<{ base: Checklist | null; list: Checklist } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const data = ticked !== null && ticked.base === loaded.data ? ticked.list : loaded.data;

  const tick = async (item: Item, status: Status): Promise<void> => {
    setBusy(item.key);
    setError(null);
    try {
      // Issue 13: with the stand the user saw; refused when someone else ticked it since.
      const list = await call('checklist.tick', {
        aanvraagId,
        itemKey: item.key,
        status,
        gelezen: item.status,
      });
      setTicked({ base: loaded.data, list });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
      // After a conflict: show the stand as it is now (the message stays above it).
      if (e instanceof ApiError && e.code === 'conflict') loaded.reload();
    } finally {
      setBusy(null);
    }
  };

  const missing = data?.items.filter((i) => i.status !== 'ok').length ?? 0;
  return (
    <Section title="Volledigheid van het dossier">
      {loaded.error !== null && <Alert color="red">{loaded.error}</Alert>}
      {data === null && loaded.loading && <Loader size="sm" aria-label="Checklist laden" />}
      {data !== null && (
        <Stack gap="sm">
          <Text size="sm" aria-live="polite">
            {data.complete
              ? 'Alle punten zijn in orde: het dossier kan compleet worden verklaard.'
              : `Nog ${missing} ${missing === 1 ? 'punt' : 'punten'} open of ontbrekend. Punten met ‘berekend’ leest TLA uit de documenten; de andere vinkt u zelf af.`}
          </Text>
          <Table verticalSpacing="xs" fz="sm" aria-label="Checklist volledigheid">
            <TableHead columns={['Punt', 'Stand']} />
            <Table.Tbody>
              {data.items.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Td>
                    <span id={`check-${item.key}`}>{item.label}</span>
                    {item.detail !== null && (
                      <>
                        <br />
                        <span className="tla-dimmed-small">{item.detail}</span>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td w={300}>
                    {item.source === 'app' ? (
                      <Badge variant="light" color={STATUS[item.status].color} tt="none">
                        {STATUS[item.status].label} (berekend)
                      </Badge>
                    ) : (
                      <ChoiceSegments
                        size="xs"
                        aria-labelledby={`check-${item.key}`}
                        disabled={busy !== null}
                        options={CHOICES}
                        labels={CHOICE_LABELS}
                        value={item.status}
                        onChange={(status) => void tick(item, status)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {error !== null && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      )}
    </Section>
  );
}
