import { Alert, Fieldset, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { DocumentUploadRow } from '../../components/DocumentUploadRow';
import { PdfDropZone } from '../../components/PdfDropZone';
import { guessKindOf, readFileAsBase64 } from '../../lib/files';
import type { RegisterInput } from './types';

export function DocumentsField() {
  const { control, setValue, formState } = useFormContext<RegisterInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'documents' });
  const values = useWatch({ control, name: 'documents' });
  const [readError, setReadError] = useState<string | null>(null);
  const errors = formState.errors.documents;

  const add = async (files: File[]): Promise<void> => {
    setReadError(null);
    for (const file of files) {
      try {
        const dataBase64 = await readFileAsBase64(file);
        append({ kind: guessKindOf(file), fileName: file.name, documentDate: null, dataBase64 });
      } catch {
        setReadError(`‘${file.name}’ kon niet worden gelezen.`);
      }
    }
  };

  return (
    <Fieldset legend="Documenten">
      <Stack>
        <Text size="sm" c="dimmed">
          Voeg de PDF’s van het dossier toe (ook een hele map) en controleer per document de
          voorgestelde soort.
        </Text>
        {fields.length === 0 && <Text size="sm">Nog geen documenten toegevoegd.</Text>}
        <Stack gap="xs" role="list" aria-label="Toegevoegde documenten">
          {fields.map((field, index) => (
            <DocumentUploadRow
              key={field.id}
              fileName={field.fileName}
              size={Math.floor((field.dataBase64.length * 3) / 4)}
              kind={values[index]?.kind ?? field.kind}
              onKind={(kind) => setValue(`documents.${index}.kind`, kind)}
              documentDate={values[index]?.documentDate ?? null}
              onDate={(d) => setValue(`documents.${index}.documentDate`, d)}
              kindError={errors?.[index]?.kind?.message}
              dateError={
                errors?.[index]?.documentDate?.message ?? errors?.[index]?.dataBase64?.message
              }
              onRemove={() => remove(index)}
            />
          ))}
        </Stack>
        {errors?.message !== undefined && <Alert color="red">{errors.message}</Alert>}
        {readError !== null && <Alert color="orange">{readError}</Alert>}
        <PdfDropZone onFiles={add} pickLabel="PDF’s toevoegen" />
      </Stack>
    </Fieldset>
  );
}
