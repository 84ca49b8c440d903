import fs from 'node:fs';
import path from 'node:path';
import { createDecipheriv } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import {
  demoAanvraagformulier,
  demoLvs,
  demoOpp,
  demoOtVerslag,
  demoScan,
} from '../../electron/demo/pdfs';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { createDocumentStore } from '../../electron/documents/store';
import { verifyAuditChain } from '../../electron/services/audit';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';

// Issue 11 · retention and deletion (§12, S7) through the real procedure table: a dossier that went
// through the whole procedure — documents, advices, a TLA-vergadering and its minutes, a correction,
// a private note, the decision and its letters — is destroyed three years after its decision by two
// people; afterwards no table of the decrypted database and no file of the data folder holds the
// pupil's name, the audit chain still verifies and the TLV register row stays.

const NAAM = 'Zyxwa Uniekenaam';
const NAAM2 = 'Qwopp Tweedenaam';
const SPOREN = ['Zyxwa', 'Uniekenaam', 'Qwopp', 'Tweedenaam'];
const TODAY = '2026-11-25';
let now = new Date(`${TODAY}T10:00:00Z`);
let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client, beheer: Client, ortho: Client, arts: Client;
let schoolId: number;
let zyxwa: number, qwopp: number, metBezwaar: number, metBeroep: number, levend: number;
let sharedDocId: number;
let meetingId: number;
let volgnummer: string;
let avgVerzoekId: number;
let avgLeerling: string;

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const leerling = (naam: string) => ({
  leerling: { naam, geboortedatum: '2016-03-04', groep: 5 },
  school: { naam: 'De Proefschool' },
  datum: '2026-10-28',
});
/** A document shared by two dossiers (content-addressed: one blob); it names no pupil. */
let shared: Uint8Array;

async function documentsOf(naam: string) {
  const l = leerling(naam);
  return [
    {
      kind: 'aanvraagformulier' as const,
      fileName: `Aanvraag ${naam}.pdf`,
      documentDate: '2026-10-28',
      dataBase64: b64(await demoAanvraagformulier({ ...l, seed: 1 })),
    },
    {
      kind: 'opp' as const,
      fileName: 'OPP.pdf',
      documentDate: '2026-10-01',
      dataBase64: b64(await demoOpp({ ...l, seed: 2 })),
    },
    {
      kind: 'ot_verslag' as const,
      fileName: 'OT 1.pdf',
      documentDate: '2026-06-01',
      dataBase64: b64(await demoOtVerslag({ ...l, seed: 3 }, 1)),
    },
    {
      kind: 'ot_verslag' as const,
      fileName: 'OT 2.pdf',
      documentDate: '2026-09-01',
      dataBase64: b64(await demoOtVerslag({ ...l, seed: 4 }, 2)),
    },
    {
      kind: 'lvs' as const,
      fileName: 'LVS.pdf',
      documentDate: '2026-10-10',
      dataBase64: b64(await demoLvs({ ...l, seed: 5 })),
    },
    {
      kind: 'overig' as const,
      fileName: 'Schoolplan.pdf',
      documentDate: null,
      dataBase64: b64(shared),
    },
  ];
}

function sql<T>(query: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Adopts and sends a demo aanvraag that waits on the directeur; answers its id. */
async function decideDemo(skip: number): Promise<number> {
  const rows = (
    await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 100 })
  ).rows.filter((r) => r.state === 'ter_besluitvorming');
  const id = rows[skip]!.id;
  await directeur.call('besluit.adopt', { aanvraagId: id });
  await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
  return id;
}

/**
 * The plaintext of every page of a SQLCipher 4 file as SQLite3MultipleCiphers writes it (db/open.ts:
 * a raw 32-byte key, 4096-byte pages, 80 reserved bytes per page: a 16-byte IV and the HMAC), page
 * by page with AES-256-CBC. `start`/`frameHeader`: 0/0 for the database, 32/24 for the WAL.
 */
function decryptPages(file: Buffer, key: Buffer, start: number, frameHeader: number): Buffer[] {
  const PAGE = 4096;
  const RESERVE = 80;
  const out: Buffer[] = [];
  for (let at = start; at + frameHeader + PAGE <= file.length; at += frameHeader + PAGE) {
    const pgno = frameHeader === 0 ? out.length + 1 : file.readUInt32BE(at);
    const page = file.subarray(at + frameHeader, at + frameHeader + PAGE);
    // Page 1 starts with the salt (16 bytes) in place of "SQLite format 3".
    const from = pgno === 1 ? 16 : 0;
    const d = createDecipheriv(
      'aes-256-cbc',
      key,
      page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16),
    );
    d.setAutoPadding(false);
    out.push(Buffer.concat([d.update(page.subarray(from, PAGE - RESERVE)), d.final()]));
  }
  return out;
}

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  [sll, voorzitter, directeur, beheer, ortho, arts] = (await Promise.all(
    ['sll', 'voorzitter', 'directeur', 'beheer', 'ortho1', 'arts1'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client, Client, Client];
  schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  shared = await demoScan({ ...leerling('Niemand Bijzonder'), seed: 77 }, 1);

  // The whole procedure for Zyxwa, with free text naming the pupil wherever a user can type it.
  ({ id: zyxwa } = await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: NAAM,
      oudersNaam: 'Fam. Uniekenaam',
      ontvangenOp: '2026-11-02',
      begeleiderNotitie: 'Zyxwa wordt begeleid door de ambulant begeleider.',
      documents: await documentsOf(NAAM),
    }),
  ));
  await sll.call('aanvraag.update', {
    aanvraagId: zyxwa,
    changes: { woonplaats: 'Wageningen' },
    reden: 'De ouders van Zyxwa Uniekenaam zijn verhuisd.',
  });
  await sll.call('aanvraag.startControle', { aanvraagId: zyxwa });
  for (const itemKey of ['aanvraagformulier', 'handelingsdeel_ondertekend', 'zienswijze_ouders'])
    await sll.call('checklist.tick', { aanvraagId: zyxwa, itemKey, status: 'ok' });
  await sll.call('aanvraag.markComplete', { aanvraagId: zyxwa });
  const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: zyxwa, eersteId: null });
  const first = c.first.find((x) => x.naam === 'Marleen Visser')!;
  const c2 = await voorzitter.call('toewijzing.candidates', {
    aanvraagId: zyxwa,
    eersteId: first.deskundigeId,
  });
  const second = c2.second.find((x) => x.naam === 'Karim El Amrani')!;
  await voorzitter.call('toewijzing.assign', {
    aanvraagId: zyxwa,
    eersteId: first.deskundigeId,
    tweedeId: second.deskundigeId,
  });
  const docs = (await ortho.call('aanvraag.get', { aanvraagId: zyxwa })).documents;
  await ortho.call('notitie.save', {
    documentId: docs[0]!.id,
    page: 1,
    soort: 'notitie',
    tekst: 'Zyxwa: let op het verslag van groep 4.',
  });
  const advies = {
    aanvraagId: zyxwa,
    schoolsoort: 'SO' as const,
    categorie: 'midden' as const,
    ingangsdatum: '2027-01-01',
    einddatum: '2029-07-31',
    onderbouwing: 'Zyxwa heeft een kleine groep nodig.',
    doelen: 'Zyxwa leert zelfstandig werken.',
    contextAdvies: 'Jaarlijks evalueren met Zyxwa.',
    vragen: null,
  };
  await ortho.call('advies.submit', { ...advies, conclusie: 'toelaatbaar' });
  await arts.call('advies.submit', {
    ...advies,
    conclusie: 'niet_toelaatbaar',
    schoolsoort: null,
    categorie: null,
    ingangsdatum: null,
    einddatum: null,
  });
  // Not unanimous: the TLA-vergadering of today, its minutes name the pupil.
  await voorzitter.call('vergadering.plan', { datums: [TODAY] });
  meetingId = (await voorzitter.call('vergadering.list', {})).find((m) => m.datum === TODAY)!.id;
  await voorzitter.call('vergadering.get', { vergaderingId: meetingId });
  await voorzitter.call('vergadering.uitkomst', {
    vergaderingId: meetingId,
    aanvraagId: zyxwa,
    uitkomst: {
      soort: 'advies',
      conclusie: 'toelaatbaar',
      schoolsoort: 'SO',
      categorie: 'midden',
      ingangsdatum: '2027-01-01',
      einddatum: '2029-07-31',
      motivering: 'De vergadering adviseert SO voor Zyxwa Uniekenaam.',
    },
  });
  await voorzitter.call('vergadering.sluit', { vergaderingId: meetingId });
  const e = await ortho.call('eindadvies.get', { aanvraagId: zyxwa });
  await ortho.call('eindadvies.submit', { aanvraagId: zyxwa, ...e.prefill! });
  await voorzitter.call('aanvraag.presenteer', { aanvraagId: zyxwa });
  volgnummer = (await directeur.call('besluit.adopt', { aanvraagId: zyxwa })).volgnummer!;
  await sll.call('aanvraag.verzend', { aanvraagId: zyxwa, verzondenOp: TODAY });

  // A withdrawn aanvraag: its term runs from the withdrawal; its reason names the pupil.
  ({ id: qwopp } = await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: NAAM2,
      oudersNaam: 'Fam. Tweedenaam',
      ontvangenOp: '2026-11-20',
      documents: [(await documentsOf(NAAM2))[1]!],
    }),
  ));
  await sll.call('aanvraag.intrekken', { aanvraagId: qwopp, reden: 'Qwopp Tweedenaam verhuist.' });

  // Two decided demo dossiers: one with a bezwaar that runs, one with a beroep recorded by hand.
  metBezwaar = await decideDemo(0);
  await sll.call('bezwaar.registreer', {
    aanvraagId: metBezwaar,
    ontvangenOp: TODAY,
    postmarkedOn: null,
    doorOuders: true,
    doorSchool: false,
  });
  metBeroep = await decideDemo(0);

  // A living dossier holds the same document as Zyxwa's: one blob, which must stay.
  levend = (
    await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 100 })
  ).rows.find((r) => r.state === 'ontvangen' || r.state === 'in_controle')!.id;
  ({ id: sharedDocId } = await sll.call('aanvraag.addDocument', {
    aanvraagId: levend,
    kind: 'overig',
    fileName: 'Schoolplan.pdf',
    documentDate: null,
    dataBase64: b64(shared),
  }));
  await t.backend.whenIdle();
  // Three years and a day later.
  now = new Date('2029-11-26T10:00:00Z');
  // Sessions end after 15 idle minutes: everyone signs in again.
  [sll, voorzitter, directeur, beheer] = (await Promise.all(
    ['sll', 'voorzitter', 'directeur', 'beheer'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client];
}, 180_000);

afterAll(() => t.close());

describe('the vernietigingslijst', () => {
  it('lists due dossiers and held ones with why, by kenmerk only', async () => {
    await beheer.call('bewaren.beroep', { aanvraagId: metBeroep });
    const lijst = await beheer.call('bewaren.lijst', {});
    expect(lijst.instellingen).toEqual({ jaren: 3, registerBewaren: true });
    const byId = new Map(lijst.rows.map((r) => [r.aanvraagId, r]));
    expect(byId.get(zyxwa)).toMatchObject({
      status: 'te_vernietigen',
      volgnummer,
      termijnStart: TODAY,
      vernietigbaarVanaf: '2029-11-25',
    });
    expect(byId.get(qwopp)).toMatchObject({ status: 'te_vernietigen', volgnummer: null });
    expect(byId.get(metBezwaar)).toMatchObject({
      status: 'vastgehouden',
      redenen: ['Er loopt een bezwaar tegen het besluit.'],
    });
    expect(byId.get(metBeroep)).toMatchObject({
      status: 'vastgehouden',
      redenen: ['Er loopt een beroep bij de rechter.'],
      beroep: true,
    });
    expect(byId.has(levend)).toBe(false);
    expect(JSON.stringify(lijst)).not.toContain('Zyxwa');
  });

  it('refuses to propose a held dossier, and one whose term still runs', async () => {
    const held = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [zyxwa, metBezwaar] });
    expect(held.message).toMatch(/wordt vastgehouden: Er loopt een bezwaar tegen het besluit\./);
    const young = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [levend] });
    expect(young.code).toBe('not_found');
    expect((await beheer.call('vernietiging.voorstellen', {})).length).toBe(0);
  });
});

describe('two people destroy a dossier', () => {
  let voorstelId: number;

  it('refuses the person who proposed, even with both roles, and the beheerder alone', async () => {
    const dubbel = await beheer.call('users.create', {
      naam: 'Dirk Dubbel',
      username: 'dubbel',
      password: 'Kwartel-Zonnebloem-Rivier-43',
      roles: ['beheerder', 'directeur'],
    });
    expect(dubbel.id).toBeGreaterThan(0);
    const d0 = await login(t.backend, 'dubbel', 'Kwartel-Zonnebloem-Rivier-43');
    await d0.call('auth.wachtwoordWijzigen', {
      huidig: 'Kwartel-Zonnebloem-Rivier-43',
      nieuw: 'Merel-Paardenbloem-Beek-77',
      herhaling: 'Merel-Paardenbloem-Beek-77',
    });
    const d = await login(t.backend, 'dubbel', 'Merel-Paardenbloem-Beek-77');
    const own = await d.call('vernietiging.stelVoor', { aanvraagIds: [qwopp] });
    const refused = await d.fail('vernietiging.keurGoed', { voorstelId: own.id });
    expect(refused).toMatchObject({
      code: 'forbidden',
      message:
        'U hebt deze vernietiging zelf voorgesteld. Een tweede persoon moet haar goedkeuren.',
    });
    expect((await beheer.fail('vernietiging.keurGoed', { voorstelId: own.id })).code).toBe(
      'forbidden',
    );
    // The directeur declines it: nothing is destroyed, the dossier may be proposed again.
    await directeur.call('vernietiging.wijsAf', { voorstelId: own.id });
    expect(JSON.stringify(await sll.call('aanvraag.get', { aanvraagId: qwopp }))).toContain(NAAM2);
  });

  it('proposes by the beheerder and approves by the directeur: the verklaring names no pupil', async () => {
    ({ id: voorstelId } = await beheer.call('vernietiging.stelVoor', {
      aanvraagIds: [zyxwa, qwopp],
    }));
    const again = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [zyxwa] });
    expect(again.message).toContain('staat al in een voorstel');
    const open = (await directeur.call('vernietiging.voorstellen', {})).find(
      (v) => v.id === voorstelId,
    )!;
    expect(open).toMatchObject({ status: 'voorgesteld', magGoedkeuren: true });
    const r = await directeur.call('vernietiging.keurGoed', { voorstelId });
    expect(r.verklaringNummer).toMatch(/^VV-2029-\d{4}$/);
    const v = (await beheer.call('vernietiging.voorstellen', {})).find((x) => x.id === voorstelId)!;
    expect(v).toMatchObject({ status: 'uitgevoerd', beoordeeldDoorNaam: 'Ingrid Jansen' });
    expect(v.dossiers.find((x) => x.aanvraagId === zyxwa)!.documenten).toBe(6);
    const pdf = await beheer.call('vernietiging.verklaring', { voorstelId });
    const text = (await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).pages
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(r.verklaringNummer);
    expect(text).toContain(volgnummer);
    expect(text).toContain('26 november 2029');
    expect(text).toContain('Ingrid Jansen');
    for (const s of SPOREN) expect(text).not.toContain(s);
  });

  it('leaves the TLV register row and a refusal to open the dossier; the chain verifies', async () => {
    const failure = await sll.fail('aanvraag.get', { aanvraagId: zyxwa });
    expect(failure.message).toBe(
      'Dit dossier is vernietigd na afloop van de bewaartermijn; alleen het TLV-register is bewaard.',
    );
    expect(
      sql<{ volgnummer: string; schoolsoort: string; besluitdatum: string }>(
        'SELECT volgnummer, schoolsoort, besluitdatum FROM besluiten WHERE aanvraag_id = ?',
        zyxwa,
      ),
    ).toEqual([{ volgnummer, schoolsoort: 'SO', besluitdatum: TODAY }]);
    expect(sql('SELECT 1 FROM documenten WHERE aanvraag_id IN (?, ?)', zyxwa, qwopp)).toEqual([]);
    const db = openReadonly(t);
    try {
      expect(verifyAuditChain(db)).toBeNull();
    } finally {
      db.close();
    }
    // The shared document stays readable in the living dossier.
    const content = await sll.call('document.content', { documentId: sharedDocId });
    expect(Buffer.from(content.dataBase64, 'base64').equals(Buffer.from(shared))).toBe(true);
    // The meeting's minutes were made again: the item is its kenmerk, the others as recorded.
    const minutes = await voorzitter.call('vergadering.notulen', { vergaderingId: meetingId });
    const notulen = (
      await extractPdfText(new Uint8Array(Buffer.from(minutes.dataBase64, 'base64')))
    ).pages.join(' ');
    const ref = sql<{ referentie: string }>(
      'SELECT referentie FROM aanvragen WHERE id = ?',
      zyxwa,
    )[0]!.referentie;
    expect(notulen).toContain(`Kenmerk ${ref}`);
    expect(notulen).toContain('vernietigd');
  });

  it("keeps the workflow history append-only but for blanking a destroyed dossier's reasons", () => {
    const { sqlite } = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
    try {
      const events = sqlite
        .prepare('SELECT event, reason FROM workflow_events WHERE aanvraag_id = ? ORDER BY id')
        .all(qwopp) as { event: string; reason: string | null }[];
      expect(events.map((e) => e.event)).toEqual(['registreer', 'trek_in']);
      expect(events.every((e) => e.reason === null)).toBe(true);
      const refused = (q: string, id: number) =>
        expect(() => sqlite.prepare(q).run(id), q).toThrow(/append-only/);
      // Anything but blanking the reason, also on a destroyed dossier.
      refused("UPDATE workflow_events SET reason = 'x' WHERE aanvraag_id = ?", qwopp);
      refused("UPDATE workflow_events SET event = 'registreer' WHERE aanvraag_id = ?", zyxwa);
      refused('DELETE FROM workflow_events WHERE aanvraag_id = ?', zyxwa);
      // Blanking on a living dossier.
      refused('UPDATE workflow_events SET reason = NULL WHERE aanvraag_id = ?', metBezwaar);
    } finally {
      sqlite.close();
    }
  });

  it('leaves no trace of the pupil in any table of the decrypted database', () => {
    const db = openReadonly(t);
    try {
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      expect(tables).toContain('document_text');
      for (const table of tables) {
        const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all());
        for (const s of SPOREN)
          expect(dump.toLowerCase().includes(s.toLowerCase()), `${s} in ${table}`).toBe(false);
      }
    } finally {
      db.close();
    }
  });

  it('leaves no trace in any page of the database file (free pages too) nor in any blob', async () => {
    // Every page of the database file and of its WAL decrypted as it lies on disk — free pages
    // and unused space in pages too (a rekey or VACUUM INTO would copy only the live rows).
    const pages = [
      ...decryptPages(fs.readFileSync(t.dbPath), databaseKey(t.key), 0, 0),
      ...(fs.existsSync(`${t.dbPath}-wal`)
        ? decryptPages(fs.readFileSync(`${t.dbPath}-wal`), databaseKey(t.key), 32, 24)
        : []),
    ];
    // The decryption is right: page 1 says 4096-byte pages with SQLCipher's 80 reserved bytes,
    // and a living dossier's pupil is found.
    expect(pages[0]!.readUInt16BE(0)).toBe(4096);
    expect(pages[0]![4]).toBe(80);
    const living = sql<{ n: string }>(
      'SELECT leerling_naam AS n FROM aanvragen WHERE id = ?',
      levend,
    )[0]!.n;
    expect(pages.some((pg) => pg.includes(living))).toBe(true);
    // The text index keeps words folded to lower case: those too.
    for (const s of [...SPOREN, ...SPOREN.map((x) => x.toLowerCase())])
      expect(
        pages.some((pg) => pg.includes(s)),
        s,
      ).toBe(false);
    // Every blob of the document store, decrypted; PDFs also by their extracted text.
    const store = createDocumentStore(path.join(t.dir, 'documents'), t.key);
    const blobs = fs
      .readdirSync(path.join(t.dir, 'documents'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.bin'));
    expect(blobs.length).toBeGreaterThan(20);
    for (const b of blobs) {
      const bytes = store.get(b.name.slice(0, 64));
      for (const s of SPOREN) expect(bytes.includes(s), b.name).toBe(false);
      if (bytes.subarray(0, 5).toString() === '%PDF-') {
        const text = (await extractPdfText(new Uint8Array(bytes))).pages.join(' ');
        for (const s of SPOREN) expect(text.includes(s), `${s} in ${b.name}`).toBe(false);
      }
    }
  }, 120_000);

  it('refuses a dossier held by a beroep until it is lifted, and a proposal decided twice', async () => {
    const held = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [metBeroep] });
    expect(held.message).toContain('Er loopt een beroep bij de rechter.');
    await beheer.call('bewaren.beroepOpheffen', { aanvraagId: metBeroep });
    const { id } = await beheer.call('vernietiging.stelVoor', { aanvraagIds: [metBeroep] });
    // Declined, and then no second decision on the same proposal.
    await directeur.call('vernietiging.wijsAf', { voorstelId: id });
    const twice = await directeur.fail('vernietiging.wijsAf', { voorstelId: id });
    expect(twice.message).toBe('Over dit voorstel is al beslist.');
  });

  it('holds a dossier while a request of the ouders about it (AVG) is not yet answered', async () => {
    const a = await sll.call('aanvraag.get', { aanvraagId: metBeroep });
    avgLeerling = a.leerling.naam;
    const { id: verzoekId } = await sll.call('avg.registreer', {
      soort: 'inzage',
      ontvangenOp: '2029-11-26',
      verzoeker: 'ouder',
      verzoekerNaam: 'M. Ouderdeel',
      verzoekerAdres: 'Lindelaan 4',
      verzoekerPostcode: '6711 AB',
      verzoekerPlaats: 'Ede',
      leerlingNaam: a.leerling.naam,
      leerlingGeboortedatum: a.leerling.geboortedatum,
      omschrijving: null,
    });
    await sll.call('avg.koppel', { verzoekId, aanvraagIds: [metBeroep] });
    const row = (await beheer.call('bewaren.lijst', {})).rows.find(
      (r) => r.aanvraagId === metBeroep,
    );
    expect(row).toMatchObject({
      status: 'vastgehouden',
      redenen: [
        'Er loopt een verzoek van de ouders onder de AVG (inzage, correctie of verwijdering).',
      ],
    });
    const held = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [metBeroep] });
    expect(held.message).toContain('verzoek van de ouders onder de AVG');
    // Answered: the hold is gone and the dossier may be proposed again.
    await sll.call('avg.afhandel', { verzoekId, uitkomst: 'toegewezen', toelichting: '' });
    avgVerzoekId = verzoekId;
    const after = (await beheer.call('bewaren.lijst', {})).rows.find(
      (r) => r.aanvraagId === metBeroep,
    );
    expect(after).toMatchObject({ status: 'te_vernietigen' });
    expect(
      (await beheer.call('vernietiging.stelVoor', { aanvraagIds: [metBeroep] })).id,
    ).toBeGreaterThan(0);
  });
});

describe('the AVG register keeps a request only as long as it must (§12, AVG art. 5 lid 1 onder e)', () => {
  const lijst = () => beheer.call('bewaren.lijst', {});

  it('keeps an answered request while its dossier exists, then the bewaartermijn after its answer', async () => {
    // Answered today, its dossier (metBeroep) still there: kept with the dossier.
    expect((await lijst()).avgVerzoeken.map((r) => r.verzoekId)).not.toContain(avgVerzoekId);
    const early = await beheer.fail('vernietiging.stelVoor', {
      aanvraagIds: [],
      verzoekIds: [avgVerzoekId],
    });
    expect(early.message).toMatch(/^De bewaartermijn van AVG-2029-\d{4} is nog niet verstreken\.$/);
    // The dossier is destroyed (the proposal of the test above): the request's own term starts.
    const open = (await directeur.call('vernietiging.voorstellen', {})).find(
      (v) => v.status === 'voorgesteld',
    )!;
    await directeur.call('vernietiging.keurGoed', { voorstelId: open.id });
    const na = await lijst();
    expect(na.avgVerzoeken.map((r) => r.verzoekId)).not.toContain(avgVerzoekId);
    expect(na.avgBewaard).toBeGreaterThanOrEqual(1);
    expect(
      sql<{ n: string }>(
        'SELECT leerling_naam AS n FROM avg_verzoeken WHERE id = ?',
        avgVerzoekId,
      )[0]!.n,
    ).toBe(avgLeerling);
  });

  it('destroys its personal data and letters by two people after the term; kenmerk, dates and outcome stay', async () => {
    // Three years after the answer (2029-11-26).
    now = new Date('2032-11-26T10:00:00Z');
    [sll, directeur, beheer] = (await Promise.all(
      ['sll', 'directeur', 'beheer'].map((u) => login(t.backend, u)),
    )) as [Client, Client, Client];
    const due = (await lijst()).avgVerzoeken.find((r) => r.verzoekId === avgVerzoekId)!;
    expect(due).toMatchObject({
      soort: 'inzage',
      afgehandeldOp: '2029-11-26',
      vernietigbaarVanaf: '2032-11-26',
      voorstelId: null,
    });
    const letters = sql<{ sha256: string }>(
      'SELECT sha256 FROM avg_brieven WHERE verzoek_id = ?',
      avgVerzoekId,
    );
    expect(letters.length).toBeGreaterThan(0);
    const bad = await beheer.fail('vernietiging.stelVoor', { aanvraagIds: [], verzoekIds: [] });
    expect(bad.message).toContain('Kies minstens één dossier of AVG-verzoek.');
    const { id } = await beheer.call('vernietiging.stelVoor', {
      aanvraagIds: [],
      verzoekIds: [avgVerzoekId],
    });
    const voorstel = (await directeur.call('vernietiging.voorstellen', {})).find(
      (v) => v.id === id,
    )!;
    expect(voorstel.avgVerzoeken).toEqual([
      {
        verzoekId: avgVerzoekId,
        kenmerk: due.kenmerk,
        afgehandeldOp: '2029-11-26',
        vernietigbaarVanaf: '2032-11-26',
      },
    ]);
    expect(voorstel.magGoedkeuren).toBe(true);
    await beheer.fail('vernietiging.keurGoed', { voorstelId: id });
    const { verklaringNummer } = await directeur.call('vernietiging.keurGoed', { voorstelId: id });

    // What stays and what went.
    const v = await sll.call('avg.get', { verzoekId: avgVerzoekId });
    expect(v).toMatchObject({
      kenmerk: due.kenmerk,
      soort: 'inzage',
      status: 'afgehandeld',
      uitkomst: 'toegewezen',
      leerlingNaam: '(gegevens vernietigd)',
      verzoekerNaam: '(gegevens vernietigd)',
    });
    expect(sql('SELECT * FROM avg_brieven WHERE verzoek_id = ?', avgVerzoekId)).toEqual([]);
    const store = createDocumentStore(path.join(t.dir, 'documents'), t.key);
    for (const l of letters) expect(store.has(l.sha256), l.sha256).toBe(false);
    const db = openReadonly(t);
    try {
      for (const table of ['avg_verzoeken', 'avg_verzoek_aanvragen', 'avg_brieven']) {
        const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all());
        for (const spoor of [avgLeerling, 'Ouderdeel', 'Lindelaan', '6711 AB'])
          expect(dump.includes(spoor), `${spoor} in ${table}`).toBe(false);
      }
    } finally {
      db.close();
    }
    const pdf = await directeur.call('vernietiging.verklaring', { voorstelId: id });
    const text = (
      await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))
    ).pages.join(' ');
    expect(text).toContain(`Verklaring van vernietiging ${verklaringNummer}`);
    expect(text).toContain(due.kenmerk);
    expect(text).not.toContain(avgLeerling);
    expect(
      sql(
        "SELECT id FROM audit_log WHERE object_type = 'avg_verzoek' AND object_id = ? AND action = 'vernietiging.avg_verzoek'",
        avgVerzoekId,
      ),
    ).toHaveLength(1);
    expect((await lijst()).avgVerzoeken.map((r) => r.verzoekId)).not.toContain(avgVerzoekId);
    const chain = openReadonly(t);
    try {
      expect(verifyAuditChain(chain)).toBeNull();
    } finally {
      chain.close();
    }
  }, 60_000);
});
