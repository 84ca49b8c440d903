import { Button, Group, Text } from '@mantine/core';
import { useAuth, useSession } from '../../app/auth';
import { FormError } from '../../components/FormFooter';
import { useWachtwoordWijzigen, WachtwoordFields } from '../account/WachtwoordFields';
import { AuthCard } from './AuthCard';

/**
 * After a login with a password the beheerder set (a new account, or a reset): the user chooses
 * their own before anything else. The backend refuses every other procedure until then.
 */
export function NieuwWachtwoordScreen() {
  const { logout } = useAuth();
  const { user } = useSession();
  const { form, formError, submit } = useWachtwoordWijzigen(() => undefined);

  return (
    <AuthCard title="Nieuw wachtwoord kiezen" width={460} onSubmit={submit}>
      <Text size="sm">
        Welkom, {user.naam}. Uw wachtwoord is ingesteld door de functioneel beheerder. Kies een
        eigen wachtwoord dat alleen u kent; daarna kunt u verder.
      </Text>
      <WachtwoordFields form={form} huidigLabel="Wachtwoord dat u van de beheerder kreeg" />
      <FormError message={formError} />
      <Group justify="space-between">
        <Button variant="default" onClick={() => void logout()}>
          Uitloggen
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Wachtwoord opslaan
        </Button>
      </Group>
    </AuthCard>
  );
}
