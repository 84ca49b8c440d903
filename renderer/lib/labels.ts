import { STATE_LABELS } from '../../electron/domain/workflow';
import type { AanvraagState, Categorie } from '../../electron/domain/types';

export function stateLabel(state: AanvraagState): string {
  return STATE_LABELS[state];
}

/** The bekostigingscategorie of SO as a choice (glossary). */
export const CATEGORIE_LABELS: Readonly<Record<Categorie, string>> = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/** A decision on a TLV as it is recorded (§7; the revised decision on a bezwaar). */
export const BESLUIT_LABELS = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'TLV niet afgegeven',
} as const;
