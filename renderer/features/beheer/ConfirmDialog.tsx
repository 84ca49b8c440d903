import { Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { MessageDialog } from '../../components/MessageDialog';

interface Props {
  title: string;
  /** What happens when confirmed, said before it does. */
  body: ReactNode;
  confirmLabel: string;
  /** Why it cannot be done now (the domain's rule); then only Sluiten is offered. */
  refusal?: string | null;
  run: () => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** A step on a user or pool member that needs no input, only a clear yes after reading what follows. */
export function ConfirmDialog({ title, body, confirmLabel, refusal, run, onClose, onDone }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (refusal !== undefined && refusal !== null)
    return (
      <MessageDialog title={title} color="orange" onClose={onClose}>
        {refusal}
      </MessageDialog>
    );
  return (
    <FormDialog
      opened
      title={title}
      submitLabel={confirmLabel}
      submitting={busy}
      formError={error}
      size="md"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        run().then(
          () => {
            setBusy(false);
            onDone();
          },
          (err: unknown) => {
            setBusy(false);
            setError(errorMessage(err));
          },
        );
      }}
    >
      {typeof body === 'string' ? <Text size="sm">{body}</Text> : body}
    </FormDialog>
  );
}
