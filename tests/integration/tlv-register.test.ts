import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import type { InputOf } from '../../electron/contract';
import { extractPdfText } from '../../electron/documents/pdf-text';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';

// Issue 12 · the TLV register and the herindicatie radar through the real procedure table on a
// real SQLite file: the row is written with the besluit, a revision after a gegrond bezwaar points
// to the TLV it replaces, an older database gets its register from the migration, a deskundige is
// refused, the radar signals an ending TLV, its letter is made and a herindicatie is linked, and a
// destruction keeps the register row per the setting.

const TODAY = '2026-11-25';
let now = new Date(`${TODAY}T10:00:00Z`);
let t: TestBackend;
let sll: Client, directeur: Client, beheer: Client, ortho: Client;

const ALLES: InputOf<'tlvRegister.lijst'> = {
  status: null,
  schoolId: null,
  schoolsoort: null,
  van: null,
  tot: null,
  zoek: '',
};

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  directeur = await login(t.backend, 'directeur');
  beheer = await login(t.backend, 'beheer');
  ortho = await login(t.backend, 'ortho1');
}, 90_000);
afterAll(() => t.close());

function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function terBesluitvorming(): Promise<number[]> {
  return (
    await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 100 })
  ).rows
    .filter((r) => r.state === 'ter_besluitvorming')
    .map((r) => r.id);
}

let eerste: { aanvraagId: number; volgnummer: string };
let ingetrokken: number;

describe('the register row is written with the besluit', () => {
  it('adopting a TLV adds its row, lopend, with the pupil, the school and the period', async () => {
    const id = (await terBesluitvorming())[0]!;
    const before = (await sll.call('tlvRegister.lijst', ALLES)).total;
    const { volgnummer } = await directeur.call('besluit.adopt', { aanvraagId: id });
    eerste = { aanvraagId: id, volgnummer: volgnummer! };
    const lijst = await sll.call('tlvRegister.lijst', ALLES);
    expect(lijst.total).toBe(before + 1);
    const row = lijst.rows.find((r) => r.volgnummer === volgnummer)!;
    const a = sql<{ leerlingNaam: string; leerlingGeboortedatum: string }>(
      'SELECT leerling_naam AS leerlingNaam, leerling_geboortedatum AS leerlingGeboortedatum FROM aanvragen WHERE id = ?',
      id,
    )[0]!;
    const besluit = sql<{
      id: number;
      schoolsoort: string;
      categorie: string | null;
      begindatum: string;
      einddatum: string;
    }>(
      'SELECT id, schoolsoort, categorie, begindatum, einddatum FROM besluiten WHERE aanvraag_id = ?',
      id,
    )[0]!;
    expect(row).toMatchObject({
      aanvraagId: id,
      leerlingNaam: a.leerlingNaam,
      leerlingGeboortedatum: a.leerlingGeboortedatum,
      schoolsoort: besluit.schoolsoort,
      categorie: besluit.categorie,
      begindatum: besluit.begindatum,
      einddatum: besluit.einddatum,
      afgegevenOp: TODAY,
      status: 'lopend',
      vervangtVolgnummer: null,
      herindicatie: null,
    });
    expect(
      sql<{ besluitId: number }>(
        'SELECT besluit_id AS besluitId FROM tlv_register WHERE volgnummer = ?',
        volgnummer,
      ),
    ).toEqual([{ besluitId: besluit.id }]);
    // The filters: by status, schoolsoort, school, a period and the search.
    const f = (over: Partial<typeof ALLES>) =>
      sll.call('tlvRegister.lijst', { ...ALLES, ...over }).then((l) => l.rows.map((r) => r.id));
    expect(await f({ status: 'lopend' })).toContain(row.id);
    expect(await f({ status: 'verlopen' })).not.toContain(row.id);
    expect(await f({ schoolId: row.schoolId })).toContain(row.id);
    expect(await f({ schoolsoort: row.schoolsoort === 'SO' ? 'SBO' : 'SO' })).not.toContain(row.id);
    expect(await f({ van: '2000-01-01', tot: '2000-12-31' })).not.toContain(row.id);
    expect(await f({ van: row.begindatum, tot: row.begindatum })).toContain(row.id);
    expect(await f({ zoek: a.leerlingNaam.toUpperCase() })).toContain(row.id);
    expect(await f({ zoek: 'geen-zo-iemand' })).toEqual([]);
  });

  it('refuses a period that ends before it starts, in Dutch', async () => {
    const bad = await sll.fail('tlvRegister.lijst', {
      ...ALLES,
      van: '2027-01-01',
      tot: '2026-01-01',
    });
    expect(bad.message).toContain('De periode eindigt vóór zij begint.');
  });

  it('has one first row per besluit that gave a TLV', async () => {
    const id = (await terBesluitvorming()).at(-1)!;
    await directeur.call('besluit.adopt', { aanvraagId: id });
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    // One row per besluit that gave a TLV, and one per revision after a gegrond bezwaar (the demo's
    // history holds a few).
    const rows = sql<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM besluiten WHERE uitkomst = 'tlv_afgegeven')
         + (SELECT COUNT(*) FROM bezwaren
            WHERE json_extract(herzien_besluit, '$.volgnummer') IS NOT NULL) AS n`,
    )[0]!.n;
    const eersteRijen = sql<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tlv_register WHERE bezwaar_id IS NULL`,
    )[0]!.n;
    expect(eersteRijen).toBe(
      sql<{ n: number }>(`SELECT COUNT(*) AS n FROM besluiten WHERE uitkomst = 'tlv_afgegeven'`)[0]!
        .n,
    );
    expect((await sll.call('tlvRegister.lijst', ALLES)).total).toBe(rows);
  });
});

describe('a gegrond bezwaar', () => {
  it('revises the TLV: a new row that points to the one it replaces, which is herzien na bezwaar', async () => {
    const id = eerste.aanvraagId;
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    const b = await sll.call('bezwaar.stap', {
      aanvraagId: id,
      stap: {
        stap: 'beslist',
        datum: TODAY,
        uitkomst: 'gegrond',
        herzienBesluit: {
          uitkomst: 'tlv_afgegeven',
          schoolsoort: 'SO',
          categorie: 'hoog',
          begindatum: '2027-01-01',
          einddatum: '2029-07-31',
        },
      },
    });
    const nieuw = b.herzienBesluit!.volgnummer!;
    const rows = (await sll.call('tlvRegister.lijst', ALLES)).rows.filter(
      (r) => r.aanvraagId === id,
    );
    expect(rows.map((r) => [r.volgnummer, r.status]).sort()).toEqual(
      [
        [eerste.volgnummer, 'herzien_na_bezwaar'],
        [nieuw, 'lopend'],
      ].sort(),
    );
    const revised = rows.find((r) => r.volgnummer === nieuw)!;
    expect(revised).toMatchObject({
      vervangtVolgnummer: eerste.volgnummer,
      herzienNaBezwaar: true,
      schoolsoort: 'SO',
      categorie: 'hoog',
      begindatum: '2027-01-01',
      einddatum: '2029-07-31',
    });
    expect(rows.find((r) => r.volgnummer === eerste.volgnummer)!.vervangenDoorVolgnummer).toBe(
      nieuw,
    );
    const link = sql<{ vervangt: number; old: number }>(
      `SELECT n.vervangt_id AS vervangt, o.id AS old FROM tlv_register n, tlv_register o
       WHERE n.volgnummer = ? AND o.volgnummer = ?`,
      nieuw,
      eerste.volgnummer,
    )[0]!;
    expect(link.vervangt).toBe(link.old);
  });

  it('that gives no TLV withdraws the standing one (ingetrokken)', async () => {
    const id = (await terBesluitvorming())[0]!;
    ingetrokken = id;
    const { volgnummer } = await directeur.call('besluit.adopt', { aanvraagId: id });
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: null,
      doorOuders: false,
      doorSchool: true,
    });
    await sll.call('bezwaar.stap', {
      aanvraagId: id,
      stap: {
        stap: 'beslist',
        datum: TODAY,
        uitkomst: 'gegrond',
        herzienBesluit: {
          uitkomst: 'tlv_niet_afgegeven',
          schoolsoort: null,
          categorie: null,
          begindatum: null,
          einddatum: null,
        },
      },
    });
    const row = (await sll.call('tlvRegister.lijst', ALLES)).rows.find(
      (r) => r.volgnummer === volgnummer,
    )!;
    expect(row).toMatchObject({ status: 'ingetrokken', ingetrokkenOp: TODAY });
  });
});

describe('need-to-know', () => {
  it('refuses deskundigen and the beheerder the register and the radar; the office reads it', async () => {
    for (const c of [ortho, beheer]) {
      expect((await c.fail('tlvRegister.lijst', ALLES)).code).toBe('forbidden');
      expect((await c.fail('tlvRegister.radar', {})).code).toBe('forbidden');
      expect((await c.fail('tlvRegister.kandidaten', { tlvId: 1 })).code).toBe('forbidden');
    }
    const voorzitter = await login(t.backend, 'voorzitter');
    expect((await voorzitter.call('tlvRegister.lijst', ALLES)).total).toBeGreaterThan(0);
    expect((await directeur.call('tlvRegister.radar', {})).maanden).toBe(6);
    expect((await voorzitter.fail('tlvRegister.eindbrief', { tlvId: 1 })).code).toBe('forbidden');
  });
});

describe('the herindicatie radar', () => {
  let tlv: { id: number; volgnummer: string; einddatum: string; schoolId: number };
  let naam: string;
  let geboortedatum: string;

  it('signals a TLV from N months before its end, and not a day earlier', async () => {
    const row = (await sll.call('tlvRegister.lijst', { ...ALLES, status: 'lopend' })).rows.find(
      (r) => r.einddatum === '2029-07-31' && r.aanvraagId === eerste.aanvraagId,
    )!;
    tlv = row;
    naam = row.leerlingNaam!;
    geboortedatum = row.leerlingGeboortedatum!;
    expect((await sll.call('tlvRegister.radar', {})).rows.map((r) => r.id)).not.toContain(row.id);
    // 6 months before 31-07-2029 is 31-01-2029: on 30 January it is not on the radar yet.
    now = new Date('2029-01-30T10:00:00Z');
    [sll, beheer] = await Promise.all([login(t.backend, 'sll'), login(t.backend, 'beheer')]);
    expect((await sll.call('tlvRegister.radar', {})).rows.map((r) => r.id)).not.toContain(row.id);
    now = new Date('2029-01-31T10:00:00Z');
    [sll, beheer] = await Promise.all([login(t.backend, 'sll'), login(t.backend, 'beheer')]);
    const radar = await sll.call('tlvRegister.radar', {});
    const r = radar.rows.find((x) => x.id === row.id)!;
    expect(r).toMatchObject({ stand: 'open', radarVanaf: '2029-01-31', dagenTotEinde: 181 });
    // The setting moves it: 5 months, and the TLV leaves the radar until 28 February.
    await beheer.call('instellingen.herindicatieZetten', { maanden: 5 });
    expect((await sll.call('tlvRegister.radar', {})).rows.map((x) => x.id)).not.toContain(row.id);
    const bad = await beheer.fail('instellingen.herindicatieZetten', { maanden: 0 });
    expect(bad.message).toBe('Minstens 1 maand.');
    expect((await sll.call('instellingen.herindicatie', {})).maanden).toBe(5);
    await beheer.call('instellingen.herindicatieZetten', { maanden: 6 });
  });

  it('makes the letter to the school, recorded as sent today', async () => {
    const { briefId } = await sll.call('tlvRegister.eindbrief', { tlvId: tlv.id });
    const r = (await sll.call('tlvRegister.radar', {})).rows.find((x) => x.id === tlv.id)!;
    expect(r.stand).toBe('brief_verzonden');
    const brieven = await sll.call('brieven.list', { aanvraagId: eerste.aanvraagId });
    expect(brieven.find((b) => b.id === briefId)?.kind).toBe('einde_tlv');
    const pdf = await sll.call('brieven.get', { briefId });
    const text = (await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).pages
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(tlv.volgnummer);
    expect(text).toContain('31 juli 2029');
    // The beslistermijn of 8 weeks counted back from 31-07-2029: Tuesday 5 June 2029.
    expect(text).toContain('uiterlijk 5 juni 2029');
    expect(text).toContain('herindicatie');
    expect(text).toContain(naam);
  });

  it('makes the letters of many TLVs at once: each in its dossier, one PDF to print, none twice', async () => {
    const radar = await sll.call('tlvRegister.radar', {});
    const open = radar.rows.filter((r) => r.stand === 'open');
    expect(open.length).toBeGreaterThan(0);
    const ids = [tlv.id, ...open.map((r) => r.id)];
    const voorzitter = await login(t.backend, 'voorzitter');
    expect((await voorzitter.fail('tlvRegister.eindbrieven', { tlvIds: ids })).code).toBe(
      'forbidden',
    );
    const result = await sll.call('tlvRegister.eindbrieven', { tlvIds: ids });
    // The TLV whose letter was made above is skipped, not sent twice.
    expect(result).toMatchObject({ gemaakt: open.length, overgeslagen: 1 });
    const pdf = new Uint8Array(Buffer.from(result.pdf!.dataBase64, 'base64'));
    const pages = (await extractPdfText(pdf)).pages;
    let pagesOfOne = 0;
    for (const r of open) {
      const brieven = await sll.call('brieven.list', { aanvraagId: r.aanvraagId });
      const eigen = brieven.filter((b) => b.kind === 'einde_tlv');
      expect(eigen).toHaveLength(1);
      const een = await sll.call('brieven.get', { briefId: eigen[0]!.id });
      pagesOfOne += (await extractPdfText(new Uint8Array(Buffer.from(een.dataBase64, 'base64'))))
        .pages.length;
      expect(pages.some((p) => p.includes(r.volgnummer))).toBe(true);
    }
    expect(pages).toHaveLength(pagesOfOne);
    const na = await sll.call('tlvRegister.radar', {});
    for (const r of open)
      expect(na.rows.find((x) => x.id === r.id)).toMatchObject({
        stand: 'brief_verzonden',
        eindbriefOp: '2029-01-31',
      });
    // Again: nothing left to make, nothing written.
    expect(await sll.call('tlvRegister.eindbrieven', { tlvIds: ids })).toEqual({
      gemaakt: 0,
      overgeslagen: ids.length,
    });
    expect((await sll.fail('tlvRegister.eindbrieven', { tlvIds: [999_999] })).code).toBe(
      'not_found',
    );
  });

  it('proposes a herindicatie of the same pupil, refuses another, and shows it handled once linked', async () => {
    const { id: herindicatie } = await sll.call(
      'aanvraag.register',
      registration(tlv.schoolId, {
        soort: 'herindicatie',
        leerlingNaam: naam,
        leerlingGeboortedatum: geboortedatum,
        ontvangenOp: '2029-01-31',
        documents: [],
      }),
    );
    const { id: ander } = await sll.call(
      'aanvraag.register',
      registration(tlv.schoolId, {
        soort: 'herindicatie',
        leerlingNaam: naam,
        leerlingGeboortedatum: '2015-01-01',
        ontvangenOp: '2029-01-31',
        documents: [],
      }),
    );
    const { kandidaten } = await sll.call('tlvRegister.kandidaten', { tlvId: tlv.id });
    expect(kandidaten.map((k) => [k.id, k.naamGelijk, k.bestuurGelijk])).toEqual([
      [herindicatie, true, true],
    ]);
    expect(
      (await sll.call('tlvRegister.radar', {})).rows.find((x) => x.id === tlv.id)!.kandidaten,
    ).toBe(1);
    const refused = await sll.fail('tlvRegister.koppelHerindicatie', {
      tlvId: tlv.id,
      aanvraagId: ander,
    });
    expect(refused.message).toBe(
      'De geboortedatum van de leerling in deze aanvraag is een andere.',
    );
    expect(
      sql<{ h: number | null }>(
        'SELECT herindicatie_aanvraag_id AS h FROM tlv_register WHERE id = ?',
        tlv.id,
      ),
    ).toEqual([{ h: null }]);
    await sll.call('tlvRegister.koppelHerindicatie', { tlvId: tlv.id, aanvraagId: herindicatie });
    const r = (await sll.call('tlvRegister.radar', {})).rows.find((x) => x.id === tlv.id)!;
    expect(r.stand).toBe('herindicatie_gekoppeld');
    expect(r.herindicatie?.aanvraagId).toBe(herindicatie);
    const twice = await sll.fail('tlvRegister.koppelHerindicatie', {
      tlvId: tlv.id,
      aanvraagId: herindicatie,
    });
    expect(twice.code).toBe('conflict');
  });
});

describe('a destruction', () => {
  it('keeps the register row without pupil data when the setting keeps the register, and drops it when not', async () => {
    await t.backend.whenIdle();
    // Three years and a day after the revised decision's besluit on bezwaar.
    now = new Date('2029-11-26T10:00:00Z');
    [sll, beheer, directeur] = await Promise.all([
      login(t.backend, 'sll'),
      login(t.backend, 'beheer'),
      login(t.backend, 'directeur'),
    ]);
    const lijst = (await beheer.call('bewaren.lijst', {})).rows.filter(
      (r) => r.status === 'te_vernietigen' && r.volgnummer !== null,
    );
    expect(lijst.length).toBeGreaterThanOrEqual(3);
    // The revised TLV's dossier keeps its rows; another one goes with the setting off.
    const keep = eerste.aanvraagId;
    expect(lijst.map((r) => r.aanvraagId)).toContain(keep);
    const drop = lijst.find(
      (r) => r.aanvraagId !== keep && r.aanvraagId !== ingetrokken,
    )!.aanvraagId;
    const voor = (await sll.call('tlvRegister.lijst', ALLES)).rows.filter(
      (r) => r.aanvraagId === keep,
    );
    expect(voor.length).toBeGreaterThan(0);
    const { id: v1 } = await beheer.call('vernietiging.stelVoor', { aanvraagIds: [keep] });
    await directeur.call('vernietiging.keurGoed', { voorstelId: v1 });
    const na = (await sll.call('tlvRegister.lijst', ALLES)).rows.filter(
      (r) => r.aanvraagId === keep,
    );
    expect(na.map((r) => r.volgnummer)).toEqual(voor.map((r) => r.volgnummer));
    for (const r of na) expect([r.leerlingNaam, r.leerlingGeboortedatum]).toEqual([null, null]);
    for (const r of voor)
      expect(JSON.stringify(await sll.call('tlvRegister.lijst', ALLES))).not.toContain(
        r.leerlingNaam!,
      );

    await beheer.call('bewaren.instellingen', { jaren: 3, registerBewaren: false });
    const { id: v2 } = await beheer.call('vernietiging.stelVoor', { aanvraagIds: [drop] });
    await directeur.call('vernietiging.keurGoed', { voorstelId: v2 });
    expect(sql('SELECT 1 FROM tlv_register WHERE aanvraag_id = ?', drop)).toEqual([]);
  });
});

describe('an older database gets its register from migration 0012', () => {
  it('backfills every TLV of besluiten and the revisions kept as JSON in bezwaren', async () => {
    const expected = sql<Record<string, unknown>>(
      `SELECT volgnummer, aanvraag_id, besluit_id, bezwaar_id,
              (SELECT v.volgnummer FROM tlv_register v WHERE v.id = r.vervangt_id) AS vervangt,
              leerling_naam, leerling_geboortedatum, school_id, schoolsoort, categorie,
              begindatum, einddatum, afgegeven_op, ingetrokken_op
       FROM tlv_register r ORDER BY volgnummer`,
    );
    expect(expected.some((r) => r.vervangt !== null)).toBe(true);
    expect(expected.some((r) => r.ingetrokken_op !== null)).toBe(true);
    expect(expected.some((r) => r.leerling_naam === null)).toBe(true);
    // Make the register as version 0011 left it (none), then run migration 0012's own statements
    // on it: the migrator cannot apply 0012 again once later migrations are in (it applies only
    // what is newer than the last applied), and tests/integration/migrations.test.ts covers the
    // migrator from every version.
    t.backend.close();
    const opened = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
    opened.sqlite.exec('DROP TABLE tlv_register');
    const statements = fs
      .readFileSync(path.join('db', 'migrations', '0012_tlv_register.sql'), 'utf8')
      .split('--> statement-breakpoint');
    opened.sqlite.transaction(() => {
      for (const statement of statements) opened.sqlite.exec(statement);
    })();
    opened.close();
    const again = createBackend({
      dbPath: t.dbPath,
      documentsDir: path.join(t.dir, 'documents'),
      documentKey: t.key,
      now: () => now,
      logger: { error: () => undefined },
    });
    (t as { backend: typeof again }).backend = again;
    const got = sql<Record<string, unknown>>(
      `SELECT volgnummer, aanvraag_id, besluit_id, bezwaar_id,
              (SELECT v.volgnummer FROM tlv_register v WHERE v.id = r.vervangt_id) AS vervangt,
              leerling_naam, leerling_geboortedatum, school_id, schoolsoort, categorie,
              begindatum, einddatum, afgegeven_op, ingetrokken_op
       FROM tlv_register r ORDER BY volgnummer`,
    );
    expect(got).toEqual(expected);
  });
});
