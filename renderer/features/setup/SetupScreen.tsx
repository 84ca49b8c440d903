import { Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { CreateBeheerderCard } from './CreateBeheerderCard';
import { DemoCard } from './DemoCard';
import { DemoAccounts, type DemoLoaded } from './DemoAccounts';

/** Eerste start: the database is empty. Create the functioneel beheerder, or load the demo. */
export function SetupScreen() {
  const { toLogin } = useAuth();
  const [demoUsers, setDemoUsers] = useState<DemoLoaded | null>(null);

  return (
    <Container component="main" size="lg" py="xl">
      <Stack gap="lg">
        <header>
          <Title order={1}>Welkom bij TLA</Title>
          <Text c="dimmed" mt="xs">
            TLA is nog leeg. Richt het in voor uw eigen samenwerkingsverband, of bekijk TLA eerst
            met een fictief samenwerkingsverband.
          </Text>
        </header>
        {demoUsers === null ? (
          <div className="tla-two-columns">
            <CreateBeheerderCard
              onCreated={() =>
                toLogin(
                  'De functioneel beheerder is aangemaakt. Log nu in; uw startpagina wijst u de stappen van het inrichten.',
                )
              }
            />
            <DemoCard onLoaded={setDemoUsers} />
          </div>
        ) : (
          <DemoAccounts demo={demoUsers} onContinue={() => toLogin(null)} />
        )}
      </Stack>
    </Container>
  );
}
