import { Button, Checkbox, Group, Select, TextInput, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { AANVRAAG_SOORTEN, AANVRAAG_SOORT_LABELS } from '../../../../electron/domain/types';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ApiError, errorMessage } from '../../../api/errors';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { useContractForm } from '../../../lib/useContractForm';
import type { Aanvraag } from '../types';

const schema = contract['aanvraag.update'].input.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
type Changes = NonNullable<Values['changes']>;
const toNull = (v: string | null): string | null => (v === '' || v === null ? null : v);
const toGroep = (v: string | number | null): number | null =>
  v === '' || v === null ? null : Number(v);

function current(a: Aanvraag): Changes {
  return {
    soort: a.soort,
    leerlingNaam: a.leerling.naam,
    leerlingGeboortedatum: a.leerling.geboortedatum,
    groep: a.leerling.groep,
    woonplaats: a.leerling.woonplaats,
    // Aanvragen from before issue 10 have no gemeente: then empty stays unchanged.
    ...(a.leerling.gemeente === null ? {} : { gemeente: a.leerling.gemeente }),
    gewensteStartdatum: a.gewensteStartdatum,
    ontvangenOp: a.ontvangenOp,
    oudersNaam: a.ouders.naam,
    oudersAdres: a.ouders.adres,
    oudersPostcode: a.ouders.postcode,
    oudersPlaats: a.ouders.plaats,
    oudersAkkoord: a.ouders.akkoord,
  };
}

type TextField = Exclude<
  keyof Changes,
  | 'soort'
  | 'groep'
  | 'oudersAkkoord'
  | 'schoolId'
  | 'schoolsoort'
  | 'categorie'
  | 'begeleiderNaam'
  | 'begeleiderNotitie'
>;
const toUnchanged = (v: string): string | undefined => (v === '' ? undefined : v);
const TEXTS: readonly {
  name: TextField;
  label: string;
  date?: boolean;
  optional?: boolean;
  /** Empty means: not recorded yet, leave it so (the gemeente of an older aanvraag). */
  emptyUnchanged?: boolean;
}[] = [
  { name: 'leerlingNaam', label: 'Naam leerling' },
  { name: 'leerlingGeboortedatum', label: 'Geboortedatum', date: true },
  { name: 'woonplaats', label: 'Woonplaats' },
  { name: 'gemeente', label: 'Gemeente (woongemeente)', emptyUnchanged: true },
  { name: 'ontvangenOp', label: 'Ontvangstdatum', date: true },
  { name: 'gewensteStartdatum', label: 'Gewenste startdatum', date: true, optional: true },
  { name: 'oudersNaam', label: 'Naam ouder(s)' },
  { name: 'oudersAdres', label: 'Adres' },
  { name: 'oudersPostcode', label: 'Postcode' },
  { name: 'oudersPlaats', label: 'Plaats' },
];

interface Props {
  aanvraag: Aanvraag;
  onClose: () => void;
  onDone: () => void;
}

/** §3.1: corrections to the recorded data; only changed fields are sent, each with the reason. */
export function WijzigenDialog({ aanvraag, onClose, onDone }: Props) {
  // Issue 13: the data as they were when the dialog opened, with their versie. The page may load
  // newer data meanwhile (focus, poll); the form is never refilled under the user's hands, and a
  // save against an older versie is refused by the backend with the conflict message.
  const [basis, setBasis] = useState(() => ({
    versie: aanvraag.versie,
    values: current(aanvraag),
  }));
  const [verouderd, setVerouderd] = useState(false);
  const before = basis.values;
  const { form, formError, setFormError, submit } = useContractForm(schema, {
    defaultValues: { changes: before, reden: '' },
    send: async (values) => {
      const after = values.changes ?? {};
      const changes = Object.fromEntries(
        Object.entries(after).filter(([k, v]) => before[k as keyof Changes] !== v),
      ) as Changes;
      if (Object.keys(changes).length === 0) {
        setFormError('U hebt nog niets gewijzigd.');
        return;
      }
      try {
        await call('aanvraag.update', {
          aanvraagId: aanvraag.id,
          changes,
          reden: values.reden,
          versie: basis.versie,
        });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'conflict') setVerouderd(true);
        throw err;
      }
      onDone();
    },
  });
  const e = form.formState.errors;
  const ce = e.changes;

  // After a conflict: the current data, with the user's own changes kept on top of them. A field
  // the user did not touch takes the new value; a field they changed keeps what they typed.
  const laadOpnieuw = async (): Promise<void> => {
    let nu: Aanvraag;
    try {
      nu = await call('aanvraag.get', { aanvraagId: aanvraag.id });
    } catch (err) {
      setFormError(errorMessage(err));
      return;
    }
    const fresh = current(nu);
    const typed = form.getValues('changes') ?? {};
    for (const [k, v] of Object.entries(fresh) as [keyof Changes, unknown][]) {
      if (typed[k] === before[k]) form.setValue(`changes.${k}`, v as never);
    }
    setBasis({ versie: nu.versie, values: fresh });
    setVerouderd(false);
    setFormError(null);
  };

  return (
    <FormDialog
      opened
      title="Gegevens wijzigen"
      intro="TLA bewaart bij elke wijziging de oude waarde, de nieuwe waarde en uw reden."
      submitLabel="Wijzigingen opslaan"
      submitting={form.formState.isSubmitting}
      formError={formError}
      formErrorAction={
        verouderd ? (
          <Group>
            <Button size="compact-sm" variant="default" onClick={() => void laadOpnieuw()}>
              Laad de huidige gegevens (uw wijzigingen blijven staan)
            </Button>
          </Group>
        ) : undefined
      }
      onSubmit={submit}
      onClose={onClose}
      size="xl"
    >
      <div className="tla-form-grid">
        <Controller
          control={form.control}
          name="changes.soort"
          render={({ field, fieldState }) => (
            <Select
              label="Soort aanvraag"
              allowDeselect={false}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              data={AANVRAAG_SOORTEN.map((s) => ({ value: s, label: AANVRAAG_SOORT_LABELS[s] }))}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput
          label="Groep"
          inputMode="numeric"
          {...form.register('changes.groep', { setValueAs: toGroep })}
          error={ce?.groep?.message}
        />
        {TEXTS.map((t) =>
          t.date === true ? (
            <FormDateField
              key={t.name}
              control={form.control}
              name={`changes.${t.name}`}
              label={t.label}
              w="100%"
            />
          ) : (
            <TextInput
              key={t.name}
              label={t.label}
              {...form.register(
                `changes.${t.name}`,
                t.optional === true
                  ? { setValueAs: toNull }
                  : t.emptyUnchanged === true
                    ? { setValueAs: toUnchanged }
                    : {},
              )}
              error={ce?.[t.name]?.message}
            />
          ),
        )}
      </div>
      <Checkbox
        label="Ouders zijn het eens met de aanvraag"
        {...form.register('changes.oudersAkkoord')}
      />
      <Textarea
        label="Reden van de wijziging"
        withAsterisk
        autosize
        minRows={2}
        {...form.register('reden')}
        error={e.reden?.message}
      />
    </FormDialog>
  );
}
