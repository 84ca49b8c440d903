import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../../electron/api/sessions';
import type { SessionUser } from '../../../electron/core/context';
import { LOKALE_HERKOMST } from '../../../electron/contract/envelope';
import {
  ADRES_MAX_MISLUKT,
  CODE_LOCK_MS,
  CODE_MAX_MISLUKT,
  MAX_SESSIE_DUUR_MS,
} from '../../../electron/domain/toegang-op-afstand';
import { LoginGuard } from '../../../electron/services/accounts';
import { totpStap } from '../../../electron/services/tweede-factor';

// Issue 13 · the second factor's verification with the otpauth library, the throttles and the
// session store, on a fake clock. Codes are generated with the same library an app would follow.

const secret = new Secret({ size: 20 }).base32;
const app = new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 });
const T0 = Date.UTC(2026, 11, 4, 9, 0, 15);
const codeAt = (ms: number) => app.generate({ timestamp: ms });

describe('the TOTP window', () => {
  const stepNow = Math.floor(T0 / 30_000);

  it('accepts the code of now, and of one step either side', () => {
    expect(totpStap(secret, codeAt(T0), T0)).toBe(stepNow);
    expect(totpStap(secret, codeAt(T0 - 30_000), T0)).toBe(stepNow - 1);
    expect(totpStap(secret, codeAt(T0 + 30_000), T0)).toBe(stepNow + 1);
  });

  it('refuses a code two steps off, and a wrong one', () => {
    expect(totpStap(secret, codeAt(T0 - 60_000), T0)).toBeNull();
    expect(totpStap(secret, codeAt(T0 + 60_000), T0)).toBeNull();
    const wrong = String((Number(codeAt(T0)) + 1) % 1_000_000).padStart(6, '0');
    expect(totpStap(secret, wrong, T0)).toBeNull();
  });
});

describe('the throttles', () => {
  const remote = (adres: string) => ({ adres, opAfstand: true });

  it('locks second-factor codes after 5 wrong ones for 5 minutes', () => {
    let now = T0;
    const guard = new LoginGuard(() => now);
    for (let i = 1; i < CODE_MAX_MISLUKT; i += 1)
      expect(guard.failCode(7, LOKALE_HERKOMST)).toBe(false);
    expect(guard.failCode(7, LOKALE_HERKOMST)).toBe(true);
    expect(() => guard.refuseCode(7, LOKALE_HERKOMST)).toThrow(/Te veel onjuiste codes/);
    expect(() => guard.refuseCode(8, LOKALE_HERKOMST)).not.toThrow();
    now += CODE_LOCK_MS - 1;
    expect(() => guard.refuseCode(7, LOKALE_HERKOMST)).toThrow();
    now += 1;
    expect(() => guard.refuseCode(7, LOKALE_HERKOMST)).not.toThrow();
  });

  it('closes an address after 20 failures across accounts; other addresses and this computer go on', () => {
    const guard = new LoginGuard(() => T0);
    for (let i = 0; i < ADRES_MAX_MISLUKT - 1; i += 1)
      guard.failCode(100 + i, remote('203.0.113.9'));
    expect(() => guard.refuseCode(1, remote('203.0.113.9'))).not.toThrow();
    guard.failCode(200, remote('203.0.113.9'));
    expect(() => guard.refuseCode(1, remote('203.0.113.9'))).toThrow(/vanaf dit adres/);
    expect(() => guard.refuseCode(1, remote('198.51.100.4'))).not.toThrow();
    expect(() => guard.refuseCode(1, LOKALE_HERKOMST)).not.toThrow();
  });

  it('does not count failures on this computer toward an address', () => {
    const guard = new LoginGuard(() => T0);
    for (let i = 0; i < ADRES_MAX_MISLUKT * 2; i += 1) guard.failCode(100 + i, LOKALE_HERKOMST);
    expect(() => guard.refuseCode(1, LOKALE_HERKOMST)).not.toThrow();
  });
});

describe('the session store', () => {
  const user: SessionUser = {
    id: 3,
    naam: 'Sam',
    username: 'sam',
    roles: ['secretaris'],
    deskundigeId: null,
    mustChangePassword: false,
  };

  it('ends a busy session after 12 hours', () => {
    let now = T0;
    const store = new SessionStore(() => now);
    const token = store.create(user, LOKALE_HERKOMST);
    while (now + 10 * 60_000 < T0 + MAX_SESSIE_DUUR_MS) {
      now += 10 * 60_000;
      expect(store.touch(token)).not.toBeNull();
    }
    now = T0 + MAX_SESSIE_DUUR_MS;
    expect(store.touch(token)).toBeNull();
  });

  it('keeps the client address, lists without tokens, and promotes under a new token', () => {
    const store = new SessionStore(() => T0);
    const token = store.create(user, remote('192.0.2.7'), 'code');
    const [info] = store.list();
    expect(info).toMatchObject({ userId: 3, stap: 'code', herkomst: remote('192.0.2.7') });
    expect(JSON.stringify(store.list())).not.toContain(token);
    const next = store.promote(token);
    expect(next).not.toBe(token);
    expect(store.touch(token)).toBeNull();
    expect(store.touch(next)?.stap).toBe('volledig');
    expect(store.endById(info!.id)).toBe(3);
    expect(store.touch(next)).toBeNull();
  });

  function remote(adres: string) {
    return { adres, opAfstand: true };
  }
});
