import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';

// Issue 10, "Forms a hurried person can trust", against the real backend: each bad date is refused
// with a Dutch message and nothing is saved; a document's kind and date are corrected with a reason
// without a new upload, the correction is kept and shown, and the checklist follows it.

const TODAY = '2026-11-25';
let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client;
let schoolId: number;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function onePagePdf(): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return b64(await doc.save());
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const count = (table: string): number =>
  query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]!.n;

async function register(kind: 'opp' | 'overig', documentDate: string | null) {
  return sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: 'Corry Correctie',
      ontvangenOp: '2026-11-02',
      documents: [{ kind, fileName: `${kind}.pdf`, documentDate, dataBase64: await onePagePdf() }],
    }),
  );
}

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
  directeur = await login(t.backend, 'directeur');
  schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  await t.backend.whenIdle();
}, 180000);
afterAll(() => t.close());

describe('a document dated in the future is refused', () => {
  it('at registration: no aanvraag, no document', async () => {
    const before = [count('aanvragen'), count('documenten')];
    const bad = await sll.fail(
      'aanvraag.register',
      registration(schoolId, {
        documents: [
          {
            kind: 'opp',
            fileName: 'opp-2027.pdf',
            documentDate: '2026-11-26',
            dataBase64: await onePagePdf(),
          },
        ],
      }),
    );
    expect(bad).toMatchObject({
      code: 'invalid_input',
      message:
        'opp-2027.pdf: De documentdatum 26 november 2026 ligt in de toekomst. Controleer de datum op het document.',
    });
    expect([count('aanvragen'), count('documenten')]).toEqual(before);
  });

  it('when a document is added or replaced', async () => {
    const { id: aanvraagId } = await register('opp', '2026-10-01');
    const [doc] = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    const before = count('documenten');
    const added = await sll.fail('aanvraag.addDocument', {
      aanvraagId,
      kind: 'lvs',
      fileName: 'lvs.pdf',
      documentDate: '2027-01-05',
      dataBase64: await onePagePdf(),
    });
    expect(added.message).toBe(
      'lvs.pdf: De documentdatum 5 januari 2027 ligt in de toekomst. Controleer de datum op het document.',
    );
    const replaced = await sll.fail('document.replace', {
      documentId: doc!.id,
      fileName: 'opp-v2.pdf',
      documentDate: '2026-12-01',
      dataBase64: await onePagePdf(),
      reden: 'Ondertekende versie',
    });
    expect(replaced.message).toMatch(
      /^opp-v2\.pdf: De documentdatum 1 december 2026 ligt in de toekomst/,
    );
    expect(count('documenten')).toBe(before);
    // Today itself is not the future.
    await sll.call('aanvraag.addDocument', {
      aanvraagId,
      kind: 'lvs',
      fileName: 'lvs.pdf',
      documentDate: TODAY,
      dataBase64: await onePagePdf(),
    });
  });
});

describe('correcting a document’s kind and date (document.corrigeer)', () => {
  it('changes kind and date with a reason, keeps the history, audits it, and the checklist follows', async () => {
    const { id: aanvraagId } = await register('overig', '2026-01-10');
    const [doc] = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    const oppItem = async () =>
      (await sll.call('checklist.get', { aanvraagId })).items.find((i) => i.key === 'opp_recent');
    expect((await oppItem())?.status).toBe('ontbreekt');

    const result = await sll.call('document.corrigeer', {
      documentId: doc!.id,
      kind: 'opp',
      documentDate: '2026-10-12',
      reden: 'Bij registratie als overig gelabeld; het is het OPP van oktober.',
    });
    expect(result).toEqual({ gecorrigeerd: 2 });

    const after = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: doc!.id,
      kind: 'opp',
      documentDate: '2026-10-12',
      versie: 1,
    });
    expect(after[0]!.correcties).toEqual([
      expect.objectContaining({
        veld: 'kind',
        oud: 'overig',
        nieuw: 'opp',
        reden: 'Bij registratie als overig gelabeld; het is het OPP van oktober.',
        actorNaam: 'Sanne de Vries',
      }),
      expect.objectContaining({ veld: 'documentDate', oud: '2026-01-10', nieuw: '2026-10-12' }),
    ]);
    // Others with access see the history too.
    const seen = (await voorzitter.call('aanvraag.get', { aanvraagId })).documents[0]!.correcties;
    expect(seen).toHaveLength(2);
    // The checklist reads the current kind and date: the OPP is there and recent now.
    expect((await oppItem())?.status).toBe('ok');
    // The audit names the fields, never the reason or the values.
    const audit = query<{ details: string }>(
      "SELECT details FROM audit_log WHERE action = 'document.corrigeer' AND object_id = ?",
      doc!.id,
    );
    expect(audit).toEqual([{ details: 'kind,documentDate' }]);

    // Only the date, later: one more row.
    await sll.call('document.corrigeer', {
      documentId: doc!.id,
      documentDate: null,
      reden: 'Datum onleesbaar',
    });
    const last = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!;
    expect(last.documentDate).toBeNull();
    expect(last.correcties.at(-1)).toMatchObject({
      veld: 'documentDate',
      oud: '2026-10-12',
      nieuw: null,
    });
  });

  it('refuses a future date, no change, an old version, a missing reason and another role; nothing is saved', async () => {
    const { id: aanvraagId } = await register('opp', '2026-10-01');
    const [doc] = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    const before = count('document_correcties');

    const future = await sll.fail('document.corrigeer', {
      documentId: doc!.id,
      documentDate: '2026-12-24',
      reden: 'typefout',
    });
    expect(future).toMatchObject({
      code: 'invalid_input',
      message:
        'De documentdatum 24 december 2026 ligt in de toekomst. Controleer de datum op het document.',
    });
    const same = await sll.fail('document.corrigeer', {
      documentId: doc!.id,
      kind: 'opp',
      reden: 'niets',
    });
    expect(same.message).toBe(
      'Er is niets gewijzigd: kies een andere soort of een andere documentdatum.',
    );
    const noReason = await sll.fail('document.corrigeer', { documentId: doc!.id, kind: 'lvs' });
    expect(noReason.message).toBe('Vul de reden van de correctie in.');
    const notSll = await voorzitter.fail('document.corrigeer', {
      documentId: doc!.id,
      kind: 'lvs',
      reden: 'Verkeerde soort',
    });
    expect(notSll.code).toBe('forbidden');

    const { id: v2 } = await sll.call('document.replace', {
      documentId: doc!.id,
      fileName: 'opp-v2.pdf',
      documentDate: '2026-11-01',
      dataBase64: await onePagePdf(),
      reden: 'Ondertekende versie',
    });
    const old = await sll.fail('document.corrigeer', {
      documentId: doc!.id,
      kind: 'lvs',
      reden: 'Verkeerde soort',
    });
    expect(old.message).toBe(
      'Dit document is vervangen door een nieuwere versie. Corrigeer de nieuwste versie.',
    );
    expect(count('document_correcties')).toBe(before);
    const docs = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    expect(docs.find((d) => d.id === doc!.id)).toMatchObject({
      kind: 'opp',
      documentDate: '2026-10-01',
    });
    expect(docs.find((d) => d.id === v2)).toMatchObject({
      kind: 'opp',
      documentDate: '2026-11-01',
    });
  });
});

describe('the dates of a TLA-vergadering', () => {
  it('refuses planning in the past (the whole plan) and closing before the day', async () => {
    const before = count('vergaderingen');
    const past = await voorzitter.fail('vergadering.plan', {
      datums: ['2026-12-16', '2026-11-24'],
    });
    expect(past).toMatchObject({
      code: 'invalid_input',
      message: '24 november 2026 ligt in het verleden. Plan een vergadering op vandaag of later.',
    });
    expect(count('vergaderingen')).toBe(before);

    expect((await voorzitter.call('vergadering.plan', { datums: ['2026-12-16'] })).created).toBe(1);
    const meeting = (await voorzitter.call('vergadering.list', {})).find(
      (m) => m.datum === '2026-12-16',
    )!;
    const early = await voorzitter.fail('vergadering.sluit', { vergaderingId: meeting.id });
    expect(early.message).toBe(
      'Deze vergadering is op 16 december 2026. U kunt haar sluiten op of na die dag.',
    );
    const row = query<{ status: string; notulen: string | null }>(
      'SELECT status, notulen_sha256 AS notulen FROM vergaderingen WHERE id = ?',
      meeting.id,
    );
    expect(row).toEqual([{ status: 'gepland', notulen: null }]);
  });
});

describe('the postmark of a bezwaar', () => {
  it('is refused when it lies before the decision was sent; nothing is registered', async () => {
    const rows = (
      await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 50 })
    ).rows;
    const id = rows[0]!.id;
    await directeur.call('besluit.adopt', { aanvraagId: id });
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    const before = count('bezwaren');
    const bad = await sll.fail('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: '2026-11-24',
      doorOuders: true,
      doorSchool: false,
    });
    expect(bad).toMatchObject({
      code: 'invalid_input',
      message:
        'De poststempel ligt vóór de verzending van het besluit (25 november 2026). Controleer de datum op de envelop.',
    });
    expect(count('bezwaren')).toBe(before);
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe('verzonden');
    const ok = await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: TODAY,
      doorOuders: true,
      doorSchool: false,
    });
    expect(ok.tijdig).toBe(true);
  });
});
