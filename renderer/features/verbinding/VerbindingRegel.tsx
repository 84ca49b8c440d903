import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useVerbinding } from './VerbindingGate';
import { LOKAAL_LABEL } from './VerbindingKiezen';

/**
 * On the login screen of the desktop app (issue 13): which TLA this is, and the way to change it,
 * behind a question so that nobody changes it by accident. Nothing in the browser.
 */
export function VerbindingRegel() {
  const verbinding = useVerbinding();
  const [vragen, setVragen] = useState(false);
  if (verbinding === null) return null;
  const { status } = verbinding;
  const waar = status.modus === 'server' ? `TLA-server ${status.adres}` : LOKAAL_LABEL;
  return (
    <>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          Verbinding: {waar}
        </Text>
        <Anchor component="button" type="button" size="xs" onClick={() => setVragen(true)}>
          Wijzigen…
        </Anchor>
      </Group>
      <Modal opened={vragen} onClose={() => setVragen(false)} title="Verbinding wijzigen?">
        <Stack>
          <Text size="sm">
            U werkt nu met: {waar}. Wijzig dit alleen als uw beheerder dat vraagt. Met een andere
            verbinding ziet u andere gegevens; bij een nieuwe TLA-server vergelijkt u opnieuw de
            vingerafdruk van het certificaat.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setVragen(false)}>
              Niet wijzigen
            </Button>
            <Button
              onClick={() => {
                setVragen(false);
                verbinding.wijzigen();
              }}
            >
              Verbinding wijzigen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
