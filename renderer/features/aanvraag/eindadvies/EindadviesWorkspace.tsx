import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useCall } from '../../../lib/useCall';
import { AdviesOverview } from '../advies/AdviesOverview';
import { DossierSplit } from '../DossierSplit';
import type { Aanvraag } from '../types';
import { EindadviesForm } from './EindadviesForm';
import { EindadviesReadOnly } from './EindadviesReadOnly';

/** §6–7: the first deskundige writes the eindadvies, prefilled from both advices. */
export function EindadviesWorkspace({
  aanvraag,
  onChanged,
}: {
  aanvraag: Aanvraag;
  onChanged: () => void;
}) {
  const { data, error, loading, reload } = useCall(
    'eindadvies.get',
    { aanvraagId: aanvraag.id },
    String(aanvraag.id),
  );
  const submitted = data?.eindadvies?.status === 'ingediend';
  return (
    <DossierSplit id="eindadvies" aanvraag={aanvraag} formLabelledBy="eindadvies-titel">
      <Stack gap="md">
        <Title order={3} id="eindadvies-titel" size="h4">
          Eindadvies
        </Title>
        {error !== null && <Alert color="red">{error}</Alert>}
        {data === null && loading && <Loader size="sm" aria-label="Eindadvies laden" />}
        {data !== null && submitted && data.eindadvies !== null && (
          <>
            <Alert color="green" variant="light">
              Het eindadvies is ingediend. De TLA-voorzitter legt het voor aan de
              directeur-bestuurder.
            </Alert>
            <EindadviesReadOnly eindadvies={data.eindadvies} />
          </>
        )}
        {data !== null && !submitted && (
          <EindadviesForm
            aanvraagId={aanvraag.id}
            prefill={data.eindadvies ?? data.prefill}
            onSubmitted={() => {
              reload();
              onChanged();
            }}
          />
        )}
        <AdviesOverview aanvraagId={aanvraag.id} />
      </Stack>
    </DossierSplit>
  );
}
