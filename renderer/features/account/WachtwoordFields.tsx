import { PasswordInput } from '@mantine/core';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useContractForm } from '../../lib/useContractForm';

const schema = contract['auth.wachtwoordWijzigen'].input;

/** S3: the rule said where a new password is chosen, the same as the contract's schema checks. */
export const PASSWORD_RULE =
  'Minstens 12 tekens, zonder de gebruikersnaam en zonder woorden als ‘wachtwoord’ of ‘welkom’. Een zin van een paar woorden is sterk en goed te onthouden.';

/**
 * Choosing one's own new password (auth.wachtwoordWijzigen): the form and, once saved, the user as
 * the backend sees them now (their must-change flag cleared).
 */
export function useWachtwoordWijzigen(onDone: () => void) {
  const { userChanged } = useAuth();
  return useContractForm(schema, {
    defaultValues: { huidig: '', nieuw: '', herhaling: '' },
    send: async (values) => {
      await call('auth.wachtwoordWijzigen', values);
      userChanged(await call('auth.me', {}));
      onDone();
    },
  });
}

type Form = ReturnType<typeof useWachtwoordWijzigen>['form'];

/** The three fields: the current password, the new one and the new one again. */
export function WachtwoordFields({ form, huidigLabel }: { form: Form; huidigLabel: string }) {
  const e = form.formState.errors;
  return (
    <>
      <PasswordInput
        label={huidigLabel}
        withAsterisk
        autoComplete="current-password"
        data-autofocus
        {...form.register('huidig')}
        error={e.huidig?.message}
      />
      <PasswordInput
        label="Nieuw wachtwoord"
        description={PASSWORD_RULE}
        withAsterisk
        autoComplete="new-password"
        {...form.register('nieuw')}
        error={e.nieuw?.message}
      />
      <PasswordInput
        label="Herhaal het nieuwe wachtwoord"
        withAsterisk
        autoComplete="new-password"
        {...form.register('herhaling')}
        error={e.herhaling?.message}
      />
    </>
  );
}
