import { Autocomplete, Select, TextInput } from '@mantine/core';
import { Controller, FormProvider } from 'react-hook-form';
import { schoolFields } from '../../../../electron/contract/scholen';
import { heeftGeenNaam } from '../../../../electron/domain/scholen';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { gemeenteOptions, type Besturen, type School } from '../../../lib/scholen';
import { useContractForm } from '../../../lib/useContractForm';
import { AdresVelden } from './AdresVelden';

interface Props {
  besturen: Besturen;
  /** The school to edit, or a new one for this board (or none chosen yet). */
  doel: { school: School; bestuurId: number } | { school: null; bestuurId: number | null };
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Adds or edits a school: its board, name, BRIN and vestiging, address and gemeente. */
export function SchoolDialog({ besturen, doel, onClose, onDone }: Props) {
  const s = doel.school;
  const { form, formError, submit } = useContractForm(schoolFields, {
    defaultValues: {
      bestuurId: doel.bestuurId ?? 0,
      naam: s?.naam ?? '',
      brin: s?.brin ?? '',
      vestiging: s?.vestiging ?? '00',
      adres: s?.adres ?? '',
      postcode: s?.postcode ?? '',
      plaats: s?.plaats ?? '',
      gemeente: s?.gemeente ?? '',
    },
    send: async (values) => {
      if (s === null) await call('school.toevoegen', values);
      else await call('school.wijzig', { ...values, schoolId: s.id });
      onDone(s === null ? `${values.naam} is toegevoegd.` : `${values.naam} is opgeslagen.`);
    },
  });
  const e = form.formState.errors;
  // A school goes only to a board without an end date (its own current board stays listed).
  const keuzes = besturen
    .filter((b) => b.eindDatum === null || b.id === doel.bestuurId)
    .map((b) => ({
      value: String(b.id),
      label: heeftGeenNaam(b) ? `${b.naam} (naam nog invullen)` : `${b.naam} (${b.bestuursnummer})`,
    }));

  return (
    <FormDialog
      opened
      title={s === null ? 'School toevoegen' : 'School wijzigen'}
      intro="BRIN en vestigingsnummer zijn die van DUO; samen noemen zij één schoolvestiging."
      submitLabel={s === null ? 'School toevoegen' : 'Opslaan'}
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="xl"
    >
      <Controller
        control={form.control}
        name="bestuurId"
        render={({ field, fieldState }) => (
          <Select
            label="Bestuur"
            withAsterisk
            searchable
            nothingFoundMessage="Geen bestuur gevonden"
            data={keuzes}
            value={field.value === 0 ? null : String(field.value)}
            onChange={(v) => field.onChange(v === null ? 0 : Number(v))}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput
        label="Naam van de school"
        withAsterisk
        {...form.register('naam')}
        error={e.naam?.message}
      />
      <div className="tla-form-grid">
        <TextInput
          label="BRIN"
          description="Twee cijfers en twee letters, bijv. 12AB"
          withAsterisk
          maxLength={4}
          {...form.register('brin')}
          error={e.brin?.message}
        />
        <TextInput
          label="Vestiging"
          description="00 voor de hoofdvestiging"
          withAsterisk
          inputMode="numeric"
          maxLength={2}
          {...form.register('vestiging')}
          error={e.vestiging?.message}
        />
        <FormProvider {...form}>
          <AdresVelden plaatsVerplicht />
        </FormProvider>
        <Controller
          control={form.control}
          name="gemeente"
          render={({ field, fieldState }) => (
            <Autocomplete
              label="Gemeente"
              withAsterisk
              data={gemeenteOptions(besturen)}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
    </FormDialog>
  );
}
