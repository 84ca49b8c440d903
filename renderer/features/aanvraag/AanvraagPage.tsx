import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useSession } from '../../app/auth';
import { preloadPdfjs } from '../../components/DocumentViewer';
import { useCall } from '../../lib/useCall';
import { AanvraagHeader } from './AanvraagHeader';
import { GegevensSection } from './GegevensSection';
import { DocumentenSection } from './DocumentenSection';
import { Tijdlijn } from './Tijdlijn';
import { RoleWorkspace } from './RoleWorkspace';
import { actionsForRole } from './types';

export function AanvraagPage({ id }: { id: number }) {
  const { role } = useSession();
  useEffect(preloadPdfjs, []);
  const { data, error, loading, reload } = useCall('aanvraag.get', { aanvraagId: id }, String(id));

  if (data === null) {
    return loading ? (
      <Loader aria-label="Aanvraag laden" />
    ) : (
      <Stack maw={560}>
        <Alert color="red" title="Deze aanvraag kan niet worden getoond">
          {error}
        </Alert>
        <Anchor href="#/werk">Terug naar Mijn werk</Anchor>
      </Stack>
    );
  }

  const actions = actionsForRole(data, role);
  return (
    <Stack gap="lg">
      <AanvraagHeader aanvraag={data} />
      {error !== null && <Alert color="red">{error}</Alert>}
      <RoleWorkspace aanvraag={data} role={role} actions={actions} reload={reload} />
      <GegevensSection aanvraag={data} />
      <DocumentenSection aanvraag={data} role={role} reload={reload} />
      <Tijdlijn aanvraag={data} />
    </Stack>
  );
}
