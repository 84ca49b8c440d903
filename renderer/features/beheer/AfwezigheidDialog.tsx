import { Group, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { todayIso } from '../../lib/termijnen';
import { useFormSubmit } from '../../lib/useServerErrors';

const schema = contract['pool.afwezigheid'].input.omit({ deskundigeId: true });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = Object.keys(schema.shape);

interface Props {
  deskundigeId: number;
  naam: string;
  onClose: () => void;
  onDone: () => void;
}

/** §4: while a deskundige is away (van–tot), TLA does not offer them for an assignment. */
export function AfwezigheidDialog({ deskundigeId, naam, onClose, onDone }: Props) {
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { van: todayIso(), tot: '', reden: '' },
  });
  const e = form.formState.errors;

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    const reden = values.reden === null || values.reden === '' ? null : values.reden;
    await call('pool.afwezigheid', { deskundigeId, ...values, reden });
    onDone();
  });

  return (
    <FormDialog
      opened
      title={`Afwezigheid van ${naam}`}
      intro="Zolang iemand afwezig is, biedt TLA haar of hem niet aan bij het toewijzen."
      submitLabel="Afwezigheid vastleggen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="md"
    >
      <Group align="flex-start">
        <TextInput
          type="date"
          label="Van"
          withAsterisk
          w={180}
          data-autofocus
          {...form.register('van')}
          error={e.van?.message}
        />
        <TextInput
          type="date"
          label="Tot en met"
          withAsterisk
          w={180}
          {...form.register('tot')}
          error={e.tot?.message}
        />
      </Group>
      <Textarea
        label="Reden"
        description="Bijvoorbeeld verlof of ziekte. Niet verplicht."
        autosize
        minRows={2}
        {...form.register('reden')}
        error={e.reden?.message}
      />
    </FormDialog>
  );
}
