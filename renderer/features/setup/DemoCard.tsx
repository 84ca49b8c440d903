import { Alert, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { DemoLoaded } from './DemoAccounts';

export function DemoCard({ onLoaded }: { onLoaded: (demo: DemoLoaded) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('setup.loadDemo', {});
      onLoaded({ users: result.users, password: result.password });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="setup-demo">
      <Stack>
        <Title order={2} size="h3" id="setup-demo">
          Demo-omgeving laden
        </Title>
        <Text size="sm" c="dimmed">
          Om TLA te leren kennen. Vult TLA met een fictief samenwerkingsverband:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>scholen en schoolbesturen,</List.Item>
          <List.Item>gebruikers voor elke rol,</List.Item>
          <List.Item>aanvragen in elke fase van de procedure.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          Alle leerlingen en ouders zijn verzonnen. Gebruik deze omgeving niet voor echte aanvragen.
        </Text>
        {error !== null && <Alert color="red">{error}</Alert>}
        <Button variant="light" onClick={() => void load()} loading={busy}>
          Demo-omgeving laden
        </Button>
      </Stack>
    </Card>
  );
}
