import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useContractForm } from '../../lib/useContractForm';
import { FormError } from '../../components/FormFooter';

const schema = contract['auth.login'].input;

export function LoginScreen({ notice }: { notice: string | null }) {
  const { signedIn } = useAuth();
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: { username: '', password: '' },
  });
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
            <FormError message={formError} />
            <Button type="submit" loading={isSubmitting}>
              Inloggen
            </Button>
          </Stack>
        </form>
      </Card>
    </main>
  );
}
