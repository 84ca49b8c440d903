import { Alert, Button, Group, Modal, Stack, Textarea, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { Section } from '../../../components/Section';
import { AdviesOverview } from '../advies/AdviesOverview';
import { ConfirmSign } from '../ConfirmSign';
import { EindadviesCard } from '../eindadvies/EindadviesCard';
import { hasAction, type Aanvraag, type Action } from '../types';

interface Props {
  aanvraag: Aanvraag;
  actions: readonly Action[];
  onDone: () => void;
}

/** §7: the directeur-bestuurder sees everything on one screen and adopts or returns the eindadvies. */
export function DirecteurPanel({ aanvraag, actions, onDone }: Props) {
  const adopt = hasAction(actions, 'stel_vast');
  const ret = hasAction(actions, 'stuur_terug');
  const [confirmAdopt, setConfirmAdopt] = useState(false);
  const [returning, setReturning] = useState(false);
  const [vragen, setVragen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const doAdopt = async (): Promise<void> => {
    setError(null);
    try {
      await call('besluit.adopt', { aanvraagId: aanvraag.id });
      setConfirmAdopt(false);
      onDone();
    } catch (e) {
      setConfirmAdopt(false);
      setError(errorMessage(e));
    }
  };

  const doReturn = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await call('besluit.return', { aanvraagId: aanvraag.id, vragen });
      setReturning(false);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <EindadviesCard aanvraagId={aanvraag.id} />
      <AdviesOverview aanvraagId={aanvraag.id} />
      <Section title="Besluit">
        <Text size="sm">
          Stel het eindadvies vast en onderteken het besluit, of stuur het terug naar de
          TLA-vergadering met uw vragen.
        </Text>
        {error !== null && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          {adopt !== undefined && (
            <Button onClick={() => setConfirmAdopt(true)}>{adopt.label}</Button>
          )}
          {ret !== undefined && (
            <Button variant="default" onClick={() => setReturning(true)}>
              {ret.label}
            </Button>
          )}
        </Group>
      </Section>
      <ConfirmSign
        opened={confirmAdopt}
        title="Besluit vaststellen en ondertekenen?"
        confirmLabel="Vaststellen en ondertekenen"
        onCancel={() => setConfirmAdopt(false)}
        onConfirm={doAdopt}
      >
        TLA maakt daarna de TLV-verklaring en de brieven aan ouders en school, met uw handtekening.
        Het besluit kan niet meer worden gewijzigd.
      </ConfirmSign>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title="Terugsturen met vragen"
        centered
        size="lg"
      >
        <Stack>
          <Textarea
            label="Uw vragen aan de TLA-commissie"
            autosize
            minRows={5}
            value={vragen}
            onChange={(e) => setVragen(e.currentTarget.value)}
            data-autofocus
          />
          {error !== null && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              Annuleren
            </Button>
            <Button onClick={() => void doReturn()} loading={busy} disabled={vragen.trim() === ''}>
              Terugsturen met vragen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
