import { Group, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { formatDate } from '../../../lib/format';
import { todayIso } from '../../../lib/termijnen';
import { useFormSubmit } from '../../../lib/useServerErrors';

const schema = contract['verdaging.registreer'].input.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
const FIELDS = Object.keys(schema.shape);

interface Props {
  aanvraagId: number;
  /** The current end of the beslistermijn, shown as the date to beat. */
  currentEnd: string | null;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 4:14 lid 3: tell the school board before the term ends, with a new reasonable term. */
export function VerdagingDialog({ aanvraagId, currentEnd, onClose, onDone }: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { notifiedOn: todayIso(), newEnd: '', reden: '' },
  });
  const e = form.formState.errors;

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    await call('verdaging.registreer', { aanvraagId, ...values });
    onDone();
  });

  return (
    <FormDialog
      opened
      title="Verdaging registreren"
      intro={
        <>
          Verdagen moet vóórdat de beslistermijn verstrijkt
          {currentEnd !== null ? ` (nu: ${formatDate(currentEnd)})` : ''}, met een nieuwe, redelijke
          termijn. TLA maakt de brief aan het schoolbestuur.
        </>
      }
      submitLabel="Verdaging registreren"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Group align="flex-start">
        <TextInput
          type="date"
          label="Meegedeeld op"
          withAsterisk
          w={220}
          {...form.register('notifiedOn')}
          error={e.notifiedOn?.message}
        />
        <TextInput
          type="date"
          label="Nieuwe einddatum"
          withAsterisk
          w={220}
          data-autofocus
          {...form.register('newEnd')}
          error={e.newEnd?.message}
        />
      </Group>
      <Textarea
        label="Reden van de verdaging"
        withAsterisk
        autosize
        minRows={3}
        {...form.register('reden')}
        error={e.reden?.message}
      />
    </FormDialog>
  );
}
