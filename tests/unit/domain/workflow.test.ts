import { describe, it, expect } from 'vitest';
import { AANVRAAG_STATES, ROLES, type AanvraagState } from '../../../electron/domain/types';
import {
  allowedEvents,
  decideTransition,
  findTransition,
  isAwaitingDecision,
  isOpen,
  STATE_LABELS,
  TRANSITIONS,
  WAITS_ON,
  type WorkflowFacts,
} from '../../../electron/domain/workflow';

const facts: WorkflowFacts = {
  documentCount: 3,
  assignmentsComplete: true,
  submittedAdviezen: 2,
  unanimous: true,
  eindadviesSubmitted: true,
};

describe('the §10 table', () => {
  it('every state appears in the table and has a label', () => {
    const inTable = new Set(TRANSITIONS.flatMap((t) => [t.from, t.to]));
    for (const s of AANVRAAG_STATES) {
      expect(inTable.has(s), s).toBe(true);
      expect(STATE_LABELS[s]).toBeTruthy();
      expect(WAITS_ON).toHaveProperty(s);
    }
  });

  it('every state except gearchiveerd has a way out, and every state but ontvangen a way in', () => {
    for (const s of AANVRAAG_STATES) {
      if (s !== 'gearchiveerd')
        expect(
          TRANSITIONS.some((t) => t.from === s),
          s,
        ).toBe(true);
      if (s !== 'ontvangen')
        expect(
          TRANSITIONS.some((t) => t.to === s),
          s,
        ).toBe(true);
    }
  });

  it('each (state, event) pair occurs once', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}:${t.event}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every state is reachable from ontvangen', () => {
    const seen = new Set<AanvraagState>(['ontvangen']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...AANVRAAG_STATES].sort());
  });

  it('the happy path of the rulebook runs from ontvangen to gearchiveerd', () => {
    const path = [
      ['start_controle', ['secretaris']],
      ['markeer_compleet', ['secretaris']],
      ['wijs_toe', ['voorzitter']],
      ['adviezen_unaniem', 'system'],
      ['start_eindadvies', 'system'],
      ['presenteer', ['voorzitter']],
      ['stel_vast', ['directeur']],
      ['verzend', ['secretaris']],
      ['archiveer', ['secretaris']],
    ] as const;
    let state: AanvraagState = 'ontvangen';
    for (const [event, actor] of path) {
      const d = decideTransition(state, event, actor, facts);
      if (!d.ok) throw new Error(`${state} ${event}: ${d.reason}`);
      state = d.to;
    }
    expect(state).toBe('gearchiveerd');
  });

  it('waits on the right role', () => {
    expect(WAITS_ON.ontvangen).toBe('secretaris');
    expect(WAITS_ON.in_controle).toBe('secretaris');
    expect(WAITS_ON.wacht_op_aanvulling).toBeNull();
    expect(WAITS_ON.te_verdelen).toBe('voorzitter');
    expect(WAITS_ON.in_advies).toBe('deskundige');
    expect(WAITS_ON.eindadvies_in_opmaak).toBe('deskundige');
    expect(WAITS_ON.ter_besluitvorming).toBe('directeur');
    expect(WAITS_ON.besloten).toBe('secretaris');
    expect(WAITS_ON.geagendeerd).toBe('voorzitter');
    expect(WAITS_ON.teruggestuurd).toBe('voorzitter');
  });

  it('open and closed states', () => {
    expect(isOpen('in_advies')).toBe(true);
    expect(isOpen('in_bezwaar')).toBe(true);
    expect(isOpen('gearchiveerd')).toBe(false);
    expect(isOpen('ingetrokken')).toBe(false);
    expect(isAwaitingDecision('teruggestuurd')).toBe(true);
    expect(isAwaitingDecision('besloten')).toBe(false);
  });
});

describe('decideTransition: roles', () => {
  it('an unknown step names the status', () => {
    expect(decideTransition('ontvangen', 'stel_vast', ['directeur'], facts)).toEqual({
      ok: false,
      reason: 'Deze stap is niet mogelijk in de status ‘Ontvangen’.',
    });
    expect(findTransition('ontvangen', 'stel_vast')).toBeNull();
  });

  it('only the directeur adopts or returns an eindadvies', () => {
    const wrong = { ok: false, reason: 'U hebt niet de rol die deze stap mag zetten.' };
    expect(decideTransition('ter_besluitvorming', 'stel_vast', ['voorzitter'], facts)).toEqual(
      wrong,
    );
    expect(decideTransition('ter_besluitvorming', 'stuur_terug', ['secretaris'], facts)).toEqual(
      wrong,
    );
    expect(decideTransition('ter_besluitvorming', 'stel_vast', ['directeur'], facts)).toEqual({
      ok: true,
      to: 'besloten',
    });
    expect(decideTransition('ter_besluitvorming', 'stuur_terug', ['directeur'], facts)).toEqual({
      ok: true,
      to: 'teruggestuurd',
    });
  });

  it('only the voorzitter assigns, presents and records meetings', () => {
    expect(decideTransition('te_verdelen', 'wijs_toe', ['secretaris'], facts).ok).toBe(false);
    expect(decideTransition('te_verdelen', 'wijs_toe', ['voorzitter'], facts).ok).toBe(true);
    expect(decideTransition('geagendeerd', 'vergadering_advies', ['deskundige'], facts).ok).toBe(
      false,
    );
    expect(decideTransition('geagendeerd', 'vergadering_aanhouden', ['voorzitter'], facts)).toEqual(
      {
        ok: true,
        to: 'wacht_op_aanvulling',
      },
    );
    expect(decideTransition('teruggestuurd', 'agendeer', ['voorzitter'], facts)).toEqual({
      ok: true,
      to: 'geagendeerd',
    });
  });

  it('the secretaris does intake, aanvulling, sending and bezwaar; a person may hold several roles', () => {
    for (const [from, event] of [
      ['ontvangen', 'start_controle'],
      ['in_controle', 'vraag_aanvulling'],
      ['wacht_op_aanvulling', 'aanvulling_ontvangen'],
      ['besloten', 'verzend'],
      ['verzonden', 'registreer_bezwaar'],
      ['in_bezwaar', 'beslis_op_bezwaar'],
      ['in_advies', 'trek_in'],
    ] as const) {
      expect(decideTransition(from, event, ['voorzitter'], facts).ok, event).toBe(false);
      expect(decideTransition(from, event, ['voorzitter', 'secretaris'], facts).ok, event).toBe(
        true,
      );
    }
  });

  it('system steps are taken by the app only, and the app takes no human steps', () => {
    for (const role of ROLES) {
      expect(decideTransition('in_advies', 'adviezen_unaniem', [role], facts).ok).toBe(false);
    }
    expect(decideTransition('in_advies', 'adviezen_unaniem', 'system', facts)).toEqual({
      ok: true,
      to: 'unaniem',
    });
    expect(decideTransition('unaniem', 'start_eindadvies', 'system', facts)).toEqual({
      ok: true,
      to: 'eindadvies_in_opmaak',
    });
    expect(decideTransition('ter_besluitvorming', 'stel_vast', 'system', facts).ok).toBe(false);
  });
});

describe('decideTransition: preconditions', () => {
  it('markeer_compleet needs a document', () => {
    expect(
      decideTransition('in_controle', 'markeer_compleet', ['secretaris'], {
        ...facts,
        documentCount: 0,
      }),
    ).toEqual({
      ok: false,
      reason: 'Er is nog geen document toegevoegd.',
    });
  });

  it('wijs_toe needs both deskundigen', () => {
    const r = decideTransition('te_verdelen', 'wijs_toe', ['voorzitter'], {
      ...facts,
      assignmentsComplete: false,
    });
    expect(r.ok).toBe(false);
  });

  it('unanimity is decided only when both advices are in', () => {
    const one = { ...facts, submittedAdviezen: 1 };
    expect(decideTransition('in_advies', 'adviezen_unaniem', 'system', one).ok).toBe(false);
    expect(
      decideTransition('in_advies', 'adviezen_verschillend', 'system', { ...one, unanimous: false })
        .ok,
    ).toBe(false);
  });

  it('different advices go to the agenda, unanimous ones do not', () => {
    const diff = { ...facts, unanimous: false };
    expect(decideTransition('in_advies', 'adviezen_verschillend', 'system', diff)).toEqual({
      ok: true,
      to: 'geagendeerd',
    });
    expect(decideTransition('in_advies', 'adviezen_unaniem', 'system', diff).ok).toBe(false);
    expect(decideTransition('in_advies', 'adviezen_verschillend', 'system', facts).ok).toBe(false);
  });

  it('both aanhouden: questions to the school instead of an eindadvies (§6)', () => {
    const aan = { ...facts, bothAanhouden: true };
    expect(decideTransition('unaniem', 'start_eindadvies', 'system', aan).ok).toBe(false);
    expect(decideTransition('unaniem', 'vraag_aanvulling', ['secretaris'], aan)).toEqual({
      ok: true,
      to: 'wacht_op_aanvulling',
    });
    expect(decideTransition('unaniem', 'vraag_aanvulling', ['secretaris'], facts).ok).toBe(false);
  });

  it('presenteer needs a submitted eindadvies', () => {
    const r = decideTransition('eindadvies_in_opmaak', 'presenteer', ['voorzitter'], {
      ...facts,
      eindadviesSubmitted: false,
    });
    expect(r).toEqual({ ok: false, reason: 'Het eindadvies is nog niet ingediend.' });
  });

  it('buiten behandeling only after the aanvullingstermijn expired (Awb 4:5)', () => {
    expect(
      decideTransition('wacht_op_aanvulling', 'buiten_behandeling', ['secretaris'], facts).ok,
    ).toBe(false);
    expect(
      decideTransition('wacht_op_aanvulling', 'buiten_behandeling', ['secretaris'], {
        ...facts,
        aanvullingstermijnVerstreken: true,
      }),
    ).toEqual({ ok: true, to: 'buiten_behandeling' });
  });
});

describe('allowedEvents', () => {
  it('lists the steps of the actor that pass their preconditions', () => {
    const events = (s: AanvraagState, f: WorkflowFacts = facts) =>
      allowedEvents(s, ['secretaris'], f)
        .map((t) => t.event)
        .sort();
    expect(events('in_controle')).toEqual(['markeer_compleet', 'trek_in', 'vraag_aanvulling']);
    expect(events('in_controle', { ...facts, documentCount: 0 })).toEqual([
      'trek_in',
      'vraag_aanvulling',
    ]);
    expect(allowedEvents('in_controle', ['directeur'], facts)).toEqual([]);
    expect(
      allowedEvents('ter_besluitvorming', ['directeur'], facts)
        .map((t) => t.event)
        .sort(),
    ).toEqual(['stel_vast', 'stuur_terug']);
    expect(allowedEvents('in_advies', 'system', facts).map((t) => t.event)).toEqual([
      'adviezen_unaniem',
    ]);
  });

  it('gives Dutch button labels', () => {
    for (const t of TRANSITIONS) expect(t.label.length).toBeGreaterThan(3);
  });
});
