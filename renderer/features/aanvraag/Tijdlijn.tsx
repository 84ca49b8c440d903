import { Text, Timeline } from '@mantine/core';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import { AANVRAAG_STATES, type AanvraagState } from '../../../electron/domain/types';
import type { Aanvraag } from './types';

function label(state: string): string {
  const known = AANVRAAG_STATES.find((s): s is AanvraagState => s === state);
  return known === undefined ? state : stateLabel(known);
}

export function Tijdlijn({ aanvraag }: { aanvraag: Aanvraag }) {
  const events = [...aanvraag.events].reverse();
  return (
    <Section title="Tijdlijn">
      {events.length === 0 ? (
        <Text size="sm">Nog geen gebeurtenissen.</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={0}>
          {events.map((e, i) => (
            <Timeline.Item key={`${e.at}-${i}`} title={label(e.toState)}>
              <Text size="sm" c="dimmed">
                {formatDateTime(e.at)}
                {e.actorNaam !== null ? ` · ${e.actorNaam}` : ' · TLA'}
              </Text>
              {e.reason !== null && e.reason !== '' && (
                <Text size="sm" className="tla-prewrap">
                  {e.reason}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
