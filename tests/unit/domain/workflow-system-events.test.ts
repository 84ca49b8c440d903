import { describe, expect, it } from 'vitest';
import type { AanvraagState } from '../../../electron/domain/types';
import {
  decideTransition,
  systemEventsAfterAdvies,
  type WorkflowEvent,
  type WorkflowFacts,
} from '../../../electron/domain/workflow';

// §6: what the app does by itself after an advice is submitted, decided once from the facts.

const facts = (over: Partial<WorkflowFacts>): WorkflowFacts => ({
  documentCount: 5,
  assignmentsComplete: true,
  submittedAdviezen: 2,
  unanimous: true,
  eindadviesSubmitted: false,
  bothAanhouden: false,
  ...over,
});

/** Takes the events one after the other as the app would, from in_advies; the state it ends in. */
function play(events: readonly WorkflowEvent[], f: WorkflowFacts): AanvraagState {
  let state: AanvraagState = 'in_advies';
  for (const event of events) {
    const d = decideTransition(state, event, 'system', f);
    if (!d.ok) throw new Error(`${event}: ${d.reason}`);
    state = d.to;
  }
  return state;
}

describe('systemEventsAfterAdvies', () => {
  it('takes no step while only one (or no) advice is in', () => {
    expect(systemEventsAfterAdvies(facts({ submittedAdviezen: 0, unanimous: null }))).toEqual([]);
    expect(systemEventsAfterAdvies(facts({ submittedAdviezen: 1, unanimous: null }))).toEqual([]);
  });

  it('sends two different advices to the TLA-vergadering', () => {
    const f = facts({ unanimous: false });
    expect(systemEventsAfterAdvies(f)).toEqual(['adviezen_verschillend']);
    expect(play(systemEventsAfterAdvies(f), f)).toBe('geagendeerd');
  });

  it('moves two unanimous advices on to the eindadvies', () => {
    const f = facts({ unanimous: true });
    expect(systemEventsAfterAdvies(f)).toEqual(['adviezen_unaniem', 'start_eindadvies']);
    expect(play(systemEventsAfterAdvies(f), f)).toBe('eindadvies_in_opmaak');
  });

  it('stops at unaniem when both say aanhouden (the SLL asks the school)', () => {
    const f = facts({ unanimous: true, bothAanhouden: true });
    expect(systemEventsAfterAdvies(f)).toEqual(['adviezen_unaniem']);
    expect(play(systemEventsAfterAdvies(f), f)).toBe('unaniem');
  });

  it('treats an unknown bothAanhouden as not aanhouden', () => {
    const unknown: WorkflowFacts = {
      documentCount: 5,
      assignmentsComplete: true,
      submittedAdviezen: 2,
      unanimous: true,
      eindadviesSubmitted: false,
    };
    expect(systemEventsAfterAdvies(unknown)).toEqual(['adviezen_unaniem', 'start_eindadvies']);
  });
});
