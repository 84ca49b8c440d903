import { describe, it, expect } from 'vitest';
import { AANVRAAG_STATES, ROLES, type AanvraagState } from '../../../electron/domain/types';
import {
  aangehoudenDoorVergadering,
  allowedEvents,
  decideTransition,
  findTransition,
  isAwaitingDecision,
  isOpen,
  STATE_LABELS,
  TRANSITIONS,
  WAITS_ON,
  waitsOn,
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
      ['eindadvies_ingediend', 'system'],
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
    expect(WAITS_ON.eindadvies_gereed).toBe('voorzitter');
    expect(WAITS_ON.buiten_behandeling_voorgesteld).toBe('directeur');
    expect(WAITS_ON.buiten_behandeling_besloten).toBe('secretaris');
    expect(WAITS_ON.buiten_behandeling).toBeNull();
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
    expect(isAwaitingDecision('eindadvies_gereed')).toBe(true);
    expect(isAwaitingDecision('buiten_behandeling_voorgesteld')).toBe(true);
    expect(isAwaitingDecision('buiten_behandeling_besloten')).toBe(false);
    expect(isOpen('buiten_behandeling_besloten')).toBe(true);
    expect(isOpen('buiten_behandeling')).toBe(false);
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
    const r = decideTransition('eindadvies_gereed', 'presenteer', ['voorzitter'], {
      ...facts,
      eindadviesSubmitted: false,
    });
    expect(r).toEqual({ ok: false, reason: 'Het eindadvies is nog niet ingediend.' });
  });
});

describe('the signed eindadvies waits on the voorzitter (§7)', () => {
  it('the app moves a submitted eindadvies to eindadvies_gereed, and only then', () => {
    expect(
      decideTransition('eindadvies_in_opmaak', 'eindadvies_ingediend', 'system', facts),
    ).toEqual({ ok: true, to: 'eindadvies_gereed' });
    expect(
      decideTransition('eindadvies_in_opmaak', 'eindadvies_ingediend', 'system', {
        ...facts,
        eindadviesSubmitted: false,
      }),
    ).toEqual({ ok: false, reason: 'Het eindadvies is nog niet ingediend.' });
    for (const role of ROLES) {
      expect(
        decideTransition('eindadvies_in_opmaak', 'eindadvies_ingediend', [role], facts).ok,
      ).toBe(false);
    }
  });

  it('the voorzitter presents it from eindadvies_gereed, no longer while it is being written', () => {
    expect(decideTransition('eindadvies_gereed', 'presenteer', ['voorzitter'], facts)).toEqual({
      ok: true,
      to: 'ter_besluitvorming',
    });
    expect(decideTransition('eindadvies_gereed', 'presenteer', ['directeur'], facts).ok).toBe(
      false,
    );
    expect(decideTransition('eindadvies_in_opmaak', 'presenteer', ['voorzitter'], facts)).toEqual({
      ok: false,
      reason: 'Deze stap is niet mogelijk in de status ‘Eindadvies in opmaak’.',
    });
    expect(allowedEvents('eindadvies_gereed', ['voorzitter'], facts).map((t) => t.event)).toEqual([
      'presenteer',
    ]);
  });

  it('until the decision the school may still withdraw', () => {
    expect(decideTransition('eindadvies_gereed', 'trek_in', ['secretaris'], facts)).toEqual({
      ok: true,
      to: 'ingetrokken',
    });
  });
});

describe('buiten behandeling is a decision of the directeur-bestuurder (Awb 4:5, §7)', () => {
  const verstreken = { ...facts, aanvullingstermijnVerstreken: true };

  it('the SLL proposes it, only after the aanvullingstermijn expired', () => {
    expect(
      decideTransition(
        'wacht_op_aanvulling',
        'stel_buiten_behandeling_voor',
        ['secretaris'],
        facts,
      ),
    ).toEqual({ ok: false, reason: 'De termijn voor aanvulling is nog niet verstreken.' });
    expect(
      decideTransition(
        'wacht_op_aanvulling',
        'stel_buiten_behandeling_voor',
        ['secretaris'],
        verstreken,
      ),
    ).toEqual({ ok: true, to: 'buiten_behandeling_voorgesteld' });
    expect(
      decideTransition(
        'wacht_op_aanvulling',
        'stel_buiten_behandeling_voor',
        ['directeur'],
        verstreken,
      ).ok,
    ).toBe(false);
  });

  it('the SLL no longer puts it buiten behandeling herself', () => {
    expect(
      decideTransition('wacht_op_aanvulling', 'buiten_behandeling', ['secretaris'], verstreken).ok,
    ).toBe(false);
    expect(
      decideTransition(
        'buiten_behandeling_voorgesteld',
        'buiten_behandeling',
        ['secretaris'],
        verstreken,
      ),
    ).toEqual({ ok: false, reason: 'U hebt niet de rol die deze stap mag zetten.' });
  });

  it('the directeur decides while the term is still passed, or declines', () => {
    expect(
      decideTransition(
        'buiten_behandeling_voorgesteld',
        'buiten_behandeling',
        ['directeur'],
        verstreken,
      ),
    ).toEqual({ ok: true, to: 'buiten_behandeling_besloten' });
    expect(
      decideTransition(
        'buiten_behandeling_voorgesteld',
        'buiten_behandeling',
        ['directeur'],
        facts,
      ),
    ).toEqual({ ok: false, reason: 'De termijn voor aanvulling is nog niet verstreken.' });
    expect(
      decideTransition(
        'buiten_behandeling_voorgesteld',
        'wijs_buiten_behandeling_af',
        ['directeur'],
        facts,
      ),
    ).toEqual({ ok: true, to: 'wacht_op_aanvulling' });
    expect(
      allowedEvents('buiten_behandeling_voorgesteld', ['directeur'], verstreken)
        .map((t) => t.event)
        .sort(),
    ).toEqual(['buiten_behandeling', 'wijs_buiten_behandeling_af']);
  });

  it('a late aanvulling ends the proposal; the school may withdraw until the decision', () => {
    expect(
      decideTransition(
        'buiten_behandeling_voorgesteld',
        'aanvulling_ontvangen',
        ['secretaris'],
        facts,
      ),
    ).toEqual({ ok: true, to: 'in_controle' });
    expect(
      decideTransition('buiten_behandeling_voorgesteld', 'trek_in', ['secretaris'], facts).ok,
    ).toBe(true);
    expect(
      decideTransition('buiten_behandeling_besloten', 'trek_in', ['secretaris'], facts).ok,
    ).toBe(false);
  });

  it('the SLL sends the decision; then bezwaar is possible and it may be archived', () => {
    expect(
      decideTransition('buiten_behandeling_besloten', 'verzend', ['secretaris'], facts),
    ).toEqual({
      ok: true,
      to: 'buiten_behandeling',
    });
    expect(
      decideTransition('buiten_behandeling_besloten', 'registreer_bezwaar', ['secretaris'], facts)
        .ok,
    ).toBe(false);
    expect(
      decideTransition('buiten_behandeling', 'registreer_bezwaar', ['secretaris'], facts),
    ).toEqual({
      ok: true,
      to: 'in_bezwaar',
    });
    expect(decideTransition('buiten_behandeling', 'archiveer', ['secretaris'], facts).ok).toBe(
      true,
    );
    expect(
      decideTransition('buiten_behandeling_besloten', 'archiveer', ['secretaris'], facts).ok,
    ).toBe(false);
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

describe('§6: held by the TLA-vergadering, back on the next agenda with the answers', () => {
  const uptoMeeting = [
    'registreer',
    'start_controle',
    'markeer_compleet',
    'wijs_toe',
    'adviezen_verschillend',
  ] as const;

  it('knows from the steps whether the aanvraag waits for answers to a meeting’s questions', () => {
    expect(aangehoudenDoorVergadering([...uptoMeeting, 'vergadering_aanhouden'])).toBe(true);
    // Buiten behandeling proposed and declined while waiting: still the meeting's questions.
    expect(
      aangehoudenDoorVergadering([
        ...uptoMeeting,
        'vergadering_aanhouden',
        'stel_buiten_behandeling_voor',
        'wijs_buiten_behandeling_af',
      ]),
    ).toBe(true);
    // Answered: back on the agenda, no longer held.
    expect(
      aangehoudenDoorVergadering([...uptoMeeting, 'vergadering_aanhouden', 'vragen_beantwoord']),
    ).toBe(false);
    // Held twice: the second holding counts again.
    expect(
      aangehoudenDoorVergadering([
        ...uptoMeeting,
        'vergadering_aanhouden',
        'vragen_beantwoord',
        'vergadering_aanhouden',
      ]),
    ).toBe(true);
    // The intake's aanvulling and both deskundigen's aanhouden are not the meeting's.
    expect(aangehoudenDoorVergadering(['registreer', 'start_controle', 'vraag_aanvulling'])).toBe(
      false,
    );
    expect(
      aangehoudenDoorVergadering([
        'registreer',
        'start_controle',
        'markeer_compleet',
        'wijs_toe',
        'adviezen_unaniem',
        'vraag_aanvulling',
      ]),
    ).toBe(false);
    expect(aangehoudenDoorVergadering([])).toBe(false);
  });

  it('the SLL records the answers: to the agenda, not to the intake; otherwise the reverse', () => {
    const held: WorkflowFacts = { ...facts, aangehoudenDoorVergadering: true };
    for (const from of ['wacht_op_aanvulling', 'buiten_behandeling_voorgesteld'] as const) {
      expect(decideTransition(from, 'vragen_beantwoord', ['secretaris'], held)).toEqual({
        ok: true,
        to: 'geagendeerd',
      });
      expect(decideTransition(from, 'aanvulling_ontvangen', ['secretaris'], held)).toEqual({
        ok: false,
        reason:
          'De TLA-vergadering heeft deze aanvraag aangehouden: met de antwoorden van de school gaat zij terug naar de vergadering.',
      });
      expect(decideTransition(from, 'vragen_beantwoord', ['voorzitter'], held).ok).toBe(false);
      expect(decideTransition(from, 'aanvulling_ontvangen', ['secretaris'], facts)).toEqual({
        ok: true,
        to: 'in_controle',
      });
      expect(decideTransition(from, 'vragen_beantwoord', ['secretaris'], facts)).toEqual({
        ok: false,
        reason: 'Alleen voor een aanvraag die de TLA-vergadering heeft aangehouden.',
      });
    }
  });

  it('waits on the SLL while no request is out in wacht op aanvulling, else as WAITS_ON says', () => {
    expect(waitsOn('wacht_op_aanvulling', false)).toBe('secretaris');
    expect(waitsOn('wacht_op_aanvulling', true)).toBeNull();
    for (const state of AANVRAAG_STATES.filter((s) => s !== 'wacht_op_aanvulling')) {
      expect(waitsOn(state, false), state).toBe(WAITS_ON[state]);
      expect(waitsOn(state, true), state).toBe(WAITS_ON[state]);
    }
  });

  it('held by the meeting, the SLL first sends its questions, once; then only the answers come', () => {
    const held: WorkflowFacts = { ...facts, aangehoudenDoorVergadering: true };
    const steps = (f: WorkflowFacts) =>
      allowedEvents('wacht_op_aanvulling', ['secretaris'], f)
        .map((t) => t.event)
        .sort();
    expect(steps({ ...held, aanvullingGevraagd: false })).toEqual(['trek_in', 'vraag_aanvulling']);
    expect(findTransition('wacht_op_aanvulling', 'vraag_aanvulling')).toMatchObject({
      to: 'wacht_op_aanvulling',
      label: 'Vragen naar de school sturen',
    });
    expect(steps({ ...held, aanvullingGevraagd: true })).toEqual(['trek_in', 'vragen_beantwoord']);
    expect(
      decideTransition('wacht_op_aanvulling', 'vraag_aanvulling', ['secretaris'], {
        ...held,
        aanvullingGevraagd: true,
      }),
    ).toEqual({ ok: false, reason: 'De vragen zijn al naar de school gestuurd.' });
    // The intake's wait: one request at a time, answered by 'aanvulling ontvangen'.
    expect(steps({ ...facts, aanvullingGevraagd: true })).toEqual([
      'aanvulling_ontvangen',
      'trek_in',
    ]);
    expect(
      decideTransition('wacht_op_aanvulling', 'aanvulling_ontvangen', ['secretaris'], {
        ...facts,
        aanvullingGevraagd: false,
      }),
    ).toEqual({ ok: false, reason: 'Er staat geen verzoek om aanvulling open.' });
  });
});
