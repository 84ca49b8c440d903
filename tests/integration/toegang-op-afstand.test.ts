import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';
import type { ApiFailure, Herkomst } from '../../electron/contract/envelope';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import {
  ADRES_MAX_MISLUKT,
  CODE_MAX_MISLUKT,
  MAX_SESSIE_DUUR_MS,
} from '../../electron/domain/toegang-op-afstand';
import { verifyAuditChain } from '../../electron/services/audit';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type TestBackend,
} from '../support/backend';

// Issue 13 · accounts fit for remote access, through the procedure table with a herkomst as the
// network-facing server passes it: enrolment of a second factor (QR, code, recovery codes), the
// login with a TOTP code or a recovery code, the enrol-only session of a remote user without one,
// the sessions the beheerder sees and ends, the absolute lifetime, the throttles, and the client
// address in the audit chain. A fake clock; codes made with otpauth as an app would.

let t: TestBackend;
let now = new Date('2026-12-01T09:00:10Z');
const tick = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const VAN_ELDERS: Herkomst = { adres: '203.0.113.5', opAfstand: true };

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
}, 60000);
afterAll(() => t.close());

/** One session as a client from `herkomst` (absent: this computer). */
function als(session: string | undefined, herkomst?: Herkomst) {
  const dispatch = (name: string, input: unknown) =>
    t.backend.dispatch({ name, input, ...(session ? { session } : {}) }, herkomst);
  return {
    session,
    async call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
      const r = await dispatch(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.data as OutputOf<N>;
    },
    async fail(name: ProcedureName, input: unknown): Promise<ApiFailure['error']> {
      const r = await dispatch(name, input);
      if (r.ok) throw new Error(`${name} was expected to fail`);
      return r.error;
    },
  };
}

async function wachtwoord(username: string, herkomst?: Herkomst) {
  const r = await als(undefined, herkomst).call('auth.login', {
    username,
    password: DEMO_PASSWORD,
  });
  return { ...r, als: als(r.session, herkomst) };
}

const codeNu = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now.getTime() });

/** Enrols `username` from this computer; the secret and the recovery codes. */
async function schrijfIn(username: string) {
  const { als: s } = await wachtwoord(username);
  const start = await s.call('auth.tweedeFactorStart', {});
  const secret = start.secret.replaceAll(' ', '');
  const { herstelcodes } = await s.call('auth.tweedeFactorBevestig', { code: codeNu(secret) });
  await s.call('auth.logout', {});
  tick(30_000);
  return { secret, herstelcodes };
}

function auditRows(action: string) {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        'SELECT object_id AS objectId, details, bron FROM audit_log WHERE action = ? ORDER BY id',
      )
      .all(action) as { objectId: number; details: string | null; bron: string | null }[];
  } finally {
    db.close();
  }
}

function chainIntact(): boolean {
  const db = openReadonly(t);
  try {
    return verifyAuditChain(db) === null;
  } finally {
    db.close();
  }
}

describe('a remote user without a second factor', () => {
  it('may only enrol after the password: QR code, a current code, ten recovery codes once', async () => {
    const { user, als: s } = await wachtwoord('ortho1', VAN_ELDERS);
    expect(user).toMatchObject({ stap: 'inschrijven', tweedeFactor: false });
    expect((await s.fail('scholen.list', {})).message).toMatch(
      /Stel eerst tweestapsverificatie in/,
    );
    expect((await s.call('auth.me', {})).stap).toBe('inschrijven');

    const start = await s.call('auth.tweedeFactorStart', {});
    expect(start.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(start.uri).toContain('issuer=TLA');
    expect(decodeURIComponent(start.uri)).toContain('ortho1 (');
    expect(start.qrSvg.startsWith('<svg')).toBe(true);
    const secret = start.secret.replaceAll(' ', '');

    const wrong = String((Number(codeNu(secret)) + 1) % 1_000_000).padStart(6, '0');
    expect((await s.fail('auth.tweedeFactorBevestig', { code: wrong })).code).toBe('invalid_input');
    const done = await s.call('auth.tweedeFactorBevestig', { code: codeNu(secret) });
    expect(done.herstelcodes).toHaveLength(10);
    expect(new Set(done.herstelcodes).size).toBe(10);
    for (const c of done.herstelcodes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);

    // The enrol-only token ends; the new one is a full session.
    expect((await s.fail('auth.me', {})).code).toBe('unauthenticated');
    const full = als(done.session, VAN_ELDERS);
    expect((await full.call('auth.me', {})).stap).toBe('volledig');
    expect(await full.call('scholen.list', {})).toBeTruthy();
    expect((await full.call('auth.tweedeFactorStatus', {})).herstelcodesOver).toBe(10);

    // Stored: the secret, and the recovery codes only as hashes.
    const db = openReadonly(t);
    try {
      const stored = JSON.stringify(db.prepare('SELECT * FROM herstelcodes').all());
      for (const c of done.herstelcodes) {
        expect(stored).not.toContain(c);
        expect(stored).not.toContain(c.replace('-', ''));
      }
    } finally {
      db.close();
    }
    const [ingesteld] = auditRows('auth.tweedeFactorIngesteld');
    expect(ingesteld?.bron).toBe(VAN_ELDERS.adres);
    expect(chainIntact()).toBe(true);
  });

  it('signs in fully when the beheerder switched the requirement off', async () => {
    const beheer = await login(t.backend, 'beheer');
    expect(await beheer.call('instellingen.beveiliging', {})).toEqual({
      tweedeFactorOpAfstand: true,
    });
    await beheer.call('instellingen.beveiligingZetten', { tweedeFactorOpAfstand: false });
    expect((await wachtwoord('psycho1', VAN_ELDERS)).user.stap).toBe('volledig');
    await beheer.call('instellingen.beveiligingZetten', { tweedeFactorOpAfstand: true });
    expect((await wachtwoord('psycho1', VAN_ELDERS)).user.stap).toBe('inschrijven');
    // On this computer no second factor is asked of a user without one.
    expect((await wachtwoord('psycho1')).user.stap).toBe('volledig');
  });
});

describe('the login of a user with a second factor', () => {
  it('asks for the code, also on this computer, and never accepts a code twice', async () => {
    const { secret } = await schrijfIn('voorzitter');
    for (const herkomst of [VAN_ELDERS, undefined]) {
      const { user, als: s } = await wachtwoord('voorzitter', herkomst);
      expect(user.stap).toBe('code');
      expect((await s.fail('scholen.list', {})).message).toMatch(/Vul eerst de code/);
      const code = codeNu(secret);
      const r = await s.call('auth.code', { code });
      expect(r.user).toMatchObject({ stap: 'volledig', tweedeFactor: true });
      expect(await als(r.session, herkomst).call('scholen.list', {})).toBeTruthy();

      // The same code in the same window is refused: no replay of an observed code.
      const again = await wachtwoord('voorzitter', herkomst);
      expect((await again.als.fail('auth.code', { code })).code).toBe('invalid_input');
      tick(30_000);
      expect((await again.als.call('auth.code', { code: codeNu(secret) })).user.stap).toBe(
        'volledig',
      );
      tick(30_000);
    }
  });

  it('takes a recovery code once', async () => {
    const { herstelcodes } = await schrijfIn('directeur');
    const first = await wachtwoord('directeur', VAN_ELDERS);
    const r = await first.als.call('auth.code', { code: herstelcodes[3]!.toUpperCase() });
    expect(r.user.stap).toBe('volledig');
    expect((await als(r.session).call('auth.tweedeFactorStatus', {})).herstelcodesOver).toBe(9);
    const second = await wachtwoord('directeur', VAN_ELDERS);
    expect((await second.als.fail('auth.code', { code: herstelcodes[3]! })).code).toBe(
      'invalid_input',
    );
    expect((await second.als.call('auth.code', { code: herstelcodes[4]! })).user.stap).toBe(
      'volledig',
    );
    expect(auditRows('auth.tweedeFactor').at(-1)?.details).toBe('herstelcode, nog 8 over');
  });

  it('ends the waiting session after 5 wrong codes and takes no code until the lock is over', async () => {
    const { secret } = await schrijfIn('sll');
    const { als: s } = await wachtwoord('sll', VAN_ELDERS);
    for (let i = 1; i < CODE_MAX_MISLUKT; i += 1)
      expect((await s.fail('auth.code', { code: '000000' })).code).toBe('invalid_input');
    expect((await s.fail('auth.code', { code: '000000' })).message).toMatch(/Te veel onjuiste/);
    expect((await s.fail('auth.me', {})).code).toBe('unauthenticated');
    const next = await wachtwoord('sll', VAN_ELDERS);
    expect((await next.als.fail('auth.code', { code: codeNu(secret) })).message).toMatch(
      /Te veel onjuiste codes/,
    );
    tick(5 * 60_000);
    const after = await wachtwoord('sll', VAN_ELDERS);
    expect((await after.als.call('auth.code', { code: codeNu(secret) })).user.stap).toBe(
      'volledig',
    );
    // The beheerder clears the second factor (a lost phone): the next login needs none here.
    const beheer = await login(t.backend, 'beheer');
    const sll = (await beheer.call('users.list', {})).find((u) => u.username === 'sll')!;
    expect(sll.tweedeFactor).toBe(true);
    await beheer.call('users.tweedeFactorWissen', { userId: sll.id });
    expect((await beheer.call('users.list', {})).find((u) => u.id === sll.id)?.tweedeFactor).toBe(
      false,
    );
    expect(auditRows('user.tweedeFactorWissen').map((r) => r.objectId)).toContain(sll.id);
    expect((await wachtwoord('sll')).user.stap).toBe('volledig');
    expect((await wachtwoord('sll', VAN_ELDERS)).user.stap).toBe('inschrijven');
  });
});

describe('sessions', () => {
  it('end 12 hours after they began, however busy', async () => {
    const { als: s } = await wachtwoord('ortho2');
    const end = now.getTime() + MAX_SESSIE_DUUR_MS;
    while (now.getTime() + 10 * 60_000 < end) {
      tick(10 * 60_000);
      await s.call('auth.me', {});
    }
    now = new Date(end);
    expect((await s.fail('auth.me', {})).code).toBe('unauthenticated');
  });

  it('are listed for the beheerder (who, since, last seen, from where), who may end another one', async () => {
    const beheer = await login(t.backend, 'beheer');
    const elders = await wachtwoord('ortho2', { adres: '198.51.100.23', opAfstand: true });
    const hier = await wachtwoord('ortho2');
    const lijst = await beheer.call('sessies.lijst', {});
    const vanPsycho = lijst.filter((s) => s.username === 'ortho2');
    expect(vanPsycho.map((s) => s.vanaf).sort()).toEqual(['198.51.100.23', 'Deze computer']);
    expect(vanPsycho.find((s) => s.opAfstand)?.stap).toBe('inschrijven');
    expect(lijst.filter((s) => s.eigen)).toHaveLength(1);
    expect(JSON.stringify(lijst)).not.toContain(hier.session);
    const eigen = lijst.find((s) => s.eigen)!;
    expect((await beheer.fail('sessies.beeindig', { id: eigen.id })).code).toBe('domain');

    const doel = vanPsycho.find((s) => !s.opAfstand)!;
    expect(doel.sinds).toBe(now.toISOString());
    await beheer.call('sessies.beeindig', { id: doel.id });
    expect((await hier.als.fail('auth.me', {})).code).toBe('unauthenticated');
    expect((await elders.als.call('auth.me', {})).username).toBe('ortho2');
    expect((await beheer.fail('sessies.beeindig', { id: doel.id })).code).toBe('not_found');
    expect(auditRows('sessie.beeindig').at(-1)?.objectId).toBe(doel.userId);
  });
});

describe('the throttle per client address', () => {
  it('closes an address after 20 failed logins across accounts; another address still signs in', async () => {
    const adres: Herkomst = { adres: '192.0.2.99', opAfstand: true };
    for (let i = 0; i < ADRES_MAX_MISLUKT; i += 1) {
      const f = await als(undefined, adres).fail('auth.login', {
        username: `iemand${i}`,
        password: 'fout-wachtwoord',
      });
      expect(f.code).toBe('unauthenticated');
    }
    const refused = await als(undefined, adres).fail('auth.login', {
      username: 'beheer',
      password: DEMO_PASSWORD,
    });
    expect(refused.message).toMatch(/vanaf dit adres/);
    expect((await wachtwoord('beheer', { adres: '192.0.2.100', opAfstand: true })).user.stap).toBe(
      'inschrijven',
    );
    tick(15 * 60_000);
    expect((await wachtwoord('beheer', adres)).user.stap).toBe('inschrijven');
  });
});

describe('the audit log', () => {
  it('records the address of calls from elsewhere, none for this computer, and the chain holds', async () => {
    const logins = auditRows('auth.login');
    expect(logins.some((r) => r.bron === VAN_ELDERS.adres)).toBe(true);
    expect(logins.some((r) => r.bron === null)).toBe(true);
    const beheer = await login(t.backend, 'beheer');
    const page = await beheer.call('logboek.lijst', {
      van: null,
      tot: null,
      userId: null,
      actie: 'auth.login',
      kenmerk: null,
      offset: 0,
      limit: 500,
    });
    const bronnen = new Set(page.rows.map((r) => r.bron));
    expect(bronnen.has(VAN_ELDERS.adres)).toBe(true);
    expect(bronnen.has('Deze computer')).toBe(true);
    expect(chainIntact()).toBe(true);
    expect(await beheer.call('logboek.controleer', {})).toMatchObject({ intact: true });
  });

  it('refuses a herkomst that is not one', async () => {
    const r = await t.backend.dispatch({ name: 'setup.status', input: {} }, {
      adres: 'a b\n',
      opAfstand: true,
    } as Herkomst);
    expect(r.ok).toBe(false);
  });
});
