import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../app/auth';
import { preloadPdfjs } from '../../components/DocumentViewer';
import { isOfficeRole } from '../../../electron/domain/types';
import { useCall } from '../../lib/useCall';
import { AanvraagHeader } from './AanvraagHeader';
import { GegevensSection } from './GegevensSection';
import { BetrokkenenSection } from './betrokkenen/BetrokkenenSection';
import { DocumentenSection } from './DocumentenSection';
import { Tijdlijn } from './Tijdlijn';
import { RoleWorkspace } from './RoleWorkspace';
import { dossierWorkspace, UnderTheForm } from './dossierWorkspace';
import { TermijnenSection } from './termijnen/TermijnenSection';
import { actionsForRole } from './types';

export function AanvraagPage({ id }: { id: number }) {
  const { role } = useSession();
  useEffect(preloadPdfjs, []);
  // Issue 13: the page follows what others do (focus and a gentle poll); its forms keep their input.
  const { data, error, loading, reload } = useCall('aanvraag.get', { aanvraagId: id }, String(id), {
    vernieuw: true,
  });
  // Every step may change more than the aanvraag itself (letters, terms, checklist, bezwaar):
  // `version` tells the panels that load their own data to load again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);
  const office = isOfficeRole(role);
  const termijn = useCall('termijnen.get', office ? { aanvraagId: id } : null, `${id}-${version}`);

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
  const workspace = (
    <RoleWorkspace
      aanvraag={data}
      role={role}
      actions={actions}
      reload={refresh}
      version={version}
      termijn={termijn.data}
    />
  );
  const sections = (
    <>
      {office && (
        <TermijnenSection aanvraag={data} role={role} termijn={termijn} onDone={refresh} />
      )}
      <GegevensSection aanvraag={data} role={role} version={version} onChanged={refresh} />
      {office && (
        <BetrokkenenSection aanvraagId={id} role={role} version={version} onChanged={refresh} />
      )}
      <DocumentenSection aanvraag={data} role={role} reload={refresh} />
      <Tijdlijn aanvraag={data} />
    </>
  );
  // Beside the dossier (advice, eindadvies) the page fills the window and does not scroll itself:
  // the viewer takes the height, the form pane scrolls, and the sections go under the form.
  if (dossierWorkspace(data, role) !== null)
    return (
      <div className="tla-page-fill">
        <AanvraagHeader aanvraag={data} compact />
        {error !== null && <Alert color="red">{error}</Alert>}
        <UnderTheForm.Provider value={sections}>{workspace}</UnderTheForm.Provider>
      </div>
    );
  return (
    <Stack gap="lg">
      <AanvraagHeader aanvraag={data} />
      {error !== null && <Alert color="red">{error}</Alert>}
      {workspace}
      {sections}
    </Stack>
  );
}
