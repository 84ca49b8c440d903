import { Alert, Badge, Button, Collapse, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { Notities } from './useNotities';
import type { Doc } from './versions';
import classes from './DossierSearch.module.css';

interface Props {
  documents: readonly Doc[];
  notities: Notities;
  onOpen: (documentId: number, page: number) => void;
}

function docLabel(doc: Doc | undefined): string {
  if (doc === undefined) return 'Document';
  return doc.vervangenDoorId === null
    ? doc.fileName
    : `${doc.fileName} (versie ${doc.versie}, vervangen)`;
}

/**
 * The reader's own notes and bookmarks in this dossier, sorted by document and page; a click opens
 * the page. Private: only the reader sees them, and they never reach a letter or an export.
 */
export function MijnNotities({ documents, notities, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const list = [...notities.list].sort(
    (a, b) =>
      (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) ||
      a.page - b.page ||
      a.id - b.id,
  );

  return (
    <Paper withBorder p="xs" component="section" aria-labelledby="mijn-notities-titel">
      <Group justify="space-between" wrap="nowrap">
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="mijn-notities-lijst"
          id="mijn-notities-titel"
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}&nbsp;</span>Mijn notities ({list.length})
        </Button>
        <Text size="xs" c="gray.7">
          Alleen voor u zichtbaar
        </Text>
      </Group>
      <Collapse in={open}>
        <div id="mijn-notities-lijst">
          {notities.error !== null && (
            <Alert color="red" mt="xs" p="xs">
              {notities.error}
            </Alert>
          )}
          {list.length === 0 ? (
            <Text size="sm" mt="xs">
              U hebt nog geen notities of bladwijzers in dit dossier. Gebruik ‘Bladwijzer’ of
              ‘Notitie’ in de werkbalk van het document.
            </Text>
          ) : (
            <ul className={classes.hits} aria-label="Mijn notities en bladwijzers">
              {list.map((n) => {
                const where = `${docLabel(byId.get(n.documentId))} · pagina ${n.page}`;
                return (
                  <li key={n.id}>
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <UnstyledButton
                        className={classes.hit ?? ''}
                        style={{ flex: 1, minWidth: 0 }}
                        onClick={() => onOpen(n.documentId, n.page)}
                      >
                        <Group gap={6} wrap="nowrap">
                          <Badge
                            size="xs"
                            variant="light"
                            color={n.soort === 'bladwijzer' ? 'blue' : 'grape'}
                          >
                            {n.soort === 'bladwijzer' ? 'Bladwijzer' : 'Notitie'}
                          </Badge>
                          <Text size="sm" fw={500} component="span">
                            {where}
                          </Text>
                        </Group>
                        {n.tekst !== '' && (
                          <Text size="sm" component="span" display="block" className="tla-prewrap">
                            {n.tekst}
                          </Text>
                        )}
                        <Text size="xs" c="gray.7" component="span" display="block">
                          {formatDateTime(n.bijgewerktOp)}
                        </Text>
                      </UnstyledButton>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        style={{ flexShrink: 0 }}
                        mt={4}
                        mr={4}
                        onClick={() => void notities.remove(n.id).catch(() => undefined)}
                        aria-label={`${n.soort === 'bladwijzer' ? 'Bladwijzer' : 'Notitie'} bij ${where} verwijderen`}
                      >
                        Verwijderen
                      </Button>
                    </Group>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </Collapse>
    </Paper>
  );
}
