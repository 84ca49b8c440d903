import { describe, expect, it } from 'vitest';
import {
  BEWAAR_BLOKKADE_LABELS,
  bewaarStatus,
  bewaartermijnStart,
  magVernietigingGoedkeuren,
  verklaringNummer,
  verwijderbaarVanaf,
} from '../../../electron/domain/retention';

describe('retention (§12: at most 3 years after the decision; bezwaar holds deletion)', () => {
  const feiten = { besluitOpBezwaar: null, ingetrokkenOp: null, blokkades: [] } as const;

  it('allows deletion from the day three years after the decision', () => {
    expect(verwijderbaarVanaf('2025-11-15')).toBe('2028-11-15');
    expect(bewaarStatus({ ...feiten, besluitdatum: '2025-11-15' }, '2028-11-14').status).toBe(
      'bewaren',
    );
    expect(bewaarStatus({ ...feiten, besluitdatum: '2025-11-15' }, '2028-11-15')).toEqual({
      status: 'te_vernietigen',
      start: '2025-11-15',
      vanaf: '2028-11-15',
    });
  });

  it('holds deletion while a bezwaar or beroep runs, however old the decision', () => {
    const r = bewaarStatus(
      { ...feiten, besluitdatum: '2020-01-10', blokkades: ['beroep', 'bezwaar'] },
      '2026-11-25',
    );
    expect(r).toEqual({
      status: 'vastgehouden',
      start: '2020-01-10',
      vanaf: '2023-01-10',
      redenen: [BEWAAR_BLOKKADE_LABELS.bezwaar, BEWAAR_BLOKKADE_LABELS.beroep],
    });
  });

  it('moves 29 February to 1 March and follows the setting', () => {
    expect(verwijderbaarVanaf('2024-02-29')).toBe('2027-03-01');
    expect(verwijderbaarVanaf('2024-02-29', 4)).toBe('2028-02-29');
    expect(bewaarStatus({ ...feiten, besluitdatum: null }, '2026-11-25').status).toBe('lopend');
  });
});

describe('the vernietigingslijst (issue 11: §12, S7)', () => {
  const base = { besluitOpBezwaar: null, ingetrokkenOp: null, blokkades: [] } as const;

  it('starts the term at the last decision: the decision on a bezwaar when there was one', () => {
    expect(bewaartermijnStart({ ...base, besluitdatum: '2026-03-10' })).toBe('2026-03-10');
    expect(
      bewaartermijnStart({ ...base, besluitdatum: '2026-03-10', besluitOpBezwaar: '2026-09-01' }),
    ).toBe('2026-09-01');
    // A withdrawn aanvraag has no decision: its term runs from the withdrawal.
    expect(bewaartermijnStart({ ...base, besluitdatum: null, ingetrokkenOp: '2026-02-02' })).toBe(
      '2026-02-02',
    );
    expect(bewaartermijnStart({ ...base, besluitdatum: null })).toBeNull();
  });

  it('is due on the day three years after the decision, and not one day before', () => {
    const f = { ...base, besluitdatum: '2026-03-10' };
    expect(bewaarStatus(f, '2029-03-09')).toEqual({
      status: 'bewaren',
      start: '2026-03-10',
      vanaf: '2029-03-10',
    });
    expect(bewaarStatus(f, '2029-03-10')).toEqual({
      status: 'te_vernietigen',
      start: '2026-03-10',
      vanaf: '2029-03-10',
    });
    // The setting: two years.
    expect(bewaarStatus(f, '2028-03-10', 2).status).toBe('te_vernietigen');
    expect(bewaarStatus({ ...base, besluitdatum: null }, '2040-01-01')).toEqual({
      status: 'lopend',
    });
  });

  it('holds a dossier past its term while a bezwaar, a beroep or an AVG request runs', () => {
    const f = { ...base, besluitdatum: '2026-03-10', blokkades: ['beroep', 'bezwaar'] as const };
    expect(bewaarStatus(f, '2030-01-01')).toEqual({
      status: 'vastgehouden',
      start: '2026-03-10',
      vanaf: '2029-03-10',
      redenen: ['Er loopt een bezwaar tegen het besluit.', 'Er loopt een beroep bij de rechter.'],
    });
    // Within the term a hold changes nothing: the dossier is kept anyway.
    expect(bewaarStatus(f, '2027-01-01').status).toBe('bewaren');
    expect(
      bewaarStatus(
        { ...base, besluitdatum: '2026-03-10', blokkades: ['avg_verzoek'] },
        '2030-01-01',
      ).status,
    ).toBe('vastgehouden');
  });

  it('needs two people: the directeur approves, never the one who proposed', () => {
    expect(
      magVernietigingGoedkeuren({
        voorgesteldDoor: 1,
        goedkeurder: 2,
        goedkeurderRollen: ['directeur'],
      }),
    ).toEqual({ ok: true });
    expect(
      magVernietigingGoedkeuren({
        voorgesteldDoor: 2,
        goedkeurder: 2,
        goedkeurderRollen: ['beheerder', 'directeur'],
      }),
    ).toEqual({
      ok: false,
      reason: 'U hebt deze vernietiging zelf voorgesteld. Een tweede persoon moet haar goedkeuren.',
    });
    expect(
      magVernietigingGoedkeuren({
        voorgesteldDoor: 1,
        goedkeurder: 3,
        goedkeurderRollen: ['beheerder'],
      }).ok,
    ).toBe(false);
  });

  it('numbers a verklaring by the year of approval and the proposal', () => {
    expect(verklaringNummer('2030-01-15', 7)).toBe('VV-2030-0007');
  });
});
