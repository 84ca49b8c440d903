import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { uitkomstInput } from '../../../electron/contract/vergadering';
import { periodeProblems } from '../../../electron/domain/advies';
import {
  uitkomstVelden,
  type UitkomstFormulier,
  type VergaderingConclusie,
} from '../../../electron/domain/advies-velden';
import { CONCLUSIE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { ChoiceField } from '../../components/Choice';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';
import { ConfirmSign } from '../aanvraag/ConfirmSign';
import { PeriodFields } from '../aanvraag/PeriodFields';
import type { AgendaPunt, Uitkomst, Vergadering } from './types';

type Values = UitkomstFormulier;

const SOORTEN = ['advies', 'aanhouden'] as const;
const SOORT_LABELS = { advies: 'Advies', aanhouden: 'Aanhouden met vragen' };
const CONCLUSIES: readonly VergaderingConclusie[] = ['toelaatbaar', 'niet_toelaatbaar'];

/** The flat form as the contract's outcome: only what belongs to the chosen kind is sent. */
const schema = z.preprocess((v: Values) => uitkomstVelden(v), uitkomstInput);
const FIELDS = [
  'conclusie',
  'schoolsoort',
  'categorie',
  'ingangsdatum',
  'einddatum',
  'motivering',
  'vragen',
];

const EMPTY: Values = {
  soort: 'advies',
  conclusie: null,
  schoolsoort: null,
  categorie: null,
  ingangsdatum: null,
  einddatum: null,
  motivering: '',
  vragen: '',
};

interface Props {
  vergaderingId: number;
  punt: AgendaPunt;
  onSaved: (view: Vergadering) => void;
  /** Issue 13: whether the user has typed something (the card keeps the form while they have). */
  onDirty?: (dirty: boolean) => void;
}

/** §6: the meeting's outcome for one aanvraag: an advice, or aanhouden with questions to the school. */
export function UitkomstForm({ vergaderingId, punt, onSaved, onDirty }: Props) {
  const { form, formError, setFormError, handleServerError } = useContractForm(schema, {
    defaultValues: EMPTY,
    fields: FIELDS,
  });
  const [confirm, setConfirm] = useState<Uitkomst | null>(null);
  useLeaveGuard(form.formState);
  const dirty = form.formState.isDirty;
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const soort = form.watch('soort');
  const conclusie = form.watch('conclusie');
  const e = form.formState.errors;
  const id = `uitkomst-${punt.aanvraagId}`;

  const save = async (uitkomst: Uitkomst): Promise<void> => {
    setFormError(null);
    try {
      const view = await call('vergadering.uitkomst', {
        vergaderingId,
        aanvraagId: punt.aanvraagId,
        uitkomst,
      });
      setConfirm(null);
      // Saved: the card shows the outcome instead of the form.
      onDirty?.(false);
      onSaved(view);
    } catch (err) {
      setConfirm(null);
      handleServerError(err);
    }
  };

  const problems =
    confirm?.soort === 'advies' && confirm.conclusie === 'toelaatbaar'
      ? periodeProblems(confirm)
      : [];

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(ev) => void form.handleSubmit((u) => setConfirm(u))(ev)}
        noValidate
        aria-label={`Uitkomst ${punt.referentie}`}
      >
        <Stack gap="md">
          <ChoiceField
            control={form.control}
            name="soort"
            label="Uitkomst van de vergadering"
            withAsterisk
            options={SOORTEN}
            labels={SOORT_LABELS}
            radioId={(soort) => `${id}-${soort}`}
          />
          {soort === 'advies' ? (
            <>
              <ChoiceField
                control={form.control}
                name="conclusie"
                label="Conclusie"
                withAsterisk
                options={CONCLUSIES}
                labels={CONCLUSIE_LABELS}
              />
              {conclusie === 'toelaatbaar' && <PeriodFields />}
              <Textarea
                label="Motivering"
                description="Het eindadvies wordt hieruit voorgevuld."
                withAsterisk
                autosize
                minRows={4}
                {...form.register('motivering')}
                error={e.motivering?.message}
              />
            </>
          ) : (
            <Textarea
              label="Vragen aan de school"
              description="De SLL stuurt deze vragen binnen 2 werkdagen naar de school. Na de aanvulling komt de aanvraag weer op de agenda."
              withAsterisk
              autosize
              minRows={4}
              {...form.register('vragen')}
              error={e.vragen?.message}
            />
          )}
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button type="submit">Uitkomst vastleggen</Button>
          </Group>
        </Stack>
      </form>
      <ConfirmSign
        opened={confirm !== null}
        title={`Uitkomst voor ${punt.referentie} vastleggen?`}
        confirmLabel="Uitkomst vastleggen"
        problems={problems}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm !== null && save(confirm)}
      >
        {confirm?.soort === 'aanhouden'
          ? 'De aanvraag wordt aangehouden. De SLL stuurt de vragen binnen 2 werkdagen naar de school.'
          : 'De eerste deskundige schrijft daarna het eindadvies, voorgevuld met deze uitkomst.'}{' '}
        <Text span size="sm">
          Een vastgelegde uitkomst kan niet meer worden gewijzigd.
        </Text>
      </ConfirmSign>
    </FormProvider>
  );
}
