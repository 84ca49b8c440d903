import { useContext, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { ViewerSplit } from '../../components/pdf/ViewerSplit';
import { DossierPane } from './DossierPane';
import type { Aanvraag } from './types';
import { UnderTheForm } from './dossierWorkspace';

/**
 * The read-only dossier beside a form (advice, eindadvies), in panes the reader resizes. Each pane
 * is one scroll area: the form with what the page puts under it, and the dossier, whose viewer
 * takes the height left under its search and choice of document.
 */
export function DossierSplit({
  id,
  aanvraag,
  formLabelledBy,
  children,
}: {
  /** Names the remembered split. */
  id: string;
  aanvraag: Aanvraag;
  /** The id of the form's heading. */
  formLabelledBy: string;
  children: ReactNode;
}) {
  const under = useContext(UnderTheForm);
  return (
    <ViewerSplit
      id={id}
      viewer={
        <section aria-label="Dossier" className="tla-split-section">
          <DossierPane aanvraag={aanvraag} />
        </section>
      }
      form={
        <Stack gap="lg" className="tla-split-form">
          <section aria-labelledby={formLabelledBy} className="tla-split-section">
            {children}
          </section>
          {under}
        </Stack>
      }
    />
  );
}
