import { Text } from '@mantine/core';
import type { Aanvraag } from '../types';

type TekstStatus = Aanvraag['documents'][number]['tekstStatus'];

const NOTES: Partial<Record<TekstStatus, string>> = {
  geen_tekst: 'Geen doorzoekbare tekst (gescand document)',
  mislukt: 'Tekst kon niet worden gelezen',
  wacht: 'De tekst wordt nog geïndexeerd; zoeken vindt dit document nog niet.',
};

/** Says when a document cannot be (or not yet be) found by searching. */
export function TekstStatusNote({ status }: { status: TekstStatus }) {
  const note = NOTES[status];
  if (note === undefined) return null;
  return (
    <Text size="sm" c={status === 'mislukt' ? 'red.8' : 'dimmed'} data-tekst-status={status}>
      {note}
    </Text>
  );
}
