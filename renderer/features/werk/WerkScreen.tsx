import { Alert, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { ROLE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { useSession } from '../../app/auth';
import { VirtualTable } from '../../components/VirtualTable';
import { navigate } from '../../lib/router';
import { usePagedRows } from '../../lib/usePagedRows';
import { AanvragenTeller, WERK_COLUMNS, rowLabel, type WorkRow } from './columns';

const PAGE_SIZE = 200;

function openRow(row: WorkRow): void {
  navigate({ name: 'aanvraag', id: row.id });
}

export function WerkScreen() {
  const { role } = useSession();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('werk.mijn', { role, search: debounced, offset, limit }),
    [role, debounced],
  );
  const { total, error, getRow, ensureRange } = usePagedRows<WorkRow>(
    `${role}|${debounced}`,
    PAGE_SIZE,
    fetchPage,
  );

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Mijn werk</Title>
          <Text size="sm" c="dimmed">
            Aanvragen die op u wachten in de rol {ROLE_LABELS[role]}.
          </Text>
        </div>
        <TextInput
          type="search"
          label="Zoeken"
          placeholder="Kenmerk, leerling of school"
          w={320}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      {error !== null && <Alert color="red">{error}</Alert>}
      <AanvragenTeller total={total} />
      {total === null ? (
        error === null && <Loader size="sm" aria-label="Laden" />
      ) : total === 0 ? (
        <Alert
          color="gray"
          variant="light"
          title={debounced === '' ? 'Er wacht niets op u.' : 'Niets gevonden.'}
        >
          {debounced === ''
            ? 'Zodra er een aanvraag op u wacht, staat die hier.'
            : `Geen aanvraag past bij ‘${debounced}’.`}
        </Alert>
      ) : (
        <VirtualTable
          label="Aanvragen"
          columns={WERK_COLUMNS}
          total={total}
          getRow={getRow}
          onRangeChange={ensureRange}
          onOpen={openRow}
          rowLabel={rowLabel}
        />
      )}
    </Stack>
  );
}
