import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { ADVICE_OPEN_STATES } from '../../electron/domain/state-groups';
import { LOCK_MS, MAX_FAILURES } from '../../electron/services/accounts';
import {
  client,
  login,
  openReadonly,
  startEmptyWithBeheerder,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Issue 10 · people: the beheerder edits, deactivates, activates, resets and unlocks users and
// edits or ends pool members; a password the beheerder set is changed at the next login, and the
// backend allows nothing else until it is.

let t: TestBackend;
let beheer: Client;
let now = new Date('2026-11-25T10:00:00Z');
const TEMP = 'tijdelijk-Rode-Fiets-42';
const NEW = 'mijn-eigen-Blauwe-Boot-7';

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  beheer = await login(t.backend, 'beheer');
}, 60000);
afterAll(() => t.close());

async function userId(username: string): Promise<number> {
  return (await beheer.call('users.list', {})).find((u) => u.username === username)!.id;
}

async function userRow(username: string) {
  return (await beheer.call('users.list', {})).find((u) => u.username === username)!;
}

/** The audit rows of `action` on `objectId`, as stored. */
function auditRows(action: string, objectId: number) {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        'SELECT actor_user_id AS actor, details FROM audit_log WHERE action = ? AND object_id = ?',
      )
      .all(action, objectId) as { actor: number; details: string | null }[];
  } finally {
    db.close();
  }
}

/** Every table a refused call must leave alone: users, roles and the pool. */
function peopleSnapshot(): string {
  const db = openReadonly(t);
  try {
    return JSON.stringify([
      db.prepare('SELECT * FROM users ORDER BY id').all(),
      db.prepare('SELECT * FROM user_roles ORDER BY user_id, role').all(),
      db.prepare('SELECT * FROM deskundigen ORDER BY id').all(),
      db.prepare('SELECT * FROM deskundige_disciplines ORDER BY deskundige_id, discipline').all(),
      db
        .prepare('SELECT * FROM deskundige_organisaties ORDER BY deskundige_id, organisatie_key')
        .all(),
    ]);
  } finally {
    db.close();
  }
}

describe('a password the beheerder set must be changed first', () => {
  it('the first beheerder and the demo users need not change theirs', async () => {
    const { t: empty, beheer: first } = await startEmptyWithBeheerder();
    try {
      expect((await first.call('auth.me', {})).mustChangePassword).toBe(false);
      expect((await first.call('users.list', {}))[0]!.mustChangePassword).toBe(false);
    } finally {
      empty.close();
    }
    expect((await beheer.call('users.list', {})).every((u) => !u.mustChangePassword)).toBe(true);
  });

  it('a new user may only change it, see themselves and log out until it is changed', async () => {
    const { id } = await beheer.call('users.create', {
      naam: 'Nieuwe Secretaresse',
      username: 'nieuw.sll',
      password: TEMP,
      roles: ['secretaris'],
    });
    expect((await userRow('nieuw.sll')).mustChangePassword).toBe(true);
    const r = await client(t.backend).call('auth.login', { username: 'nieuw.sll', password: TEMP });
    expect(r.user.mustChangePassword).toBe(true);
    const nieuw = client(t.backend, r.session);
    const second = await login(t.backend, 'nieuw.sll', TEMP);

    // Nothing else: not Mijn werk, not the schools, not even a procedure of their role.
    for (const [name, input] of [
      ['werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 10 }],
      ['scholen.list', {}],
      ['instellingen.termijnen', {}],
    ] as const) {
      const refused = await nieuw.fail(name, input);
      expect(refused.code, name).toBe('forbidden');
      expect(refused.message, name).toBe('Kies eerst een nieuw wachtwoord.');
    }
    expect((await nieuw.call('auth.me', {})).naam).toBe('Nieuwe Secretaresse');

    // Bad input changes nothing: wrong current password, two different new ones, a weak one,
    // the same as now, a short one.
    const before = peopleSnapshot();
    const wrong = await nieuw.fail('auth.wachtwoordWijzigen', {
      huidig: 'niet-het-goede-wachtwoord',
      nieuw: NEW,
      herhaling: NEW,
    });
    expect(wrong).toMatchObject({
      code: 'invalid_input',
      message: 'Uw huidige wachtwoord klopt niet.',
    });
    expect(wrong.issues?.[0]?.path).toBe('huidig');
    const mismatch = await nieuw.fail('auth.wachtwoordWijzigen', {
      huidig: TEMP,
      nieuw: NEW,
      herhaling: `${NEW}x`,
    });
    expect(mismatch.issues).toEqual([
      { path: 'herhaling', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' },
    ]);
    const weak = await nieuw.fail('auth.wachtwoordWijzigen', {
      huidig: TEMP,
      nieuw: 'welkom-welkom-welkom',
      herhaling: 'welkom-welkom-welkom',
    });
    expect(weak.message).toContain('te makkelijk te raden');
    expect(weak.issues?.[0]?.path).toBe('nieuw');
    const same = await nieuw.fail('auth.wachtwoordWijzigen', {
      huidig: TEMP,
      nieuw: TEMP,
      herhaling: TEMP,
    });
    expect(same.message).toBe('Kies een ander wachtwoord dan het huidige.');
    const short = await nieuw.fail('auth.wachtwoordWijzigen', {
      huidig: TEMP,
      nieuw: 'kort',
      herhaling: 'kort',
    });
    expect(short.message).toBe('Een wachtwoord heeft minstens 12 tekens.');
    expect(peopleSnapshot()).toBe(before);
    expect(
      (await nieuw.fail('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 1 })).code,
    ).toBe('forbidden');

    await nieuw.call('auth.wachtwoordWijzigen', { huidig: TEMP, nieuw: NEW, herhaling: NEW });
    // This session goes on, with everything of the role; the other session of the user ended.
    expect((await nieuw.call('auth.me', {})).mustChangePassword).toBe(false);
    await nieuw.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 1 });
    expect((await second.fail('auth.me', {})).code).toBe('unauthenticated');
    expect(
      (await client(t.backend).fail('auth.login', { username: 'nieuw.sll', password: TEMP })).code,
    ).toBe('unauthenticated');
    const again = await login(t.backend, 'nieuw.sll', NEW);
    expect((await again.call('auth.me', {})).mustChangePassword).toBe(false);
    expect((await userRow('nieuw.sll')).mustChangePassword).toBe(false);
    expect(auditRows('auth.wachtwoordWijzigen', id)).toEqual([{ actor: id, details: null }]);
  });

  it('any user can change their own password; the password rules hold', async () => {
    const directeur = await login(t.backend, 'directeur');
    const other = await login(t.backend, 'directeur');
    await directeur.call('auth.wachtwoordWijzigen', {
      huidig: DEMO_PASSWORD,
      nieuw: 'Gele-Tram-naar-Zee-19',
      herhaling: 'Gele-Tram-naar-Zee-19',
    });
    expect((await other.fail('auth.me', {})).code).toBe('unauthenticated');
    await login(t.backend, 'directeur', 'Gele-Tram-naar-Zee-19');
    expect(
      (
        await client(t.backend).fail('auth.login', {
          username: 'directeur',
          password: DEMO_PASSWORD,
        })
      ).code,
    ).toBe('unauthenticated');
    // The username inside the new password is too easy to guess.
    expect(
      (
        await directeur.fail('auth.wachtwoordWijzigen', {
          huidig: 'Gele-Tram-naar-Zee-19',
          nieuw: 'Directeur-van-het-SWV-2',
          herhaling: 'Directeur-van-het-SWV-2',
        })
      ).message,
    ).toContain('te makkelijk te raden');
  });
});

describe('users (beheerder)', () => {
  it('edits the name and roles; refuses the rules of the last beheerder and the pool', async () => {
    const id = await userId('sll');
    await beheer.call('users.update', {
      userId: id,
      naam: 'Sanne de Vries-Jansen',
      roles: ['secretaris', 'directeur'],
    });
    expect(await userRow('sll')).toMatchObject({
      naam: 'Sanne de Vries-Jansen',
      roles: ['secretaris', 'directeur'],
    });
    const sll = await login(t.backend, 'sll');
    expect((await sll.call('auth.me', {})).roles).toEqual(['secretaris', 'directeur']);
    await beheer.call('users.update', {
      userId: id,
      naam: 'Sanne de Vries',
      roles: ['secretaris'],
    });
    // A role taken away holds at once, in the session that is open.
    expect((await sll.fail('besluit.adopt', { aanvraagId: 1 })).code).toBe('forbidden');
    expect(auditRows('user.update', id)).toHaveLength(2);
    expect(auditRows('user.update', id).every((r) => r.details === null)).toBe(true);

    const before = peopleSnapshot();
    const self = await userId('beheer');
    expect(
      (await beheer.fail('users.update', { userId: self, naam: 'Bas', roles: ['secretaris'] }))
        .message,
    ).toContain('eigen rol functioneel beheerder');
    const ortho = await userId('ortho1');
    expect(
      (
        await beheer.fail('users.update', {
          userId: ortho,
          naam: 'Marleen Visser',
          roles: ['secretaris'],
        })
      ).message,
    ).toBe(
      'Marleen Visser staat in de deskundigenpool. Beëindig eerst het lidmaatschap (Deskundigenpool); daarna kunt u de rol deskundige afnemen.',
    );
    expect(
      (await beheer.fail('users.update', { userId: id, naam: 'Sanne', roles: [] })).message,
    ).toBe('Kies minstens één rol.');
    expect(
      (await beheer.fail('users.update', { userId: id, naam: '  ', roles: ['secretaris'] }))
        .message,
    ).toBe('Vul de naam in.');
    expect(
      (await beheer.fail('users.update', { userId: 9999, naam: 'X', roles: ['secretaris'] })).code,
    ).toBe('not_found');
    expect(peopleSnapshot()).toBe(before);
  });

  it('deactivates: no login, open sessions end at once; refuses self and a deskundige with open assignments', async () => {
    const id = await userId('voorzitter');
    const session = await login(t.backend, 'voorzitter');
    await beheer.call('users.deactiveer', { userId: id });
    expect((await session.fail('auth.me', {})).code).toBe('unauthenticated');
    const refused = await client(t.backend).fail('auth.login', {
      username: 'voorzitter',
      password: DEMO_PASSWORD,
    });
    expect(refused).toMatchObject({
      code: 'forbidden',
      message: 'Dit account is gedeactiveerd. Neem contact op met de functioneel beheerder.',
    });
    // With a wrong password it says no more than for anyone else.
    expect(
      (
        await client(t.backend).fail('auth.login', {
          username: 'voorzitter',
          password: 'fout-fout-fout',
        })
      ).message,
    ).toBe('Gebruikersnaam of wachtwoord klopt niet.');
    expect((await userRow('voorzitter')).active).toBe(false);
    expect((await beheer.fail('users.deactiveer', { userId: id })).message).toBe(
      'Pieter Bakker is al gedeactiveerd.',
    );
    await beheer.call('users.activeer', { userId: id });
    await login(t.backend, 'voorzitter');
    expect((await beheer.fail('users.activeer', { userId: id })).message).toBe(
      'Pieter Bakker is al actief.',
    );
    expect(auditRows('user.deactiveer', id)).toHaveLength(1);
    expect(auditRows('user.activeer', id)).toHaveLength(1);

    const before = peopleSnapshot();
    expect(
      (await beheer.fail('users.deactiveer', { userId: await userId('beheer') })).message,
    ).toBe('U kunt uzelf niet deactiveren. Laat een andere functioneel beheerder dat doen.');
    const psycho = await userRow('psycho1');
    expect(psycho.openToewijzingen).toBeGreaterThan(0);
    const open = await beheer.fail('users.deactiveer', { userId: psycho.id });
    expect(open.code).toBe('domain');
    expect(open.message).toMatch(
      new RegExp(
        `^Thomas de Groot heeft nog ${psycho.openToewijzingen} open toewijzingen?\\. Wijs eerst opnieuw toe`,
      ),
    );
    expect(open.message).toContain('Daarna kunt u Thomas de Groot deactiveren.');
    expect((await beheer.fail('users.deactiveer', { userId: 0 })).code).toBe('invalid_input');
    expect(peopleSnapshot()).toBe(before);
  });

  it('resets a password: sessions end, the old one stops, the temporary one must be changed', async () => {
    const id = await userId('kjp1');
    const session = await login(t.backend, 'kjp1');
    const before = peopleSnapshot();
    expect(
      (await beheer.fail('users.resetWachtwoord', { userId: id, password: 'kort' })).message,
    ).toBe('Een wachtwoord heeft minstens 12 tekens.');
    expect(
      (await beheer.fail('users.resetWachtwoord', { userId: id, password: 'Kjp1-kjp1-kjp1-kjp1' }))
        .message,
    ).toContain('te makkelijk te raden');
    expect(
      (
        await beheer.fail('users.resetWachtwoord', {
          userId: await userId('beheer'),
          password: TEMP,
        })
      ).message,
    ).toContain('Wachtwoord wijzigen');
    expect(peopleSnapshot()).toBe(before);
    await session.call('auth.me', {});

    await beheer.call('users.resetWachtwoord', { userId: id, password: TEMP });
    expect((await session.fail('auth.me', {})).code).toBe('unauthenticated');
    expect(
      (await client(t.backend).fail('auth.login', { username: 'kjp1', password: DEMO_PASSWORD }))
        .code,
    ).toBe('unauthenticated');
    const temp = await login(t.backend, 'kjp1', TEMP);
    expect((await temp.call('auth.me', {})).mustChangePassword).toBe(true);
    expect(
      (await temp.fail('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 1 })).code,
    ).toBe('forbidden');
    await temp.call('auth.wachtwoordWijzigen', { huidig: TEMP, nieuw: NEW, herhaling: NEW });
    await temp.call('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 1 });
    expect(auditRows('user.resetWachtwoord', id)).toEqual([
      { actor: await userId('beheer'), details: null },
    ]);
  });

  it('unlocks after the throttle; users.list shows who is locked and until when', async () => {
    const id = await userId('arts1');
    for (let i = 0; i < MAX_FAILURES; i++)
      await client(t.backend).fail('auth.login', {
        username: 'arts1',
        password: 'fout-wachtwoord',
      });
    const locked = await client(t.backend).fail('auth.login', {
      username: 'arts1',
      password: DEMO_PASSWORD,
    });
    expect(locked.message).toContain('Te veel mislukte pogingen');
    expect((await userRow('arts1')).lockedUntil).toBe(
      new Date(now.getTime() + LOCK_MS).toISOString(),
    );
    expect((await userRow('ortho2')).lockedUntil).toBeNull();

    await beheer.call('users.ontgrendel', { userId: id });
    expect((await userRow('arts1')).lockedUntil).toBeNull();
    await login(t.backend, 'arts1');
    expect((await beheer.fail('users.ontgrendel', { userId: id })).message).toBe(
      'Karim El Amrani is niet geblokkeerd.',
    );
    expect(auditRows('user.ontgrendel', id)).toHaveLength(1);

    // A lock ends by itself after LOCK_MS too; then the list no longer shows it.
    for (let i = 0; i < MAX_FAILURES; i++)
      await client(t.backend).fail('auth.login', {
        username: 'arts1',
        password: 'fout-wachtwoord',
      });
    expect((await userRow('arts1')).lockedUntil).not.toBeNull();
    now = new Date(now.getTime() + LOCK_MS + 1000);
    beheer = await login(t.backend, 'beheer');
    expect((await userRow('arts1')).lockedUntil).toBeNull();
    await login(t.backend, 'arts1');
  });

  it('only the beheerder manages users and the pool', async () => {
    const sll = await login(t.backend, 'sll');
    const voorzitter = await login(t.backend, 'voorzitter');
    const id = await userId('ortho2');
    const before = peopleSnapshot();
    for (const c of [sll, voorzitter]) {
      for (const [name, input] of [
        ['users.update', { userId: id, naam: 'X', roles: ['secretaris'] }],
        ['users.deactiveer', { userId: id }],
        ['users.activeer', { userId: id }],
        ['users.resetWachtwoord', { userId: id, password: TEMP }],
        ['users.ontgrendel', { userId: id }],
        [
          'pool.update',
          {
            deskundigeId: 1,
            disciplines: ['arts'],
            registratie: 'X',
            organisatieKeys: [],
            maxOpen: null,
          },
        ],
        ['pool.beeindig', { deskundigeId: 1 }],
      ] as const)
        expect((await c.fail(name, input)).code, name).toBe('forbidden');
    }
    expect(peopleSnapshot()).toBe(before);
  });
});

describe('the pool (beheerder)', () => {
  it('edits a member; the list names the organisations; an unknown one is refused', async () => {
    const besturen = await beheer.call('scholen.list', {});
    const [b0, b1] = besturen;
    const school = b1!.scholen[0]!;
    const mw = (await beheer.call('pool.list', {})).find((d) => d.naam === 'Femke Mulder')!;
    const result = await beheer.call('pool.update', {
      deskundigeId: mw.id,
      disciplines: ['maatschappelijk_werker', 'pedagoog'],
      registratie: 'SKJ-123456',
      organisatieKeys: [`bestuur:${b0!.id}`, `school:${school.id}`],
      maxOpen: 4,
    });
    expect(result.ok).toBe(true);
    const after = (await beheer.call('pool.list', {})).find((d) => d.id === mw.id)!;
    expect(after).toMatchObject({
      disciplines: ['pedagoog', 'maatschappelijk_werker'],
      registratie: 'SKJ-123456',
      maxOpen: 4,
      active: true,
      userActive: true,
    });
    expect(after.organisaties.map((o) => o.naam).sort()).toEqual([b0!.naam, school.naam].sort());
    expect(auditRows('pool.update', mw.id)).toEqual([
      { actor: await userId('beheer'), details: null },
    ]);

    // The absence that holds today shows in the list; a past one does not.
    expect(after.afwezig).toBeNull();
    for (const [van, tot] of [
      ['2026-10-01', '2026-10-05'],
      ['2026-11-20', '2026-12-10'],
    ] as const)
      await beheer.call('pool.afwezigheid', { deskundigeId: mw.id, van, tot, reden: null });
    expect((await beheer.call('pool.list', {})).find((d) => d.id === mw.id)!.afwezig).toEqual({
      van: '2026-11-20',
      tot: '2026-12-10',
    });

    const before = peopleSnapshot();
    const unknown = await beheer.fail('pool.update', {
      deskundigeId: mw.id,
      disciplines: ['arts'],
      registratie: 'X',
      organisatieKeys: ['school:99999'],
      maxOpen: null,
    });
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      message: 'Een gekozen bestuur of school bestaat niet (meer). Kies opnieuw.',
    });
    for (const bad of [
      { disciplines: [], message: 'Kies minstens één discipline.' },
      { registratie: '', message: 'Vul het registratienummer in.' },
      { maxOpen: 0, message: 'Minstens 1.' },
      { organisatieKeys: ['gemeente:1'], message: 'Onbekende organisatie.' },
    ]) {
      const { message, ...field } = bad;
      const r = await beheer.fail('pool.update', {
        deskundigeId: mw.id,
        disciplines: ['arts'],
        registratie: 'X',
        organisatieKeys: [],
        maxOpen: null,
        ...field,
      });
      expect(r.message).toBe(message);
    }
    expect(peopleSnapshot()).toBe(before);
  });

  it('says how many open assignments conflict after an organisation is added (§4)', async () => {
    const voorzitter = await login(t.backend, 'voorzitter');
    const psycho = (await beheer.call('pool.list', {})).find((d) => d.naam === 'Thomas de Groot')!;
    expect(psycho.openAssignments).toBeGreaterThan(0);
    const rows = (
      await voorzitter.call('werk.mijn', { role: 'voorzitter', search: '', offset: 0, limit: 500 })
    ).rows;
    let schoolKey: string | null = null;
    for (const row of rows) {
      const a = await voorzitter.call('aanvraag.get', { aanvraagId: row.id });
      const open = (ADVICE_OPEN_STATES as readonly string[]).includes(a.state);
      if (open && a.toewijzingen.some((x) => x.naam === 'Thomas de Groot')) {
        schoolKey = `school:${a.school.id}`;
        break;
      }
    }
    expect(schoolKey).not.toBeNull();
    const r = await beheer.call('pool.update', {
      deskundigeId: psycho.id,
      disciplines: psycho.disciplines,
      registratie: psycho.registratie,
      organisatieKeys: [...psycho.organisatieKeys, schoolKey!],
      maxOpen: psycho.maxOpen,
    });
    expect(r.conflicten).toBeGreaterThanOrEqual(1);
    const back = await beheer.call('pool.update', {
      deskundigeId: psycho.id,
      disciplines: psycho.disciplines,
      registratie: psycho.registratie,
      organisatieKeys: psycho.organisatieKeys,
      maxOpen: psycho.maxOpen,
    });
    expect(back.conflicten).toBe(0);
  });

  it('ends a membership (kept, not offered), refuses it with open assignments, and takes a member in again', async () => {
    const pool = await beheer.call('pool.list', {});
    const busy = pool.find((d) => d.naam === 'Thomas de Groot')!;
    const before = peopleSnapshot();
    const refused = await beheer.fail('pool.beeindig', { deskundigeId: busy.id });
    expect(refused.message).toContain(
      `Thomas de Groot heeft nog ${busy.openAssignments} open toewijzing`,
    );
    expect(refused.message).toContain('Daarna kunt u het lidmaatschap beëindigen.');
    expect(peopleSnapshot()).toBe(before);

    const vo = pool.find((d) => d.naam === 'Jeroen van Dijk')!;
    expect(vo.openAssignments).toBe(0);
    await beheer.call('pool.beeindig', { deskundigeId: vo.id });
    const after = await beheer.call('pool.list', {});
    expect(after.find((d) => d.id === vo.id)).toMatchObject({ active: false });
    expect(after.at(-1)!.active).toBe(false);
    expect((await beheer.fail('pool.beeindig', { deskundigeId: vo.id })).message).toBe(
      'Het lidmaatschap van Jeroen van Dijk is al beëindigd.',
    );
    expect(
      (
        await beheer.fail('pool.update', {
          deskundigeId: vo.id,
          disciplines: vo.disciplines,
          registratie: vo.registratie,
          organisatieKeys: [],
          maxOpen: null,
        })
      ).message,
    ).toBe(
      'Het lidmaatschap van Jeroen van Dijk is beëindigd. Neem haar of hem eerst weer op in de pool.',
    );
    // No longer offered for an assignment, and no longer a deskundige in the session.
    const voorzitter = await login(t.backend, 'voorzitter');
    const te = (
      await voorzitter.call('werk.mijn', { role: 'voorzitter', search: '', offset: 0, limit: 500 })
    ).rows.find((r) => r.state === 'te_verdelen')!;
    const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: te.id, eersteId: null });
    expect(c.second.some((x) => x.deskundigeId === vo.id)).toBe(false);
    expect((await (await login(t.backend, 'vo1')).call('auth.me', {})).deskundigeId).toBeNull();
    // The role can go now that the membership has ended.
    await beheer.call('users.update', {
      userId: vo.userId,
      naam: vo.naam,
      roles: ['deskundige', 'secretaris'],
    });
    expect(auditRows('pool.beeindig', vo.id)).toHaveLength(1);

    const again = await beheer.call('pool.create', {
      userId: vo.userId,
      disciplines: ['deskundige_vo'],
      registratie: vo.registratie,
      organisatieKeys: [],
      maxOpen: null,
    });
    expect(again.id).toBe(vo.id);
    expect((await beheer.call('pool.list', {})).find((d) => d.id === vo.id)).toMatchObject({
      active: true,
    });
    expect(auditRows('pool.heropname', vo.id)).toHaveLength(1);
    expect(
      (
        await beheer.fail('pool.create', {
          userId: vo.userId,
          disciplines: ['deskundige_vo'],
          registratie: 'X',
          organisatieKeys: [],
          maxOpen: null,
        })
      ).message,
    ).toBe('Deze gebruiker staat al in de pool.');
  });

  it('a deactivated deskundige stays in the list, marked, and is not offered', async () => {
    const femke = (await beheer.call('pool.list', {})).find((d) => d.naam === 'Femke Mulder')!;
    await beheer.call('users.deactiveer', { userId: femke.userId });
    expect((await beheer.call('pool.list', {})).find((d) => d.id === femke.id)).toMatchObject({
      active: true,
      userActive: false,
    });
    const voorzitter = await login(t.backend, 'voorzitter');
    const te = (
      await voorzitter.call('werk.mijn', { role: 'voorzitter', search: '', offset: 0, limit: 500 })
    ).rows.find((r) => r.state === 'te_verdelen')!;
    const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: te.id, eersteId: null });
    expect(c.second.some((x) => x.deskundigeId === femke.id)).toBe(false);
    await beheer.call('users.activeer', { userId: femke.userId });
  });
});
