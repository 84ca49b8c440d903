import { Group, Stack } from '@mantine/core';
import type { z } from 'zod';
import { CATEGORIEEN, SCHOOLSOORTEN } from '../../../../electron/domain/types';
import { call } from '../../../api/client';
import { ChoiceField } from '../../../components/Choice';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { BESLUIT_LABELS, CATEGORIE_LABELS } from '../../../lib/labels';
import { todayIso } from '../../../lib/termijnen';
import { useContractForm } from '../../../lib/useContractForm';
import { beslistSchema as schema } from './stappen';

type Values = z.input<typeof schema>;
type Herzien = NonNullable<Values['herzienBesluit']>;
const NIEUW: Herzien = {
  uitkomst: 'tlv_afgegeven',
  schoolsoort: null,
  categorie: null,
  begindatum: null,
  einddatum: null,
};
const UITKOMSTEN = schema.shape.uitkomst.options;
const UITKOMST_LABELS = { gegrond: 'Gegrond', ongegrond: 'Ongegrond' };
const BESLUITEN = ['tlv_afgegeven', 'tlv_niet_afgegeven'] as const;

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 7:11: the decision on the bezwaar; when gegrond, the revised decision with it. */
export function BeslissingDialog({ aanvraagId, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: { datum: todayIso(), herzienBesluit: null },
    send: async (values) => {
      await call('bezwaar.stap', { aanvraagId, stap: { stap: 'beslist', ...values } });
      onDone();
    },
  });
  const herzien = form.watch('herzienBesluit');

  return (
    <FormDialog
      opened
      title="Beslissing op bezwaar"
      intro="Is het bezwaar gegrond, dan herziet het SWV het besluit: vul dan ook het nieuwe besluit in."
      submitLabel="Beslissing vastleggen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormDateField
        control={form.control}
        name="datum"
        label="Datum van de beslissing"
        withAsterisk
        w={220}
      />
      <ChoiceField
        control={form.control}
        name="uitkomst"
        label="Het bezwaar is"
        withAsterisk
        options={UITKOMSTEN}
        labels={UITKOMST_LABELS}
        onPick={(v) => form.setValue('herzienBesluit', v === 'gegrond' ? NIEUW : null)}
      />
      {herzien !== null && herzien !== undefined && (
        <Stack gap="sm" p="sm" className="tla-subtle-box">
          <ChoiceField
            control={form.control}
            name="herzienBesluit.uitkomst"
            label="Nieuw besluit"
            withAsterisk
            options={BESLUITEN}
            labels={BESLUIT_LABELS}
          />
          {herzien.uitkomst === 'tlv_afgegeven' && (
            <>
              <ChoiceField
                control={form.control}
                name="herzienBesluit.schoolsoort"
                label="Schoolsoort"
                withAsterisk
                options={SCHOOLSOORTEN}
                onPick={(v) => v === 'SBO' && form.setValue('herzienBesluit.categorie', null)}
              />
              {herzien.schoolsoort === 'SO' && (
                <ChoiceField
                  control={form.control}
                  name="herzienBesluit.categorie"
                  label="Bekostigingscategorie"
                  withAsterisk
                  options={CATEGORIEEN}
                  labels={CATEGORIE_LABELS}
                />
              )}
              <Group align="flex-start">
                <FormDateField
                  control={form.control}
                  name="herzienBesluit.begindatum"
                  label="Ingangsdatum"
                  w={200}
                />
                <FormDateField
                  control={form.control}
                  name="herzienBesluit.einddatum"
                  label="Einddatum"
                  w={200}
                />
              </Group>
            </>
          )}
        </Stack>
      )}
    </FormDialog>
  );
}
