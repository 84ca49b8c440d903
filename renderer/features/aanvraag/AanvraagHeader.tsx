import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { isAwaitingDecision } from '../../../electron/domain/workflow';
import { DAYS_LEFT_WARNING, describeDaysLeft, formatDate } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import type { Aanvraag } from './types';

/** The school and the schoolsoort (with its categorie) asked for. */
function schoolLine(a: Aanvraag): string {
  return `${a.school.naam} · ${a.schoolsoort}${a.categorie !== null ? ` (${a.categorie})` : ''}`;
}

/**
 * Who and what the aanvraag is, its state and its term. `compact`: on one line, for the pages
 * beside the dossier, where the viewer needs the height.
 */
export function AanvraagHeader({
  aanvraag,
  compact = false,
}: {
  aanvraag: Aanvraag;
  compact?: boolean;
}) {
  if (compact)
    return (
      <Paper withBorder px="md" py={6}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Anchor href="#/werk" size="sm" style={{ whiteSpace: 'nowrap' }}>
              ← Mijn werk
            </Anchor>
            <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
              {aanvraag.leerling.naam}
            </Title>
            <Text size="sm" c="dimmed" ff="monospace">
              {aanvraag.referentie}
            </Text>
            <Text size="sm" truncate="end">
              {schoolLine(aanvraag)}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <StateAndTerm aanvraag={aanvraag} />
          </Group>
        </Group>
      </Paper>
    );
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
            <Text size="sm">{schoolLine(aanvraag)}</Text>
          </div>
          <Stack gap={4} align="flex-end">
            <StateAndTerm aanvraag={aanvraag} />
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The state badge, and the beslistermijn while it runs or the decision once taken. */
function StateAndTerm({ aanvraag }: { aanvraag: Aanvraag }) {
  const { beslistermijn } = aanvraag;
  const running = isAwaitingDecision(aanvraag.state);
  const late = beslistermijn.daysLeft < DAYS_LEFT_WARNING;
  return (
    <>
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
          {aanvraag.besluit.volgnummer !== null ? ` · TLV ${aanvraag.besluit.volgnummer}` : ''}
        </Text>
      )}
    </>
  );
}
