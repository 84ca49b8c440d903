import { FileInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../electron/domain/types';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { isPdf, looksLikePdf, notPdfMessage, readFileAsBase64 } from '../../../lib/files';
import type { Doc } from './versions';

interface Props {
  doc: Doc;
  onClose: () => void;
  onSaved: (newId: number) => void;
}

/**
 * The secretary replaces a document by a new version, with a reason. Documents are immutable: the
 * old version stays in the dossier, readable, under the new one.
 */
export function NieuweVersieDialog({ doc, onClose, onSaved }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [documentDate, setDocumentDate] = useState<string | null>(doc.documentDate);
  const [reden, setReden] = useState('');
  const [errors, setErrors] = useState<{ file?: string; reden?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const found: { file?: string; reden?: string } = {};
    if (file === null) found.file = 'Kies de nieuwe versie (een PDF).';
    else if (!isPdf(file)) found.file = 'Dit bestand is geen PDF.';
    if (reden.trim().length < 3)
      found.reden = 'Vul de reden van de vervanging in (minstens 3 tekens).';
    setErrors(found);
    if (file === null || Object.keys(found).length > 0) return;
    setSubmitting(true);
    setFormError(null);
    try {
      const saved = await call('document.replace', {
        documentId: doc.id,
        fileName: file.name,
        dataBase64: await readFileAsBase64(file),
        documentDate,
        reden: reden.trim(),
      });
      onSaved(saved.id);
    } catch (err) {
      setFormError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      opened
      title={`Nieuwe versie: ${DOCUMENT_KIND_LABELS[doc.kind]}`}
      intro={`‘${doc.fileName}’ (versie ${doc.versie}) blijft bewaard en leesbaar onder de nieuwe versie.`}
      submitLabel="Nieuwe versie opslaan"
      submitting={submitting}
      formError={formError}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <FileInput
        label="Nieuwe versie (PDF)"
        placeholder="Kies een PDF"
        accept="application/pdf"
        value={file}
        onChange={(f) => {
          setFile(f);
          setErrors(({ reden: r }) => (r === undefined ? {} : { reden: r }));
          // Refused at once when chosen: a file that is not a PDF, whatever its name.
          if (f !== null)
            void looksLikePdf(f).then((pdf) => {
              if (pdf) return;
              setFile(null);
              setErrors((e) => ({ ...e, file: notPdfMessage([f]) ?? 'Dit bestand is geen PDF.' }));
            });
        }}
        error={errors.file}
        withAsterisk
      />
      <DateField label="Documentdatum" value={documentDate} onChange={setDocumentDate} />
      <Textarea
        label="Reden van de vervanging"
        description="Bijvoorbeeld: ondertekende versie ontvangen, verkeerde bijlage."
        value={reden}
        onChange={(e) => {
          setReden(e.currentTarget.value);
          setErrors(({ file: f }) => (f === undefined ? {} : { file: f }));
        }}
        error={errors.reden}
        maxLength={500}
        autosize
        minRows={2}
        withAsterisk
      />
    </FormDialog>
  );
}
