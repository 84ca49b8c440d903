import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useServerErrors } from '../../lib/useServerErrors';

const schema = contract['auth.login'].input;
type Values = z.input<typeof schema>;
const FIELDS = ['username', 'password'] as const;

export function LoginScreen({ notice }: { notice: string | null }) {
  const { signedIn } = useAuth();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', password: '' },
  });
  const { formError, handleServerError } = useServerErrors(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const result = await call('auth.login', values);
      signedIn(result.session, result.user);
    } catch (e) {
      form.resetField('password');
      handleServerError(e);
    }
  });

  return (
    <main className="tla-center-page">
      <Card withBorder padding="xl" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1}>TLA</Title>
              <Text c="dimmed" size="sm">
                Toelaatbaarheidsverklaringen
              </Text>
            </div>
            <Title order={2} size="h4">
              Inloggen
            </Title>
            {notice !== null && <Alert color="blue">{notice}</Alert>}
            <TextInput
              label="Gebruikersnaam"
              autoComplete="username"
              data-autofocus
              {...form.register('username')}
              error={errors.username?.message}
            />
            <PasswordInput
              label="Wachtwoord"
              autoComplete="current-password"
              {...form.register('password')}
              error={errors.password?.message}
            />
            {formError !== null && (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            )}
            <Button type="submit" loading={isSubmitting}>
              Inloggen
            </Button>
          </Stack>
        </form>
      </Card>
    </main>
  );
}
