import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useContractForm } from '../../lib/useContractForm';
import { FormError } from '../../components/FormFooter';
import { AuthCard } from './AuthCard';
import { VerbindingRegel } from '../verbinding/VerbindingRegel';

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
    <AuthCard title="Inloggen" width={400} onSubmit={submit}>
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
      <VerbindingRegel />
    </AuthCard>
  );
}
