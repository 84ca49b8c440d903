import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { WAITS_ON } from '../../electron/domain/workflow';
import { STATE_FILTER_GROUPS } from '../../electron/domain/alle-aanvragen';
import type { InputOf, OutputOf } from '../../electron/contract';
import { seedAanvragen, seedVolgnummer } from '../bench/seed';
import { registration } from '../support/fixtures';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Alle aanvragen (issue 10 item 5) through the real procedure table on a real SQLite file with a
// clock that moves: every state is found (a decision followed through besloten, verzonden, in
// bezwaar, besloten op bezwaar and gearchiveerd; ingetrokken; buiten behandeling), each filter, the
// search on kenmerk, pupil, school and volgnummer (also in Mijn werk), who may look, paging and
// the count — checked against the database itself — and archiving as a step of the secretaris.

const TODAY = '2026-11-25';
let now = new Date(`${TODAY}T10:00:00Z`);
const logged: string[] = [];
let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client;

/** Sessions lock after 15 idle minutes: sign in again after the clock moved on. */
async function signIn(): Promise<void> {
  [sll, voorzitter, directeur] = (await Promise.all(
    ['sll', 'voorzitter', 'directeur'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client];
}

beforeAll(async () => {
  t = startTestBackend(() => now, {
    error: (event, fields) => logged.push(JSON.stringify({ event, fields })),
  });
  await client(t.backend).call('setup.loadDemo', {});
  await signIn();
}, 60000);
afterAll(() => t.close());

type Zoek = Partial<InputOf<'aanvragen.zoek'>>;
type Row = OutputOf<'aanvragen.zoek'>['rows'][number];

const zoek = (input: Zoek = {}, as: Client = sll) =>
  as.call('aanvragen.zoek', { limit: 500, ...input });

/** The ids Alle aanvragen gives for `input` (every page). */
async function idsOf(input: Zoek = {}): Promise<number[]> {
  const r = await zoek(input);
  expect(r.rows.length).toBe(r.total);
  return r.rows.map((x) => x.id);
}

async function rowOf(id: number, input: Zoek = {}): Promise<Row | undefined> {
  return (await zoek(input)).rows.find((r) => r.id === id);
}

interface DbRow {
  id: number;
  referentie: string;
  leerlingNaam: string;
  state: string;
  soort: string;
  ontvangenOp: string;
  schoolId: number;
  schoolNaam: string;
  bestuurId: number;
  volgnummer: string | null;
}

/** Every aanvraag as the database holds it, newest first (the order of the list). */
function database(): DbRow[] {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        `SELECT a.id, a.referentie, a.leerling_naam AS leerlingNaam, a.state, a.soort,
           a.ontvangen_op AS ontvangenOp, a.school_id AS schoolId, s.naam AS schoolNaam,
           s.bestuur_id AS bestuurId, b.volgnummer
         FROM aanvragen a JOIN scholen s ON s.id = a.school_id
         LEFT JOIN besluiten b ON b.aanvraag_id = a.id
         ORDER BY a.ontvangen_op DESC, a.id DESC`,
      )
      .all() as DbRow[];
  } finally {
    db.close();
  }
}

async function inState(c: Client, role: 'secretaris' | 'directeur', state: string) {
  const { rows } = await c.call('werk.mijn', { role, search: '', offset: 0, limit: 500 });
  return rows.filter((r) => r.state === state).map((r) => r.id);
}

describe('every aanvraag in every state is found', () => {
  let decided: number;
  let withdrawn: number;
  let incomplete: number;
  let volgnummer: string;

  it('a decision: besloten, then verzonden (gone from Mijn werk, still in Alle aanvragen)', async () => {
    decided = (await inState(directeur, 'directeur', 'ter_besluitvorming'))[0]!;
    await directeur.call('besluit.adopt', { aanvraagId: decided });
    const besloten = await rowOf(decided, { states: ['besloten'] });
    expect(besloten).toMatchObject({
      state: 'besloten',
      besluit: { uitkomst: expect.stringMatching(/^tlv_/), datum: TODAY },
      termijn: null,
    });
    volgnummer = besloten!.volgnummer!;
    expect(volgnummer).toMatch(/^PO2505-2026-\d{4}$/);

    await sll.call('aanvraag.verzend', { aanvraagId: decided, verzondenOp: TODAY });
    // The complaint of the issue: after sending it waits on no one, so Mijn werk no longer has it.
    const werk = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: volgnummer,
      offset: 0,
      limit: 10,
    });
    expect(werk.total).toBe(0);
    const found = await zoek({ search: volgnummer });
    expect(found.total).toBe(1);
    expect(found.rows[0]).toMatchObject({
      id: decided,
      state: 'verzonden',
      volgnummer,
      // Sent Wed 25-11-2026: the bezwaartermijn ends Wed 6-1-2027 (6 weeks, Awb 6:7).
      termijn: { soort: 'bezwaartermijn', einde: '2027-01-06', dagenOver: 42 },
    });
    const verzonden = STATE_FILTER_GROUPS.find((g) => g.key === 'verzonden')!.states;
    expect(await idsOf({ states: [...verzonden] })).toContain(decided);
    expect(await idsOf({ states: ['besloten'] })).not.toContain(decided);
  });

  it('is not archived while a bezwaar can still come in on time', async () => {
    const early = await sll.fail('aanvraag.archiveer', { aanvraagId: decided });
    expect(early.message).toBe(
      'Er kan tot en met 13 januari 2027 nog bezwaar binnenkomen (de bezwaartermijn en de week voor een op tijd gepost bezwaar). Archiveer daarna.',
    );
    expect((await sll.call('aanvraag.get', { aanvraagId: decided })).state).toBe('verzonden');
  });

  it('in bezwaar, then besloten op bezwaar', async () => {
    await sll.call('bezwaar.registreer', {
      aanvraagId: decided,
      ontvangenOp: TODAY,
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    expect(await rowOf(decided, { states: ['in_bezwaar'] })).toMatchObject({
      state: 'in_bezwaar',
      volgnummer,
      // Awb 7:10: 12 weeks after the bezwaartermijn (6-1-2027): Wed 31-3-2027.
      termijn: { soort: 'beslissing_op_bezwaar', einde: '2027-03-31' },
    });
    await sll.call('bezwaar.stap', {
      aanvraagId: decided,
      stap: { stap: 'beslist', datum: TODAY, uitkomst: 'ongegrond', herzienBesluit: null },
    });
    expect(await rowOf(decided, { states: ['besloten_op_bezwaar'] })).toMatchObject({
      state: 'besloten_op_bezwaar',
      termijn: null,
    });
  });

  it('ingetrokken', async () => {
    withdrawn = (await inState(sll, 'secretaris', 'in_controle'))[0]!;
    await sll.call('aanvraag.intrekken', { aanvraagId: withdrawn, reden: 'De school trekt in.' });
    expect(await rowOf(withdrawn, { states: ['ingetrokken'] })).toMatchObject({
      state: 'ingetrokken',
      besluit: null,
      volgnummer: null,
      termijn: null,
    });
    incomplete = (await inState(sll, 'secretaris', 'in_controle'))[0]!;
    await sll.call('aanvulling.vraag', {
      aanvraagId: incomplete,
      verzoekOp: TODAY,
      termijnWerkdagen: 5,
      ontbrekend: ['Het OPP'],
    });
  });

  it('buiten behandeling, once sent; and archiving once no bezwaar can come in', async () => {
    now = new Date('2027-01-14T10:00:00Z');
    await signIn();
    await sll.call('aanvraag.buitenBehandelingVoorstellen', { aanvraagId: incomplete });
    await directeur.call('besluit.buitenBehandeling', { aanvraagId: incomplete });
    await sll.call('aanvraag.verzend', { aanvraagId: incomplete, verzondenOp: '2027-01-14' });
    expect(await rowOf(incomplete, { states: ['buiten_behandeling'] })).toMatchObject({
      state: 'buiten_behandeling',
      besluit: { uitkomst: 'buiten_behandeling', datum: '2027-01-14' },
      volgnummer: null,
      termijn: { soort: 'bezwaartermijn', einde: '2027-02-25' },
    });

    // The voorzitter may look, not archive; the secretaris archives.
    expect((await voorzitter.fail('aanvraag.archiveer', { aanvraagId: decided })).code).toBe(
      'forbidden',
    );
    expect(await sll.call('aanvraag.archiveer', { aanvraagId: decided })).toEqual({
      state: 'gearchiveerd',
    });
    expect(await sll.call('aanvraag.archiveer', { aanvraagId: withdrawn })).toEqual({
      state: 'gearchiveerd',
    });
    const archived = await sll.call('aanvraag.get', { aanvraagId: decided });
    expect(archived.actions).toEqual([]);
    expect(archived.events.at(-1)).toMatchObject({
      event: 'archiveer',
      actorNaam: 'Sanne de Vries',
    });
    const afgesloten = STATE_FILTER_GROUPS.find((g) => g.key === 'afgesloten')!.states;
    expect(await idsOf({ states: [...afgesloten] })).toEqual(
      expect.arrayContaining([decided, withdrawn]),
    );
    expect(await rowOf(decided, { search: volgnummer })).toMatchObject({
      state: 'gearchiveerd',
      volgnummer,
      besluit: { datum: TODAY },
    });
    // A sent buiten behandeling waits for its own bezwaartermijn.
    expect((await sll.fail('aanvraag.archiveer', { aanvraagId: incomplete })).message).toContain(
      'tot en met 4 maart 2027 nog bezwaar',
    );
  });

  it('every state in the database is found under itself and its group, and under no other', async () => {
    const db = database();
    const states = new Set(db.map((r) => r.state));
    for (const s of [
      'gearchiveerd',
      'buiten_behandeling',
      'ter_besluitvorming',
      'in_advies',
      'ontvangen',
    ])
      expect(states).toContain(s);
    expect(await idsOf()).toEqual(db.map((r) => r.id));
    for (const state of states) {
      const ids = db.filter((r) => r.state === state).map((r) => r.id);
      expect(await idsOf({ states: [state as Row['state']] }), state).toEqual(ids);
    }
    for (const g of STATE_FILTER_GROUPS) {
      const ids = db.filter((r) => (g.states as string[]).includes(r.state)).map((r) => r.id);
      expect(await idsOf({ states: [...g.states] }), g.key).toEqual(ids);
    }
  });
});

describe('the filters', () => {
  it('period, school, bestuur and soort, each and together, as the database has them', async () => {
    const db = database();
    const school = db[0]!;
    const bestuurId = db[db.length - 1]!.bestuurId;
    const days = db.map((r) => r.ontvangenOp).sort();
    const van = days[Math.floor(days.length / 3)]!;
    const tot = days[Math.floor((2 * days.length) / 3)]!;
    const expectIds = async (input: Zoek, keep: (r: DbRow) => boolean) =>
      expect(await idsOf(input), JSON.stringify(input)).toEqual(db.filter(keep).map((r) => r.id));

    await expectIds({ ontvangenVan: van }, (r) => r.ontvangenOp >= van);
    await expectIds({ ontvangenTot: tot }, (r) => r.ontvangenOp <= tot);
    await expectIds(
      { ontvangenVan: van, ontvangenTot: tot },
      (r) => r.ontvangenOp >= van && r.ontvangenOp <= tot,
    );
    await expectIds({ schoolId: school.schoolId }, (r) => r.schoolId === school.schoolId);
    await expectIds({ bestuurId }, (r) => r.bestuurId === bestuurId);
    await expectIds({ soort: 'zij_instroom' }, (r) => r.soort === 'zij_instroom');
    await expectIds({ soort: 'onderinstroom' }, (r) => r.soort === 'onderinstroom');
    await expectIds(
      { states: ['in_advies', 'te_verdelen'], ontvangenVan: van, soort: 'zij_instroom' },
      (r) =>
        ['in_advies', 'te_verdelen'].includes(r.state) &&
        r.ontvangenOp >= van &&
        r.soort === 'zij_instroom',
    );
    // Nothing matches: an empty page, not an error.
    expect(await zoek({ ontvangenVan: '2030-01-01' })).toEqual({ total: 0, rows: [] });
  });

  it('refuses a period that ends before it starts, and a day that does not exist, in Dutch', async () => {
    const bad = await sll.fail('aanvragen.zoek', {
      ontvangenVan: '2026-10-01',
      ontvangenTot: '2026-09-01',
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toEqual([
      expect.objectContaining({
        path: 'ontvangenTot',
        message: 'De periode eindigt vóór zij begint.',
      }),
    ]);
    const day = await sll.fail('aanvragen.zoek', { ontvangenVan: '2026-02-30' });
    expect(day.issues?.[0]?.message).toMatch(/^Vul een geldige datum in/);
    const unknown = await sll.fail('aanvragen.zoek', { states: ['weg'] });
    expect(unknown.issues?.[0]?.message).toBe('Onbekende status.');
  });
});

describe('the search', () => {
  it('on kenmerk, pupil, school and volgnummer, whole or in part, in any case', async () => {
    const db = database();
    const a = db.find((r) => r.state === 'in_advies')!;
    const matching = (text: string) =>
      db
        .filter((r) =>
          [r.referentie, r.leerlingNaam, r.schoolNaam, r.volgnummer ?? ''].some((v) =>
            v.toLowerCase().includes(text.toLowerCase()),
          ),
        )
        .map((r) => r.id);
    for (const text of [
      a.referentie,
      a.referentie.slice(-3),
      a.leerlingNaam,
      a.leerlingNaam.split(' ')[0]!.toUpperCase(),
      'wegwijzer',
      'De Wegwijzer',
      db.find((r) => r.volgnummer !== null)!.volgnummer!,
      '2026-',
    ]) {
      const ids = await idsOf({ search: text });
      expect(ids, text).toEqual(matching(text));
      expect(ids.length, text).toBeGreaterThan(0);
    }
    expect(await idsOf({ search: 'Wegwijzer' })).toEqual(
      db.filter((r) => r.schoolNaam.includes('Wegwijzer')).map((r) => r.id),
    );
  });

  it('with the filters; % and _ are characters, not wildcards', async () => {
    const db = database();
    expect(await idsOf({ search: 'Wegwijzer', states: ['in_advies'] })).toEqual(
      db
        .filter((r) => r.schoolNaam.includes('Wegwijzer') && r.state === 'in_advies')
        .map((r) => r.id),
    );
    expect((await zoek({ search: '%' })).total).toBe(0);
    expect((await zoek({ search: '_' })).total).toBe(0);
    expect((await zoek({ search: '   ' })).total).toBe(db.length);
    const long = await sll.fail('aanvragen.zoek', { search: 'x'.repeat(101) });
    expect(long.issues?.[0]?.message).toBe('Zoek met hoogstens 100 tekens.');
  });

  it('typing on gives what a fresh search gives (A–Z in any case, ë as typed)', async () => {
    // A fresh search: another filter each time (an early start of the period), so nothing is kept.
    let fresh = 0;
    const freshIds = (search: string) =>
      idsOf({ search, ontvangenVan: `${1900 + (fresh += 1)}-01-01` });
    for (const word of ['Zoë Verhoef', 'ZOË', 'noëlle', 'TLA-2026-000']) {
      for (let i = 1; i <= word.length; i += 1) {
        const text = word.slice(0, i);
        expect(await idsOf({ search: text }), text).toEqual(await freshIds(text));
      }
    }
    // LIKE folds A–Z only: 'ZOË' finds no 'Zoë'.
    const db = database();
    expect(db.some((r) => r.leerlingNaam.includes('Zoë'))).toBe(true);
    expect(await idsOf({ search: 'ZOË' })).toEqual(
      db
        .filter((r) => r.leerlingNaam.toUpperCase().includes('ZOË') && r.leerlingNaam.includes('Ë'))
        .map((r) => r.id),
    );
  });

  it('Mijn werk finds school names too', async () => {
    const waiting = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: '',
      offset: 0,
      limit: 500,
    });
    const expected = waiting.rows
      .filter((r) => r.schoolNaam.includes('Wegwijzer'))
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const found = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: 'Wegwijzer',
      offset: 0,
      limit: 500,
    });
    expect(found.rows.map((r) => r.id)).toEqual(expected);
    expect(found.total).toBe(expected.length);
  });
});

describe('who may look', () => {
  it('the office, not a deskundige nor the beheerder', async () => {
    for (const c of [sll, voorzitter, directeur])
      expect((await zoek({}, c)).total).toBeGreaterThan(0);
    for (const username of ['ortho1', 'beheer']) {
      const other = await login(t.backend, username);
      const refused = await other.fail('aanvragen.zoek', { search: '' });
      expect(refused.code).toBe('forbidden');
      expect(refused.message).not.toMatch(/aanvra/i);
    }
    expect((await client(t.backend).fail('aanvragen.zoek', {})).code).toBe('unauthenticated');
  });
});

describe('paging and the count', () => {
  it('pages of 7 together are the whole list, newest first, each with the total', async () => {
    const db = database();
    const ids: number[] = [];
    for (let offset = 0; offset < db.length; offset += 7) {
      const page = await sll.call('aanvragen.zoek', { offset, limit: 7 });
      expect(page.total).toBe(db.length);
      expect(page.rows.length).toBe(Math.min(7, db.length - offset));
      ids.push(...page.rows.map((r) => r.id));
    }
    expect(ids).toEqual(db.map((r) => r.id));
    const past = await sll.call('aanvragen.zoek', { offset: db.length, limit: 7 });
    expect(past).toEqual({ total: db.length, rows: [] });
  });
});

describe('the search text stays out of the audit log and the logs', () => {
  it('searching leaves no trace of the text', async () => {
    const db = openReadonly(t);
    const before = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    db.close();
    const text = 'Zoektekst-Vertrouwelijk-Qx';
    await zoek({ search: text });
    await sll.call('werk.mijn', { role: 'secretaris', search: text, offset: 0, limit: 10 });
    await sll.fail('aanvragen.zoek', { search: `${text}${'x'.repeat(100)}` });
    const after = openReadonly(t);
    const rows = after.prepare('SELECT * FROM audit_log').all();
    after.close();
    expect(rows.length).toBe(before);
    expect(JSON.stringify(rows)).not.toContain('Vertrouwelijk');
    expect(logged.join('\n')).not.toContain('Vertrouwelijk');
  });
});

describe('with 3,000 more aanvragen: the walk for a common text, the matches kept for a rarer one', () => {
  let big: TestBackend;
  let backend: Backend;
  let office: Client;
  let statements: string[] | null = null;

  beforeAll(async () => {
    // The demo in a database of its own, closed, seeded with 3,000 more, and opened again.
    big = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
    await client(big.backend).call('setup.loadDemo', {});
    big.backend.close();
    seedAanvragen(big.dbPath, big.key, 3000);
    backend = createBackend({
      dbPath: big.dbPath,
      documentsDir: `${big.dir}/documents`,
      documentKey: big.key,
      now: () => new Date(`${TODAY}T10:00:00Z`),
      logger: { error: () => undefined },
      traceSql: (s) => statements?.push(s),
    });
    office = await login(backend, 'sll');
  }, 60000);
  afterAll(() => {
    backend.close();
    fs.rmSync(big.dir, { recursive: true, force: true });
  });

  function expected(text: string, keep: (state: string) => boolean, newestFirst: boolean) {
    const db = openReadonly(big);
    try {
      const rows = db
        .prepare(
          `SELECT a.id, a.state, a.referentie, a.leerling_naam AS naam, s.naam AS school, b.volgnummer
           FROM aanvragen a JOIN scholen s ON s.id = a.school_id
           LEFT JOIN besluiten b ON b.aanvraag_id = a.id
           ORDER BY a.ontvangen_op ${newestFirst ? 'DESC' : 'ASC'}, a.id ${newestFirst ? 'DESC' : 'ASC'}`,
        )
        .all() as {
        id: number;
        state: string;
        referentie: string;
        naam: string;
        school: string;
        volgnummer: string | null;
      }[];
      const t = text.toLowerCase();
      return rows
        .filter((r) => keep(r.state))
        .filter((r) =>
          [r.referentie, r.naam, r.school, r.volgnummer ?? ''].some((v) =>
            v.toLowerCase().includes(t),
          ),
        )
        .map((r) => r.id);
    } finally {
      db.close();
    }
  }

  const waitsOnSll = (s: string) => WAITS_ON[s as Row['state']] === 'secretaris';

  it.each([
    ['bench', 'common: more than 2,000 match'],
    ['Bench12', 'rare: 111 match'],
    ['Emma', 'a pupil'],
    [seedVolgnummer(7), 'a volgnummer'],
    ['PO2505-2025', 'part of many volgnummers'],
    ['wegwijzer', 'a school'],
    ['zzz', 'none'],
  ])('‘%s’ (%s): the same list either way, first page and a deep one', async (text) => {
    const all = expected(text, () => true, true);
    for (const [offset, limit] of [
      [0, 50],
      [120, 30],
      [Math.max(0, all.length - 5), 10],
    ] as const) {
      const page = await office.call('aanvragen.zoek', { search: text, offset, limit });
      expect(page.total, text).toBe(all.length);
      expect(page.rows.map((r) => r.id)).toEqual(all.slice(offset, offset + limit));
    }
    const werk = expected(text, waitsOnSll, false);
    const page = await office.call('werk.mijn', {
      role: 'secretaris',
      search: text,
      offset: 0,
      limit: 40,
    });
    expect(page.total).toBe(werk.length);
    expect(page.rows.map((r) => r.id)).toEqual(werk.slice(0, 40));
  });

  it('walks the index in receipt order for a common text, reads and keeps a rarer one', async () => {
    const walked = async (text: string) => {
      statements = [];
      await office.call('aanvragen.zoek', { search: text, offset: 0, limit: 50 });
      const walk = statements.some((s) => s.includes('INDEXED BY aanvragen_werk'));
      statements = null;
      return walk;
    };
    expect(await walked('bench')).toBe(true);
    // After a common text the next is counted first; with fewer matches its page still comes from
    // the walk, and the keystroke after that reads them once and keeps them.
    expect(await walked('Bench3')).toBe(true);
    expect(await walked('Bench31')).toBe(false);
    // A rare text on its own (it extends nothing kept) is read once.
    expect(await walked('Emma Bench2')).toBe(false);
  });

  it('typing on narrows to the last matches, yet misses nothing written in between', async () => {
    // 'Bench12' is kept (111 matches); 'Bench123' is looked for among those only.
    const typed = async (text: string) =>
      (await office.call('aanvragen.zoek', { search: text, limit: 500 })).rows.map((r) => r.id);
    expect(await typed('Bench12')).toEqual(expected('Bench12', () => true, true));
    statements = [];
    expect(await typed('Bench123')).toEqual(expected('Bench123', () => true, true));
    // Among the kept matches only: the table is not read again (no count, no LIKE).
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => s.includes('count(*)') || s.includes('LIKE'))).toEqual([]);
    statements = null;
    // A new aanvraag that matches the longer text, registered between two keystrokes.
    const schoolId = (await office.call('scholen.list', {}))[0]!.scholen[0]!.id;
    await office.call(
      'aanvraag.register',
      registration(schoolId, {
        leerlingNaam: 'Lotte Bench1239',
        ontvangenOp: TODAY,
        documents: [],
      }),
    );
    const withNew = await typed('Bench1239');
    expect(withNew).toEqual(expected('Bench1239', () => true, true));
    expect(withNew.length).toBe(2);
    // A step moves an aanvraag out of Mijn werk between two keystrokes of the secretaris.
    const mine = async (text: string) =>
      (await office.call('werk.mijn', { role: 'secretaris', search: text, offset: 0, limit: 500 }))
        .rows;
    const rows = await mine('Bench12');
    const inControle = rows.find((r) => r.state === 'in_controle');
    expect(inControle).toBeDefined();
    await office.call('aanvraag.intrekken', { aanvraagId: inControle!.id, reden: 'Ingetrokken.' });
    const narrowed = await mine(`Bench12${inControle!.leerlingNaam.slice(-1)}`);
    expect(narrowed.map((r) => r.id)).not.toContain(inControle!.id);
    expect(narrowed.map((r) => r.id)).toEqual(
      expected(`Bench12${inControle!.leerlingNaam.slice(-1)}`, waitsOnSll, false),
    );
  });
});
