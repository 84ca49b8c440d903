import { List, Text } from '@mantine/core';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../electron/domain/types';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { Doc } from './versions';

const KINDS: readonly string[] = Object.keys(DOCUMENT_KIND_LABELS);
const kindLabel = (k: string | null): string =>
  k !== null && KINDS.includes(k) ? DOCUMENT_KIND_LABELS[k as DocumentKind] : (k ?? 'geen');

/** What a correction changed, in Dutch: 'soort Overig → OPP'. */
function change(c: Doc['correcties'][number]): string {
  return c.veld === 'kind'
    ? `soort ${kindLabel(c.oud)} → ${kindLabel(c.nieuw)}`
    : `documentdatum ${c.oud === null ? 'geen' : formatDate(c.oud)} → ${c.nieuw === null ? 'geen' : formatDate(c.nieuw)}`;
}

/** The corrections of a document's kind and date, under its name in the dossier. */
export function DocumentCorrecties({ doc }: { doc: Doc }) {
  if (doc.correcties.length === 0) return null;
  return (
    <List size="xs" mt={2} aria-label={`Correcties van ${doc.fileName}`} listStyleType="none">
      {doc.correcties.map((c, i) => (
        <List.Item key={i}>
          <Text size="xs" c="gray.7">
            Gecorrigeerd: {change(c)} ({c.actorNaam ?? 'onbekend'}, {formatDateTime(c.at)}). Reden:{' '}
            {c.reden}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
