import { Alert, Button, Group, Popover, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../api/errors';
import type { Notities } from './useNotities';

interface Props {
  documentId: number;
  page: number;
  notities: Notities;
}

/** The reader's own controls in the viewer's toolbar: a bookmark on this page, a note on it. */
export function NotitieToolbar({ documentId, page, notities }: Props) {
  const marked = notities.bookmarkedPages(documentId).has(page);
  const [open, setOpen] = useState(false);
  const [tekst, setTekst] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    if (tekst.trim() === '') {
      setError('Vul de notitie in.');
      return;
    }
    setBusy(true);
    try {
      await notities.saveNote(documentId, page, tekst.trim());
      setTekst('');
      setError(null);
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant={marked ? 'filled' : 'default'}
        aria-pressed={marked}
        title={marked ? `Bladwijzer op pagina ${page} weghalen` : `Bladwijzer op pagina ${page}`}
        onClick={() => void notities.toggleBookmark(documentId, page).catch(() => undefined)}
      >
        Bladwijzer
      </Button>
      <Popover
        opened={open}
        onChange={setOpen}
        position="bottom-end"
        width={320}
        trapFocus
        withArrow
        shadow="md"
      >
        <Popover.Target>
          <Button
            size="compact-sm"
            variant="default"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            Notitie
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            aria-label={`Notitie bij pagina ${page}`}
          >
            <Stack gap="xs">
              <Textarea
                label={`Notitie bij pagina ${page}`}
                description="Alleen voor u zichtbaar; komt niet in brieven of exports."
                value={tekst}
                onChange={(e) => setTekst(e.currentTarget.value)}
                maxLength={4000}
                autosize
                minRows={3}
                data-autofocus
              />
              {error !== null && (
                <Alert color="red" p="xs">
                  <Text size="sm">{error}</Text>
                </Alert>
              )}
              <Group justify="flex-end" gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
                  Annuleren
                </Button>
                <Button size="compact-sm" type="submit" loading={busy}>
                  Notitie opslaan
                </Button>
              </Group>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
