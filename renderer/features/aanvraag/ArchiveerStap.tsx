import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ConfirmSign } from './ConfirmSign';
import { hasAction, type Action } from './types';

interface Props {
  aanvraagId: number;
  actions: readonly Action[];
  onDone: () => void;
}

/**
 * §10: the last step of a dossier, taken by the secretaris when the backend allows it (a decision
 * sent and no bezwaar can still come in on time, a decision on the bezwaar, a withdrawal). A
 * confirmation first says what it means; archiving cannot be undone.
 */
export function ArchiveerStap({ aanvraagId, actions, onDone }: Props) {
  const action = hasAction(actions, 'archiveer');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (action === undefined) return null;
  return (
    <>
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {action.label}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <ConfirmSign
        opened={open}
        title="Aanvraag archiveren?"
        confirmLabel="Archiveren"
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await call('aanvraag.archiveer', { aanvraagId });
            setOpen(false);
            onDone();
          } catch (e) {
            setOpen(false);
            setError(errorMessage(e));
          }
        }}
      >
        Het dossier is afgehandeld. Na archiveren blijft het bewaard en leesbaar, met zijn
        documenten, brieven en geschiedenis, maar er kan geen stap meer op worden gezet: ook geen
        bezwaar meer. Dit kan niet ongedaan worden gemaakt. U vindt de aanvraag daarna bij Alle
        aanvragen, onder de status Gearchiveerd.
      </ConfirmSign>
    </>
  );
}
