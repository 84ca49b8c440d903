import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Issue 5 through the real procedure table: the non-unanimous path through a TLA-vergadering to a
// decision, the path where the directeur-bestuurder returns an eindadvies, reassignment and absence.

const TODAY = '2026-11-25';
let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client, beheer: Client;
const users = new Map<string, Client>();

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  for (const u of [
    'sll',
    'voorzitter',
    'directeur',
    'beheer',
    'ortho1',
    'psycho1',
    'arts1',
    'kjp1',
    'vo1',
  ])
    users.set(u, await login(t.backend, u));
  [sll, voorzitter, directeur, beheer] = ['sll', 'voorzitter', 'directeur', 'beheer'].map(
    (u) => users.get(u) as Client,
  ) as [Client, Client, Client, Client];
}, 60000);
afterAll(() => t.close());

const asUser = (naam: string): Client => {
  const byName: Record<string, string> = {
    'Marleen Visser': 'ortho1',
    'Thomas de Groot': 'psycho1',
  };
  return users.get(byName[naam] as string) as Client;
};

async function pdfText(c: Client, briefId: number): Promise<string> {
  const pdf = await c.call('brieven.get', { briefId });
  return (await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).pages.join(
    ' ',
  );
}

describe('the non-unanimous path through a TLA-vergadering', () => {
  it('puts the aanvraag on the agenda, records the outcome, and leads to a decision', async () => {
    expect(
      (await voorzitter.call('vergadering.plan', { datums: [TODAY, '2026-12-09'] })).created,
    ).toBe(2);
    const meeting = (await voorzitter.call('vergadering.list', {})).find((m) => m.datum === TODAY)!;
    let view = await voorzitter.call('vergadering.get', { vergaderingId: meeting.id });
    expect(view.agenda.length).toBeGreaterThan(0);
    const punt = view.agenda[0]!;
    expect(punt.reden).toBe('Adviezen niet unaniem');
    expect(punt.adviezen).toHaveLength(2);
    expect(punt.verschillen.map((d) => d.field)).toContain('conclusie');

    // §6: the deskundigen who advised take part in the item on their own aanvraag; "betrokken"
    // are those recorded as involved on the school's side (here Jeroen van Dijk as the SC).
    expect(punt.betrokkenen).toEqual([]);
    const idOf = (naam: string) => view.kandidaten.find((k) => k.naam === naam)!.userId;
    const adviseur = punt.adviezen[0]!.naam;
    await sll.call('betrokkenen.add', {
      aanvraagId: punt.aanvraagId,
      userId: idOf('Jeroen van Dijk'),
      rol: 'steunpuntcoordinator',
    });
    view = await voorzitter.call('vergadering.aanwezigen', {
      vergaderingId: meeting.id,
      userIds: [idOf('Pieter Bakker'), idOf(adviseur), idOf('Jeroen van Dijk')],
    });
    const item = view.agenda.find((x) => x.aanvraagId === punt.aanvraagId)!;
    expect(item.betrokkenen).toEqual([
      {
        userId: idOf('Jeroen van Dijk'),
        naam: 'Jeroen van Dijk',
        rol: 'Steunpuntcoördinator (SC) op deze aanvraag',
      },
    ]);
    expect(item.deelnemers.map((d) => d.naam).sort()).toEqual([adviseur, 'Pieter Bakker'].sort());
    expect(item.nietDeelnemers.map((d) => d.naam)).toEqual(['Jeroen van Dijk']);
    expect(view.waarschuwingen).toEqual([
      `Jeroen van Dijk is betrokken bij ${punt.referentie} en neemt aan dat punt niet deel.`,
    ]);
    // On another item the betrokkenheid does not count.
    for (const other of view.agenda.filter((x) => x.aanvraagId !== punt.aanvraagId)) {
      expect(other.nietDeelnemers).toEqual([]);
      expect(other.deelnemers.map((d) => d.naam)).toContain('Jeroen van Dijk');
    }

    const bad = await voorzitter.fail('vergadering.uitkomst', {
      vergaderingId: meeting.id,
      aanvraagId: punt.aanvraagId,
      uitkomst: {
        soort: 'advies',
        conclusie: 'toelaatbaar',
        schoolsoort: 'SO',
        categorie: 'midden',
        ingangsdatum: '2027-01-01',
        einddatum: '2028-06-30',
        motivering: 'x',
      },
    });
    expect(bad.message).toContain('31 juli');
    await voorzitter.call('vergadering.uitkomst', {
      vergaderingId: meeting.id,
      aanvraagId: punt.aanvraagId,
      uitkomst: {
        soort: 'advies',
        conclusie: 'toelaatbaar',
        schoolsoort: 'SO',
        categorie: 'midden',
        ingangsdatum: '2027-01-01',
        einddatum: '2029-07-31',
        motivering: 'De vergadering adviseert SO: MOTIVERING-VERGADERING.',
      },
    });
    view = await voorzitter.call('vergadering.sluit', { vergaderingId: meeting.id });
    expect(view.status).toBe('gehouden');
    const minutes = await voorzitter.call('vergadering.notulen', { vergaderingId: meeting.id });
    const text = (
      await extractPdfText(new Uint8Array(Buffer.from(minutes.dataBase64, 'base64')))
    ).pages.join(' ');
    expect(text).toContain(punt.referentie);
    expect(text).toContain('MOTIVERING-VERGADERING');
    expect(text).toContain('Niet deelgenomen: Jeroen van Dijk (betrokken bij de aanvraag)');
    expect(text).not.toContain(`${adviseur} (betrokken bij de aanvraag)`);

    const aanvraag = await voorzitter.call('aanvraag.get', { aanvraagId: punt.aanvraagId });
    expect(aanvraag.state).toBe('eindadvies_in_opmaak');
    const first = asUser(aanvraag.toewijzingen.find((x) => x.position === 1)!.naam);
    const e = await first.call('eindadvies.get', { aanvraagId: punt.aanvraagId });
    expect(e.prefill?.motivering).toContain('MOTIVERING-VERGADERING');
    expect(
      (await first.call('eindadvies.submit', { aanvraagId: punt.aanvraagId, ...e.prefill! })).state,
    ).toBe('eindadvies_gereed');
    await voorzitter.call('aanvraag.presenteer', { aanvraagId: punt.aanvraagId });
    expect((await directeur.call('besluit.adopt', { aanvraagId: punt.aanvraagId })).state).toBe(
      'besloten',
    );
    const brieven = await sll.call('brieven.list', { aanvraagId: punt.aanvraagId });
    const afschrift = brieven.find((b) => b.kind === 'afschrift_adviezen');
    expect(afschrift).toBeDefined();
    const copy = await pdfText(sll, afschrift!.id);
    for (const a of punt.adviezen) expect(copy).toContain(a.naam);
  });
});

describe('the directeur-bestuurder returns an eindadvies', () => {
  it('sends it back with questions that the voorzitter sees on the next agenda', async () => {
    const id = (
      await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 50 })
    ).rows[0]!.id;
    expect(
      (
        await directeur.call('besluit.return', {
          aanvraagId: id,
          vragen: 'VRAAG-DIRECTEUR: waarom niet SBO?',
        })
      ).state,
    ).toBe('teruggestuurd');
    expect(
      (
        await voorzitter.call('werk.mijn', {
          role: 'voorzitter',
          search: '',
          offset: 0,
          limit: 100,
        })
      ).rows.map((r) => r.id),
    ).toContain(id);
    expect((await voorzitter.call('aanvraag.agendeer', { aanvraagId: id })).state).toBe(
      'geagendeerd',
    );
    const next = (await voorzitter.call('vergadering.list', {})).find(
      (m) => m.status === 'gepland',
    )!;
    const view = await voorzitter.call('vergadering.get', { vergaderingId: next.id });
    const punt = view.agenda.find((p) => p.aanvraagId === id)!;
    expect(punt.reden).toBe('Teruggestuurd door de directeur-bestuurder');
    expect(punt.vragenDirecteur).toContain('VRAAG-DIRECTEUR');
  });
});

describe('pool and assignment (§4)', () => {
  it('blocks an absent deskundige and reassigns with a reason before the advice is in', async () => {
    const rows = (
      await voorzitter.call('werk.mijn', { role: 'voorzitter', search: '', offset: 0, limit: 100 })
    ).rows;
    const id = rows.find((r) => r.state === 'te_verdelen')!.id;
    const pool = await beheer.call('pool.list', {});
    const vo = pool.find((d) => d.naam === 'Jeroen van Dijk')!;
    await beheer.call('pool.afwezigheid', {
      deskundigeId: vo.id,
      van: '2026-11-01',
      tot: '2026-12-31',
      reden: 'Verlof',
    });
    const ortho = pool.find((d) => d.naam === 'Marleen Visser')!;
    const c = await voorzitter.call('toewijzing.candidates', {
      aanvraagId: id,
      eersteId: ortho.id,
    });
    expect(c.second.find((x) => x.deskundigeId === vo.id)?.eligible).toBe(false);
    const arts = pool.find((d) => d.naam === 'Karim El Amrani')!;
    const kjp = pool.find((d) => d.naam === 'Lotte Bos')!;
    await voorzitter.call('toewijzing.assign', {
      aanvraagId: id,
      eersteId: ortho.id,
      tweedeId: arts.id,
    });
    await voorzitter.call('toewijzing.wijzig', {
      aanvraagId: id,
      position: 2,
      deskundigeId: kjp.id,
      reden: 'Ziekte',
    });
    const a = await voorzitter.call('aanvraag.get', { aanvraagId: id });
    expect(a.toewijzingen.find((x) => x.position === 2)?.naam).toBe('Lotte Bos');
    expect((await users.get('arts1')!.fail('aanvraag.get', { aanvraagId: id })).code).toBe(
      'not_found',
    );
  });
});
