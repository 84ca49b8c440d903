import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDutchDate, toIsoDateFromInstant } from '../../../electron/domain/calendar';
import { call } from '../../api/client';
import { setSession } from '../../api/session';
import { useAuth } from '../../app/auth';
import { useCall } from '../../lib/useCall';
import { TweedeFactorInstellen } from './TweedeFactorInstellen';

/**
 * Issue 13 · the user's own second factor, from the user menu: whether it is on (since when, how
 * many recovery codes are left), or setting it up: QR code, a code to confirm, the recovery codes.
 */
export function TweedeFactorDialog({ onClose }: { onClose: () => void }) {
  const { userChanged } = useAuth();
  const status = useCall('auth.tweedeFactorStatus', {}, 'tweedeFactor');
  const [instellen, setInstellen] = useState(false);

  const klaar = async (session: string) => {
    setSession(session);
    userChanged(await call('auth.me', {}));
    setInstellen(false);
    status.reload();
  };

  return (
    <Modal opened onClose={onClose} title="Tweestapsverificatie" centered size="lg">
      {status.error !== null && <Alert color="red">{status.error}</Alert>}
      {status.data === null && status.loading && <Loader size="sm" aria-label="Laden" />}
      {status.data !== null && instellen && (
        <TweedeFactorInstellen
          onKlaar={(session) => void klaar(session)}
          annuleren={{ label: 'Annuleren', onClick: () => setInstellen(false) }}
        />
      )}
      {status.data !== null && !instellen && (
        <Stack>
          {status.data.actief ? (
            <>
              <Alert color="green" role="status">
                Tweestapsverificatie staat aan
                {status.data.sinds !== null &&
                  ` sinds ${formatDutchDate(toIsoDateFromInstant(new Date(status.data.sinds)))}`}
                . U hebt nog {status.data.herstelcodesOver}{' '}
                {status.data.herstelcodesOver === 1 ? 'herstelcode' : 'herstelcodes'}.
              </Alert>
              <Text size="sm">
                Nieuwe telefoon of geen herstelcodes meer? Vraag de functioneel beheerder uw
                tweestapsverificatie te wissen; daarna stelt u haar hier opnieuw in.
              </Text>
            </>
          ) : (
            <Text size="sm">
              Met tweestapsverificatie vraagt TLA bij het inloggen, na uw wachtwoord, ook een code
              uit een app op uw telefoon. Wie uw wachtwoord kent, komt zo nog niet binnen. Bij
              inloggen vanaf een andere computer dan de TLA-server kan uw samenwerkingsverband dit
              verplicht stellen.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Sluiten
            </Button>
            {!status.data.actief && (
              <Button onClick={() => setInstellen(true)}>Tweestapsverificatie instellen</Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
