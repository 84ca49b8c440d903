import type { OutputOf } from '../../../electron/contract';
import { CONCLUSIE_LABELS, CONCLUSIES } from '../../../electron/domain/types';
import { formatDate } from '../../lib/format';

export type Vergadering = OutputOf<'vergadering.get'>;
export type AgendaPunt = Vergadering['agenda'][number];
export type AdviesKort = AgendaPunt['adviezen'][number];
export type Uitkomst = NonNullable<AgendaPunt['uitkomst']>;
/** Issue 13: the meeting as a member who is present follows it. */
export type VolgView = OutputOf<'vergadering.volg'>;
export type LidAgendaPunt = VolgView['agenda'][number];

export const STATUS_LABELS: Readonly<Record<Vergadering['status'], string>> = {
  gepland: 'Gepland',
  gehouden: 'Gehouden',
};

/** A raw advice value as the user reads it: a conclusie label, a Dutch date, or a dash. */
export function displayValue(field: string, value: string | null): string {
  if (value === null || value === '') return '—';
  const conclusie = CONCLUSIES.find((c) => c === value);
  if (field === 'conclusie' && conclusie !== undefined) return CONCLUSIE_LABELS[conclusie];
  if (field.endsWith('datum')) return formatDate(value);
  return value;
}
