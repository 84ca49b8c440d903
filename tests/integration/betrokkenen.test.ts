import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// §4 and §6: betrokkenen (involved on the school's side: the SC, the school board's staff, the
// author of a report) are recorded per aanvraag. They are blocked from assignment and take no part
// in the TLA-vergadering's item on the aanvraag; the deskundigen who advised do take part. Before
// issue 10 the list of involved people was always empty, so none of this was ever applied.

const TODAY = '2026-11-25';
let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client, ortho: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  [sll, voorzitter, directeur, ortho] = (await Promise.all(
    ['sll', 'voorzitter', 'directeur', 'ortho1'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client];
}, 60000);
afterAll(() => t.close());

async function firstInState(state: string): Promise<number> {
  const role = state === 'te_verdelen' || state === 'geagendeerd' ? 'voorzitter' : 'secretaris';
  const c = role === 'voorzitter' ? voorzitter : sll;
  const { rows } = await c.call('werk.mijn', { role, search: '', offset: 0, limit: 500 });
  const row = rows.find((r) => r.state === state);
  if (!row) throw new Error(`demo has no aanvraag in ${state}`);
  return row.id;
}

function rowsOf(aanvraagId: number) {
  const db = openReadonly(t);
  try {
    return db
      .prepare('SELECT user_id AS userId, rol FROM aanvraag_betrokkenen WHERE aanvraag_id = ?')
      .all(aanvraagId);
  } finally {
    db.close();
  }
}

function auditActions(aanvraagId: number): string[] {
  const db = openReadonly(t);
  try {
    return (
      db
        .prepare(
          "SELECT action, details FROM audit_log WHERE object_type = 'aanvraag' AND object_id = ? AND action LIKE 'betrokkene.%' ORDER BY id",
        )
        .all(aanvraagId) as { action: string; details: string | null }[]
    ).map((r) => `${r.action}:${r.details}`);
  } finally {
    db.close();
  }
}

describe('recording betrokkenen', () => {
  let id: number;
  let visser: number;

  it('the secretaris and the voorzitter record them; everyone at the office reads them', async () => {
    id = await firstInState('te_verdelen');
    const view = await sll.call('betrokkenen.list', { aanvraagId: id });
    expect(view.betrokkenen).toEqual([]);
    expect(view.wijzigbaar).toBe(true);
    visser = view.kandidaten.find((k) => k.naam === 'Marleen Visser')!.userId;
    expect(view.kandidaten.find((k) => k.naam === 'Marleen Visser')?.rol).toBe('Deskundige');
    const added = await sll.call('betrokkenen.add', {
      aanvraagId: id,
      userId: visser,
      rol: 'auteur_verslag',
    });
    expect(added.betrokkenen).toEqual([
      {
        userId: visser,
        naam: 'Marleen Visser',
        rol: 'auteur_verslag',
        rolLabel: 'Auteur van een verslag in het dossier',
        waarschuwing: null,
      },
    ]);
    expect(added.kandidaten.map((k) => k.userId)).not.toContain(visser);
    expect((await directeur.call('betrokkenen.list', { aanvraagId: id })).betrokkenen).toHaveLength(
      1,
    );
    expect(auditActions(id)).toEqual(['betrokkene.add:auteur_verslag']);
  });

  it('refuses bad input with a Dutch message and saves nothing', async () => {
    const dubbel = await voorzitter.fail('betrokkenen.add', {
      aanvraagId: id,
      userId: visser,
      rol: 'steunpuntcoordinator',
    });
    expect(dubbel).toMatchObject({
      code: 'conflict',
      message: 'Deze medewerker staat al als betrokkene bij deze aanvraag.',
    });
    const geenRol = await sll.fail('betrokkenen.add', { aanvraagId: id, userId: visser });
    expect(geenRol.message).toBe('Kies hoe deze medewerker betrokken is.');
    const beheerder = (await sll.call('betrokkenen.list', { aanvraagId: id })).kandidaten.find(
      (k) => k.naam === 'Bas Beheer',
    );
    expect(beheerder).toBeUndefined();
    const onbekend = await sll.fail('betrokkenen.add', {
      aanvraagId: id,
      userId: 99999,
      rol: 'anders',
    });
    expect(onbekend.message).toBe('Kies een medewerker uit de lijst.');
    expect(rowsOf(id)).toEqual([{ userId: visser, rol: 'auteur_verslag' }]);
    // Only the office records; a deskundige neither reads nor writes them.
    expect(
      (await directeur.fail('betrokkenen.add', { aanvraagId: id, userId: visser, rol: 'anders' }))
        .code,
    ).toBe('forbidden');
    expect((await ortho.fail('betrokkenen.list', { aanvraagId: id })).code).toBe('forbidden');
  });

  it('blocks the betrokkene from assignment (§4), which was never applied before', async () => {
    const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: null });
    const v = c.first.find((x) => x.naam === 'Marleen Visser')!;
    expect(v.eligible).toBe(false);
    expect(v.blockedReasons).toContain(
      'Is betrokken bij deze aanvraag, bijvoorbeeld als SC of auteur van een verslag.',
    );
    const second = c.second.find((x) => x.naam === 'Karim El Amrani')!;
    const refused = await voorzitter.fail('toewijzing.assign', {
      aanvraagId: id,
      eersteId: v.deskundigeId,
      tweedeId: second.deskundigeId,
    });
    expect(refused.message).toContain('Eerste deskundige: Is betrokken bij deze aanvraag');
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe('te_verdelen');
    // Another aanvraag is not affected.
    const { rows } = await voorzitter.call('werk.mijn', {
      role: 'voorzitter',
      search: '',
      offset: 0,
      limit: 500,
    });
    const elders = rows.find((r) => r.state === 'te_verdelen' && r.id !== id)!.id;
    const c2 = await voorzitter.call('toewijzing.candidates', {
      aanvraagId: elders,
      eersteId: null,
    });
    expect(c2.first.find((x) => x.naam === 'Marleen Visser')?.eligible).toBe(true);
  });

  it('removing the betrokkene lifts the block; it is audited', async () => {
    const r = await voorzitter.call('betrokkenen.remove', { aanvraagId: id, userId: visser });
    expect(r.betrokkenen).toEqual([]);
    expect(rowsOf(id)).toEqual([]);
    const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: null });
    expect(c.first.find((x) => x.naam === 'Marleen Visser')?.eligible).toBe(true);
    expect(auditActions(id)).toEqual([
      'betrokkene.add:auteur_verslag',
      'betrokkene.remove:auteur_verslag',
    ]);
  });

  it('a betrokkene who is already assigned is pointed out to be reassigned', async () => {
    const { rows: mine } = await ortho.call('werk.mijn', {
      role: 'deskundige',
      search: '',
      offset: 0,
      limit: 500,
    });
    const assigned = mine[0]!.id;
    const v = await voorzitter.call('betrokkenen.add', {
      aanvraagId: assigned,
      userId: visser,
      rol: 'steunpuntcoordinator',
    });
    expect(v.betrokkenen[0]?.waarschuwing).toBe(
      'Is als deskundige toegewezen aan deze aanvraag, maar is betrokken: wijs een andere deskundige toe.',
    );
  });
});

describe('betrokkenen in the TLA-vergadering (§6)', () => {
  it('a betrokken voorzitter does not record the outcome of that item', async () => {
    await voorzitter.call('vergadering.plan', { datums: [TODAY] });
    const meeting = (await voorzitter.call('vergadering.list', {})).find((m) => m.datum === TODAY)!;
    const view = await voorzitter.call('vergadering.get', { vergaderingId: meeting.id });
    const punt = view.agenda[0]!;
    const vz = view.kandidaten.find((k) => k.naam === 'Pieter Bakker')!.userId;
    await sll.call('betrokkenen.add', {
      aanvraagId: punt.aanvraagId,
      userId: vz,
      rol: 'medewerker_schoolbestuur',
    });
    const uitkomst = {
      soort: 'aanhouden' as const,
      vragen: 'Graag het tweede OT-verslag.',
    };
    const refused = await voorzitter.fail('vergadering.uitkomst', {
      vergaderingId: meeting.id,
      aanvraagId: punt.aanvraagId,
      uitkomst,
    });
    expect(refused.message).toBe(
      'U bent betrokken bij deze aanvraag en neemt niet deel aan dit punt. Laat de uitkomst vastleggen door een andere voorzitter.',
    );
    const after = await voorzitter.call('vergadering.get', { vergaderingId: meeting.id });
    expect(after.agenda.find((x) => x.aanvraagId === punt.aanvraagId)?.uitkomst).toBeNull();
    expect((await sll.call('aanvraag.get', { aanvraagId: punt.aanvraagId })).state).toBe(
      'geagendeerd',
    );
    // Once the mistake is removed, the voorzitter records it.
    await sll.call('betrokkenen.remove', { aanvraagId: punt.aanvraagId, userId: vz });
    await voorzitter.call('vergadering.uitkomst', {
      vergaderingId: meeting.id,
      aanvraagId: punt.aanvraagId,
      uitkomst,
    });
    expect((await sll.call('aanvraag.get', { aanvraagId: punt.aanvraagId })).state).toBe(
      'wacht_op_aanvulling',
    );
  });
});
