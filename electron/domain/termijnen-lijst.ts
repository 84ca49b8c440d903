// The Termijnen dashboard's list in words (§9): the traffic light, on whom an open aanvraag waits,
// and the four lists the dashboard offers. Shared by the screen and the export, so both show and
// choose the same rows with the same words.
import type { TrafficLight } from './termijnen';
import { ROLE_LABELS, type AanvraagState, type Role } from './types';

/** The traffic light always comes with its words: colour is never the only signal. */
export const STOPLICHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  groen: 'Op schema',
  oranje: 'Bijna verlopen',
  rood: 'Verlopen',
  opgeschort: 'Opgeschort',
};

/** On whom an open aanvraag waits: a role of the SWV, or the school while it owes an aanvulling. */
export function waitsOnLabel(waitsOn: Role | null, state: AanvraagState): string {
  if (waitsOn !== null) return ROLE_LABELS[waitsOn];
  return state === 'wacht_op_aanvulling' ? 'School (aanvulling)' : '—';
}

/** What the dashboard knows of an open aanvraag's term, as far as choosing a list needs it. */
export interface TermijnStandRij {
  readonly trafficLight: TrafficLight;
  readonly verdagingNodig: boolean;
  readonly suspended: boolean;
}

export const TERMIJNEN_LIJSTEN = ['alle', 'verdaging', 'verlopen', 'opgeschort'] as const;
export type TermijnenLijst = (typeof TERMIJNEN_LIJSTEN)[number];

/** The dashboard's lists: their name and which open aanvragen they hold. */
export const TERMIJNEN_LIJST: Readonly<
  Record<TermijnenLijst, { readonly label: string; readonly test: (r: TermijnStandRij) => boolean }>
> = {
  alle: { label: 'Alle open', test: () => true },
  verdaging: { label: 'Verdaging nodig', test: (r) => r.verdagingNodig },
  verlopen: { label: 'Verlopen', test: (r) => r.trafficLight === 'rood' },
  opgeschort: { label: 'Opgeschort', test: (r) => r.suspended },
};
