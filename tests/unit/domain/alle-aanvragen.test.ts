import { describe, expect, it } from 'vitest';
import {
  bezwaarKanNogTot,
  laatsteDagVoorBezwaar,
  lijstTermijn,
  STATE_FILTER_GROUPS,
} from '../../../electron/domain/alle-aanvragen';
import { UNDECIDED_STATES } from '../../../electron/domain/state-groups';
import { AANVRAAG_STATES } from '../../../electron/domain/types';
import { decideTransition, type WorkflowFacts } from '../../../electron/domain/workflow';

const facts: WorkflowFacts = {
  documentCount: 1,
  assignmentsComplete: true,
  submittedAdviezen: 2,
  unanimous: true,
  eindadviesSubmitted: true,
};

describe('the state filter of Alle aanvragen', () => {
  it('puts every state in exactly one group', () => {
    const placed = STATE_FILTER_GROUPS.flatMap((g) => g.states);
    expect([...placed].sort()).toEqual([...AANVRAAG_STATES].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('groups as the procedure runs: lopend, besloten, verzonden, bezwaar, afgesloten', () => {
    const of = (key: string) => STATE_FILTER_GROUPS.find((g) => g.key === key)?.states ?? [];
    expect(STATE_FILTER_GROUPS.map((g) => g.key)).toEqual([
      'lopend',
      'besloten',
      'verzonden',
      'bezwaar',
      'afgesloten',
    ]);
    expect(of('lopend')).toEqual(UNDECIDED_STATES);
    expect(of('besloten')).toContain('besloten');
    expect(of('verzonden')).toEqual(expect.arrayContaining(['verzonden', 'buiten_behandeling']));
    expect(of('bezwaar')).toEqual(['in_bezwaar', 'besloten_op_bezwaar']);
    expect(of('afgesloten')).toEqual(['ingetrokken', 'gearchiveerd']);
  });
});

describe('the term a list shows', () => {
  it('the beslistermijn before the decision, the bezwaartermijn once sent, then the bezwaar', () => {
    expect(lijstTermijn('ontvangen')).toBe('beslistermijn');
    expect(lijstTermijn('wacht_op_aanvulling')).toBe('beslistermijn');
    expect(lijstTermijn('ter_besluitvorming')).toBe('beslistermijn');
    expect(lijstTermijn('besloten')).toBeNull();
    expect(lijstTermijn('verzonden')).toBe('bezwaartermijn');
    expect(lijstTermijn('buiten_behandeling')).toBe('bezwaartermijn');
    expect(lijstTermijn('in_bezwaar')).toBe('beslissing_op_bezwaar');
    expect(lijstTermijn('besloten_op_bezwaar')).toBeNull();
    expect(lijstTermijn('gearchiveerd')).toBeNull();
    expect(lijstTermijn('ingetrokken')).toBeNull();
  });
});

describe('archiving waits until no bezwaar can come in on time (Awb 6:7–6:9)', () => {
  // Sent Mon 1-9-2025: the bezwaartermijn ends Mon 13-10-2025; a bezwaar posted in time may
  // arrive until a week later, Mon 20-10-2025.
  it('the last day is the end of the bezwaartermijn plus a week', () => {
    expect(laatsteDagVoorBezwaar('2025-09-01')).toBe('2025-10-20');
  });

  it('blocks through that day, not after it', () => {
    expect(bezwaarKanNogTot('2025-09-01', '2025-09-02')).toBe('2025-10-20');
    expect(bezwaarKanNogTot('2025-09-01', '2025-10-20')).toBe('2025-10-20');
    expect(bezwaarKanNogTot('2025-09-01', '2025-10-21')).toBeNull();
    expect(bezwaarKanNogTot(null, '2025-10-21')).toBeNull();
  });

  it('the workflow refuses to archive while a bezwaar can come, with the day in Dutch', () => {
    const early = decideTransition('verzonden', 'archiveer', ['secretaris'], {
      ...facts,
      bezwaarKanNogTot: '2025-10-20',
    });
    expect(early).toEqual({
      ok: false,
      reason: expect.stringContaining('tot en met 20 oktober 2025 nog bezwaar binnenkomen'),
    });
    expect(
      decideTransition('verzonden', 'archiveer', ['secretaris'], {
        ...facts,
        bezwaarKanNogTot: null,
      }),
    ).toEqual({ ok: true, to: 'gearchiveerd' });
  });

  it('only the secretaris archives, and only a dossier that is done', () => {
    const done = { ...facts, bezwaarKanNogTot: null };
    for (const from of [
      'verzonden',
      'besloten_op_bezwaar',
      'ingetrokken',
      'buiten_behandeling',
    ] as const)
      expect(decideTransition(from, 'archiveer', ['secretaris'], done).ok).toBe(true);
    for (const role of ['voorzitter', 'directeur', 'deskundige', 'beheerder'] as const)
      expect(decideTransition('verzonden', 'archiveer', [role], done).ok).toBe(false);
    for (const from of ['in_advies', 'besloten', 'in_bezwaar', 'gearchiveerd'] as const)
      expect(decideTransition(from, 'archiveer', ['secretaris'], done).ok).toBe(false);
  });
});
