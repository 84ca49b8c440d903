// The vocabulary of the workflow (rulebook §10): its steps, the facts a precondition reads and the
// shape of a transition. Apart from workflow.ts so that the table (workflow-transitions.ts) and the
// functions over it (workflow.ts) both import it without importing each other.
import type { AanvraagState, IsoDate, Role } from './types';

/** Every step an aanvraag can take (§10); the contract's `z.enum` and the renderer use this list. */
export const WORKFLOW_EVENTS = [
  'start_controle',
  'vraag_aanvulling',
  'aanvulling_ontvangen',
  'markeer_compleet',
  'wijs_toe',
  'adviezen_unaniem',
  'adviezen_verschillend',
  'start_eindadvies',
  'vergadering_advies',
  'vergadering_aanhouden',
  'presenteer',
  'stel_vast',
  'stuur_terug',
  'agendeer',
  'verzend',
  'registreer_bezwaar',
  'beslis_op_bezwaar',
  'archiveer',
  'trek_in',
  'buiten_behandeling',
  'eindadvies_ingediend',
  'stel_buiten_behandeling_voor',
  'wijs_buiten_behandeling_af',
  'vragen_beantwoord',
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

/** What the event log (table workflow_events) holds: every step, and the registration it starts with. */
export const TIMELINE_EVENTS = ['registreer', ...WORKFLOW_EVENTS] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export interface WorkflowFacts {
  documentCount: number;
  assignmentsComplete: boolean;
  submittedAdviezen: number;
  unanimous: boolean | null;
  eindadviesSubmitted: boolean;
  /** §6: both advices say aanhouden (then the SLL asks the school, no eindadvies). */
  bothAanhouden?: boolean;
  /**
   * §6: the aanvraag waits for the school's answers to the questions of a TLA-vergadering that held
   * it (aanhouden); with the answers it goes back on the next meeting's agenda, not to the intake.
   */
  aangehoudenDoorVergadering?: boolean;
  /** §3.4: a request for aanvulling (Awb 4:15 lid 1a) is out and nothing has come back yet. */
  aanvullingGevraagd?: boolean;
  /** Awb 4:5: the term for aanvulling has passed unused (only then buiten behandeling). */
  aanvullingstermijnVerstreken?: boolean;
  /** §3.2: the completeness checklist is all ok (undefined = not checked, no extra condition). */
  completenessOk?: boolean;
  /**
   * Awb 6:7–6:9: the last day a bezwaar against the sent decision can still arrive on time, while
   * that day has not passed (domain/alle-aanvragen.ts `bezwaarKanNogTot`); null or undefined: none.
   */
  bezwaarKanNogTot?: IsoDate | null;
}

/** Who takes a step: people with one of these roles, or the app itself. */
export type Actor = readonly Role[] | 'system';

export interface Transition {
  from: AanvraagState;
  event: WorkflowEvent;
  to: AanvraagState;
  roles: readonly Role[] | 'system';
  /** Dutch button text. */
  label: string;
  /** Dutch reason when not allowed, null when allowed. */
  precondition?: (facts: WorkflowFacts) => string | null;
}

export type TransitionDecision = { ok: true; to: AanvraagState } | { ok: false; reason: string };
