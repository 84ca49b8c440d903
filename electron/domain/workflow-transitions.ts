// The §10 graph of an aanvraag, one row per step. Roles follow §2: the SLL does the administrative
// steps, the voorzitter assigns and chairs, the directeur-bestuurder decides, the app itself moves
// on when both advices are in.
import { formatDutchDate } from './calendar';
import { ARCHIVABLE_STATES, UNDECIDED_STATES } from './state-groups';
import type { Transition, WorkflowFacts } from './workflow-types';

type Precondition = (facts: WorkflowFacts) => string | null;

const needsDocument: Precondition = (f) =>
  f.documentCount >= 1 ? null : 'Er is nog geen document toegevoegd.';

// §3.2: only when the caller provides the checklist outcome does it block (undefined = as before).
const needsCompleteDossier: Precondition = (f) =>
  needsDocument(f) ?? (f.completenessOk === false ? 'De checklist is nog niet compleet.' : null);

const needsAssignments: Precondition = (f) =>
  f.assignmentsComplete ? null : 'Wijs eerst een eerste en een tweede deskundige toe.';

// §5: the app compares only when both advices are in; before that neither may be seen.
const bothSubmitted = (f: WorkflowFacts): string | null =>
  f.submittedAdviezen === 2 ? null : 'Nog niet beide adviezen zijn ingediend.';

const needsUnanimous: Precondition = (f) =>
  bothSubmitted(f) ?? (f.unanimous === true ? null : 'De adviezen zijn niet unaniem.');

const needsDifferent: Precondition = (f) =>
  bothSubmitted(f) ?? (f.unanimous === false ? null : 'De adviezen zijn unaniem.');

// §6: both aanhouden is unanimous, yet leads to questions for the school, not to an eindadvies.
const notBothAanhouden: Precondition = (f) =>
  f.bothAanhouden === true ? 'Beide deskundigen houden aan: vraag eerst aanvulling.' : null;

const needsBothAanhouden: Precondition = (f) =>
  f.bothAanhouden === true ? null : 'Alleen als beide deskundigen aanhouden.';

const needsEindadvies: Precondition = (f) =>
  f.eindadviesSubmitted ? null : 'Het eindadvies is nog niet ingediend.';

// Awb 4:5: buiten behandeling only after the term for aanvulling has passed unused.
const needsTermExpired: Precondition = (f) =>
  f.aanvullingstermijnVerstreken === true
    ? null
    : 'De termijn voor aanvulling is nog niet verstreken.';

// §6: held by the TLA-vergadering, the aanvraag goes back on the next agenda with the answers;
// otherwise the SLL checks the dossier again (§3.4).
const notHeldByMeeting: Precondition = (f) =>
  f.aangehoudenDoorVergadering === true
    ? 'De TLA-vergadering heeft deze aanvraag aangehouden: met de antwoorden van de school gaat zij terug naar de vergadering.'
    : null;

const needsHeldByMeeting: Precondition = (f) =>
  f.aangehoudenDoorVergadering === true
    ? null
    : 'Alleen voor een aanvraag die de TLA-vergadering heeft aangehouden.';

// §3.4: what comes back answers a request that is out; the letter is sent first.
const needsRequestOut: Precondition = (f) =>
  f.aanvullingGevraagd === false ? 'Er staat geen verzoek om aanvulling open.' : null;

// §6, §3.4: after the meeting's 'aanhouden' the SLL sends its questions (within 2 werkdagen), once.
const needsQuestionsUnsent: Precondition = (f) =>
  needsHeldByMeeting(f) ??
  (f.aanvullingGevraagd === true ? 'De vragen zijn al naar de school gestuurd.' : null);

const answersBackToMeeting: Precondition = (f) => needsRequestOut(f) ?? needsHeldByMeeting(f);
const aanvullingBackToIntake: Precondition = (f) => needsRequestOut(f) ?? notHeldByMeeting(f);

/** Until the decision, the school may withdraw its aanvraag (§10: ingetrokken). */
const withdrawals: readonly Transition[] = UNDECIDED_STATES.map((from) => ({
  from,
  event: 'trek_in' as const,
  to: 'ingetrokken' as const,
  roles: ['secretaris'] as const,
  label: 'Intrekking registreren',
}));

// §10: archived, a dossier takes no step any more, so also no bezwaar: only once none can come.
const noBezwaarPending: Precondition = (f) =>
  f.bezwaarKanNogTot === undefined || f.bezwaarKanNogTot === null
    ? null
    : `Er kan tot en met ${formatDutchDate(f.bezwaarKanNogTot)} nog bezwaar binnenkomen (de bezwaartermijn en de week voor een op tijd gepost bezwaar). Archiveer daarna.`;

const archivals: readonly Transition[] = ARCHIVABLE_STATES.map((from) => ({
  from,
  event: 'archiveer' as const,
  to: 'gearchiveerd' as const,
  roles: ['secretaris'] as const,
  label: 'Archiveren',
  precondition: noBezwaarPending,
}));

const SLL = ['secretaris'] as const;
const VZ = ['voorzitter'] as const;
const DB = ['directeur'] as const;

export const TRANSITIONS: readonly Transition[] = [
  // §3 intake
  {
    from: 'ontvangen',
    event: 'start_controle',
    to: 'in_controle',
    roles: SLL,
    label: 'Controle starten',
  },
  {
    from: 'in_controle',
    event: 'vraag_aanvulling',
    to: 'wacht_op_aanvulling',
    roles: SLL,
    label: 'Aanvulling vragen',
  },
  {
    from: 'wacht_op_aanvulling',
    event: 'aanvulling_ontvangen',
    to: 'in_controle',
    roles: SLL,
    label: 'Aanvulling ontvangen',
    precondition: aanvullingBackToIntake,
  },
  // §6: the meeting held the aanvraag: the SLL sends its questions (the aanvraag already waits).
  {
    from: 'wacht_op_aanvulling',
    event: 'vraag_aanvulling',
    to: 'wacht_op_aanvulling',
    roles: SLL,
    label: 'Vragen naar de school sturen',
    precondition: needsQuestionsUnsent,
  },
  // §6: the answers to the meeting's questions: back on the next meeting's agenda.
  {
    from: 'wacht_op_aanvulling',
    event: 'vragen_beantwoord',
    to: 'geagendeerd',
    roles: SLL,
    label: 'Antwoorden ontvangen',
    precondition: answersBackToMeeting,
  },
  {
    from: 'in_controle',
    event: 'markeer_compleet',
    to: 'te_verdelen',
    roles: SLL,
    label: 'Dossier compleet',
    precondition: needsCompleteDossier,
  },
  // Awb 4:5 and §7: incomplete after the term given. Buiten behandeling is a decision of the
  // directeur-bestuurder: the SLL proposes it, the directeur decides (or declines: back to waiting
  // for the school), the SLL sends it; then the bezwaartermijn runs.
  {
    from: 'wacht_op_aanvulling',
    event: 'stel_buiten_behandeling_voor',
    to: 'buiten_behandeling_voorgesteld',
    roles: SLL,
    label: 'Buiten behandeling voorstellen',
    precondition: needsTermExpired,
  },
  {
    from: 'buiten_behandeling_voorgesteld',
    event: 'buiten_behandeling',
    to: 'buiten_behandeling_besloten',
    roles: DB,
    label: 'Buiten behandeling stellen',
    precondition: needsTermExpired,
  },
  {
    from: 'buiten_behandeling_voorgesteld',
    event: 'wijs_buiten_behandeling_af',
    to: 'wacht_op_aanvulling',
    roles: DB,
    label: 'Niet buiten behandeling stellen',
  },
  // The aanvulling may still come in while the directeur has not decided: the proposal lapses.
  {
    from: 'buiten_behandeling_voorgesteld',
    event: 'aanvulling_ontvangen',
    to: 'in_controle',
    roles: SLL,
    label: 'Aanvulling ontvangen',
    precondition: aanvullingBackToIntake,
  },
  {
    from: 'buiten_behandeling_voorgesteld',
    event: 'vragen_beantwoord',
    to: 'geagendeerd',
    roles: SLL,
    label: 'Antwoorden ontvangen',
    precondition: answersBackToMeeting,
  },
  {
    from: 'buiten_behandeling_besloten',
    event: 'verzend',
    to: 'buiten_behandeling',
    roles: SLL,
    label: 'Besluit verzenden',
  },
  // §4 assignment; §6 aanpassing bekostigingscategorie (and an aanvulling asked by the meeting) go to the agenda
  {
    from: 'te_verdelen',
    event: 'wijs_toe',
    to: 'in_advies',
    roles: VZ,
    label: 'Deskundigen toewijzen',
    precondition: needsAssignments,
  },
  {
    from: 'te_verdelen',
    event: 'agendeer',
    to: 'geagendeerd',
    roles: VZ,
    label: 'Agenderen voor TLA-vergadering',
  },
  // §6 unanimity, decided by the app once both advices are in
  {
    from: 'in_advies',
    event: 'adviezen_unaniem',
    to: 'unaniem',
    roles: 'system',
    label: 'Adviezen unaniem',
    precondition: needsUnanimous,
  },
  {
    from: 'in_advies',
    event: 'adviezen_verschillend',
    to: 'geagendeerd',
    roles: 'system',
    label: 'Adviezen verschillen',
    precondition: needsDifferent,
  },
  {
    from: 'unaniem',
    event: 'start_eindadvies',
    to: 'eindadvies_in_opmaak',
    roles: 'system',
    label: 'Eindadvies laten opstellen',
    precondition: notBothAanhouden,
  },
  {
    from: 'unaniem',
    event: 'vraag_aanvulling',
    to: 'wacht_op_aanvulling',
    roles: SLL,
    label: 'Vragen naar de school sturen',
    precondition: needsBothAanhouden,
  },
  // §6 TLA-vergadering
  {
    from: 'geagendeerd',
    event: 'vergadering_advies',
    to: 'eindadvies_in_opmaak',
    roles: VZ,
    label: 'Advies van de vergadering vastleggen',
  },
  {
    from: 'geagendeerd',
    event: 'vergadering_aanhouden',
    to: 'wacht_op_aanvulling',
    roles: VZ,
    label: 'Aanhouden met vragen',
  },
  // §7 eindadvies and decision: the signed eindadvies waits on the voorzitter, who presents it
  {
    from: 'eindadvies_in_opmaak',
    event: 'eindadvies_ingediend',
    to: 'eindadvies_gereed',
    roles: 'system',
    label: 'Eindadvies ondertekend',
    precondition: needsEindadvies,
  },
  {
    from: 'eindadvies_gereed',
    event: 'presenteer',
    to: 'ter_besluitvorming',
    roles: VZ,
    label: 'Voorleggen aan directeur-bestuurder',
    precondition: needsEindadvies,
  },
  {
    from: 'ter_besluitvorming',
    event: 'stel_vast',
    to: 'besloten',
    roles: DB,
    label: 'Eindadvies vaststellen',
  },
  {
    from: 'ter_besluitvorming',
    event: 'stuur_terug',
    to: 'teruggestuurd',
    roles: DB,
    label: 'Terugsturen met vragen',
  },
  {
    from: 'teruggestuurd',
    event: 'agendeer',
    to: 'geagendeerd',
    roles: VZ,
    label: 'Agenderen voor TLA-vergadering',
  },
  { from: 'besloten', event: 'verzend', to: 'verzonden', roles: SLL, label: 'Besluit verzenden' },
  // Awb 6:7: bezwaar against a decision, also against buiten behandeling (a beschikking too)
  {
    from: 'verzonden',
    event: 'registreer_bezwaar',
    to: 'in_bezwaar',
    roles: SLL,
    label: 'Bezwaar registreren',
  },
  {
    from: 'buiten_behandeling',
    event: 'registreer_bezwaar',
    to: 'in_bezwaar',
    roles: SLL,
    label: 'Bezwaar registreren',
  },
  {
    from: 'in_bezwaar',
    event: 'beslis_op_bezwaar',
    to: 'besloten_op_bezwaar',
    roles: SLL,
    label: 'Beslissing op bezwaar registreren',
  },
  ...archivals,
  ...withdrawals,
];
