import { Autocomplete, Fieldset, NumberInput, Group, Select, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { gemeenteVoorWoonplaats } from '../../../electron/domain/scholen';
import { AANVRAAG_SOORT_LABELS, AANVRAAG_SOORTEN } from '../../../electron/domain/types';
import { FormDateField } from '../../components/DateField';
import { SchoolsoortFields } from '../../components/SchoolsoortFields';
import { gemeenteOptions, schoolOptions, type Besturen } from '../../lib/scholen';
import type { CallState } from '../../lib/useCall';
import type { RegisterInput } from './types';

/** The pupil; `besturen` give the gemeenten to suggest (and to guess from the woonplaats). */
export function LeerlingFields({ besturen }: { besturen: Besturen | null }) {
  const { register, control, formState, getValues, setValue } = useFormContext<RegisterInput>();
  const e = formState.errors;
  const woonplaats = register('woonplaats');
  // A first guess of the gemeente from the woonplaats, only while the gemeente is still empty.
  const guessGemeente = (): void => {
    if (besturen === null || (getValues('gemeente') ?? '').trim() !== '') return;
    const guess = gemeenteVoorWoonplaats(
      getValues('woonplaats'),
      besturen.flatMap((b) => b.scholen),
    );
    if (guess !== null) setValue('gemeente', guess, { shouldValidate: true });
  };
  return (
    <Fieldset legend="Leerling">
      <div className="tla-form-grid">
        <TextInput
          label="Naam leerling"
          withAsterisk
          {...register('leerlingNaam')}
          error={e.leerlingNaam?.message}
        />
        <FormDateField<RegisterInput>
          name="leerlingGeboortedatum"
          label="Geboortedatum"
          withAsterisk
          w="100%"
        />
        <Controller
          control={control}
          name="groep"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Groep"
              description="Leeg bij onderinstroom"
              min={1}
              max={8}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput
          label="Woonplaats"
          withAsterisk
          {...woonplaats}
          onBlur={(event) => {
            void woonplaats.onBlur(event);
            guessGemeente();
          }}
          error={e.woonplaats?.message}
        />
        <Controller
          control={control}
          name="gemeente"
          render={({ field, fieldState }) => (
            <Autocomplete
              label="Gemeente (woongemeente van de leerling)"
              description="Voor de overzichten per gemeente."
              withAsterisk
              data={besturen === null ? [] : gemeenteOptions(besturen)}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
    </Fieldset>
  );
}

export function SchoolField({ scholen }: { scholen: CallState<Besturen> }) {
  const { control } = useFormContext<RegisterInput>();
  const options = scholen.data === null ? [] : schoolOptions(scholen.data);
  // On a new install there are no schools yet: say who adds them, not just "none found".
  const geen = scholen.data !== null && options.length === 0;
  return (
    <Fieldset legend="School">
      <Controller
        control={control}
        name="schoolId"
        render={({ field, fieldState }) => (
          <Select
            label="Verwijzende school / school van aanmelding"
            description="Zoek op naam, BRIN of plaats. De aanvrager is het bestuur van deze school."
            withAsterisk
            searchable
            nothingFoundMessage={
              geen
                ? 'Er zijn nog geen scholen. De functioneel beheerder voegt ze toe bij Scholen en besturen.'
                : 'Geen school gevonden'
            }
            placeholder={
              scholen.loading ? 'Scholen laden…' : geen ? 'Nog geen scholen' : 'Kies een school'
            }
            data={options}
            value={field.value === 0 ? null : String(field.value)}
            onChange={(v) => field.onChange(v === null ? 0 : Number(v))}
            onBlur={field.onBlur}
            error={fieldState.error === undefined ? scholen.error : 'Kies een school.'}
          />
        )}
      />
    </Fieldset>
  );
}

export function AanvraagFields() {
  const { control } = useFormContext<RegisterInput>();
  return (
    <Fieldset legend="Aanvraag">
      <div className="tla-form-grid">
        <Controller
          control={control}
          name="soort"
          render={({ field, fieldState }) => (
            <Select
              label="Soort aanvraag"
              withAsterisk
              allowDeselect={false}
              data={AANVRAAG_SOORTEN.map((s) => ({ value: s, label: AANVRAAG_SOORT_LABELS[s] }))}
              value={field.value}
              onChange={(v) => v !== null && field.onChange(v)}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormDateField<RegisterInput>
          name="ontvangenOp"
          label="Ontvangstdatum"
          description="De beslistermijn begint op deze datum."
          withAsterisk
          w="100%"
        />
        <FormDateField<RegisterInput>
          name="gewensteStartdatum"
          label="Gewenste startdatum"
          w="100%"
        />
      </div>
      <Group mt="md" gap="xl" align="flex-start">
        <SchoolsoortFields requested />
      </Group>
    </Fieldset>
  );
}
