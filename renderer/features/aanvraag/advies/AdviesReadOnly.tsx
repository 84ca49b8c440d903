import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  CONCLUSIE_LABELS,
  DISCIPLINE_LABELS,
  type Discipline,
} from '../../../../electron/domain/types';
import { Facts } from '../../../components/Facts';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { AdviesView } from '../types';

function disciplineLabel(d: string): string {
  return DISCIPLINE_LABELS[d as Discipline] ?? d;
}

/** One submitted (or draft) advice, read-only, with its signature. */
export function AdviesReadOnly({ advies, title }: { advies: AdviesView; title?: string }) {
  const heading =
    title ?? (advies.position === 1 ? 'Advies eerste deskundige' : 'Advies tweede deskundige');
  return (
    <Paper withBorder p="md" component="article" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{heading}</Title>
          <Badge variant="light" color={advies.status === 'ingediend' ? 'green' : 'gray'} tt="none">
            {advies.status === 'ingediend' ? 'Ingediend' : 'Concept'}
          </Badge>
        </Group>
        <Facts
          items={[
            { label: 'Conclusie', value: CONCLUSIE_LABELS[advies.conclusie] },
            { label: 'Schoolsoort', value: advies.schoolsoort ?? '—' },
            ...(advies.schoolsoort === 'SO'
              ? [{ label: 'Categorie', value: advies.categorie ?? '—' }]
              : []),
            {
              label: 'Periode',
              value:
                advies.ingangsdatum === null
                  ? '—'
                  : `${formatDate(advies.ingangsdatum)} t/m ${formatDate(advies.einddatum)}`,
            },
          ]}
        />
        <Facts
          wide
          items={[
            {
              label: 'Onderwijs- en ondersteuningsbehoeften (onderbouwing)',
              value: advies.onderbouwing,
            },
            { label: 'Doelen van de plaatsing', value: advies.doelen },
            { label: 'Context en terugplaatsing', value: advies.contextAdvies },
            ...(advies.vragen !== null && advies.vragen !== ''
              ? [{ label: 'Vragen aan de school', value: advies.vragen }]
              : []),
          ]}
        />
        <Text size="sm" c="dimmed">
          Ondertekend: {advies.signedNaam}, {disciplineLabel(advies.signedDiscipline).toLowerCase()}
          {advies.signedRegistratie !== '' ? `, ${advies.signedRegistratie}` : ''}
          {advies.submittedAt !== null ? `, ${formatDateTime(advies.submittedAt)}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
