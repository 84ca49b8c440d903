import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';
import { openReadonly } from '../support/backend';

// Issue 11 · the Logboek (S6) through the real procedure table: filters, paging, the CSV export
// (itself logged) and 'Controleer de keten', which finds a row changed behind TLA's back.

let now = new Date('2026-11-25T10:00:00Z');
let t: TestBackend;
let sll: Client, beheer: Client, voorzitter: Client;
let aanvraagId: number;
let referentie: string;
let namen: string[];

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  [sll, beheer, voorzitter] = (await Promise.all(
    ['sll', 'beheer', 'voorzitter'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client];
  const row = (await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 5 }))
    .rows[0]!;
  aanvraagId = row.id;
  referentie = row.referentie;
  now = new Date('2026-11-26T09:00:00Z');
  [sll, beheer, voorzitter] = (await Promise.all(
    ['sll', 'beheer', 'voorzitter'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client];
  await sll.call('aanvraag.get', { aanvraagId });
  await voorzitter.call('aanvraag.get', { aanvraagId });
  const db = openReadonly(t);
  try {
    namen = (db.prepare('SELECT leerling_naam AS n FROM aanvragen').all() as { n: string }[]).map(
      (r) => r.n,
    );
  } finally {
    db.close();
  }
}, 60_000);
afterAll(() => t.close());

const geen = { van: null, tot: null, userId: null, actie: null, kenmerk: null };

describe('the Logboek', () => {
  it('shows who opened which dossier, by kenmerk, from where — never the pupil', async () => {
    const r = await beheer.call('logboek.lijst', {
      ...geen,
      kenmerk: referentie.toLowerCase(),
      offset: 0,
      limit: 50,
    });
    const views = r.rows.filter((x) => x.actie === 'aanvraag.view');
    expect(views.map((x) => x.gebruiker).sort()).toEqual(['Pieter Bakker', 'Sanne de Vries']);
    expect(views[0]).toMatchObject({
      actieLabel: 'Dossier geopend',
      object: `Aanvraag ${referentie}`,
      kenmerk: referentie,
      bron: 'Deze computer',
    });
    // Its documents' rows count for the dossier too (the demo registered them).
    const all = await beheer.call('logboek.lijst', { ...geen, offset: 0, limit: 500 });
    const json = JSON.stringify(all);
    expect(namen.length).toBeGreaterThan(10);
    for (const naam of namen) expect(json).not.toContain(naam);
    expect(
      (
        await beheer.call('logboek.lijst', {
          ...geen,
          kenmerk: 'TLA-1999-9999',
          offset: 0,
          limit: 5,
        })
      ).total,
    ).toBe(0);
  });

  it('filters by user, action and period, and pages', async () => {
    const filters = await beheer.call('logboek.filters', {});
    const sllId = filters.gebruikers.find((g) => g.naam === 'Sanne de Vries')!.id;
    expect(filters.acties).toContainEqual({ value: 'aanvraag.view', label: 'Dossier geopend' });
    const bySll = await beheer.call('logboek.lijst', {
      ...geen,
      userId: sllId,
      actie: 'aanvraag.view',
      offset: 0,
      limit: 50,
    });
    expect(bySll.total).toBe(1);
    // Her logins count as hers, though a login is written before there is a session.
    const logins = await beheer.call('logboek.lijst', {
      ...geen,
      userId: sllId,
      actie: 'auth.login',
      offset: 0,
      limit: 50,
    });
    expect(logins.total).toBe(2);
    expect(logins.rows[0]).toMatchObject({
      gebruiker: 'Sanne de Vries',
      actieLabel: 'Ingelogd',
      object: 'Gebruiker Sanne de Vries',
    });
    // The period is in days in Amsterdam: the 26th holds the two views, the 25th none.
    const dag = (d: string) =>
      beheer.call('logboek.lijst', {
        ...geen,
        van: d,
        tot: d,
        actie: 'aanvraag.view',
        offset: 0,
        limit: 50,
      });
    expect((await dag('2026-11-26')).total).toBe(2);
    expect((await dag('2026-11-25')).total).toBe(0);
    const total = (await beheer.call('logboek.lijst', { ...geen, offset: 0, limit: 1 })).total;
    expect(total).toBeGreaterThan(12);
    const page = await beheer.call('logboek.lijst', { ...geen, offset: 2, limit: 10 });
    expect(page.rows).toHaveLength(Math.min(10, total - 2));
    expect(page.rows[0]!.id).toBeGreaterThan(page.rows[1]!.id); // newest first
  });

  it('exports CSV for Excel (BOM, semicolons) and logs the export itself', async () => {
    const before = (
      await beheer.call('logboek.lijst', { ...geen, actie: 'logboek.export', offset: 0, limit: 5 })
    ).total;
    const e = await beheer.call('logboek.export', { ...geen, kenmerk: referentie });
    const csv = Buffer.from(e.dataBase64, 'base64').toString('utf8');
    expect(
      csv.startsWith(
        '\uFEFFNummer;Tijdstip;Datum;Gebruiker;Actie;Code;Object;Kenmerk;Details;Vanaf\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      `;Dossier geopend;aanvraag.view;Aanvraag ${referentie};${referentie};;Deze computer`,
    );
    expect(e.rijen).toBe(csv.trim().split('\r\n').length - 1);
    const after = (
      await beheer.call('logboek.lijst', { ...geen, actie: 'logboek.export', offset: 0, limit: 5 })
    ).total;
    expect(after).toBe(before + 1);
  });

  it('says the chain is whole, and finds a row changed behind its back', async () => {
    const ok = await beheer.call('logboek.controleer', {});
    expect(ok.intact).toBe(true);
    expect(ok.melding).toMatch(/^De keten is heel: alle \d+ regels/);
    // Tampering needs the append-only trigger gone: a raw connection, in this test only.
    const { sqlite } = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
    let target: number;
    try {
      target = (
        sqlite.prepare("SELECT id FROM audit_log WHERE action = 'aanvraag.view' LIMIT 1").get() as {
          id: number;
        }
      ).id;
      expect(() =>
        sqlite.prepare('UPDATE audit_log SET actor_user_id = 1 WHERE id = ?').run(target),
      ).toThrow(/append-only/);
      sqlite.exec('DROP TRIGGER audit_log_no_update');
      sqlite.prepare('UPDATE audit_log SET actor_user_id = 1 WHERE id = ?').run(target);
    } finally {
      sqlite.close();
    }
    const bad = await beheer.call('logboek.controleer', {});
    expect(bad.intact).toBe(false);
    expect(bad.eersteAfwijking?.id).toBe(target);
    expect(bad.melding).toContain(`De keten is verbroken bij regel ${target} (26 november 2026)`);
  });
});
