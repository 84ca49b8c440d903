import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCall } from '../../../lib/useCall';
import { DossierSplit } from '../DossierSplit';
import type { Aanvraag } from '../types';
import { AdviesForm } from './AdviesForm';
import { AdviesOverview } from './AdviesOverview';
import { AdviesReadOnly } from './AdviesReadOnly';
import { CorrectieDialog } from './CorrectieDialog';

/** The deskundige's desk: the dossier on the left, their own advice on the right. */
export function AdviesWorkspace({
  aanvraag,
  onChanged,
}: {
  aanvraag: Aanvraag;
  onChanged: () => void;
}) {
  const mine = useCall('advies.mine', { aanvraagId: aanvraag.id }, String(aanvraag.id));
  const submitted = mine.data?.advies?.status === 'ingediend';
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState<string | null>(null);

  return (
    <DossierSplit id="advies" aanvraag={aanvraag} formLabelledBy="mijn-advies">
      <Stack gap="md">
        <Title order={3} id="mijn-advies" size="h4">
          Mijn advies als {aanvraag.myPosition === 1 ? 'eerste' : 'tweede'} deskundige
        </Title>
        {mine.error !== null && <Alert color="red">{mine.error}</Alert>}
        {mine.data === null ? (
          mine.loading && <Loader size="sm" aria-label="Advies laden" />
        ) : submitted && mine.data.advies !== null ? (
          <>
            <Alert color="green" variant="light">
              U hebt uw advies ondertekend en ingediend. Het kan niet meer worden gewijzigd; een
              correctie wordt een nieuwe versie, met reden.
            </Alert>
            <AdviesReadOnly advies={mine.data.advies} title="Mijn advies" />
            <Group justify="space-between">
              <Text size="sm" role="status">
                {corrected}
              </Text>
              <Button variant="default" onClick={() => setCorrecting(true)}>
                Advies corrigeren
              </Button>
            </Group>
            {correcting && (
              <CorrectieDialog
                aanvraagId={aanvraag.id}
                advies={mine.data.advies}
                onClose={() => setCorrecting(false)}
                onDone={(version) => {
                  setCorrecting(false);
                  setCorrected(`Correctie ingediend als versie ${version}.`);
                  mine.reload();
                }}
              />
            )}
            <AdviesOverview aanvraagId={aanvraag.id} exclude={mine.data.position} />
          </>
        ) : (
          <AdviesForm
            aanvraagId={aanvraag.id}
            draft={mine.data.advies}
            onSubmitted={() => {
              mine.reload();
              onChanged();
            }}
          />
        )}
      </Stack>
    </DossierSplit>
  );
}
