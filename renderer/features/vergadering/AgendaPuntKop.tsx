import { Badge, Blockquote, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDutchDate } from '../../../electron/domain/calendar';
import { stateLabel } from '../../lib/labels';
import type { AgendaPunt } from './types';

interface Props {
  nummer: number;
  punt: Pick<
    AgendaPunt,
    'referentie' | 'leerlingNaam' | 'reden' | 'state' | 'vragenDirecteur' | 'vragenVergadering'
  >;
  headingId: string;
  /** Beside the title, e.g. the link to the aanvraag (the voorzitter's view). */
  actie?: ReactNode;
}

/** The head of an agenda item, for the voorzitter and for the members who follow the meeting. */
export function AgendaPuntKop({ nummer, punt, headingId, actie }: Props) {
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4} id={headingId}>
            {nummer}. {punt.referentie} · {punt.leerlingNaam}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="orange" tt="none">
              {punt.reden}
            </Badge>
            <Text size="sm" c="dimmed">
              Status: {stateLabel(punt.state)}
            </Text>
          </Group>
        </div>
        {actie}
      </Group>
      {punt.vragenDirecteur !== null && (
        <Blockquote color="blue" p="sm" cite="— de directeur-bestuurder, bij het terugsturen">
          <Text size="sm" fw={600}>
            Vragen van de directeur-bestuurder
          </Text>
          <Text size="sm" className="tla-prewrap">
            {punt.vragenDirecteur}
          </Text>
        </Blockquote>
      )}
      {punt.vragenVergadering !== null && (
        <Blockquote
          color="blue"
          p="sm"
          cite={`— de TLA-vergadering van ${formatDutchDate(punt.vragenVergadering.datum)}, bij het aanhouden`}
        >
          <Text size="sm" fw={600}>
            Vragen van de vergadering aan de school
          </Text>
          <Text size="sm" className="tla-prewrap">
            {punt.vragenVergadering.vragen}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            De antwoorden van de school staan in het dossier.
          </Text>
        </Blockquote>
      )}
    </>
  );
}

/** Of those present, who takes part in the item (nothing when no one is recorded yet). */
export function DeelnemersRegel({ deelnemers }: { deelnemers: AgendaPunt['deelnemers'] }) {
  if (deelnemers.length === 0) return null;
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        Neemt deel aan dit punt:{' '}
      </Text>
      {deelnemers.map((d) => d.naam).join(', ')}
    </Text>
  );
}
