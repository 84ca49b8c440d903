import { Alert, Button, Group, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { displayPath, droppedFiles, looksLikePdf, notPdfMessage, splitPdfs } from '../lib/files';
import classes from './PdfDropZone.module.css';

interface Props {
  /** The PDFs among what was chosen or dropped, in path order. */
  onFiles: (pdfs: File[]) => void | Promise<void>;
  /** The label of the button that picks single files. */
  pickLabel?: string;
  disabled?: boolean;
}

/** The Dutch note about what was not taken: how many, and which. */
function skippedNote(skipped: readonly File[]): string | null {
  if (skipped.length === 0) return null;
  const names = skipped.map(displayPath).join(', ');
  return skipped.length === 1
    ? `1 bestand is overgeslagen omdat het geen PDF is: ${names}.`
    : `${skipped.length} bestanden zijn overgeslagen omdat ze geen PDF zijn: ${names}.`;
}

/**
 * Where PDFs come in: dropped files or folders (folders read recursively), or chosen with a
 * button. The two buttons do what the drop zone does, for the keyboard. One hidden file input
 * serves both buttons (switched to folder mode for 'Map kiezen'), so a form has one file input.
 */
export function PdfDropZone({ onFiles, pickLabel = 'PDF’s kiezen', disabled = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const take = async (files: readonly File[]): Promise<void> => {
    const { pdfs, skipped } = splitPdfs(files);
    setNote(skippedNote(skipped));
    setError(null);
    try {
      // Refused at once when chosen, not at upload: a file named .pdf that is not one.
      const real = await Promise.all(pdfs.map(looksLikePdf));
      setError(notPdfMessage(pdfs.filter((_, i) => !real[i])));
      const good = pdfs.filter((_, i) => real[i]);
      if (good.length > 0) await onFiles(good);
    } catch {
      setError('De gekozen bestanden konden niet worden gelezen.');
    }
  };

  const pick = (folder: boolean): void => {
    const el = input.current;
    if (el === null) return;
    el.webkitdirectory = folder;
    el.click();
  };

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    droppedFiles(e.dataTransfer).then(take, () =>
      setError('De gesleepte bestanden konden niet worden gelezen.'),
    );
  };

  return (
    <div
      className={classes.zone}
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        // Moving over a button inside the zone is not leaving it.
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
          setOver(false);
      }}
      onDrop={onDrop}
      data-testid="pdf-dropzone"
    >
      <Text size="sm" c="gray.7">
        Sleep PDF’s of een hele map hierheen, of kies ze.
      </Text>
      <Group gap="xs" mt={6}>
        <Button variant="light" onClick={() => pick(false)} disabled={disabled}>
          {pickLabel}
        </Button>
        <Button variant="default" onClick={() => pick(true)} disabled={disabled}>
          Map kiezen
        </Button>
      </Group>
      <input
        ref={input}
        type="file"
        accept="application/pdf"
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const el = e.currentTarget;
          const files = Array.from(el.files ?? []);
          el.value = '';
          el.webkitdirectory = false;
          void take(files);
        }}
      />
      {note !== null && (
        <Alert color="orange" mt="xs" role="status" data-testid="skipped-note">
          {note}
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" mt="xs" role="alert">
          {error}
        </Alert>
      )}
    </div>
  );
}
