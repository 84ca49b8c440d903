import { Alert, Anchor, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatDate } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import type { RadarRow } from './columns';

/**
 * §8: the SLL confirms which herindicatie aanvraag continues the ending TLV. TLA proposes those of
 * a pupil with the same date of birth and the same name or school board; nothing is linked without
 * her choice.
 */
export function KoppelDialog({
  row,
  onClose,
  onDone,
}: {
  row: RadarRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { data, error, loading } = useCall(
    'tlvRegister.kandidaten',
    { tlvId: row.id },
    String(row.id),
  );
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const kandidaten = data?.kandidaten ?? [];
  const koppel = () => {
    if (gekozen === null) return;
    setBezig(true);
    setFout(null);
    call('tlvRegister.koppelHerindicatie', { tlvId: row.id, aanvraagId: Number(gekozen) }).then(
      () => {
        setBezig(false);
        onDone();
      },
      (e: unknown) => {
        setBezig(false);
        setFout(errorMessage(e));
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Herindicatie koppelen" centered size="lg">
      <Stack>
        <Text size="sm">
          TLV {row.volgnummer} van {row.leerlingNaam}, geboren op{' '}
          {formatDate(row.leerlingGeboortedatum)}, loopt af op {formatDate(row.einddatum)}. Kies de
          herindicatie-aanvraag van deze leerling.
        </Text>
        {error !== null && <Alert color="red">{error}</Alert>}
        {data === null && loading && <Loader size="sm" aria-label="Aanvragen zoeken" />}
        {data !== null && kandidaten.length === 0 && (
          <Alert color="gray" variant="light" title="Geen herindicatie gevonden.">
            Er is geen herindicatie-aanvraag van een leerling met dezelfde geboortedatum en dezelfde
            naam of hetzelfde schoolbestuur. Registreer eerst de aanvraag.
          </Alert>
        )}
        {kandidaten.length > 0 && (
          <Radio.Group
            label="Herindicatie-aanvragen die bij deze leerling kunnen horen"
            value={gekozen}
            onChange={setGekozen}
          >
            <Stack gap="xs" mt="xs">
              {kandidaten.map((k) => (
                <Radio
                  key={k.id}
                  value={String(k.id)}
                  label={
                    <span>
                      <strong>{k.referentie}</strong> · {k.leerlingNaam}, geboren{' '}
                      {formatDate(k.leerlingGeboortedatum)} · {k.schoolNaam} ({k.bestuurNaam})
                    </span>
                  }
                  description={`Ontvangen ${formatDate(k.ontvangenOp)} · ${stateLabel(k.state)} · ${[
                    k.naamGelijk ? 'zelfde naam' : 'andere schrijfwijze van de naam',
                    k.bestuurGelijk ? 'zelfde schoolbestuur' : 'ander schoolbestuur',
                  ].join(', ')}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {fout !== null && (
          <Alert color="red" role="alert">
            {fout}
          </Alert>
        )}
        <Group justify="space-between">
          <Anchor href={routeHref({ name: 'aanvraag', id: row.aanvraagId })} size="sm">
            Dossier van de TLV openen
          </Anchor>
          <Group>
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button onClick={koppel} disabled={gekozen === null} loading={bezig}>
              Koppelen
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
