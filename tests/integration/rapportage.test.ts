import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../electron/contract';
import { periodOf } from '../../electron/domain/doorlooptijd';
import {
  client,
  login,
  openReadonly,
  startEmptyWithBeheerder,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Reports (issue 12) through the real procedure table on the demo: the facts the service gathers
// (decisions, the comparison of the advices and a withdrawal from the event log), the list behind a
// figure, the Termijnen dashboard and the report agreeing on the same period, who may ask, bad
// input, and an empty install.

const TODAY = '2026-11-25';
const now = new Date(`${TODAY}T10:00:00Z`);
let t: TestBackend;
let sll: Client, directeur: Client, voorzitter: Client, deskundige: Client, beheerder: Client;

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  [sll, directeur, voorzitter, deskundige, beheerder] = (await Promise.all(
    ['sll', 'directeur', 'voorzitter', 'psycho1', 'beheer'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client, Client];
}, 60000);
afterAll(() => t.close());

const SCHOOLJAAR = { soort: 'schooljaar', datum: TODAY } as const;
type Vraag = InputOf<'rapportage.kengetallen'>;

function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function lijst(
  figuur: string,
  vraag: Vraag = { periode: SCHOOLJAAR },
  groep: string | null = null,
) {
  const r = await sll.call('rapportage.aanvragen', { ...vraag, figuur, groep, limit: 500 });
  expect(r.rows.length).toBe(r.total);
  return r;
}

describe('the report on the demo', () => {
  let decided: number;
  let withdrawn: number;

  it('counts what the database holds, and lists the aanvragen behind a figure', async () => {
    const year = periodOf(TODAY, 'schooljaar');
    const r = await sll.call('rapportage.kengetallen', { periode: SCHOOLJAAR });
    const received = sql<{ id: number }>(
      'SELECT id FROM aanvragen WHERE ontvangen_op BETWEEN ? AND ? ORDER BY ontvangen_op DESC, id DESC',
      year.from,
      year.to,
    ).map((x) => x.id);
    expect(received.length).toBeGreaterThan(5);
    expect(r.periode).toEqual({ label: year.label, from: year.from, to: year.to });
    expect(r.totaal.ontvangen).toBe(received.length);
    expect(r.leeg).toBe(false);
    const behind = await lijst('ontvangen');
    expect(behind.rows.map((x) => x.id)).toEqual(received);
    expect(behind.figuur).toBe('Ontvangen');
  });

  it('a decision and a withdrawal: outcomes, unanimity from the event log, the dashboard agrees', async () => {
    const werk = await directeur.call('werk.mijn', {
      role: 'directeur',
      search: '',
      offset: 0,
      limit: 100,
    });
    decided = werk.rows.find((x) => x.state === 'ter_besluitvorming')!.id;
    await directeur.call('besluit.adopt', { aanvraagId: decided });
    const open = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: '',
      offset: 0,
      limit: 100,
    });
    withdrawn = open.rows.find((x) => x.state === 'in_controle' || x.state === 'ontvangen')!.id;
    await sll.call('aanvraag.intrekken', { aanvraagId: withdrawn, reden: 'De school trekt in.' });

    const r = await sll.call('rapportage.kengetallen', {
      periode: { soort: 'maand', datum: TODAY },
    });
    const [besluit] = sql<{ uitkomst: string; events: string }>(
      `SELECT b.uitkomst, (SELECT group_concat(event) FROM workflow_events w
         WHERE w.aanvraag_id = b.aanvraag_id AND w.event IN ('adviezen_unaniem','adviezen_verschillend')) AS events
       FROM besluiten b WHERE b.aanvraag_id = ?`,
      decided,
    );
    expect(r.totaal.besloten).toBe(1);
    expect(r.totaal[`afloop.${besluit!.uitkomst}`]).toBe(1);
    expect(r.totaal['afloop.ingetrokken']).toBe(1);
    const lastComparison = besluit!.events.split(',').at(-1);
    expect(r.totaal.unaniem).toBe(lastComparison === 'adviezen_unaniem' ? 100 : 0);
    expect(
      (await lijst('afloop.ingetrokken', { periode: { soort: 'maand', datum: TODAY } })).rows.map(
        (x) => x.id,
      ),
    ).toEqual([withdrawn]);

    // The Termijnen dashboard shows the same month with the same figures (one definition).
    const dash = await sll.call('termijnen.dashboard', { periode: 'maand' });
    expect(dash.current.decided).toBe(r.totaal.besloten);
    expect(dash.current.medianGross).toBe(r.totaal['bruto.mediaan']);
    expect(dash.current.medianNet).toBe(r.totaal['netto.mediaan']);
    expect(dash.current.behaaldPercentage).toBe(r.totaal.behaald);
  });

  it('breaks down by bestuur: the groups add up to the total, a group lists its own aanvragen', async () => {
    const vraag = { periode: SCHOOLJAAR, indeling: 'bestuur' } as const;
    const r = await sll.call('rapportage.kengetallen', vraag);
    expect(r.groepen.length).toBeGreaterThan(1);
    const sum = r.groepen.reduce((s, g) => s + (g.waarden.ontvangen ?? 0), 0);
    expect(sum).toBe(r.totaal.ontvangen);
    const g = r.groepen[0]!;
    const behind = await lijst('ontvangen', vraag, g.sleutel);
    expect(behind.groep).toBe(g.naam);
    expect(behind.total).toBe(g.waarden.ontvangen);
    const inBestuur = new Set(
      sql<{ id: number }>(
        'SELECT a.id FROM aanvragen a JOIN scholen s ON s.id = a.school_id WHERE s.bestuur_id = ?',
        Number(g.sleutel),
      ).map((x) => x.id),
    );
    expect(behind.rows.every((x) => inBestuur.has(x.id))).toBe(true);
    expect(r.perBestuur.reduce((s, b) => s + b.ontvangen, 0)).toBe(r.totaal.ontvangen);
  });

  it('the voorzitter and the directeur read it too; the answer holds no pupil, only counts', async () => {
    for (const c of [voorzitter, directeur]) {
      const r = await c.call('rapportage.kengetallen', { periode: SCHOOLJAAR, indeling: 'school' });
      const text = JSON.stringify(r);
      for (const { naam } of sql<{ naam: string }>('SELECT leerling_naam AS naam FROM aanvragen'))
        expect(text).not.toContain(naam);
    }
  });
});

describe('who may ask, and bad input', () => {
  it('refuses a deskundige and the beheerder, with valid input', async () => {
    for (const c of [deskundige, beheerder]) {
      expect((await c.fail('rapportage.kengetallen', { periode: SCHOOLJAAR })).code).toBe(
        'forbidden',
      );
      expect(
        (await c.fail('rapportage.aanvragen', { periode: SCHOOLJAAR, figuur: 'ontvangen' })).code,
      ).toBe('forbidden');
    }
  });

  it('says in Dutch what is wrong with a period or a figure', async () => {
    const backwards = await sll.fail('rapportage.kengetallen', {
      periode: { soort: 'vrij', van: '2026-05-01', tot: '2026-04-01' },
    });
    expect(backwards).toMatchObject({ code: 'invalid_input' });
    expect(backwards.message).toContain('De periode eindigt vóór zij begint.');
    const long = await sll.fail('rapportage.kengetallen', {
      periode: { soort: 'vrij', van: '2000-01-01', tot: '2026-04-01' },
    });
    expect(long.message).toContain('hoogstens tien jaar');
    const figuur = await sll.fail('rapportage.aanvragen', {
      periode: SCHOOLJAAR,
      figuur: 'geheim',
    });
    expect(figuur.message).toContain('Onbekend kengetal.');
  });
});

describe('an empty install', () => {
  it('reports an empty period: leeg, no groups, no NaN, empty months', async () => {
    const { t: empty, beheer } = await startEmptyWithBeheerder(() => now);
    try {
      const temp = 'tijdelijk-Rode-Fiets-42';
      const nieuw = 'Blauwe-Kraanvogel-Zomer-77';
      await beheer.call('users.create', {
        naam: 'Secretaresse',
        username: 'leeg.sll',
        password: temp,
        roles: ['secretaris'],
      });
      const first = await login(empty.backend, 'leeg.sll', temp);
      await first.call('auth.wachtwoordWijzigen', { huidig: temp, nieuw, herhaling: nieuw });
      const c = await login(empty.backend, 'leeg.sll', nieuw);
      const r = await c.call('rapportage.kengetallen', {
        periode: SCHOOLJAAR,
        indeling: 'gemeente',
      });
      expect(r.leeg).toBe(true);
      expect(r.groepen).toEqual([]);
      expect(r.perBestuur).toEqual([]);
      expect(r.totaal['bruto.mediaan']).toBeNull();
      expect(r.totaal.ontvangen).toBe(0);
      expect(r.perMaand).toHaveLength(12);
      expect(JSON.stringify(r)).not.toMatch(/NaN/);
      expect(
        (await c.call('rapportage.aanvragen', { periode: SCHOOLJAAR, figuur: 'ontvangen' })).total,
      ).toBe(0);
    } finally {
      empty.close();
    }
  });
});
