import { TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { todayIso } from '../../../lib/termijnen';
import { useFormSubmit } from '../../../lib/useServerErrors';
import { adviesOntvangenSchema as schema } from './stappen';

type Values = z.input<typeof schema>;
const FIELDS = Object.keys(schema.shape);

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** The advice of the bezwaar-adviescommissie has come in: its date and a short summary. */
export function AdviesOntvangenDialog({ aanvraagId, onClose, onDone }: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { datum: todayIso(), samenvatting: '' },
  });
  const e = form.formState.errors;

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    await call('bezwaar.stap', { aanvraagId, stap: { stap: 'advies_ontvangen', ...values } });
    onDone();
  });

  return (
    <FormDialog
      opened
      title="Advies van de commissie ontvangen"
      submitLabel="Advies vastleggen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        type="date"
        label="Ontvangen op"
        withAsterisk
        w={200}
        {...form.register('datum')}
        error={e.datum?.message}
      />
      <Textarea
        label="Samenvatting van het advies"
        withAsterisk
        autosize
        minRows={4}
        data-autofocus
        {...form.register('samenvatting')}
        error={e.samenvatting?.message}
      />
    </FormDialog>
  );
}
