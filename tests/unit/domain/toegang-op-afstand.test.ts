import { describe, expect, it } from 'vitest';
import {
  ADRES_MAX_MISLUKT,
  ADRES_VENSTER_MS,
  adresGeblokkeerd,
  CODE_LOCK_MS,
  CODE_MAX_MISLUKT,
  HERSTELCODES_AANTAL,
  herstelcodeUit,
  IDLE_LIMIT_MS,
  leesCode,
  MAX_SESSIE_DUUR_MS,
  recenteMislukkingen,
  sessieEinde,
  stapNaWachtwoord,
  TOTP_CIJFERS,
  TOTP_PERIODE_S,
  TOTP_VENSTER,
  totpStapNieuw,
  WACHT_OP_CODE_MS,
} from '../../../electron/domain/toegang-op-afstand';

// Issue 13 · the rules of remote access: the numbers are pinned here, so changing one is a choice.

const MIN = 60 * 1000;

describe('the numbers', () => {
  it('are what the architecture documents', () => {
    expect(IDLE_LIMIT_MS).toBe(15 * MIN);
    expect(MAX_SESSIE_DUUR_MS).toBe(12 * 60 * MIN);
    expect(WACHT_OP_CODE_MS).toBe(10 * MIN);
    expect([TOTP_PERIODE_S, TOTP_CIJFERS, TOTP_VENSTER]).toEqual([30, 6, 1]);
    expect(HERSTELCODES_AANTAL).toBe(10);
    expect([ADRES_MAX_MISLUKT, ADRES_VENSTER_MS]).toEqual([20, 15 * MIN]);
    expect([CODE_MAX_MISLUKT, CODE_LOCK_MS]).toEqual([5, 5 * MIN]);
  });
});

describe('when a session ends', () => {
  const begin = 1_000_000;
  const s = (laatstGezienMs: number, stap: 'volledig' | 'code' | 'inschrijven' = 'volledig') => ({
    begonnenMs: begin,
    laatstGezienMs,
    stap,
  });

  it('holds while used, up to 15 minutes idle', () => {
    expect(sessieEinde(s(begin), begin + IDLE_LIMIT_MS)).toBeNull();
    expect(sessieEinde(s(begin), begin + IDLE_LIMIT_MS + 1)).toBe('inactief');
  });

  it('ends after 12 hours, however busy', () => {
    const now = begin + MAX_SESSIE_DUUR_MS;
    expect(sessieEinde(s(now - 1000), now - 1)).toBeNull();
    expect(sessieEinde(s(now - 1000), now)).toBe('verlopen');
  });

  it('gives a session waiting for its code or its enrolment 10 minutes', () => {
    for (const stap of ['code', 'inschrijven'] as const) {
      expect(
        sessieEinde(s(begin + WACHT_OP_CODE_MS - 2, stap), begin + WACHT_OP_CODE_MS - 1),
      ).toBeNull();
      expect(sessieEinde(s(begin + WACHT_OP_CODE_MS - 1, stap), begin + WACHT_OP_CODE_MS)).toBe(
        'verlopen',
      );
    }
    expect(sessieEinde(s(begin + WACHT_OP_CODE_MS - 1), begin + WACHT_OP_CODE_MS)).toBeNull();
  });
});

describe('the step after a correct password', () => {
  it('asks a user with a second factor for the code, here and from elsewhere', () => {
    for (const opAfstand of [false, true])
      for (const verplichtOpAfstand of [false, true])
        expect(stapNaWachtwoord({ heeftTweedeFactor: true, opAfstand, verplichtOpAfstand })).toBe(
          'code',
        );
  });

  it('lets a user without one from another machine only enrol, when the setting requires it', () => {
    expect(
      stapNaWachtwoord({ heeftTweedeFactor: false, opAfstand: true, verplichtOpAfstand: true }),
    ).toBe('inschrijven');
    expect(
      stapNaWachtwoord({ heeftTweedeFactor: false, opAfstand: true, verplichtOpAfstand: false }),
    ).toBe('volledig');
    expect(
      stapNaWachtwoord({ heeftTweedeFactor: false, opAfstand: false, verplichtOpAfstand: true }),
    ).toBe('volledig');
  });
});

describe('a TOTP code is never accepted twice', () => {
  it('accepts only a step after the last one accepted', () => {
    expect(totpStapNieuw(100, null)).toBe(true);
    expect(totpStapNieuw(101, 100)).toBe(true);
    expect(totpStapNieuw(100, 100)).toBe(false);
    expect(totpStapNieuw(99, 100)).toBe(false);
  });
});

describe('the code field', () => {
  it('reads six digits as a TOTP code, spaces allowed', () => {
    expect(leesCode('123456')).toEqual({ soort: 'totp', code: '123456' });
    expect(leesCode(' 123 456 ')).toEqual({ soort: 'totp', code: '123456' });
  });

  it('reads a recovery code in any case, with or without its dash', () => {
    expect(leesCode('ABCDE-FG234')).toEqual({ soort: 'herstel', code: 'abcdefg234' });
    expect(leesCode('abcdefg234')).toEqual({ soort: 'herstel', code: 'abcdefg234' });
  });

  it('refuses anything else', () => {
    for (const bad of ['', '12345', '1234567', 'abcde-fgh18', 'abcdefghijk', '12345a'])
      expect(leesCode(bad), bad).toBeNull();
  });

  it('reads back every recovery code it makes', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 37 + 5);
    const code = herstelcodeUit(bytes);
    expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(leesCode(code)).toEqual({ soort: 'herstel', code: code.replace('-', '') });
  });
});

describe('the throttle per client address', () => {
  const now = 10 * ADRES_VENSTER_MS;
  const failures = (n: number, at: number) => Array.from({ length: n }, () => at);

  it('closes an address at 20 failures within 15 minutes', () => {
    expect(adresGeblokkeerd(failures(ADRES_MAX_MISLUKT - 1, now - 1000), now)).toBe(false);
    expect(adresGeblokkeerd(failures(ADRES_MAX_MISLUKT, now - 1000), now)).toBe(true);
  });

  it('opens it again as the failures age out of the window', () => {
    const old = failures(ADRES_MAX_MISLUKT, now - ADRES_VENSTER_MS);
    expect(adresGeblokkeerd(old, now)).toBe(false);
    expect(recenteMislukkingen([...old, now - 1], now)).toEqual([now - 1]);
  });
});
