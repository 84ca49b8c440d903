import { Alert, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DISCIPLINE_LABELS } from '../../../electron/domain/types';
import type { Besturen } from '../../lib/scholen';
import { useCall } from '../../lib/useCall';
import { NewPoolMemberForm } from './NewPoolMemberForm';
import { AfwezigheidDialog } from './AfwezigheidDialog';
import { TableHead } from '../../components/TableHead';

function organisationName(key: string, besturen: Besturen | null): string {
  const [kind, raw] = key.split(':');
  const id = Number(raw);
  for (const b of besturen ?? []) {
    if (kind === 'bestuur' && b.id === id) return b.naam;
    const school = b.scholen.find((s) => s.id === id);
    if (kind === 'school' && school !== undefined) return school.naam;
  }
  return key;
}

export function PoolScreen() {
  const pool = useCall('pool.list', {}, 'pool');
  const users = useCall('users.list', {}, 'users');
  const scholen = useCall('scholen.list', {}, 'scholen');
  const [afwezig, setAfwezig] = useState<{ id: number; naam: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Deskundigenpool</Title>
      {pool.error !== null && <Alert color="red">{pool.error}</Alert>}
      {pool.data === null && pool.loading && <Loader size="sm" aria-label="Pool laden" />}
      {pool.data !== null && pool.data.length === 0 && (
        <Text size="sm">Er staan nog geen deskundigen in de pool.</Text>
      )}
      {pool.data !== null && pool.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="Deskundigen">
            <TableHead
              columns={[
                'Naam',
                'Disciplines',
                'Registratie',
                'Werkt voor',
                'Open / max',
                'Afwezigheid',
              ]}
            />
            <Table.Tbody>
              {pool.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.naam}</Table.Td>
                  <Table.Td>{d.disciplines.map((x) => DISCIPLINE_LABELS[x]).join(', ')}</Table.Td>
                  <Table.Td>{d.registratie}</Table.Td>
                  <Table.Td>
                    {d.organisatieKeys.length === 0
                      ? '—'
                      : d.organisatieKeys.map((k) => organisationName(k, scholen.data)).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    {d.openAssignments} / {d.maxOpen ?? 'geen maximum'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setAfwezig({ id: d.id, naam: d.naam })}
                      aria-label={`Afwezigheid toevoegen voor ${d.naam}`}
                    >
                      Toevoegen
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" role="status">
        {saved}
      </Text>
      {afwezig !== null && (
        <AfwezigheidDialog
          deskundigeId={afwezig.id}
          naam={afwezig.naam}
          onClose={() => setAfwezig(null)}
          onDone={() => {
            setSaved(`Afwezigheid van ${afwezig.naam} vastgelegd.`);
            setAfwezig(null);
          }}
        />
      )}
      <NewPoolMemberForm
        users={(users.data ?? []).filter((u) => !(pool.data ?? []).some((d) => d.userId === u.id))}
        besturen={scholen.data ?? []}
        onCreated={pool.reload}
      />
    </Stack>
  );
}
