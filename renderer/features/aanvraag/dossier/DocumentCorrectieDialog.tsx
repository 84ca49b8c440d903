import { Select, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../../electron/contract';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../../../electron/domain/types';
import { call } from '../../../api/client';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { useContractForm } from '../../../lib/useContractForm';
import type { Doc } from './versions';

const KIND_OPTIONS = DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }));
const input = contract['document.corrigeer'].input;
// The form always holds a kind and a date (as they are now); only what changed is sent.
const schema = z.object({
  kind: input.shape.kind.unwrap(),
  documentDate: input.shape.documentDate.unwrap(),
  reden: input.shape.reden,
});

interface Props {
  doc: Doc;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * The secretary corrects a document's kind or date (registered as 'overig', a wrong date) with a
 * reason, without uploading it again. The correction stays visible in the dossier.
 */
export function DocumentCorrectieDialog({ doc, onClose, onSaved }: Props) {
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: { kind: doc.kind, documentDate: doc.documentDate, reden: '' },
    send: async (values) => {
      await call('document.corrigeer', {
        documentId: doc.id,
        ...(values.kind !== doc.kind ? { kind: values.kind } : {}),
        ...(values.documentDate !== doc.documentDate ? { documentDate: values.documentDate } : {}),
        reden: values.reden,
      });
      onSaved();
    },
  });
  return (
    <FormDialog
      opened
      title={`Soort of datum corrigeren: ${doc.fileName}`}
      intro="Het document zelf blijft zoals het is. TLA bewaart bij de correctie de oude en de nieuwe waarde en uw reden; ze blijven zichtbaar in het dossier."
      submitLabel="Correctie opslaan"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <Select
            label="Soort document"
            withAsterisk
            allowDeselect={false}
            data={KIND_OPTIONS}
            value={field.value}
            onChange={(v) => {
              const kind = DOCUMENT_KINDS.find((k) => k === v);
              if (kind !== undefined) field.onChange(kind);
            }}
            error={fieldState.error?.message}
          />
        )}
      />
      <FormDateField control={form.control} name="documentDate" label="Documentdatum" />
      <Textarea
        label="Reden van de correctie"
        description="Bijvoorbeeld: bij registratie als ‘Overig’ gelabeld; datum verkeerd overgenomen."
        withAsterisk
        autosize
        minRows={2}
        maxLength={500}
        data-autofocus
        {...form.register('reden')}
        error={form.formState.errors.reden?.message}
      />
    </FormDialog>
  );
}
