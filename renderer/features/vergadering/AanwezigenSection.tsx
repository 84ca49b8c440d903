import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Section } from '../../components/Section';
import type { Vergadering } from './types';

interface Props {
  vergadering: Vergadering;
  onSaved: (view: Vergadering) => void;
}

/** §6: who attends; the backend warns about anyone involved in an aanvraag on the agenda. */
export function AanwezigenSection({ vergadering: v, onSaved }: Props) {
  const open = v.status === 'gepland';
  const [chosen, setChosen] = useState<string[]>(() => v.aanwezigen.map((a) => String(a.userId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const view = await call('vergadering.aanwezigen', {
        vergaderingId: v.id,
        userIds: chosen.map(Number),
      });
      setSaved('Aanwezigen vastgelegd.');
      onSaved(view);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Aanwezigen">
      {open ? (
        <Checkbox.Group
          label="Wie is aanwezig?"
          description="Wie bij een aanvraag betrokken is, neemt aan dat agendapunt niet deel."
          value={chosen}
          onChange={setChosen}
        >
          <Stack gap={6} mt="xs">
            {v.kandidaten.map((k) => (
              <Checkbox
                key={k.userId}
                value={String(k.userId)}
                label={`${k.naam} (${k.rol.toLowerCase()})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : v.aanwezigen.length === 0 ? (
        <Text size="sm">Er zijn geen aanwezigen vastgelegd.</Text>
      ) : (
        <List size="sm">
          {v.aanwezigen.map((a) => (
            <List.Item key={a.userId}>
              {a.naam} ({a.rol.toLowerCase()})
            </List.Item>
          ))}
        </List>
      )}
      {v.waarschuwingen.length > 0 && (
        <Alert color="yellow" variant="light" title="Let op: betrokken bij een aanvraag">
          <List size="sm">
            {v.waarschuwingen.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {open && (
        <Group justify="space-between">
          <Text size="sm" role="status">
            {saved}
          </Text>
          <Button variant="default" onClick={() => void save()} loading={busy}>
            Aanwezigen vastleggen
          </Button>
        </Group>
      )}
    </Section>
  );
}
