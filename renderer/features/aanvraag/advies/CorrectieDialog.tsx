import { Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { useFormSubmit } from '../../../lib/useServerErrors';
import type { AdviesView } from '../types';
import { AdviesTekstvelden } from './AdviesTekstvelden';

const schema = contract['advies.corrigeer'].input.omit({ aanvraagId: true });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;
const FIELDS = Object.keys(schema.shape);

interface Props {
  aanvraagId: number;
  advies: AdviesView;
  onClose: () => void;
  onDone: (version: number) => void;
}

/** §5: a submitted advice is immutable; a correction is a new version with a reason. */
export function CorrectieDialog({ aanvraagId, advies, onClose, onDone }: Props) {
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: {
      reden: '',
      onderbouwing: advies.onderbouwing,
      doelen: advies.doelen,
      contextAdvies: advies.contextAdvies,
    },
  });
  const e = form.formState.errors;
  const onderbouwing = form.watch('onderbouwing');

  const { formError, submit } = useFormSubmit(form, FIELDS, async (values) => {
    const result = await call('advies.corrigeer', { aanvraagId, ...values });
    onDone(result.version);
  });

  return (
    <FormDialog
      opened
      title="Advies corrigeren"
      intro={`Uw ingediende advies (versie ${advies.version}) blijft bewaard. De correctie wordt een nieuwe versie, met de reden erbij. Conclusie, schoolsoort en periode blijven zoals ze zijn.`}
      submitLabel="Correctie ondertekenen en indienen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="xl"
    >
      <Textarea
        label="Reden van de correctie"
        withAsterisk
        autosize
        minRows={2}
        data-autofocus
        {...form.register('reden')}
        error={e.reden?.message}
      />
      <AdviesTekstvelden
        onderbouwing={{
          input: form.register('onderbouwing'),
          error: e.onderbouwing?.message,
          text: onderbouwing ?? '',
        }}
        doelen={{ input: form.register('doelen'), error: e.doelen?.message }}
        contextAdvies={{ input: form.register('contextAdvies'), error: e.contextAdvies?.message }}
      />
    </FormDialog>
  );
}
