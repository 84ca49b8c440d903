import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../app/auth';
import { ChoiceSegments } from '../../components/Choice';
import { useCall } from '../../lib/useCall';
import { AvgRegistreerDialog } from './AvgRegistreerDialog';
import { AvgTable } from './AvgTable';

type Filter = 'open' | 'alle';
const FILTERS = ['open', 'alle'] as const;
const FILTER_LABELS: Readonly<Record<Filter, string>> = { open: 'Open', alle: 'Alle verzoeken' };

/**
 * §12, AVG art. 12 and 15–17: the register of requests of ouders (inzage, correctie, verwijdering)
 * with the one-month term. The SLL registers and handles them; the voorzitter and the directeur read.
 */
export function AvgRegisterScreen() {
  const { role } = useSession();
  const [filter, setFilter] = useState<Filter>('open');
  const [registreren, setRegistreren] = useState(false);
  const { data, error, loading } = useCall('avg.list', { open: filter === 'open' }, filter);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Verzoeken van ouders</Title>
          <Text size="sm" c="dimmed" maw={720}>
            Inzage, correctie en verwijdering van persoonsgegevens (AVG art. 15–17). Het antwoord
            gaat binnen een maand na ontvangst; verlengen met twee maanden kan alleen binnen die
            maand, met een brief en de reden.
          </Text>
        </div>
        {role === 'secretaris' && (
          <Button onClick={() => setRegistreren(true)}>Verzoek registreren</Button>
        )}
      </Group>
      <ChoiceSegments
        aria-label="Welke verzoeken tonen"
        options={FILTERS}
        labels={FILTER_LABELS}
        value={filter}
        onChange={setFilter}
        w="fit-content"
      />
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null ? (
        loading && <Loader size="sm" aria-label="Verzoeken laden" />
      ) : data.rows.length === 0 ? (
        <Alert color="gray" variant="light" title="Geen verzoeken.">
          {filter === 'open'
            ? 'Er staat geen verzoek van ouders open.'
            : 'Er is nog geen verzoek van ouders geregistreerd.'}
        </Alert>
      ) : (
        <AvgTable
          rows={data.rows}
          label={`Verzoeken van ouders: ${FILTER_LABELS[filter].toLowerCase()}`}
        />
      )}
      {role === 'secretaris' && (
        <AvgRegistreerDialog opened={registreren} onClose={() => setRegistreren(false)} />
      )}
    </Stack>
  );
}
