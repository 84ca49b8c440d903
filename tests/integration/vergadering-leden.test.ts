import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../electron/contract/envelope';
import { DEMO_USERS } from '../../electron/demo/dataset';
import {
  NIET_OP_PRESENTIELIJST,
  VERGADERING_GESLOTEN_VOOR_LEDEN,
} from '../../electron/domain/vergadering-volgen';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Issue 13 · the members of a TLA-vergadering follow it on their own machines: who is recorded
// present sees the open meeting, in full only the items they take part in (§6); an item where they
// are betrokken shows only that it exists. Each item shown is an audited view of that dossier, and
// a screen's refresh (`achtergrond`) does not log it again.

const TODAY = '2026-11-25';
let t: TestBackend;
let sll: Client, voorzitter: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
}, 60000);
afterAll(() => t.close());

const usernameOf = (naam: string): string => DEMO_USERS.find((u) => u.naam === naam)!.username;

/** The audit rows of `action` on aanvraag `objectId` by user `actor`. */
function auditCount(action: string, actor: number, objectId: number): number {
  const db = openReadonly(t);
  try {
    return (
      db
        .prepare(
          'SELECT count(*) AS n FROM audit_log WHERE action = ? AND actor_user_id = ? AND object_id = ?',
        )
        .get(action, actor, objectId) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

function achtergrond(c: Client, name: string, input: unknown) {
  return t.backend.dispatch({
    name,
    input,
    session: c.session,
    achtergrond: true,
  }) as Promise<ApiResponse>;
}

describe('a member follows the meeting', () => {
  it('sees the agenda while present; the item where betrokken only as existing; audited once per session', async () => {
    await voorzitter.call('vergadering.plan', { datums: [TODAY] });
    const meeting = (await voorzitter.call('vergadering.list', {})).find((m) => m.datum === TODAY)!;
    const before = await voorzitter.call('vergadering.get', { vergaderingId: meeting.id });
    expect(before.agenda).toHaveLength(2);
    const [a, b] = before.agenda as [(typeof before.agenda)[0], (typeof before.agenda)[0]];
    // A deskundige who advised on neither item: they follow as a member of the pool.
    const adviseurs = new Set([...a.adviezen, ...b.adviezen].map((x) => x.naam));
    const lid = before.kandidaten.find(
      (k) => k.rol.includes('Deskundige') && !adviseurs.has(k.naam) && k.naam !== 'Pieter Bakker',
    )!;
    const ander = before.kandidaten.find(
      (k) => k.rol.includes('Deskundige') && k.userId !== lid.userId && !adviseurs.has(k.naam),
    )!;
    const member = await login(t.backend, usernameOf(lid.naam));
    const nietAanwezig = await login(t.backend, usernameOf(ander.naam));
    // §6: the member was the SC on item b: they do not take part in it.
    await sll.call('betrokkenen.add', {
      aanvraagId: b.aanvraagId,
      userId: lid.userId,
      rol: 'steunpuntcoordinator',
    });

    // Not yet on the presentielijst: refused, and the refusal names nothing of the dossiers.
    const refused = await member.fail('vergadering.volg', { vergaderingId: meeting.id });
    expect(refused).toMatchObject({ code: 'forbidden', message: NIET_OP_PRESENTIELIJST });
    expect(await member.call('vergadering.mijn', {})).toEqual([]);

    const pieter = before.kandidaten.find((k) => k.naam === 'Pieter Bakker')!;
    await voorzitter.call('vergadering.aanwezigen', {
      vergaderingId: meeting.id,
      userIds: [pieter.userId, lid.userId],
    });
    expect(await member.call('vergadering.mijn', {})).toEqual([{ id: meeting.id, datum: TODAY }]);
    expect(await nietAanwezig.call('vergadering.mijn', {})).toEqual([]);

    const view = await member.call('vergadering.volg', { vergaderingId: meeting.id });
    expect(view.datum).toBe(TODAY);
    expect(view.aanwezigen.map((x) => x.naam).sort()).toEqual([lid.naam, 'Pieter Bakker'].sort());
    expect(view.agenda).toHaveLength(2);
    const [pa, pb] = view.agenda;
    expect(pa).toMatchObject({
      deelname: true,
      aanvraagId: a.aanvraagId,
      referentie: a.referentie,
      leerlingNaam: a.leerlingNaam,
      reden: a.reden,
    });
    if (!pa?.deelname) throw new Error('the member takes part in item a');
    // Both advices side by side with their differences, as the voorzitter sees them.
    expect(pa.adviezen).toEqual(a.adviezen);
    expect(pa.verschillen).toEqual(a.verschillen);
    expect(pa.deelnemers.map((x) => x.naam).sort()).toEqual([lid.naam, 'Pieter Bakker'].sort());
    expect(pb).toEqual({ deelname: false });
    // Nothing of item b, nor the voorzitter's tools, in the answer.
    const json = JSON.stringify(view);
    // (The demo's advice texts repeat between aanvragen: only a text item a does not share counts.)
    const eigenB = b.adviezen
      .map((x) => x.onderbouwing)
      .filter((o) => !a.adviezen.some((x) => x.onderbouwing === o));
    for (const secret of [b.leerlingNaam, b.referentie, ...eigenB])
      expect(json).not.toContain(secret);
    expect(view).not.toHaveProperty('kandidaten');
    expect(view).not.toHaveProperty('waarschuwingen');
    expect(pa).not.toHaveProperty('betrokkenen');

    // Audit: item a viewed once, item b never; the refresh adds nothing, the person's call does.
    expect(auditCount('vergadering.punt.view', lid.userId, a.aanvraagId)).toBe(1);
    expect(auditCount('vergadering.punt.view', lid.userId, b.aanvraagId)).toBe(0);
    for (let i = 0; i < 3; i += 1)
      expect(
        (await achtergrond(member, 'vergadering.volg', { vergaderingId: meeting.id })).ok,
      ).toBe(true);
    expect(auditCount('vergadering.punt.view', lid.userId, a.aanvraagId)).toBe(1);
    await member.call('vergadering.volg', { vergaderingId: meeting.id });
    expect(auditCount('vergadering.punt.view', lid.userId, a.aanvraagId)).toBe(2);
    expect(auditCount('vergadering.punt.view', lid.userId, b.aanvraagId)).toBe(0);

    // The voorzitter records an outcome: the member's next refresh shows it.
    await voorzitter.call('vergadering.uitkomst', {
      vergaderingId: meeting.id,
      aanvraagId: a.aanvraagId,
      uitkomst: { soort: 'aanhouden', vragen: 'VRAGEN-VAN-DE-VERGADERING aan de school.' },
    });
    const r = await achtergrond(member, 'vergadering.volg', { vergaderingId: meeting.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(JSON.stringify(r.data)).toContain('VRAGEN-VAN-DE-VERGADERING');

    // Someone not on the presentielijst, and a meeting that does not exist: the same refusal.
    expect(
      await nietAanwezig.fail('vergadering.volg', { vergaderingId: meeting.id }),
    ).toMatchObject({ code: 'forbidden', message: NIET_OP_PRESENTIELIJST });
    expect(await member.fail('vergadering.volg', { vergaderingId: 99999 })).toMatchObject({
      code: 'forbidden',
      message: NIET_OP_PRESENTIELIJST,
    });
    // Roles who cannot attend are refused by the procedure table.
    for (const u of ['directeur', 'beheer'])
      expect(
        (await (await login(t.backend, u)).fail('vergadering.volg', { vergaderingId: meeting.id }))
          .code,
      ).toBe('forbidden');
    expect(auditCount('vergadering.punt.view', ander.userId, a.aanvraagId)).toBe(0);

    // Closed: the minutes are for the office; the member no longer follows it.
    await voorzitter.call('vergadering.sluit', { vergaderingId: meeting.id });
    expect(await member.fail('vergadering.volg', { vergaderingId: meeting.id })).toMatchObject({
      code: 'forbidden',
      message: VERGADERING_GESLOTEN_VOOR_LEDEN,
    });
    expect(await member.call('vergadering.mijn', {})).toEqual([]);
    // Need-to-know outside the meeting is unchanged: the dossier itself stays closed to them.
    expect((await member.fail('aanvraag.get', { aanvraagId: a.aanvraagId })).code).toBe(
      'not_found',
    );
  });

  it('a voorzitter follows an open meeting without being on the presentielijst', async () => {
    await voorzitter.call('vergadering.plan', { datums: ['2026-12-09'] });
    const next = (await voorzitter.call('vergadering.list', {})).find(
      (m) => m.datum === '2026-12-09',
    )!;
    const view = await voorzitter.call('vergadering.volg', { vergaderingId: next.id });
    expect(view.aanwezigen).toEqual([]);
    expect(view.agenda.every((p) => p.deelname)).toBe(true);
  });
});
