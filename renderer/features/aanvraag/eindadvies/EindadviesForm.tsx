import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { z } from 'zod';
import type { OutputOf } from '../../../../electron/contract';
import { eindadviesFields } from '../../../../electron/contract';
import { periodeProblems } from '../../../../electron/domain/advies';
import { eindadviesVelden } from '../../../../electron/domain/advies-velden';
import { call } from '../../../api/client';
import { ChoiceField } from '../../../components/Choice';
import { FormError } from '../../../components/FormFooter';
import { useContractForm } from '../../../lib/useContractForm';
import { useLeaveGuard } from '../../../lib/useLeaveGuard';
import { ConfirmSign } from '../ConfirmSign';
import { PeriodFields } from '../PeriodFields';

const schema = eindadviesFields.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;
type Prefill = NonNullable<OutputOf<'eindadvies.get'>['prefill']>;
/** The eindadvies advises the directeur-bestuurder: the choice is worded as an advice. */
const UITKOMSTEN = schema.shape.uitkomst.options;
const UITKOMST_LABELS = { tlv_afgegeven: 'TLV afgeven', tlv_niet_afgegeven: 'TLV niet afgeven' };

function initial(p: Prefill | null): Values {
  return {
    uitkomst: p?.uitkomst ?? 'tlv_afgegeven',
    schoolsoort: p?.schoolsoort ?? null,
    categorie: p?.categorie ?? null,
    ingangsdatum: p?.ingangsdatum ?? null,
    einddatum: p?.einddatum ?? null,
    motivering: p?.motivering ?? '',
    doelen: p?.doelen ?? '',
  };
}

interface Props {
  aanvraagId: number;
  prefill: Prefill | null;
  onSubmitted: () => void;
}

export function EindadviesForm({ aanvraagId, prefill, onSubmitted }: Props) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: initial(prefill),
  });
  const [confirm, setConfirm] = useState<Output | null>(null);
  useLeaveGuard(form.formState);
  const uitkomst = form.watch('uitkomst');
  const e = form.formState.errors;

  const sign = async (values: Output): Promise<void> => {
    try {
      await call('eindadvies.submit', { aanvraagId, ...values });
      setConfirm(null);
      onSubmitted();
    } catch (err) {
      setConfirm(null);
      handleServerError(err);
    }
  };

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(ev) => void form.handleSubmit((v) => setConfirm(eindadviesVelden(v)))(ev)}
        noValidate
        aria-label="Eindadvies"
      >
        <Stack gap="md">
          <ChoiceField
            control={form.control}
            name="uitkomst"
            label="Advies aan de directeur-bestuurder"
            withAsterisk
            layout="column"
            options={UITKOMSTEN}
            labels={UITKOMST_LABELS}
          />
          {uitkomst === 'tlv_afgegeven' && <PeriodFields />}
          <Textarea
            label="Gemotiveerd besluit"
            withAsterisk
            autosize
            minRows={8}
            {...form.register('motivering')}
            error={e.motivering?.message}
          />
          <Textarea
            label="Doelen"
            autosize
            minRows={3}
            {...form.register('doelen')}
            error={e.doelen?.message}
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button type="submit">Eindadvies ondertekenen en indienen</Button>
          </Group>
        </Stack>
      </form>
      <ConfirmSign
        opened={confirm !== null}
        title="Eindadvies ondertekenen en indienen?"
        problems={
          confirm === null || confirm.uitkomst !== 'tlv_afgegeven' ? [] : periodeProblems(confirm)
        }
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm !== null && sign(confirm)}
      >
        Het eindadvies gaat daarna naar de TLA-voorzitter, die het voorlegt aan de
        directeur-bestuurder. U kunt het niet meer wijzigen.
      </ConfirmSign>
    </FormProvider>
  );
}
