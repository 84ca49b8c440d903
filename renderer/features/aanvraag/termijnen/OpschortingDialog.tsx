import { Radio, Stack, Group, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { OPSCHORTING_GRONDEN_INPUT } from '../../../../electron/contract/termijnen';
import { OPSCHORTING_GROND_LABELS } from '../../../../electron/domain/opschorting';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { todayIso } from '../../../lib/termijnen';
import { useFormSubmit } from '../../../lib/useServerErrors';

const schema = contract['opschorting.registreer'].input.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
const FIELDS = Object.keys(schema.shape);
const toNull = (v: string | null): string | null => (v === '' || v === null ? null : v);

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 4:15 lid 2: a suspension on another ground than an aanvulling, with its legal ground. */
export function OpschortingDialog({ aanvraagId, onClose, onDone }: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { start: todayIso(), eind: null, toelichting: '' },
  });
  const e = form.formState.errors;

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    await call('opschorting.registreer', { aanvraagId, ...values });
    onDone();
  });

  return (
    <FormDialog
      opened
      title="Opschorting registreren"
      intro="Alleen deze wettelijke gronden schorten de beslistermijn op. Voor een aanvulling gebruikt u ‘Aanvulling vragen’. TLA maakt een brief."
      submitLabel="Opschorting registreren"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="grond"
        render={({ field, fieldState }) => (
          <Radio.Group
            label="Wettelijke grond"
            withAsterisk
            value={field.value ?? ''}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Stack gap="xs" mt={6}>
              {OPSCHORTING_GRONDEN_INPUT.map((g) => (
                <Radio key={g} value={g} label={OPSCHORTING_GROND_LABELS[g]} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      <Group align="flex-start">
        <TextInput
          type="date"
          label="Begint op"
          description="De klok staat stil vanaf de dag erna"
          withAsterisk
          w={220}
          {...form.register('start')}
          error={e.start?.message}
        />
        <TextInput
          type="date"
          label="Eindigt op (als bekend)"
          description="Leeg laten: u beëindigt later"
          w={220}
          {...form.register('eind', { setValueAs: toNull })}
          error={e.eind?.message}
        />
      </Group>
      <Textarea
        label="Toelichting"
        withAsterisk
        autosize
        minRows={3}
        {...form.register('toelichting')}
        error={e.toelichting?.message}
      />
    </FormDialog>
  );
}
