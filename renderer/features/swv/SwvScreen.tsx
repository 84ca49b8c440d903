import { Alert, Button, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import { PdfViewer } from '../../components/pdf/PdfViewer';
import { Section } from '../../components/Section';
import { base64ToBytes } from '../../lib/files';
import { useCall } from '../../lib/useCall';
import { LogoSection } from './LogoSection';
import { SwvForm } from './SwvForm';

/**
 * Beheer › Samenwerkingsverband: the SWV's own details on every letter (name, registration number,
 * address, contact, logo), the code of the TLV-volgnummers, the directeur-bestuurder who signs and
 * the commissie that advises on a bezwaar; and a sample letter to see them as the letters will.
 */
export function SwvScreen() {
  const swv = useCall('swv.get', {}, 'swv');
  const users = useCall('users.list', {}, 'users');
  // Each opening renders the letter anew, with what is saved at that moment.
  const [voorbeeld, setVoorbeeld] = useState(0);
  const laadVoorbeeld = useCallback(
    async () => base64ToBytes((await call('swv.voorbeeldbrief', {})).dataBase64),
    [],
  );
  const data = swv.data;

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={2}>Samenwerkingsverband</Title>
        <Text size="sm" c="dimmed">
          Deze gegevens staan op elke brief, de TLV-verklaring en de notulen. Al gemaakte brieven
          veranderen niet mee.
        </Text>
      </div>
      {swv.error !== null && <Alert color="red">{swv.error}</Alert>}
      {users.error !== null && <Alert color="red">{users.error}</Alert>}
      {data !== null && !data.ingesteld && (
        <Alert color="orange" variant="light" title="Nog niet ingevuld">
          {data.beschadigd
            ? 'De opgeslagen gegevens konden niet worden gelezen en worden niet gebruikt. Vul ze opnieuw in. '
            : ''}
          Zolang de gegevens van het samenwerkingsverband niet zijn ingevuld, maakt TLA geen brieven
          en kan de secretaresse leerlingenzaken geen aanvragen registreren.
        </Alert>
      )}
      {(data === null || users.data === null) && swv.error === null && users.error === null && (
        <Loader size="sm" aria-label="Gegevens laden" />
      )}
      {data !== null && users.data !== null && (
        <>
          <SwvForm
            swv={data}
            users={users.data}
            onSaved={swv.reload}
            logo={<LogoSection logo={data.logo} onChanged={swv.reload} />}
          />
          <Section title="Voorbeeldbrief">
            <Text size="sm" c="dimmed">
              Een brief aan ouders over een verzonnen leerling, met het briefhoofd, de ondertekening
              en de bezwaarclausule zoals ze nu zijn opgeslagen. De brief wordt niet bewaard.
            </Text>
            <div>
              <Button
                variant="light"
                disabled={!data.ingesteld}
                onClick={() => setVoorbeeld((n) => n + 1)}
              >
                Voorbeeldbrief bekijken
              </Button>
            </div>
          </Section>
        </>
      )}
      <Modal
        opened={voorbeeld > 0}
        onClose={() => setVoorbeeld(0)}
        title="Voorbeeldbrief"
        size="90%"
        classNames={{ body: 'tla-modal-viewer' }}
      >
        {voorbeeld > 0 && (
          <PdfViewer
            load={laadVoorbeeld}
            sourceKey={`swv-voorbeeldbrief-${voorbeeld}`}
            title="Voorbeeldbrief"
          />
        )}
      </Modal>
    </Stack>
  );
}
