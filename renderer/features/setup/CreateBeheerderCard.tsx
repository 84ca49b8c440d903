import {
  Alert,
  Button,
  Card,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useContractForm } from '../../lib/useContractForm';

// The same rules as the backend (contract), plus the repeat check that only the screen needs.
const schema = contract['setup.createBeheerder'].input
  .extend({ herhaal: z.string() })
  .refine((v) => v.password === v.herhaal, {
    path: ['herhaal'],
    error: 'De wachtwoorden zijn niet gelijk.',
  });

export function CreateBeheerderCard({ onCreated }: { onCreated: () => void }) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: { naam: '', username: '', password: '', herhaal: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ naam, username, password }) => {
    try {
      await call('setup.createBeheerder', { naam, username, password });
      onCreated();
    } catch (e) {
      handleServerError(e);
    }
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="setup-beheerder">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="setup-beheerder">
            Ons eigen samenwerkingsverband inrichten
          </Title>
          <Text size="sm">
            Voor het echte gebruik. Maak eerst uw eigen account aan als functioneel beheerder. Na
            het inloggen leidt TLA u langs de stappen:
          </Text>
          <List size="sm" spacing={2} type="ordered">
            <List.Item>de gegevens van het samenwerkingsverband, met logo;</List.Item>
            <List.Item>de schoolbesturen en scholen;</List.Item>
            <List.Item>de gebruikers van het bureau;</List.Item>
            <List.Item>de deskundigenpool;</List.Item>
            <List.Item>de teksten van de brieven (niet verplicht).</List.Item>
          </List>
          <TextInput
            label="Naam"
            autoComplete="name"
            {...form.register('naam')}
            error={errors.naam?.message}
          />
          <TextInput
            label="Gebruikersnaam"
            autoComplete="username"
            {...form.register('username')}
            error={errors.username?.message}
          />
          <PasswordInput
            label="Wachtwoord"
            description="Minstens 12 tekens."
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
          <PasswordInput
            label="Herhaal wachtwoord"
            autoComplete="new-password"
            {...form.register('herhaal')}
            error={errors.herhaal?.message}
          />
          {formError !== null && <Alert color="red">{formError}</Alert>}
          <Button type="submit" loading={isSubmitting}>
            Beheerder aanmaken en verder
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
