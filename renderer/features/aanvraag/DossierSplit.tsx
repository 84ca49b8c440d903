import type { ReactNode } from 'react';
import { ViewerSplit } from '../../components/pdf/ViewerSplit';
import { DossierPane } from './DossierPane';
import type { Aanvraag } from './types';

/** The read-only dossier beside a form (advice, eindadvies), in panes the reader resizes. */
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
  return (
    <ViewerSplit
      id={id}
      viewer={
        <section aria-label="Dossier" className="tla-split-section">
          <DossierPane aanvraag={aanvraag} />
        </section>
      }
      form={
        <section aria-labelledby={formLabelledBy} className="tla-split-section">
          {children}
        </section>
      }
    />
  );
}
