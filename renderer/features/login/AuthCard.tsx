import { Stack, Title } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { TlaKaart } from '../../components/TlaKaart';

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
    <TlaKaart width={width}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {title}
          </Title>
          {children}
        </Stack>
      </form>
    </TlaKaart>
  );
}
