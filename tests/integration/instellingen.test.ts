import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOpp } from '../../electron/demo/pdfs';
import { client, login, startTestBackend, type Client, type TestBackend } from '../support/backend';

// Issue 4: the size limit of a document is a setting of the beheerder; a larger file is refused
// with a clear Dutch message and nothing is stored.

let t: TestBackend;
let sll: Client;
let beheer: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-11-25T10:00:00Z'));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  beheer = await login(t.backend, 'beheer');
}, 60000);
afterAll(() => t.close());

describe('document size limit (setting)', () => {
  it('refuses a PDF over the limit the beheerder set, and only the beheerder may set it', async () => {
    expect(await sll.call('instellingen.documenten', {})).toEqual({ maxMb: 100 });
    expect((await sll.fail('instellingen.documentenZetten', { maxMb: 1 })).code).toBe('forbidden');
    expect((await beheer.fail('instellingen.documentenZetten', { maxMb: 0 })).message).toBe(
      'Minstens 1 MB.',
    );
    await beheer.call('instellingen.documentenZetten', { maxMb: 1 });
    const aanvraagId = (
      await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 10 })
    ).rows[0]!.id;
    const before = (await sll.call('aanvraag.get', { aanvraagId })).documents.length;
    const small = Buffer.from(
      await demoOpp({
        leerling: { naam: 'A B', geboortedatum: '2016-01-01', groep: 5 },
        school: { naam: 'S' },
        datum: '2026-09-01',
        seed: 1,
      }),
    );
    // A valid PDF with 1.2 MB of trailing bytes after %%EOF: readable, but over the limit.
    const big = Buffer.concat([small, Buffer.alloc(1_200_000, 0x20)]);
    const refused = await sll.fail('aanvraag.addDocument', {
      aanvraagId,
      kind: 'opp',
      fileName: 'groot.pdf',
      documentDate: null,
      dataBase64: big.toString('base64'),
    });
    expect(refused.message).toContain('te groot');
    expect(refused.message).toContain('1 MB');
    expect((await sll.call('aanvraag.get', { aanvraagId })).documents.length).toBe(before);
    await sll.call('aanvraag.addDocument', {
      aanvraagId,
      kind: 'opp',
      fileName: 'klein.pdf',
      documentDate: null,
      dataBase64: small.toString('base64'),
    });
    expect((await sll.call('aanvraag.get', { aanvraagId })).documents.length).toBe(before + 1);
  });
});
