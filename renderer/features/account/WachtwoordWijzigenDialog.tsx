import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { MessageDialog } from '../../components/MessageDialog';
import { useWachtwoordWijzigen, WachtwoordFields } from './WachtwoordFields';

/** Any user changes their own password from the user menu; their other sessions end. */
export function WachtwoordWijzigenDialog({ onClose }: { onClose: () => void }) {
  const [done, setDone] = useState(false);
  const { form, formError, submit } = useWachtwoordWijzigen(() => setDone(true));

  if (done)
    return (
      <MessageDialog title="Wachtwoord wijzigen" color="green" onClose={onClose}>
        Uw wachtwoord is gewijzigd. Bent u nog ergens anders ingelogd, dan is die sessie beëindigd.
      </MessageDialog>
    );
  return (
    <FormDialog
      opened
      title="Wachtwoord wijzigen"
      intro="Vul uw huidige wachtwoord in en kies een nieuw."
      submitLabel="Wachtwoord wijzigen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="md"
    >
      <WachtwoordFields form={form} huidigLabel="Huidig wachtwoord" />
    </FormDialog>
  );
}
