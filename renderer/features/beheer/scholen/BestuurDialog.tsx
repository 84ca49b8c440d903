import { TextInput } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { bestuurFields } from '../../../../electron/contract/scholen';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import type { Bestuur } from '../../../lib/scholen';
import { useContractForm } from '../../../lib/useContractForm';
import { AdresVelden } from './AdresVelden';

interface Props {
  /** The board to edit; null: a new one. */
  bestuur: Bestuur | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Adds or edits a school board: name, DUO's bestuursnummer, address. */
export function BestuurDialog({ bestuur, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(bestuurFields, {
    defaultValues: {
      naam: bestuur?.naam ?? '',
      bestuursnummer: bestuur?.bestuursnummer ?? '',
      adres: bestuur?.adres ?? '',
      postcode: bestuur?.postcode ?? '',
      plaats: bestuur?.plaats ?? '',
    },
    send: async (values) => {
      if (bestuur === null) await call('bestuur.toevoegen', values);
      else await call('bestuur.wijzig', { ...values, bestuurId: bestuur.id });
      onDone(bestuur === null ? `${values.naam} is toegevoegd.` : `${values.naam} is opgeslagen.`);
    },
  });
  const e = form.formState.errors;
  return (
    <FormDialog
      opened
      title={bestuur === null ? 'Bestuur toevoegen' : 'Bestuur wijzigen'}
      intro="Het schoolbestuur (bevoegd gezag) is de aanvrager van de TLV voor zijn scholen."
      submitLabel={bestuur === null ? 'Bestuur toevoegen' : 'Opslaan'}
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
        error={e.naam?.message}
      />
      <div className="tla-form-grid">
        <TextInput
          label="Bestuursnummer"
          description="Het bevoegd-gezagnummer van DUO: vijf cijfers"
          withAsterisk
          inputMode="numeric"
          maxLength={5}
          {...form.register('bestuursnummer')}
          error={e.bestuursnummer?.message}
        />
        <FormProvider {...form}>
          <AdresVelden />
        </FormProvider>
      </div>
    </FormDialog>
  );
}
