import { describe, expect, it } from 'vitest';
import { decideTransition, type WorkflowFacts } from '../../../electron/domain/workflow';

const facts: WorkflowFacts = {
  documentCount: 3,
  assignmentsComplete: false,
  submittedAdviezen: 0,
  unanimous: null,
  eindadviesSubmitted: false,
};

describe('markeer_compleet and the §3.2 checklist', () => {
  it('without the fact, behaviour is unchanged', () => {
    expect(decideTransition('in_controle', 'markeer_compleet', ['secretaris'], facts)).toEqual({
      ok: true,
      to: 'te_verdelen',
    });
  });
  it('an incomplete checklist blocks', () => {
    expect(
      decideTransition('in_controle', 'markeer_compleet', ['secretaris'], {
        ...facts,
        completenessOk: false,
      }),
    ).toEqual({
      ok: false,
      reason: 'De checklist is nog niet compleet.',
    });
  });
  it('a complete checklist allows; no document still blocks first', () => {
    expect(
      decideTransition('in_controle', 'markeer_compleet', ['secretaris'], {
        ...facts,
        completenessOk: true,
      }).ok,
    ).toBe(true);
    expect(
      decideTransition('in_controle', 'markeer_compleet', ['secretaris'], {
        ...facts,
        documentCount: 0,
        completenessOk: true,
      }),
    ).toEqual({
      ok: false,
      reason: 'Er is nog geen document toegevoegd.',
    });
  });
});
