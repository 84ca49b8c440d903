// Groups of states (rulebook §10) that more than one place asks about: the workflow table, the
// services' queries and the screens all read them from here, so a new state is placed once.
import type { AanvraagState } from './types';

/** No decision yet: the beslistermijn (Awb 4:13) runs, and the school may still withdraw (§10). */
export const UNDECIDED_STATES = [
  'ontvangen',
  'in_controle',
  'wacht_op_aanvulling',
  'te_verdelen',
  'in_advies',
  'unaniem',
  'geagendeerd',
  'eindadvies_in_opmaak',
  'eindadvies_gereed',
  'ter_besluitvorming',
  'teruggestuurd',
  'buiten_behandeling_voorgesteld',
] as const satisfies readonly AanvraagState[];

/** Assigned deskundigen are at work on it: counts toward a deskundige's maximum of open cases (§4). */
export const ADVICE_OPEN_STATES = [
  'in_advies',
  'unaniem',
  'geagendeerd',
  'eindadvies_in_opmaak',
  'eindadvies_gereed',
  'ter_besluitvorming',
  'teruggestuurd',
] as const satisfies readonly AanvraagState[];

/** Nothing left for the SWV to do (before a bezwaar, or ever). */
export const CLOSED_STATES = [
  'verzonden',
  'besloten_op_bezwaar',
  'gearchiveerd',
  'ingetrokken',
  'buiten_behandeling',
] as const satisfies readonly AanvraagState[];

/** May be archived by the secretaris. */
export const ARCHIVABLE_STATES = [
  'verzonden',
  'besloten_op_bezwaar',
  'ingetrokken',
  'buiten_behandeling',
] as const satisfies readonly AanvraagState[];

/** A TLV decision on the eindadvies is taken: its verklaring or letters exist (§7). */
const TLV_DECIDED_STATES = [
  'besloten',
  'verzonden',
  'in_bezwaar',
  'besloten_op_bezwaar',
  'gearchiveerd',
] as const satisfies readonly AanvraagState[];

/**
 * The decision is taken: its letters exist (§7), also of buiten behandeling (Awb 4:5), a decision
 * of the directeur-bestuurder too.
 */
export const DECIDED_STATES = [
  ...TLV_DECIDED_STATES,
  'buiten_behandeling_besloten',
  'buiten_behandeling',
] as const satisfies readonly AanvraagState[];

/** There is (or may be) an eindadvies to show (§7). */
export const WITH_EINDADVIES_STATES = [
  'eindadvies_in_opmaak',
  'eindadvies_gereed',
  'ter_besluitvorming',
  'teruggestuurd',
  ...TLV_DECIDED_STATES,
] as const satisfies readonly AanvraagState[];

/** §3.2: the secretaris checks completeness while the dossier is received or in control. */
export const CHECKING_STATES = [
  'ontvangen',
  'in_controle',
] as const satisfies readonly AanvraagState[];

/** A bezwaar can be registered or followed once the decision has been sent (Awb 6:7). */
export const WITH_BEZWAAR_STATES = [
  'verzonden',
  'in_bezwaar',
  'besloten_op_bezwaar',
  'gearchiveerd',
  'buiten_behandeling',
] as const satisfies readonly AanvraagState[];

/** Whether `state` is one of `group` (the groups are typed as tuples, so `includes` needs a widening). */
export function inGroup(group: readonly AanvraagState[], state: AanvraagState): boolean {
  return group.includes(state);
}
