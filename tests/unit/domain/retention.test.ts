import { describe, expect, it } from 'vitest';
import { mayDeleteDossier, verwijderbaarVanaf } from '../../../electron/domain/retention';

describe('retention (§12: at most 3 years after the decision; bezwaar holds deletion)', () => {
  it('allows deletion from the day three years after the decision', () => {
    expect(verwijderbaarVanaf('2025-11-15')).toBe('2028-11-15');
    expect(
      mayDeleteDossier({ besluitOp: '2025-11-15', today: '2028-11-14', bezwaarOfBeroepOpen: false })
        .ok,
    ).toBe(false);
    expect(
      mayDeleteDossier({
        besluitOp: '2025-11-15',
        today: '2028-11-15',
        bezwaarOfBeroepOpen: false,
      }),
    ).toEqual({ ok: true, from: '2028-11-15' });
  });

  it('holds deletion while a bezwaar or beroep runs, however old the decision', () => {
    const r = mayDeleteDossier({
      besluitOp: '2020-01-10',
      today: '2026-11-25',
      bezwaarOfBeroepOpen: true,
    });
    expect(r).toEqual({
      ok: false,
      reason: 'Er loopt een bezwaar of beroep: het dossier wordt bewaard tot dat is afgerond.',
    });
  });

  it('moves 29 February to 1 March and follows the setting', () => {
    expect(verwijderbaarVanaf('2024-02-29')).toBe('2027-03-01');
    expect(verwijderbaarVanaf('2024-02-29', 4)).toBe('2028-02-29');
    expect(
      mayDeleteDossier({ besluitOp: null, today: '2026-11-25', bezwaarOfBeroepOpen: false }).ok,
    ).toBe(false);
  });
});
