import { Blockquote, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import type { Aanvraag } from '../types';

/** §7: the directeur-bestuurder's questions when the eindadvies came back (the return's reason). */
export function VragenDirecteur({ aanvraag }: { aanvraag: Aanvraag }) {
  const returned = [...aanvraag.events].reverse().find((e) => e.event === 'stuur_terug');
  if (returned?.reason == null || returned.reason === '') return null;
  return (
    <Blockquote
      color="blue"
      p="md"
      cite={`— ${returned.actorNaam ?? 'de directeur-bestuurder'}, ${formatDateTime(returned.at)}`}
    >
      <Text fw={600} size="sm">
        Teruggestuurd door de directeur-bestuurder, met deze vragen:
      </Text>
      <Text size="sm" className="tla-prewrap">
        {returned.reason}
      </Text>
    </Blockquote>
  );
}
