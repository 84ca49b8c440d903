import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatDate } from '../../lib/format';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';

/**
 * Issue 13, on Mijn werk: the open TLA-vergaderingen where the user is on the presentielijst, each
 * with its link to follow it; nothing when there are none.
 */
export function MijnVergaderingen() {
  const id = useId();
  const { data } = useCall('vergadering.mijn', {}, 'mijn', { vernieuw: true });
  if (data === null || data.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Stack gap={4}>
        <Title order={3} size="h5" id={id}>
          TLA-vergadering
        </Title>
        <Text size="xs" c="dimmed">
          U staat op de presentielijst; u volgt de vergadering op uw eigen computer.
        </Text>
        {data.map((m) => (
          <Text size="sm" key={m.id}>
            Vergadering van {formatDate(m.datum)} —{' '}
            <Anchor
              href={routeHref({ name: 'vergaderingVolgen', id: m.id })}
              aria-label={`Vergadering van ${formatDate(m.datum)} volgen`}
            >
              volgen
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
