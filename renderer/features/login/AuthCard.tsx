import { Card, Stack, Text, Title } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

/** The card of the screens before the app opens (logging in, choosing a new password). */
export function AuthCard({
  title,
  width,
  onSubmit,
  children,
}: {
  title: string;
  width: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <main className="tla-center-page">
      <Card withBorder padding="xl" w={width} maw="100%">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div>
              <Title order={1}>TLA</Title>
              <Text c="dimmed" size="sm">
                Toelaatbaarheidsverklaringen
              </Text>
            </div>
            <Title order={2} size="h4">
              {title}
            </Title>
            {children}
          </Stack>
        </form>
      </Card>
    </main>
  );
}
