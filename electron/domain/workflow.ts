// The states of an aanvraag and the steps between them (rulebook §10), as data: every transition
// says who may take it and what it needs. The history (who, when, why) is kept by the service layer.
import { CLOSED_STATES, inGroup, UNDECIDED_STATES } from './state-groups';
import type { AanvraagState, Role } from './types';
import { TRANSITIONS } from './workflow-transitions';
import type {
  Actor,
  TimelineEvent,
  Transition,
  TransitionDecision,
  WorkflowEvent,
  WorkflowFacts,
} from './workflow-types';

// The table itself lives in its own module to keep both files small; it is part of this API.
export { TRANSITIONS } from './workflow-transitions';
export { WORKFLOW_EVENTS } from './workflow-types';
export type {
  Actor,
  Transition,
  TransitionDecision,
  WorkflowEvent,
  WorkflowFacts,
} from './workflow-types';

/** §10: Dutch names of the states, as the UI shows them. */
export const STATE_LABELS: Readonly<Record<AanvraagState, string>> = {
  ontvangen: 'Ontvangen',
  in_controle: 'In controle',
  wacht_op_aanvulling: 'Wacht op aanvulling',
  te_verdelen: 'Te verdelen',
  in_advies: 'In advies',
  unaniem: 'Unaniem',
  geagendeerd: 'Geagendeerd',
  eindadvies_in_opmaak: 'Eindadvies in opmaak',
  eindadvies_gereed: 'Eindadvies gereed',
  ter_besluitvorming: 'Ter besluitvorming',
  teruggestuurd: 'Teruggestuurd',
  besloten: 'Besloten',
  verzonden: 'Verzonden',
  in_bezwaar: 'In bezwaar',
  besloten_op_bezwaar: 'Besloten op bezwaar',
  gearchiveerd: 'Gearchiveerd',
  ingetrokken: 'Ingetrokken',
  buiten_behandeling_voorgesteld: 'Buiten behandeling voorgesteld',
  buiten_behandeling_besloten: 'Buiten behandeling besloten',
  buiten_behandeling: 'Buiten behandeling',
};

/** §10: on whom an aanvraag in this state waits; null = on someone outside the SWV or no one. */
export const WAITS_ON: Readonly<Record<AanvraagState, Role | null>> = {
  ontvangen: 'secretaris',
  in_controle: 'secretaris',
  wacht_op_aanvulling: null, // the school
  te_verdelen: 'voorzitter',
  in_advies: 'deskundige',
  // The app moves a unanimous toelaatbaar/niet toelaatbaar on at once; what stays here is
  // both-aanhouden, for which the SLL sends the questions (§6).
  unaniem: 'secretaris',
  geagendeerd: 'voorzitter',
  eindadvies_in_opmaak: 'deskundige',
  // The 1st deskundige signed it: the voorzitter presents it to the directeur-bestuurder (§7).
  eindadvies_gereed: 'voorzitter',
  ter_besluitvorming: 'directeur',
  teruggestuurd: 'voorzitter',
  besloten: 'secretaris',
  verzonden: null, // the bezwaartermijn runs
  in_bezwaar: 'secretaris',
  besloten_op_bezwaar: null,
  gearchiveerd: null,
  ingetrokken: null,
  buiten_behandeling_voorgesteld: 'directeur',
  buiten_behandeling_besloten: 'secretaris', // the decision is to be sent
  buiten_behandeling: null, // sent: the bezwaartermijn runs
};

/**
 * §6, §3.4: states that wait on a role of the SWV, not on the school, while no request for
 * aanvulling is out: after a TLA-vergadering's 'aanhouden' the aanvraag waits for the school, but
 * until the SLL has sent the meeting's questions (within 2 werkdagen) it waits on her.
 */
export const WAITS_ON_UNTIL_REQUESTED: Readonly<Partial<Record<AanvraagState, Role>>> = {
  wacht_op_aanvulling: 'secretaris',
};

/** On whom an aanvraag waits now: WAITS_ON, or the SLL before a meeting's questions are sent. */
export function waitsOn(state: AanvraagState, aanvullingGevraagd: boolean): Role | null {
  return (aanvullingGevraagd ? undefined : WAITS_ON_UNTIL_REQUESTED[state]) ?? WAITS_ON[state];
}

/**
 * What happens next in each state, in one sentence: who acts (as WAITS_ON says) and what they do.
 * The aanvraag page shows it to a caller who has no step to take there.
 */
export const NEXT_STEP: Readonly<Record<AanvraagState, string>> = {
  ontvangen:
    'De aanvraag is ontvangen. De secretaresse leerlingenzaken start de volledigheidscontrole.',
  in_controle: 'De secretaresse leerlingenzaken controleert of het dossier compleet is.',
  wacht_op_aanvulling:
    'De aanvraag wacht op de school: op een aanvulling, of op antwoorden op vragen (die de secretaresse leerlingenzaken binnen 2 werkdagen verstuurt). Een aanvulling controleert zij opnieuw; met antwoorden op vragen van de TLA-vergadering gaat de aanvraag terug naar de volgende vergadering.',
  te_verdelen: 'Het dossier is compleet. De TLA-voorzitter wijst nu twee deskundigen toe.',
  in_advies: 'Twee deskundigen schrijven nu elk, onafhankelijk van elkaar, hun advies.',
  unaniem:
    'Beide deskundigen houden de aanvraag aan. De secretaresse leerlingenzaken stuurt hun vragen naar de school.',
  geagendeerd:
    'De aanvraag staat op de agenda van de volgende TLA-vergadering; de TLA-voorzitter legt daar de uitkomst vast.',
  eindadvies_in_opmaak: 'De eerste deskundige schrijft nu het eindadvies.',
  eindadvies_gereed:
    'Het eindadvies is ondertekend. De TLA-voorzitter legt het nu voor aan de directeur-bestuurder.',
  ter_besluitvorming:
    'De directeur-bestuurder stelt het eindadvies vast of stuurt het terug met vragen.',
  teruggestuurd:
    'De directeur-bestuurder heeft het eindadvies teruggestuurd. De TLA-voorzitter zet de aanvraag weer op de agenda van de TLA-vergadering.',
  besloten:
    'Het besluit is genomen. De secretaresse leerlingenzaken verzendt nu de verklaring en de brieven.',
  verzonden:
    'Het besluit is verzonden en de bezwaartermijn loopt. Komt er bezwaar, dan registreert de secretaresse leerlingenzaken het; kan er geen bezwaar meer komen, dan archiveert zij het dossier.',
  in_bezwaar:
    'Er is bezwaar gemaakt. De secretaresse leerlingenzaken volgt de stappen van het bezwaar.',
  besloten_op_bezwaar:
    'Op het bezwaar is beslist. De secretaresse leerlingenzaken kan het dossier archiveren.',
  gearchiveerd: 'De aanvraag is afgesloten en gearchiveerd.',
  ingetrokken:
    'De school heeft de aanvraag ingetrokken. De secretaresse leerlingenzaken kan het dossier archiveren.',
  buiten_behandeling_voorgesteld:
    'De termijn voor aanvulling is ongebruikt verstreken. De directeur-bestuurder beslist nu of de aanvraag buiten behandeling wordt gesteld.',
  buiten_behandeling_besloten:
    'De directeur-bestuurder heeft de aanvraag buiten behandeling gesteld. De secretaresse leerlingenzaken verzendt nu het besluit.',
  buiten_behandeling:
    'De aanvraag is buiten behandeling gesteld en het besluit is verzonden. Komt er bezwaar, dan registreert de secretaresse leerlingenzaken het; kan er geen bezwaar meer komen, dan archiveert zij het dossier.',
};

/**
 * Steps that can be taken beside the flow but are not what the aanvraag waits on: registering that
 * the school withdrew is open to the SLL in most states, and offering it does not make the next step
 * hers.
 */
export const SIDE_STEPS: readonly WorkflowEvent[] = ['trek_in'];

/**
 * The line for a caller in `role` on the aanvraag now: what happens next, and, when it does not
 * wait on their role and none of `steps` (the steps the page offers them) is a real one, e.g.
 * archiving, that they need not do anything. A side step (SIDE_STEPS) does not count.
 */
export function whatHappensNext(
  state: AanvraagState,
  role: Role,
  steps: readonly WorkflowEvent[] = [],
): string {
  const next = NEXT_STEP[state];
  const ownStep = steps.some((e) => !SIDE_STEPS.includes(e));
  return WAITS_ON[state] === role || ownStep ? next : `${next} U hoeft niets te doen.`;
}

/** The steps of waiting for the school: asking, receiving, and buiten behandeling proposed or declined. */
const WAITING_STEPS: readonly TimelineEvent[] = [
  'vraag_aanvulling',
  'stel_buiten_behandeling_voor',
  'wijs_buiten_behandeling_af',
];

/**
 * §6: whether the aanvraag now waits for the answers to a TLA-vergadering's questions: looking back
 * over `events` (the aanvraag's steps, oldest first) past the steps of waiting for the school, the
 * step before is the meeting's 'aanhouden'. Answers received end it (the aanvraag is on the agenda
 * again).
 */
export function aangehoudenDoorVergadering(events: readonly TimelineEvent[]): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (!WAITING_STEPS.includes(event)) return event === 'vergadering_aanhouden';
  }
  return false;
}

/** Open = the SWV still has work to do on it (before the decision is sent, or during bezwaar). */
export function isOpen(state: AanvraagState): boolean {
  return !inGroup(CLOSED_STATES, state);
}

/** The beslistermijn (Awb 4:13) concerns this aanvraag: no decision yet. */
export function isAwaitingDecision(state: AanvraagState): boolean {
  return inGroup(UNDECIDED_STATES, state);
}

export function findTransition(state: AanvraagState, event: WorkflowEvent): Transition | null {
  return TRANSITIONS.find((t) => t.from === state && t.event === event) ?? null;
}

function actorMayTake(t: Transition, actor: Actor): boolean {
  if (t.roles === 'system' || actor === 'system') return t.roles === actor;
  return t.roles.some((r) => actor.includes(r));
}

/** Whether `actor` may take `event` now; a refusal carries a Dutch reason for the user. */
export function decideTransition(
  state: AanvraagState,
  event: WorkflowEvent,
  actorRoles: Actor,
  facts: WorkflowFacts,
): TransitionDecision {
  const t = findTransition(state, event);
  if (t === null) {
    return {
      ok: false,
      reason: `Deze stap is niet mogelijk in de status ‘${STATE_LABELS[state]}’.`,
    };
  }
  if (!actorMayTake(t, actorRoles)) {
    return { ok: false, reason: 'U hebt niet de rol die deze stap mag zetten.' };
  }
  const blocked = t.precondition ? t.precondition(facts) : null;
  return blocked === null ? { ok: true, to: t.to } : { ok: false, reason: blocked };
}

/** The steps `actor` can take now from `state` (for the buttons on screen). */
export function allowedEvents(
  state: AanvraagState,
  actorRoles: Actor,
  facts: WorkflowFacts,
): readonly Transition[] {
  return TRANSITIONS.filter(
    (t) =>
      t.from === state &&
      actorMayTake(t, actorRoles) &&
      (t.precondition ? t.precondition(facts) : null) === null,
  );
}

/**
 * §6: the steps the app itself takes once an advice is submitted, in order. Before both advices are
 * in: none. Two advices that differ go to the TLA-vergadering; two unanimous ones move on to the
 * eindadvies, unless both say aanhouden (then they stay unanimous and the SLL asks the school).
 */
export function systemEventsAfterAdvies(facts: WorkflowFacts): readonly WorkflowEvent[] {
  if (facts.submittedAdviezen < 2) return [];
  if (facts.unanimous === false) return ['adviezen_verschillend'];
  return facts.bothAanhouden === true
    ? ['adviezen_unaniem']
    : ['adviezen_unaniem', 'start_eindadvies'];
}
