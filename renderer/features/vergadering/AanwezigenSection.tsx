import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Section } from '../../components/Section';
import type { Vergadering } from './types';

const idsOf = (v: Vergadering): string[] => v.aanwezigen.map((a) => String(a.userId));
const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

interface Props {
  vergadering: Vergadering;
  onSaved: (view: Vergadering) => void;
}

/** §6: who attends; the backend warns about anyone involved in an aanvraag on the agenda. */
export function AanwezigenSection({ vergadering: v, onSaved }: Props) {
  const open = v.status === 'gepland';
  // Issue 13: the list the user started from, with its versie. While the user has not changed
  // anything, a newer list (another participant saved it) is shown at once; once they have, their
  // choice stays, and saving it against the older versie is refused with the conflict message.
  const [base, setBase] = useState(() => ({ versie: v.versie, ids: idsOf(v) }));
  const [chosen, setChosen] = useState<string[]>(base.ids);
  const dirty = !sameIds(chosen, base.ids);
  useEffect(() => {
    if (v.versie === base.versie || dirty) return;
    const next = { versie: v.versie, ids: idsOf(v) };
    setBase(next);
    setChosen(next.ids);
  }, [v, base.versie, dirty]);
  const toonHuidige = (): void => {
    const next = { versie: v.versie, ids: idsOf(v) };
    setBase(next);
    setChosen(next.ids);
    setError(null);
  };
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
        versie: base.versie,
      });
      setBase({ versie: view.versie, ids: idsOf(view) });
      setChosen(idsOf(view));
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
          {v.versie !== base.versie && (
            <Group mt="xs">
              <Button size="compact-sm" variant="default" onClick={toonHuidige}>
                Toon de vastgelegde aanwezigen
              </Button>
            </Group>
          )}
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
