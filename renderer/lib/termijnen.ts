import type { OutputOf } from '../../electron/contract';
import { toIsoDateFromInstant } from '../../electron/domain/calendar';

// Display texts for the terms of §9: labels only; every date and count comes from the backend.

export type TermijnView = OutputOf<'termijnen.get'>;

export type Stoplicht = TermijnView['trafficLight'];

export { STOPLICHT_LABELS, waitsOnLabel } from '../../electron/domain/termijnen-lijst';

/** '1 dag', '12 dagen'. */
export function formatDays(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return n === 1 ? '1 dag' : `${n.toLocaleString('nl-NL')} dagen`;
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatEuro(amount: number): string {
  return euro.format(amount);
}

/** '87,5 %' or a dash when nothing was decided in the period. */
export function formatPercentage(p: number | null): string {
  return p === null ? '—' : `${p.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
}

/** Today in the Netherlands as JJJJ-MM-DD (the default of date fields). */
export function todayIso(): string {
  return toIsoDateFromInstant(new Date());
}
