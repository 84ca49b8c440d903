import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOpp } from '../../electron/demo/pdfs';
import { ftsQuery } from '../../electron/documents/indexer';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Issue 4 (first part): the text of every imported document is indexed per page after the import,
// and a reader of the dossier can search it; nobody else can.

let t: TestBackend;
let sll: Client;
let outsider: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-11-25T10:00:00Z'));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  outsider = await login(t.backend, 'mw1');
}, 60000);
afterAll(() => t.close());

describe('text index and search across a dossier', () => {
  it('finds a word on its page with a snippet, once the import is indexed', async () => {
    const aanvraagId = (
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 10 })
    ).rows[0]!.id;
    const opp = await demoOpp({
      leerling: { naam: 'Quirijn Zoektest', geboortedatum: '2016-01-01', groep: 6 },
      school: { naam: 'De Zoekschool' },
      datum: '2026-09-01',
      seed: 9,
    });
    const { id } = await sll.call('aanvraag.addDocument', {
      aanvraagId,
      kind: 'opp',
      fileName: 'opp-zoek.pdf',
      documentDate: '2026-09-01',
      dataBase64: Buffer.from(opp).toString('base64'),
    });
    await t.backend.whenIdle();
    const doc = (await sll.call('aanvraag.get', { aanvraagId })).documents.find((d) => d.id === id);
    expect(doc?.tekstStatus).toBe('geindexeerd');
    const r = await sll.call('dossier.zoek', { aanvraagId, query: 'quirijn' });
    expect(r.nogTeIndexeren).toBe(0);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits[0]).toMatchObject({ documentId: id, fileName: 'opp-zoek.pdf', page: 1 });
    expect(r.hits[0]!.snippet).toContain('«Quirijn»');
    expect(
      (await sll.call('dossier.zoek', { aanvraagId, query: 'zoektes' })).hits.length,
    ).toBeGreaterThan(0); // prefix
    expect((await sll.call('dossier.zoek', { aanvraagId, query: 'xyznietaanwezig' })).hits).toEqual(
      [],
    );
  });

  it('treats what the user types as words, never as query syntax', async () => {
    expect(ftsQuery('ADHD OR "x" NEAR(a b) *')).toBe('"ADHD"* "OR"* "x"* "NEAR(a"* "b)"* "*"*');
    expect(ftsQuery('   ')).toBeNull();
    const aanvraagId = (
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 10 })
    ).rows[0]!.id;
    const r = await sll.call('dossier.zoek', { aanvraagId, query: 'NEAR( "' });
    expect(r.hits).toEqual([]);
  });

  it('gives someone without access to the dossier nothing', async () => {
    const aanvraagId = (
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 10 })
    ).rows[0]!.id;
    expect((await outsider.fail('dossier.zoek', { aanvraagId, query: 'Quirijn' })).code).toBe(
      'not_found',
    );
  });
});

describe('indexing resumes after a restart', () => {
  it('indexes documents that were still waiting when the backend stopped', async () => {
    const { createBackend } = await import('../../electron/api/backend');
    const path = await import('node:path');
    const first = startTestBackend();
    await client(first.backend).call('setup.loadDemo', {});
    first.backend.close(); // stops the indexer with most of the demo's documents still waiting
    const open = () =>
      createBackend({
        dbPath: first.dbPath,
        documentsDir: path.join(first.dir, 'documents'),
        documentKey: first.key,
        logger: { error: () => undefined },
      });
    const waiting = (b: ReturnType<typeof open>) =>
      login(b, 'sll').then(async (c) => {
        const ids = (
          await c.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 100 })
        ).rows.map((r) => r.id);
        const all = await Promise.all(
          ids.map((aanvraagId) => c.call('aanvraag.get', { aanvraagId })),
        );
        const docs = all.flatMap((a) => a.documents);
        return {
          unfinished: docs.filter((d) => d.tekstStatus === 'wacht' || d.tekstStatus === 'mislukt')
            .length,
          scans: docs.filter((d) => d.tekstStatus === 'geen_tekst').length,
        };
      });
    const again = open();
    try {
      await again.whenIdle();
      const after = await waiting(again);
      expect(after.unfinished).toBe(0);
      expect(after.scans).toBeGreaterThan(0); // the demo's scans: no text layer
    } finally {
      again.close();
      first.close();
    }
  });
});
