import { Textarea } from '@mantine/core';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';
import { useContractForm } from '../../../lib/useContractForm';
import type { AdviesView } from '../types';
import { AdviesTekstvelden } from './AdviesTekstvelden';

const schema = contract['advies.corrigeer'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  advies: AdviesView;
  onClose: () => void;
  onDone: (version: number) => void;
}

/** §5: a submitted advice is immutable; a correction is a new version with a reason. */
export function CorrectieDialog({ aanvraagId, advies, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: {
      reden: '',
      onderbouwing: advies.onderbouwing,
      doelen: advies.doelen,
      contextAdvies: advies.contextAdvies,
    },
    send: async (values) => {
      const result = await call('advies.corrigeer', { aanvraagId, ...values });
      onDone(result.version);
    },
  });
  const e = form.formState.errors;
  const onderbouwing = form.watch('onderbouwing');

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
