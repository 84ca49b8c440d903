import { Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { useFormSubmit } from '../../../lib/useServerErrors';

const schema = contract['aanvraag.intrekken'].input.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
const FIELDS = Object.keys(schema.shape);

interface Props {
  aanvraagId: number;
  title: string;
  onClose: () => void;
  onDone: () => void;
}

/** §10: the school withdraws its aanvraag; the SLL records it with the school's reason. */
export function IntrekkenDialog({ aanvraagId, title, onClose, onDone }: Props) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reden: '' } });

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    await call('aanvraag.intrekken', { aanvraagId, ...values });
    onDone();
  });

  return (
    <FormDialog
      opened
      title={title}
      intro="Registreer dit alleen als de school de aanvraag zelf heeft ingetrokken. De behandeling stopt dan; dit kan niet ongedaan worden gemaakt."
      submitLabel="Intrekking registreren"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Textarea
        label="Reden van de intrekking"
        withAsterisk
        autosize
        minRows={3}
        data-autofocus
        {...form.register('reden')}
        error={form.formState.errors.reden?.message}
      />
    </FormDialog>
  );
}
