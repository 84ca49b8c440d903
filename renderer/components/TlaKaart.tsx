import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The card of the screens before the app opens (logging in, a new password, enrolling a second
 * factor, choosing the TLA to talk to): TLA's name at the top, centred on the page.
 */
export function TlaKaart({ width, children }: { width: number; children: ReactNode }) {
  return (
    <main className="tla-center-page">
      <Card withBorder padding="xl" w={width} maw="100%">
        <Stack>
          <div>
            <Title order={1}>TLA</Title>
            <Text c="dimmed" size="sm">
              Toelaatbaarheidsverklaringen
            </Text>
          </div>
          {children}
        </Stack>
      </Card>
    </main>
  );
}
