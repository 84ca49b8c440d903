import { Button, Group, Text, TextInput } from '@mantine/core';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useAuth } from '../../app/auth';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';
import { AuthCard } from './AuthCard';

const schema = contract['auth.code'].input;

/**
 * Issue 13 · the second step of a login: the code from the authenticator app, or a recovery code.
 * Too many wrong codes end this session: back to the login with the backend's message.
 */
export function CodeScreen() {
  const { signedIn, logout, toLogin } = useAuth();
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: { code: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      const r = await call('auth.code', values);
      signedIn(r.session, r.user);
    } catch (e) {
      form.resetField('code');
      if (e instanceof ApiError && e.code === 'forbidden') return toLogin(e.message);
      handleServerError(e);
    }
  });

  return (
    <AuthCard title="Tweestapsverificatie" width={420} onSubmit={submit}>
      <Text size="sm">
        Vul de code van zes cijfers in die uw authenticator-app nu toont. Telefoon niet bij de hand?
        Vul dan een van uw herstelcodes in.
      </Text>
      <TextInput
        label="Code"
        autoComplete="one-time-code"
        data-autofocus
        maxLength={40}
        {...form.register('code')}
        error={form.formState.errors.code?.message}
      />
      <FormError message={formError} />
      <Group justify="space-between">
        <Button variant="default" onClick={() => void logout()}>
          Terug naar inloggen
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Inloggen
        </Button>
      </Group>
    </AuthCard>
  );
}
