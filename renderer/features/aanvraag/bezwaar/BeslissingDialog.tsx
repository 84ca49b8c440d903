import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { todayIso } from '../../../lib/termijnen';
import { useFormSubmit } from '../../../lib/useServerErrors';
import { beslistSchema as schema } from './stappen';

type Values = z.input<typeof schema>;
type Herzien = NonNullable<Values['herzienBesluit']>;
const FIELDS = Object.keys(schema.shape);
const toNull = (v: string | null): string | null => (v === '' || v === null ? null : v);
const NIEUW: Herzien = {
  uitkomst: 'tlv_afgegeven',
  schoolsoort: null,
  categorie: null,
  begindatum: null,
  einddatum: null,
};

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 7:11: the decision on the bezwaar; when gegrond, the revised decision with it. */
export function BeslissingDialog({ aanvraagId, onClose, onDone }: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { datum: todayIso(), herzienBesluit: null },
  });
  const e = form.formState.errors;
  const herzien = form.watch('herzienBesluit');

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    await call('bezwaar.stap', { aanvraagId, stap: { stap: 'beslist', ...values } });
    onDone();
  });

  const radio = (
    name:
      | 'uitkomst'
      | 'herzienBesluit.uitkomst'
      | 'herzienBesluit.schoolsoort'
      | 'herzienBesluit.categorie',
    label: string,
    options: readonly [string, string][],
    onPick?: (v: string) => void,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Radio.Group
          label={label}
          withAsterisk
          value={field.value ?? ''}
          onChange={(v) => {
            field.onChange(v);
            onPick?.(v);
          }}
          error={fieldState.error?.message}
        >
          <Group mt={6}>
            {options.map(([value, text]) => (
              <Radio key={value} value={value} label={text} />
            ))}
          </Group>
        </Radio.Group>
      )}
    />
  );

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
      <TextInput
        type="date"
        label="Datum van de beslissing"
        withAsterisk
        w={220}
        {...form.register('datum')}
        error={e.datum?.message}
      />
      {radio(
        'uitkomst',
        'Het bezwaar is',
        [
          ['gegrond', 'Gegrond'],
          ['ongegrond', 'Ongegrond'],
        ],
        (v) => form.setValue('herzienBesluit', v === 'gegrond' ? NIEUW : null),
      )}
      {herzien !== null && herzien !== undefined && (
        <Stack gap="sm" p="sm" className="tla-subtle-box">
          {radio('herzienBesluit.uitkomst', 'Nieuw besluit', [
            ['tlv_afgegeven', 'TLV afgegeven'],
            ['tlv_niet_afgegeven', 'TLV niet afgegeven'],
          ])}
          {herzien.uitkomst === 'tlv_afgegeven' && (
            <>
              {radio(
                'herzienBesluit.schoolsoort',
                'Schoolsoort',
                [
                  ['SBO', 'SBO'],
                  ['SO', 'SO'],
                ],
                (v) => v === 'SBO' && form.setValue('herzienBesluit.categorie', null),
              )}
              {herzien.schoolsoort === 'SO' &&
                radio('herzienBesluit.categorie', 'Bekostigingscategorie', [
                  ['laag', 'Laag'],
                  ['midden', 'Midden'],
                  ['hoog', 'Hoog'],
                ])}
              <Group align="flex-start">
                <TextInput
                  type="date"
                  label="Ingangsdatum"
                  w={200}
                  {...form.register('herzienBesluit.begindatum', { setValueAs: toNull })}
                  error={e.herzienBesluit?.begindatum?.message}
                />
                <TextInput
                  type="date"
                  label="Einddatum"
                  w={200}
                  {...form.register('herzienBesluit.einddatum', { setValueAs: toNull })}
                  error={e.herzienBesluit?.einddatum?.message}
                />
              </Group>
            </>
          )}
        </Stack>
      )}
    </FormDialog>
  );
}
