import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { AvgTable } from './AvgTable';

const SHOWN = 4;

/**
 * The SLL's start page: the open requests of ouders (AVG art. 12 lid 3) with the last day of their
 * term and its light, the nearest first; nothing when there are none.
 */
export function AvgOpenPanel() {
  const id = useId();
  const { data, error } = useCall('avg.list', { open: true }, 'open');
  if (error !== null) return <Alert color="red">{error}</Alert>;
  if (data === null || data.rows.length === 0) return null;
  const rows = data.rows.slice(0, SHOWN);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Title order={3} size="h5" id={id}>
            Verzoeken van ouders (AVG): {data.rows.length} open
          </Title>
          <Anchor href={routeHref({ name: 'avg' })} size="sm">
            Alle verzoeken
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed">
          Antwoord binnen een maand na ontvangst (art. 12 lid 3 AVG).
        </Text>
        <AvgTable rows={rows} label="Open verzoeken van ouders" compact />
      </Stack>
    </Paper>
  );
}
