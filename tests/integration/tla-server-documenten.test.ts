import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TlaServer } from '../../electron/server/app';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { registration } from '../support/fixtures';
import {
  expectFailure,
  httpsRequest,
  startTestServer,
  testCertificate,
  type TestCertificate,
} from '../support/tla-server';

// The TLA server's binary path for documents (issue 13): GET /api/document/:id with the session in
// the Authorization header answers the decrypted PDF as bytes — not base64 in JSON — with the same
// checks as document.content: a session, need-to-know (not_found for a dossier one may not see),
// and an audit row for every read.

let t: TestBackend;
let cert: TestCertificate;
let server: TlaServer;
let sll: Client;
let ortho: Client;
let documentId: number;
let pdf: Uint8Array;

async function textPdf(words: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(words, { x: 50, y: 780, font });
  return doc.save();
}

function reads(): number {
  const db = openReadonly(t);
  try {
    return (
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM audit_log
           WHERE action = 'document.open' AND object_type = 'document' AND object_id = ?`,
        )
        .get(documentId) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

const get = (pathname: string, headers: Record<string, string> = {}) =>
  httpsRequest(server.port, cert, pathname, { headers });

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-11-25T10:00:00Z'));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  ortho = await login(t.backend, 'ortho1');
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  pdf = await textPdf('Binairwoord');
  const { id: aanvraagId } = await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: 'Bram Binair',
      oudersNaam: 'Fam. Binair',
      ontvangenOp: '2026-11-02',
      documents: [
        {
          kind: 'opp',
          fileName: 'opp.pdf',
          documentDate: '2026-10-01',
          dataBase64: Buffer.from(pdf).toString('base64'),
        },
      ],
    }),
  );
  documentId = (await sll.call('aanvraag.get', { aanvraagId })).documents[0]!.id;
  await t.backend.whenIdle();
  cert = await testCertificate();
  server = await startTestServer(t.backend, cert);
}, 60_000);

afterAll(async () => {
  await server.close();
  t.close();
});

describe('GET /api/document/:id on the TLA server', () => {
  it('answers the decrypted PDF as bytes to a user who may see it, and audits the read', async () => {
    const before = reads();
    const r = await get(`/api/document/${documentId}`, {
      Authorization: `Bearer ${sll.session}`,
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe('attachment');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.compare(r.bytes, Buffer.from(pdf))).toBe(0);
    // The same bytes the JSON path gives (as base64) and the hash document.open tells the viewer.
    const viaJson = await sll.call('document.content', { documentId });
    expect(Buffer.from(viaJson.dataBase64, 'base64').equals(r.bytes)).toBe(true);
    const open = await sll.call('document.open', { documentId });
    expect(createHash('sha256').update(r.bytes).digest('hex')).toBe(open.sha256);
    // One audit row for the binary read, one for document.content, one for document.open.
    expect(reads()).toBe(before + 3);
  });

  it('refuses without a valid session, and leaves no audit row', async () => {
    const before = reads();
    for (const headers of [
      {},
      { Authorization: 'Bearer verzonnen-sessie' },
      { Authorization: `Basic ${sll.session}` },
    ]) {
      const r = await get(`/api/document/${documentId}`, headers);
      expect(r.status).toBe(401);
      expectFailure(r, 'unauthenticated', 'U bent niet (meer) ingelogd. Log opnieuw in.');
    }
    // The session never goes in the URL.
    expect((await get(`/api/document/${documentId}?session=${sll.session}`)).status).toBe(401);
    expect(reads()).toBe(before);
  });

  it('keeps need-to-know: a deskundige not assigned gets not_found, as on the JSON path', async () => {
    const before = reads();
    const r = await get(`/api/document/${documentId}`, {
      Authorization: `Bearer ${ortho.session}`,
    });
    expect(r.status).toBe(404);
    const body = JSON.parse(r.body) as { ok: false; error: { code: string; message: string } };
    expect(body.error).toEqual(await ortho.fail('document.content', { documentId }));
    expect(r.body).not.toContain('%PDF');
    expect(r.body).not.toContain('Binair');
    expect(reads()).toBe(before);
  });

  it('answers an unknown or malformed id in Dutch, and a foreign Origin with 403', async () => {
    const auth = { Authorization: `Bearer ${sll.session}` };
    const unknown = await get('/api/document/999999', auth);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('not_found');
    const malformed = await get('/api/document/abc', auth);
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.code).toBe('invalid_input');
    const foreign = await get(`/api/document/${documentId}`, {
      ...auth,
      Origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('%PDF');
  });
});
