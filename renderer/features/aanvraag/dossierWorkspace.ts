import { createContext, type ReactNode } from 'react';
import type { Role } from '../../../electron/domain/types';
import type { Aanvraag } from './types';

/**
 * The deskundige's desks that put the dossier beside a form (DossierSplit): their advice while the
 * aanvraag is in advies, the eindadvies for the first deskundige. The page then fills the window:
 * the viewer gets the height, and the rest of the page goes under the form.
 */
export function dossierWorkspace(a: Aanvraag, role: Role): 'advies' | 'eindadvies' | null {
  if (role !== 'deskundige' || a.myPosition === null) return null;
  if (a.state === 'in_advies') return 'advies';
  if (a.state === 'eindadvies_in_opmaak' && a.myPosition === 1) return 'eindadvies';
  return null;
}

/** What the page shows under the form of a DossierSplit (the aanvraag's own sections). */
export const UnderTheForm = createContext<ReactNode>(null);
