import { Alert, Button, Group, Loader, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { useCall } from '../../../lib/useCall';
import type { Aanvraag } from '../types';
import { CandidateList } from './CandidateList';

interface Props {
  aanvraag: Aanvraag;
  position: 1 | 2;
  onClose: () => void;
  onDone: () => void;
}

/** §4: another deskundige for one position, with a reason; the backend refuses once they submitted. */
export function WijzigDialog({ aanvraag, position, onClose, onDone }: Props) {
  const eerste = aanvraag.toewijzingen.find((t) => t.position === 1) ?? null;
  const assigned = new Set(aanvraag.toewijzingen.map((t) => t.deskundigeId));
  const { data, error: loadError } = useCall(
    'toewijzing.candidates',
    { aanvraagId: aanvraag.id, eersteId: position === 2 ? (eerste?.deskundigeId ?? null) : null },
    `${aanvraag.id}-${position}`,
  );
  const [deskundigeId, setDeskundigeId] = useState<number | null>(null);
  const [reden, setReden] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = (position === 1 ? data?.first : data?.second)?.filter(
    (c) => !assigned.has(c.deskundigeId),
  );

  const save = async (): Promise<void> => {
    if (deskundigeId === null) return;
    setBusy(true);
    setError(null);
    try {
      await call('toewijzing.wijzig', { aanvraagId: aanvraag.id, position, deskundigeId, reden });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Andere ${position === 1 ? 'eerste' : 'tweede'} deskundige toewijzen`}
      centered
      size="lg"
    >
      <Stack>
        {loadError !== null && <Alert color="red">{loadError}</Alert>}
        {candidates === undefined ? (
          loadError === null && <Loader size="sm" aria-label="Deskundigen laden" />
        ) : (
          <CandidateList
            title={position === 1 ? 'Eerste deskundige (gedragsdeskundige)' : 'Tweede deskundige'}
            name={`wijzig-${position}`}
            candidates={candidates}
            value={deskundigeId}
            onChange={setDeskundigeId}
          />
        )}
        <Textarea
          label="Reden van de wijziging"
          description="De reden wordt vastgelegd in de geschiedenis van de aanvraag."
          withAsterisk
          autosize
          minRows={2}
          value={reden}
          onChange={(e) => setReden(e.currentTarget.value)}
        />
        {error !== null && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
          <Button
            onClick={() => void save()}
            loading={busy}
            disabled={deskundigeId === null || reden.trim() === ''}
          >
            Toewijzing wijzigen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
