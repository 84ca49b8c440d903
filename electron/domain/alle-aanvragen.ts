// Alle aanvragen (rulebook §10, §9): the groups of states a list of every aanvraag filters on, which
// term matters for an aanvraag in each state, and until when a sent decision may still meet a
// bezwaar (so it is not archived before). The groups are taken from ./state-groups and the
// workflow table, so a new state lands in a group where the table puts it.
import { addDays, compareIsoDates } from './calendar';
import { BEZWAAR_POST_MARGE_DAGEN, bezwaartermijnEnd } from './bezwaar';
import { inGroup, UNDECIDED_STATES } from './state-groups';
import type { AanvraagState, IsoDate } from './types';
import { TRANSITIONS } from './workflow-transitions';
import type { WorkflowEvent } from './workflow-types';

const unique = (states: readonly AanvraagState[]): readonly AanvraagState[] => [...new Set(states)];
/** The states from which `event` can be taken. */
const before = (event: WorkflowEvent) =>
  unique(TRANSITIONS.filter((t) => t.event === event).map((t) => t.from));
/** The states `event` leads to. */
const after = (event: WorkflowEvent) =>
  unique(TRANSITIONS.filter((t) => t.event === event).map((t) => t.to));

export interface StateFilterGroup {
  readonly key: 'lopend' | 'besloten' | 'verzonden' | 'bezwaar' | 'afgesloten';
  /** Dutch, as the filter shows it: the group's heading, and its name as a choice of all its states. */
  readonly label: string;
  readonly kort: string;
  readonly states: readonly AanvraagState[];
}

/**
 * Every state in exactly one group, in the order of the procedure: no decision yet; decided, to be
 * sent; sent, a bezwaar may come (Awb 6:7); in bezwaar or decided on it; closed.
 */
export const STATE_FILTER_GROUPS: readonly StateFilterGroup[] = [
  {
    key: 'lopend',
    label: 'Lopend (nog geen besluit)',
    kort: 'Lopend',
    states: UNDECIDED_STATES,
  },
  {
    key: 'besloten',
    label: 'Besloten, nog niet verzonden',
    kort: 'Besloten',
    states: before('verzend'),
  },
  {
    key: 'verzonden',
    label: 'Verzonden',
    kort: 'Verzonden',
    states: before('registreer_bezwaar'),
  },
  {
    key: 'bezwaar',
    label: 'Bezwaar',
    kort: 'Bezwaar',
    states: unique([...after('registreer_bezwaar'), ...after('beslis_op_bezwaar')]),
  },
  {
    key: 'afgesloten',
    label: 'Afgesloten',
    kort: 'Afgesloten',
    states: ['ingetrokken', 'gearchiveerd'],
  },
];

/** The term a list shows for an aanvraag in this state, if any. */
export type LijstTermijn = 'beslistermijn' | 'bezwaartermijn' | 'beslissing_op_bezwaar';

/**
 * §9: no decision yet, the beslistermijn (Awb 4:13); a sent decision, the bezwaartermijn (Awb 6:7);
 * in bezwaar, the term for the decision on it (Awb 7:10); otherwise none.
 */
export function lijstTermijn(state: AanvraagState): LijstTermijn | null {
  if (inGroup(UNDECIDED_STATES, state)) return 'beslistermijn';
  if (inGroup(before('registreer_bezwaar'), state)) return 'bezwaartermijn';
  if (inGroup(before('beslis_op_bezwaar'), state)) return 'beslissing_op_bezwaar';
  return null;
}

/**
 * Awb 6:7–6:9: the last day a bezwaar against a decision sent on `verzondenOp` can still arrive on
 * time: the end of the bezwaartermijn, plus the week in which a bezwaar posted in time may arrive.
 */
export function laatsteDagVoorBezwaar(verzondenOp: IsoDate): IsoDate {
  return addDays(bezwaartermijnEnd(verzondenOp), BEZWAAR_POST_MARGE_DAGEN);
}

/**
 * §10: a sent decision is archived only once no bezwaar can come in on time any more (archived, it
 * could not be registered): the last day one still can, while that day has not passed; otherwise
 * (or when the day of sending is not known) null.
 */
export function bezwaarKanNogTot(verzondenOp: IsoDate | null, today: IsoDate): IsoDate | null {
  if (verzondenOp === null) return null;
  const laatste = laatsteDagVoorBezwaar(verzondenOp);
  return compareIsoDates(today, laatste) > 0 ? null : laatste;
}
