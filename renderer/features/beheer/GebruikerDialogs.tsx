import { PasswordInput, Text, TextInput } from '@mantine/core';
import { contract, type OutputOf } from '../../../electron/contract';
import { ROLES, ROLE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { ChoicesField } from '../../components/Choice';
import { FormDialog } from '../../components/FormDialog';
import { useContractForm } from '../../lib/useContractForm';
import { PASSWORD_RULE } from '../account/WachtwoordFields';

export type Gebruiker = OutputOf<'users.list'>[number];

interface Props {
  user: Gebruiker;
  onClose: () => void;
  /** Called with what was done, to say so on the screen. */
  onDone: (message: string) => void;
}

const updateSchema = contract['users.update'].input.omit({ userId: true });

/** Bewerken: the name and the roles (the username stays: it is how they log in). */
export function GebruikerBewerkenDialog({ user, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(updateSchema, {
    defaultValues: { naam: user.naam, roles: user.roles },
    send: async (values) => {
      await call('users.update', { userId: user.id, ...values });
      onDone(`De gegevens van ${values.naam} zijn opgeslagen.`);
    },
  });
  return (
    <FormDialog
      opened
      title={`${user.naam} bewerken`}
      intro={
        <>
          Gebruikersnaam{' '}
          <Text span ff="monospace">
            {user.username}
          </Text>{' '}
          blijft gelijk. Een rol die u afneemt, geldt meteen, ook als {user.naam} nu is ingelogd.
        </>
      }
      submitLabel="Opslaan"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        label="Naam"
        withAsterisk
        data-autofocus
        {...form.register('naam')}
        error={form.formState.errors.naam?.message}
      />
      <ChoicesField
        control={form.control}
        name="roles"
        label="Rollen"
        withAsterisk
        options={ROLES}
        labels={ROLE_LABELS}
      />
    </FormDialog>
  );
}

const resetSchema = contract['users.resetWachtwoord'].input.omit({ userId: true });

/** Wachtwoord resetten: a temporary password the user changes at their next login. */
export function WachtwoordResettenDialog({ user, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(resetSchema, {
    defaultValues: { password: '' },
    send: async (values) => {
      await call('users.resetWachtwoord', { userId: user.id, ...values });
      onDone(
        `${user.naam} heeft een tijdelijk wachtwoord en kiest bij de volgende keer inloggen een eigen wachtwoord.`,
      );
    },
  });
  return (
    <FormDialog
      opened
      title={`Wachtwoord van ${user.naam} resetten`}
      intro={
        <>
          U kiest een tijdelijk wachtwoord. {user.naam} wordt meteen uitgelogd, een blokkering
          vervalt, en bij de volgende keer inloggen kiest {user.naam} een eigen wachtwoord. Geef het
          tijdelijke wachtwoord persoonlijk of telefonisch door, niet per e-mail.
        </>
      }
      submitLabel="Wachtwoord resetten"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="md"
    >
      <PasswordInput
        label="Tijdelijk wachtwoord"
        description={PASSWORD_RULE}
        withAsterisk
        autoComplete="new-password"
        data-autofocus
        {...form.register('password')}
        error={form.formState.errors.password?.message}
      />
    </FormDialog>
  );
}
