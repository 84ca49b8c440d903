import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { adviesFields } from '../../../../electron/contract';
import { adviesProblems } from '../../../../electron/domain/advies';
import { adviesVelden } from '../../../../electron/domain/advies-velden';
import { CONCLUSIES, CONCLUSIE_LABELS } from '../../../../electron/domain/types';
import { call } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ChoiceField } from '../../../components/Choice';
import { FormError } from '../../../components/FormFooter';
import { useContractForm } from '../../../lib/useContractForm';
import { useLeaveGuard } from '../../../lib/useLeaveGuard';
import { PeriodFields } from '../PeriodFields';
import type { AdviesView } from '../types';
import { ConfirmSign } from '../ConfirmSign';
import { AdviesTekstvelden } from './AdviesTekstvelden';
import { INDIENEN_ZONDER_VERBINDING, useAutosave } from './useAutosave';

const ONDERBOUWING_HULP =
  'Welke behoeften heeft de leerling, en waarom kunnen de eigen school, een andere reguliere school of een arrangement daarin niet voorzien? Schrijf in ondersteuningsbehoeften, niet in kenmerken of diagnoses; noem bij een diagnose de bron.';

const schema = adviesFields.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

// A new advice starts with no conclusion chosen: the deskundige chooses it, TLA never suggests one.
// Without a conclusion the draft cannot be saved (adviezen.conclusie is required), so the form says
// so and guards leaving until one is chosen.
function initial(draft: AdviesView | null): DefaultValues<Values> {
  return {
    ...(draft === null ? {} : { conclusie: draft.conclusie }),
    schoolsoort: draft?.schoolsoort ?? null,
    categorie: draft?.categorie ?? null,
    ingangsdatum: draft?.ingangsdatum ?? null,
    einddatum: draft?.einddatum ?? null,
    onderbouwing: draft?.onderbouwing ?? '',
    doelen: draft?.doelen ?? '',
    contextAdvies: draft?.contextAdvies ?? '',
    vragen: draft?.vragen ?? null,
  };
}

interface Props {
  aanvraagId: number;
  draft: AdviesView | null;
  onSubmitted: () => void;
}

export function AdviesForm({ aanvraagId, draft, onSubmitted }: Props) {
  const { form, formError, setFormError, handleServerError } = useContractForm(schema, {
    defaultValues: initial(draft),
  });
  const [confirm, setConfirm] = useState<Output | null>(null);
  const conclusie = form.watch('conclusie');
  const onderbouwing = form.watch('onderbouwing');
  const e = form.formState.errors;
  // Drafts save themselves ~2 s after typing stops; only values the contract accepts are sent.
  const autosave = useAutosave(
    form,
    (values) => {
      const parsed = schema.safeParse(values);
      return parsed.success ? adviesVelden(parsed.data) : null;
    },
    (draft: Output) => call('advies.saveDraft', { aanvraagId, ...draft }),
  );

  useLeaveGuard(autosave.unsaved);
  const noConclusie = conclusie === undefined && autosave.unsaved;

  const saveDraft = form.handleSubmit(async () => {
    setFormError(null);
    await autosave.saveNow(true);
  });

  const sign = async (values: Output): Promise<void> => {
    autosave.pause(true);
    try {
      await call('advies.submit', { aanvraagId, ...values });
      setConfirm(null);
      onSubmitted();
    } catch (err) {
      autosave.pause(false);
      setConfirm(null);
      // Issue 13: the connection is gone; the advice stays a draft and the step can be repeated
      // (one that did arrive is refused the second time: 'Uw advies is al ingediend').
      if (err instanceof ApiError && err.code === 'offline')
        setFormError(INDIENEN_ZONDER_VERBINDING);
      else handleServerError(err);
    }
  };

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(ev) => void form.handleSubmit((v) => setConfirm(adviesVelden(v)))(ev)}
        noValidate
        aria-label="Advies"
      >
        <Stack gap="md">
          <ChoiceField
            control={form.control}
            name="conclusie"
            label="Conclusie"
            withAsterisk
            layout="column"
            options={CONCLUSIES}
            labels={CONCLUSIE_LABELS}
          />
          {conclusie === 'toelaatbaar' && <PeriodFields />}
          <AdviesTekstvelden
            onderbouwing={{
              input: form.register('onderbouwing'),
              error: e.onderbouwing?.message,
              text: onderbouwing ?? '',
              description: ONDERBOUWING_HULP,
            }}
            doelen={{ input: form.register('doelen'), error: e.doelen?.message }}
            contextAdvies={{
              input: form.register('contextAdvies'),
              error: e.contextAdvies?.message,
            }}
          />
          {conclusie === 'aanhouden' && (
            <Textarea
              label="Vragen aan de school"
              withAsterisk
              autosize
              minRows={3}
              {...form.register('vragen')}
              error={e.vragen?.message}
            />
          )}
          <Text size="sm" c="dimmed" aria-live="polite">
            {noConclusie
              ? 'Het concept wordt bewaard zodra u een conclusie hebt gekozen.'
              : autosave.status}
          </Text>
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void saveDraft()}>
              Concept bewaren
            </Button>
            <Button type="submit">Ondertekenen en indienen</Button>
          </Group>
        </Stack>
      </form>
      <ConfirmSign
        opened={confirm !== null}
        title="Advies ondertekenen en indienen?"
        problems={confirm === null ? [] : adviesProblems(confirm)}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm !== null && sign(confirm)}
      >
        Na het indienen kunt u uw advies niet meer wijzigen. Het advies van de andere deskundige
        ziet u pas als beide adviezen zijn ingediend.
      </ConfirmSign>
    </FormProvider>
  );
}
