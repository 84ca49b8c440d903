import { Badge, Group, Stack, Text } from '@mantine/core';
import { DISCIPLINE_LABELS, type Discipline } from '../../../../electron/domain/types';
import { Facts } from '../../../components/Facts';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { EindadviesView } from '../types';

const UITKOMST = { tlv_afgegeven: 'TLV afgeven', tlv_niet_afgegeven: 'TLV niet afgeven' } as const;

export function EindadviesReadOnly({ eindadvies: e }: { eindadvies: EindadviesView }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text fw={600}>Advies: {UITKOMST[e.uitkomst]}</Text>
        <Badge variant="light" color={e.status === 'ingediend' ? 'green' : 'gray'} tt="none">
          {e.status === 'ingediend' ? 'Ingediend' : 'Concept'}
        </Badge>
      </Group>
      <Facts
        items={[
          { label: 'Schoolsoort', value: e.schoolsoort ?? '—' },
          ...(e.schoolsoort === 'SO' ? [{ label: 'Categorie', value: e.categorie ?? '—' }] : []),
          {
            label: 'Periode',
            value:
              e.ingangsdatum === null
                ? '—'
                : `${formatDate(e.ingangsdatum)} t/m ${formatDate(e.einddatum)}`,
          },
        ]}
      />
      <Facts
        wide
        items={[
          { label: 'Gemotiveerd besluit', value: e.motivering },
          { label: 'Doelen', value: e.doelen },
        ]}
      />
      <Text size="sm" c="dimmed">
        Deskundigen:{' '}
        {e.deskundigen
          .map(
            (d) =>
              `${d.naam} (${(DISCIPLINE_LABELS[d.discipline as Discipline] ?? d.discipline).toLowerCase()})`,
          )
          .join(' en ')}
        {e.submittedAt !== null ? ` · ingediend ${formatDateTime(e.submittedAt)}` : ''}
      </Text>
    </Stack>
  );
}
