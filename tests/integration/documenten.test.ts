import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import { contract, type ProcedureName } from '../../electron/contract';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { encryptedPdf } from '../unit/documents/crafted-pdfs';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';

// Issue 4 (second half): document versions, index progress, the reader's last position, and
// private notes and bookmarks — against the real backend.

const logged: string[] = [];
let t: TestBackend;
let sll: Client;
let voorzitter: Client;
let schoolId: number;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A PDF with one page per entry, each page showing its words. */
async function textPdf(pages: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, font });
  return doc.save();
}

/** A 1×1 grey PNG on every page: a scan without a text layer. */
async function imagePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  for (let i = 0; i < pages; i++)
    doc.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

async function register(documents: { kind: 'opp' | 'ot_verslag'; pages: string[] }[]) {
  return sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: 'Vera Versietest',
      oudersNaam: 'Fam. Versietest',
      ontvangenOp: '2026-11-02',
      documents: await Promise.all(
        documents.map(async (d, i) => ({
          kind: d.kind,
          fileName: `${d.kind}-${i}.pdf`,
          documentDate: '2026-10-01',
          dataBase64: b64(await textPdf(d.pages)),
        })),
      ),
    }),
  );
}

function rowCount(table: string): number {
  const db = openReadonly(t);
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Demo dossiers past the intake, with both deskundigen assigned. */
function inAdvies(): number[] {
  const db = openReadonly(t);
  try {
    return (
      db
        .prepare(
          `SELECT a.id FROM aanvragen a WHERE a.state = 'in_advies'
           AND (SELECT COUNT(*) FROM toewijzingen tw WHERE tw.aanvraag_id = a.id AND tw.active = 1) = 2
           ORDER BY a.id`,
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-11-25T10:00:00Z'), {
    error: (event, fields) => logged.push(`${event} ${JSON.stringify(fields ?? {})}`),
  });
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
  schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  await t.backend.whenIdle();
}, 60000);
afterAll(() => t.close());

describe('document versions', () => {
  it('makes a replacement version 2, keeps the old one readable, and refuses replacing it again', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Oudeversiewoord'] }]);
    const old = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!;
    expect(old).toMatchObject({ versie: 1, vervangtId: null, vervangenDoorId: null });

    const { id } = await sll.call('document.replace', {
      documentId: old.id,
      fileName: 'opp-nieuw.pdf',
      dataBase64: b64(await textPdf(['Nieuweversiewoord'])),
      documentDate: '2026-11-01',
      reden: 'De school stuurde een aangevulde versie.',
    });
    const docs = (await sll.call('aanvraag.get', { aanvraagId })).documents;
    expect(docs).toHaveLength(2);
    expect(docs.find((d) => d.id === old.id)).toMatchObject({ vervangenDoorId: id, versie: 1 });
    expect(docs.find((d) => d.id === id)).toMatchObject({
      kind: 'opp',
      fileName: 'opp-nieuw.pdf',
      versie: 2,
      vervangtId: old.id,
      vervangenDoorId: null,
    });
    const oldContent = await sll.call('document.content', { documentId: old.id });
    expect((await extractPdfText(Buffer.from(oldContent.dataBase64, 'base64'))).pages[0]).toBe(
      'Oudeversiewoord',
    );

    const again = await sll.fail('document.replace', {
      documentId: old.id,
      fileName: 'x.pdf',
      dataBase64: b64(await textPdf(['x'])),
      documentDate: null,
      reden: 'Nog een keer',
    });
    expect(again.code).toBe('conflict');
    expect(again.message).toBe(
      'Dit document is al vervangen door een nieuwere versie. Vervang de nieuwste versie.',
    );

    // Audited by row numbers only: the reason may name the pupil.
    const db = openReadonly(t);
    try {
      const audit = db
        .prepare(
          "SELECT details FROM audit_log WHERE action = 'document.replace' AND object_id = ?",
        )
        .get(id) as { details: string };
      expect(audit.details).toBe(`vervangt document ${old.id} (versie 2)`);
    } finally {
      db.close();
    }
    await t.backend.whenIdle();
    // Search finds the text of the current version only.
    expect((await sll.call('dossier.zoek', { aanvraagId, query: 'Oudeversiewoord' })).hits).toEqual(
      [],
    );
    expect(
      (await sll.call('dossier.zoek', { aanvraagId, query: 'Nieuweversiewoord' })).hits.map(
        (h) => h.documentId,
      ),
    ).toEqual([id]);
    // Index progress lists current versions only.
    expect(
      (await sll.call('document.indexStatus', { aanvraagId })).documents.map((d) => d.documentId),
    ).toEqual([id]);
  });

  it('changes nothing when the replacement is refused', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Weigertest'] }]);
    const old = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!;
    await t.backend.whenIdle(); // the text index of earlier documents is still being written
    const before = ['documenten', 'audit_log', 'document_text'].map(rowCount);
    const bad = await sll.fail('document.replace', {
      documentId: old.id,
      fileName: 'beveiligd.pdf',
      dataBase64: b64(encryptedPdf()),
      documentDate: null,
      reden: 'Nieuwe versie',
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toContain('wachtwoord');
    const notPdf = await sll.fail('document.replace', {
      documentId: old.id,
      fileName: 'kapot.pdf',
      dataBase64: b64(new Uint8Array([1, 2, 3, 4])),
      documentDate: null,
      reden: 'Nieuwe versie',
    });
    expect(notPdf.message).toContain('geen PDF');
    const noReason = await sll.fail('document.replace', {
      documentId: old.id,
      fileName: 'opp.pdf',
      dataBase64: b64(await textPdf(['x'])),
      documentDate: null,
      reden: ' ',
    });
    expect(noReason.message).toContain('reden');
    expect(['documenten', 'audit_log', 'document_text'].map(rowCount)).toEqual(before);
    expect((await sll.call('aanvraag.get', { aanvraagId })).documents).toHaveLength(1);
  });

  it('refuses a replacement outside the intake and by anyone but the secretaris', async () => {
    const doc = (await sll.call('aanvraag.get', { aanvraagId: inAdvies()[0]! })).documents[0]!;
    const input = {
      documentId: doc.id,
      fileName: 'x.pdf',
      dataBase64: b64(await textPdf(['x'])),
      documentDate: null,
      reden: 'Nieuwe versie',
    };
    const late = await sll.fail('document.replace', input);
    expect(late).toMatchObject({
      code: 'domain',
      message: 'Documenten vervangen kan alleen tijdens de intake.',
    });
    expect((await voorzitter.fail('document.replace', input)).code).toBe('forbidden');
  });

  it('counts only current versions on the checklist', async () => {
    const { id: aanvraagId } = await register([
      { kind: 'opp', pages: ['Plan'] },
      { kind: 'ot_verslag', pages: ['Eerste OT'] },
    ]);
    const otItem = async () =>
      (await sll.call('checklist.get', { aanvraagId })).items.find((i) => i.key === 'ot_verslagen')!
        .status;
    const before = await otItem();
    expect(before).not.toBe('ok'); // one OT-verslag; two are needed
    const ot = (await sll.call('aanvraag.get', { aanvraagId })).documents.find(
      (d) => d.kind === 'ot_verslag',
    )!;
    await sll.call('document.replace', {
      documentId: ot.id,
      fileName: 'ot-2.pdf',
      dataBase64: b64(await textPdf(['Eerste OT, gecorrigeerd'])),
      documentDate: '2026-10-02',
      reden: 'Gecorrigeerde versie',
    });
    expect(await otItem()).toBe(before); // still one current OT-verslag, not two
  });

  it('refuses changing the content of a stored document (trigger)', async () => {
    const db = openDatabase({ file: t.dbPath, key: databaseKey(t.key) }).sqlite;
    try {
      const { id } = db.prepare('SELECT id FROM documenten LIMIT 1').get() as { id: number };
      expect(() =>
        db.prepare('UPDATE documenten SET sha256 = ? WHERE id = ?').run('0'.repeat(64), id),
      ).toThrow(/immutable/);
      expect(() => db.prepare('UPDATE documenten SET versie = 9 WHERE id = ?').run(id)).toThrow(
        /immutable/,
      );
      expect(() =>
        db.prepare('UPDATE documenten SET file_name = ? WHERE id = ?').run('ander.pdf', id),
      ).toThrow(/immutable/);
      // The state of the text index may change.
      db.prepare('UPDATE documenten SET tekst_status = tekst_status WHERE id = ?').run(id);
    } finally {
      db.close();
    }
  });
});

describe('index progress', () => {
  async function addAndWatch(aanvraagId: number, bytes: Uint8Array) {
    const { id } = await sll.call('aanvraag.addDocument', {
      aanvraagId,
      kind: 'lvs',
      fileName: 'lvs.pdf',
      documentDate: null,
      dataBase64: b64(bytes),
    });
    const seen: number[] = [];
    const statusOf = async () =>
      (await sll.call('document.indexStatus', { aanvraagId })).documents.find(
        (d) => d.documentId === id,
      )!;
    let s = await statusOf();
    seen.push(s.paginasGeindexeerd);
    while (s.tekstStatus === 'wacht') {
      await new Promise((r) => setImmediate(r));
      s = await statusOf();
      seen.push(s.paginasGeindexeerd);
    }
    return { s, seen };
  }

  it('goes from 0 to the page count and ends geindexeerd', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Plan'] }]);
    await t.backend.whenIdle();
    const pages = Array.from({ length: 60 }, (_, i) => `Voortgangspagina ${i + 1}`);
    const { s, seen } = await addAndWatch(aanvraagId, await textPdf(pages));
    expect(seen[0]).toBe(0);
    expect(s).toMatchObject({ tekstStatus: 'geindexeerd', paginasGeindexeerd: 60, pageCount: 60 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never goes back
    const hits = await sll.call('dossier.zoek', { aanvraagId, query: 'Voortgangspagina' });
    expect(hits.hits.length).toBe(50); // the top 50 of 60 pages
  });

  it('indexes every page of every text document so far, as many as each one says it has', async () => {
    await t.backend.whenIdle(); // the demo's documents and those of the tests above
    const db = openReadonly(t);
    try {
      const off = db
        .prepare(
          `SELECT COUNT(*) AS n FROM documenten
           WHERE tekst_status NOT IN ('geindexeerd', 'geen_tekst') OR paginas_geindexeerd <> page_count`,
        )
        .get() as { n: number };
      expect(off.n).toBe(0);
      // The demo's scans have no text layer: marked so, and nothing of them in the index.
      const scans = db
        .prepare(
          `SELECT COUNT(*) AS n, SUM((SELECT COUNT(*) FROM document_text x WHERE x.document_id = d.id)) AS rows
           FROM documenten d WHERE tekst_status = 'geen_tekst'`,
        )
        .get() as { n: number; rows: number };
      expect(scans.n).toBeGreaterThan(0);
      expect(scans.rows).toBe(0);
    } finally {
      db.close();
    }
  });

  it('ends geen_tekst for a PDF with images only', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Plan'] }]);
    const { s, seen } = await addAndWatch(aanvraagId, await imagePdf(3));
    expect(seen[0]).toBe(0);
    expect(s).toMatchObject({ tekstStatus: 'geen_tekst', paginasGeindexeerd: 3, pageCount: 3 });
  });

  it('gives someone without access to the dossier nothing', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Plan'] }]);
    const mw1 = await login(t.backend, 'mw1');
    expect((await mw1.fail('document.indexStatus', { aanvraagId })).code).toBe('not_found');
  });
});

describe('last position per user', () => {
  it('keeps one position per user per document, within the document', async () => {
    const { id: aanvraagId } = await register([
      { kind: 'opp', pages: ['Een', 'Twee', 'Drie', 'Vier'] },
    ]);
    const doc = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!;
    expect(await sll.call('document.positie', { documentId: doc.id })).toEqual({ page: null });
    await sll.call('document.bewaarPositie', { documentId: doc.id, page: 3 });
    await voorzitter.call('document.bewaarPositie', { documentId: doc.id, page: 2 });
    await sll.call('document.bewaarPositie', { documentId: doc.id, page: 4 });
    expect(await sll.call('document.positie', { documentId: doc.id })).toEqual({ page: 4 });
    expect(await voorzitter.call('document.positie', { documentId: doc.id })).toEqual({ page: 2 });

    const outside = await sll.fail('document.bewaarPositie', { documentId: doc.id, page: 5 });
    expect(outside).toMatchObject({
      code: 'invalid_input',
      message: 'Deze pagina bestaat niet in het document (1 tot en met 4).',
    });
    expect((await sll.fail('document.bewaarPositie', { documentId: doc.id, page: 0 })).code).toBe(
      'invalid_input',
    );
    const mw1 = await login(t.backend, 'mw1');
    expect((await mw1.fail('document.positie', { documentId: doc.id })).code).toBe('not_found');
    expect((await mw1.fail('document.bewaarPositie', { documentId: doc.id, page: 1 })).code).toBe(
      'not_found',
    );
  });
});

describe('every open of a document is audited (issue 4 §4)', () => {
  it('audits document.content and document.open, also a reopen the viewer serves from memory', async () => {
    const { id: aanvraagId } = await register([{ kind: 'opp', pages: ['Een', 'Twee', 'Drie'] }]);
    const doc = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!;
    const opens = (): { actor: number; n: number }[] => {
      const db = openReadonly(t);
      try {
        return db
          .prepare(
            `SELECT actor_user_id AS actor, COUNT(*) AS n FROM audit_log
             WHERE action = 'document.open' AND object_type = 'document' AND object_id = ?
             GROUP BY actor_user_id`,
          )
          .all(doc.id) as { actor: number; n: number }[];
      } finally {
        db.close();
      }
    };
    const total = (): number => opens().reduce((sum, r) => sum + r.n, 0);
    expect(total()).toBe(0);

    // The first open fetches the content (one entry); the viewer keeps it in memory.
    const content = await sll.call('document.content', { documentId: doc.id });
    expect(total()).toBe(1);
    const sha256 = createHash('sha256')
      .update(Buffer.from(content.dataBase64, 'base64'))
      .digest('hex');

    // Every later open asks document.open (no content), and each one is an entry of its own.
    await sll.call('document.bewaarPositie', { documentId: doc.id, page: 2 });
    for (let i = 0; i < 3; i += 1) {
      expect(await sll.call('document.open', { documentId: doc.id })).toEqual({
        page: 2,
        sha256,
        pageCount: 3,
      });
    }
    expect(total()).toBe(4);
    expect(await voorzitter.call('document.open', { documentId: doc.id })).toMatchObject({
      page: null,
      sha256,
    });
    expect(
      opens()
        .map((r) => r.n)
        .sort(),
    ).toEqual([1, 4]);

    // No access to the dossier: not found, and nothing written.
    const mw1 = await login(t.backend, 'mw1');
    expect((await mw1.fail('document.open', { documentId: doc.id })).code).toBe('not_found');
    expect(total()).toBe(5);
  });
});

describe('private notes and bookmarks', () => {
  const SECRET = 'Prive-aantekening-Qx7zv';

  /** A demo dossier with both deskundigen assigned, and those two signed in. */
  async function assignedPair() {
    const rows = inAdvies().map((id) => ({ id }));
    const users = await (await login(t.backend, 'beheer')).call('users.list', {});
    for (const row of rows) {
      const a = await sll.call('aanvraag.get', { aanvraagId: row.id });
      if (a.toewijzingen.length !== 2) continue;
      const [first, second] = a.toewijzingen.map(
        (tw) => users.find((u) => u.deskundigeId === tw.deskundigeId)!.username,
      );
      const outsider = users.find(
        (u) =>
          u.deskundigeId !== null &&
          !a.toewijzingen.some((tw) => tw.deskundigeId === u.deskundigeId),
      )!.username;
      return {
        aanvraag: a,
        owner: await login(t.backend, first!),
        other: await login(t.backend, second!),
        outsider: await login(t.backend, outsider),
      };
    }
    throw new Error('no dossier with two deskundigen in the demo');
  }

  it('shows a note to its author only, and nowhere else', async () => {
    const { aanvraag, owner, other, outsider } = await assignedPair();
    const aanvraagId = aanvraag.id;
    const doc = aanvraag.documents[0]!;
    const note = await owner.call('notitie.save', {
      documentId: doc.id,
      page: 1,
      soort: 'notitie',
      tekst: `${SECRET} over de leerling`,
    });
    const mark = await owner.call('notitie.save', {
      documentId: doc.id,
      page: doc.pageCount,
      soort: 'bladwijzer',
      tekst: '',
    });
    const mine = (await owner.call('notitie.list', { aanvraagId })).notities;
    expect(mine.map((n) => [n.id, n.soort, n.page])).toEqual([
      [note.id, 'notitie', 1],
      [mark.id, 'bladwijzer', doc.pageCount],
    ]);
    expect(mine[0]!.tekst).toBe(`${SECRET} over de leerling`);

    // Update own note.
    await owner.call('notitie.save', {
      id: note.id,
      documentId: doc.id,
      page: 1,
      soort: 'notitie',
      tekst: `${SECRET} bijgewerkt`,
    });
    expect((await owner.call('notitie.list', { aanvraagId })).notities[0]!.tekst).toBe(
      `${SECRET} bijgewerkt`,
    );

    const director = await login(t.backend, 'directeur');
    for (const c of [other, sll, voorzitter, director]) {
      expect((await c.call('notitie.list', { aanvraagId })).notities).toEqual([]);
    }
    expect((await outsider.fail('notitie.list', { aanvraagId })).code).toBe('not_found');

    // Someone else's note: not found, and it stays as it was.
    for (const c of [other, sll]) {
      expect(
        (
          await c.fail('notitie.save', {
            id: note.id,
            documentId: doc.id,
            page: 1,
            soort: 'notitie',
            tekst: 'overschreven',
          })
        ).code,
      ).toBe('not_found');
      expect((await c.fail('notitie.delete', { id: note.id })).code).toBe('not_found');
    }
    expect((await owner.call('notitie.list', { aanvraagId })).notities).toHaveLength(2);

    // A note needs text; a page must exist; nobody without access adds one.
    expect(
      (
        await owner.fail('notitie.save', {
          documentId: doc.id,
          page: 1,
          soort: 'notitie',
          tekst: '  ',
        })
      ).message,
    ).toBe('Vul de notitie in.');
    expect(
      (
        await owner.fail('notitie.save', {
          documentId: doc.id,
          page: doc.pageCount + 1,
          soort: 'bladwijzer',
          tekst: '',
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (
        await outsider.fail('notitie.save', {
          documentId: doc.id,
          page: 1,
          soort: 'bladwijzer',
          tekst: '',
        })
      ).code,
    ).toBe('not_found');

    // The text appears in no other procedure's answer, for any role, the author included.
    const everyone = [
      owner,
      other,
      outsider,
      sll,
      voorzitter,
      director,
      await login(t.backend, 'beheer'),
    ];
    const inputs = [
      { aanvraagId },
      { aanvraagId, query: SECRET },
      { documentId: doc.id },
      { role: 'deskundige', search: SECRET },
      { role: 'secretaris', search: '' },
    ];
    const skip = (n: string) =>
      n.startsWith('notitie.') || n.startsWith('setup.') || n.startsWith('auth.');
    let answered = 0;
    for (const c of everyone) {
      for (const name of Object.keys(contract) as ProcedureName[]) {
        if (skip(name)) continue;
        for (const input of inputs) {
          if (!contract[name].input.safeParse(input).success) continue;
          const r = await t.backend.dispatch({ name, input, session: c.session });
          if (r.ok) answered += 1;
          expect(JSON.stringify(r), `${name} ${JSON.stringify(input)}`).not.toContain(SECRET);
          if (r.ok && name === 'document.content') {
            const text = await extractPdfText(
              Buffer.from((r.data as { dataBase64: string }).dataBase64, 'base64'),
            );
            expect(text.pages.join('\n')).not.toContain(SECRET);
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(40);
    // Nor in any letter of the dossier, nor the audit log, nor the logs.
    for (const brief of await sll.call('brieven.list', { aanvraagId })) {
      const pdf = await sll.call('brieven.get', { briefId: brief.id });
      const text = await extractPdfText(Buffer.from(pdf.dataBase64, 'base64'));
      expect(text.pages.join('\n')).not.toContain(SECRET);
    }
    const db = openReadonly(t);
    try {
      const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
      expect(audit).not.toContain(SECRET);
      expect(audit).not.toContain('notitie');
    } finally {
      db.close();
    }
    expect(logged.join('\n')).not.toContain(SECRET);

    await owner.call('notitie.delete', { id: mark.id });
    expect((await owner.call('notitie.list', { aanvraagId })).notities.map((n) => n.id)).toEqual([
      note.id,
    ]);
    expect((await owner.fail('notitie.delete', { id: mark.id })).code).toBe('not_found');
  });
});
