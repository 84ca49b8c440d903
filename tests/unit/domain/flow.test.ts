import { describe, expect, it } from 'vitest';
import {
  BETROKKENHEID_LABELS,
  BETROKKENHEID_ROLLEN,
  betrokkenheidLabel,
  deelnameAanPunt,
  mayRecordUitkomst,
} from '../../../electron/domain/betrokkenheid';
import { bezwaartermijn, validateVerzondenOp } from '../../../electron/domain/bezwaar';
import { GETELDE_UITKOMSTEN } from '../../../electron/domain/doorlooptijd';
import { lastAanvullingsverzoek, type Opschorting } from '../../../electron/domain/opschorting';
import {
  ADVICE_OPEN_STATES,
  CLOSED_STATES,
  DECIDED_STATES,
  inGroup,
  UNDECIDED_STATES,
  WITH_BEZWAAR_STATES,
  WITH_EINDADVIES_STATES,
} from '../../../electron/domain/state-groups';
import { AANVRAAG_STATES, ROLES } from '../../../electron/domain/types';
import { NEXT_STEP, WAITS_ON, whatHappensNext } from '../../../electron/domain/workflow';

// Issue 10, "the flow reaches the right person": the rules of the new states, the day of sending,
// what happens next, and who takes part in a TLA-vergadering's item.

describe('the states of a signed eindadvies and of buiten behandeling, in their groups', () => {
  it('eindadvies gereed: no decision yet, the deskundigen still count it, its eindadvies shows', () => {
    expect(inGroup(UNDECIDED_STATES, 'eindadvies_gereed')).toBe(true);
    expect(inGroup(ADVICE_OPEN_STATES, 'eindadvies_gereed')).toBe(true);
    expect(inGroup(WITH_EINDADVIES_STATES, 'eindadvies_gereed')).toBe(true);
    expect(inGroup(DECIDED_STATES, 'eindadvies_gereed')).toBe(false);
  });

  it('buiten behandeling voorgesteld: the beslistermijn still runs, nothing decided', () => {
    expect(inGroup(UNDECIDED_STATES, 'buiten_behandeling_voorgesteld')).toBe(true);
    expect(inGroup(DECIDED_STATES, 'buiten_behandeling_voorgesteld')).toBe(false);
    expect(inGroup(ADVICE_OPEN_STATES, 'buiten_behandeling_voorgesteld')).toBe(false);
  });

  it('buiten behandeling besloten: decided, to be sent (open), no eindadvies, no bezwaar yet', () => {
    expect(inGroup(DECIDED_STATES, 'buiten_behandeling_besloten')).toBe(true);
    expect(inGroup(UNDECIDED_STATES, 'buiten_behandeling_besloten')).toBe(false);
    expect(inGroup(CLOSED_STATES, 'buiten_behandeling_besloten')).toBe(false);
    expect(inGroup(WITH_EINDADVIES_STATES, 'buiten_behandeling_besloten')).toBe(false);
    expect(inGroup(WITH_BEZWAAR_STATES, 'buiten_behandeling_besloten')).toBe(false);
    expect(inGroup(WITH_EINDADVIES_STATES, 'buiten_behandeling')).toBe(false);
    expect(inGroup(WITH_BEZWAAR_STATES, 'buiten_behandeling')).toBe(true);
  });

  it('a state is either awaiting the decision or decided, or closed without one', () => {
    for (const s of AANVRAAG_STATES) {
      const undecided = inGroup(UNDECIDED_STATES, s);
      expect(undecided && inGroup(DECIDED_STATES, s), s).toBe(false);
    }
  });
});

describe('the day of sending a decision (Awb 6:8)', () => {
  const besluitdatum = '2026-03-02';
  const today = '2026-03-10';

  it('lies on or after the besluitdatum and not after today', () => {
    expect(validateVerzondenOp({ besluitdatum, verzondenOp: besluitdatum, today })).toEqual({
      ok: true,
    });
    expect(validateVerzondenOp({ besluitdatum, verzondenOp: today, today })).toEqual({ ok: true });
    expect(validateVerzondenOp({ besluitdatum, verzondenOp: '2026-03-01', today })).toEqual({
      ok: false,
      message: 'De verzenddatum ligt vóór de besluitdatum (2 maart 2026).',
    });
    expect(validateVerzondenOp({ besluitdatum, verzondenOp: '2026-03-11', today })).toEqual({
      ok: false,
      message: 'De verzenddatum ligt in de toekomst.',
    });
  });

  it('the bezwaartermijn runs from the day after sending for six weeks (rulebook §9)', () => {
    // Sent Mon 1-9-2025 → the term runs Tue 2-9-2025 up to and including Mon 13-10-2025.
    expect(bezwaartermijn('2025-09-01')).toEqual({ van: '2025-09-02', totEnMet: '2025-10-13' });
    // Sent Sat 6-9-2025: six weeks end on Sat 18-10-2025, moved by the Atw to Mon 20-10-2025.
    expect(bezwaartermijn('2025-09-06')).toEqual({ van: '2025-09-07', totEnMet: '2025-10-20' });
  });
});

describe('decisions counted in doorlooptijd and behaald (§7, §9)', () => {
  it('are TLV afgegeven, niet afgegeven and buiten behandeling', () => {
    expect([...GETELDE_UITKOMSTEN].sort()).toEqual([
      'buiten_behandeling',
      'tlv_afgegeven',
      'tlv_niet_afgegeven',
    ]);
  });
});

describe('the request for aanvulling a buiten behandeling rests on', () => {
  it('is the last one under Awb 4:15 lid 1a', () => {
    const list: Opschorting[] = [
      { grond: 'awb_4_15_1a', start: '2026-01-05', termEnd: '2026-01-19', resumedOn: '2026-01-12' },
      { grond: 'awb_4_15_2c', start: '2026-01-20', termEnd: '2026-01-22', resumedOn: null },
      { grond: 'awb_4_15_1a', start: '2026-02-02', termEnd: '2026-02-16', resumedOn: null },
      { grond: 'awb_4_15_2a', start: '2026-02-20', termEnd: null, resumedOn: null },
    ];
    expect(lastAanvullingsverzoek(list)?.start).toBe('2026-02-02');
    expect(lastAanvullingsverzoek([])).toBeUndefined();
  });
});

describe('what happens next (the aanvraag page)', () => {
  it('every state has a sentence', () => {
    for (const s of AANVRAAG_STATES) expect(NEXT_STEP[s].length, s).toBeGreaterThan(20);
  });

  it('after "Dossier compleet" the SLL reads that the voorzitter assigns and she need not act', () => {
    expect(whatHappensNext('te_verdelen', 'secretaris')).toBe(
      'Het dossier is compleet. De TLA-voorzitter wijst nu twee deskundigen toe. U hoeft niets te doen.',
    );
  });

  it('says "U hoeft niets te doen" exactly when the state does not wait on the role', () => {
    for (const s of AANVRAAG_STATES) {
      for (const role of ROLES) {
        const line = whatHappensNext(s, role);
        expect(line.startsWith(NEXT_STEP[s]), `${s} ${role}`).toBe(true);
        expect(line.endsWith('U hoeft niets te doen.'), `${s} ${role}`).toBe(WAITS_ON[s] !== role);
      }
    }
  });

  it('does not say "U hoeft niets te doen" beside a step the caller can take (archiving)', () => {
    expect(whatHappensNext('ingetrokken', 'secretaris', ['archiveer', 'trek_in'])).toBe(
      'De school heeft de aanvraag ingetrokken. De secretaresse leerlingenzaken kan het dossier archiveren.',
    );
    expect(whatHappensNext('ingetrokken', 'voorzitter')).toMatch(/U hoeft niets te doen\.$/);
  });

  it("a side step (registering a withdrawal) does not make the next step the caller's", () => {
    expect(whatHappensNext('te_verdelen', 'secretaris', ['trek_in'])).toBe(
      'Het dossier is compleet. De TLA-voorzitter wijst nu twee deskundigen toe. U hoeft niets te doen.',
    );
  });

  it('the signed eindadvies names the voorzitter as the next to act', () => {
    expect(whatHappensNext('eindadvies_gereed', 'deskundige')).toBe(
      'Het eindadvies is ondertekend. De TLA-voorzitter legt het nu voor aan de directeur-bestuurder. U hoeft niets te doen.',
    );
  });
});

describe('betrokkenen in the TLA-vergadering (§6)', () => {
  const aanwezigen = [
    { userId: 1, naam: 'Voorzitter' },
    { userId: 2, naam: 'Eerste deskundige' },
    { userId: 3, naam: 'SC van de school' },
  ];

  it('a betrokkene present leaves the item; everyone else, the advising deskundigen too, takes part', () => {
    const d = deelnameAanPunt(aanwezigen, [3, 9]);
    expect(d.deelnemers.map((a) => a.userId)).toEqual([1, 2]);
    expect(d.nietDeelnemers.map((a) => a.userId)).toEqual([3]);
    expect(deelnameAanPunt(aanwezigen, []).nietDeelnemers).toEqual([]);
  });

  it('a betrokkene does not record the outcome of the item', () => {
    expect(mayRecordUitkomst(1, [3])).toEqual({ ok: true });
    const r = mayRecordUitkomst(3, [3]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/betrokken bij deze aanvraag/);
  });

  it('every way of being involved has a Dutch label', () => {
    for (const r of BETROKKENHEID_ROLLEN)
      expect(BETROKKENHEID_LABELS[r].length).toBeGreaterThan(10);
    expect(betrokkenheidLabel('steunpuntcoordinator')).toBe(
      'Steunpuntcoördinator (SC) op deze aanvraag',
    );
    expect(betrokkenheidLabel('iets anders')).toBe('iets anders');
  });
});
