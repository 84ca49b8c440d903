import { Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../electron/contract';
import { ROLES, ROLE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { ChoicesField } from '../../components/Choice';
import { FormFooter } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';

const schema = contract['users.create'].input;

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const [done, setDone] = useState<string | null>(null);
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: { naam: '', username: '', password: '', roles: [] },
    send: async (values) => {
      setDone(null);
      await call('users.create', values);
      setDone(
        `${values.naam} is aangemaakt. Geef het eerste wachtwoord persoonlijk of telefonisch door; bij de eerste keer inloggen kiest ${values.naam} een eigen wachtwoord.`,
      );
      form.reset();
      onCreated();
    },
  });
  const e = form.formState.errors;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nieuwe-gebruiker">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="nieuwe-gebruiker">
            Nieuwe gebruiker
          </Title>
          <div className="tla-form-grid">
            <TextInput
              label="Naam"
              withAsterisk
              {...form.register('naam')}
              error={e.naam?.message}
            />
            <TextInput
              label="Gebruikersnaam"
              withAsterisk
              autoComplete="off"
              {...form.register('username')}
              error={e.username?.message}
            />
            <PasswordInput
              label="Eerste wachtwoord"
              description="Minstens 12 tekens. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord."
              withAsterisk
              autoComplete="new-password"
              {...form.register('password')}
              error={e.password?.message}
            />
          </div>
          <ChoicesField
            control={form.control}
            name="roles"
            label="Rollen"
            withAsterisk
            options={ROLES}
            labels={ROLE_LABELS}
          />
          <FormFooter
            done={done}
            formError={formError}
            submitting={form.formState.isSubmitting}
            submitLabel="Gebruiker aanmaken"
          />
        </Stack>
      </form>
    </Paper>
  );
}
