import { STATE_LABELS } from '../../electron/domain/workflow';
import type { AanvraagState } from '../../electron/domain/types';

export function stateLabel(state: AanvraagState): string {
  return STATE_LABELS[state];
}
