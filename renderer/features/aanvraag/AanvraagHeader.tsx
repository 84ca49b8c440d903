import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { isAwaitingDecision } from '../../../electron/domain/workflow';
import { DAYS_LEFT_WARNING, describeDaysLeft, formatDate } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import type { Aanvraag } from './types';

export function AanvraagHeader({ aanvraag }: { aanvraag: Aanvraag }) {
  const { beslistermijn } = aanvraag;
  const running = isAwaitingDecision(aanvraag.state);
  const late = beslistermijn.daysLeft < DAYS_LEFT_WARNING;
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Anchor href="#/werk" size="sm">
          ← Mijn werk
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed" ff="monospace">
              {aanvraag.referentie}
            </Text>
            <Title order={2}>{aanvraag.leerling.naam}</Title>
            <Text size="sm">
              {aanvraag.school.naam} · {aanvraag.schoolsoort}
              {aanvraag.categorie !== null ? ` (${aanvraag.categorie})` : ''}
            </Text>
          </div>
          <Stack gap={4} align="flex-end">
            <Badge
              size="lg"
              variant="light"
              tt="none"
              aria-label={`Status: ${stateLabel(aanvraag.state)}`}
            >
              {stateLabel(aanvraag.state)}
            </Badge>
            {running && (
              <Text size="sm">
                Beslistermijn tot <strong>{formatDate(beslistermijn.end)}</strong>
                {' · '}
                <Text span size="sm" {...(late ? { c: 'red.8', fw: 700 } : {})}>
                  {describeDaysLeft(beslistermijn.daysLeft)}
                </Text>
              </Text>
            )}
            {aanvraag.besluit !== null && (
              <Text size="sm">
                Besloten op {formatDate(aanvraag.besluit.besluitdatum)}
                {aanvraag.besluit.volgnummer !== null
                  ? ` · TLV ${aanvraag.besluit.volgnummer}`
                  : ''}
              </Text>
            )}
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}
