import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { Secret, TOTP } from 'otpauth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CERTIFICATE_CHANGED_MESSAGE,
  OFFLINE_MESSAGE,
  readServerFingerprint,
  ServerClient,
} from '../../electron/client/server-client';
import type { Backend } from '../../electron/contract/envelope';
import { Connection, VERBINDING_KEY, type SettingsStore } from '../../electron/main/connection';
import type { TlaServer } from '../../electron/server/app';
import { client, login, startTestBackend, type TestBackend } from '../support/backend';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { registration } from '../support/fixtures';
import { startTestServer, testCertificate, type TestCertificate } from '../support/tla-server';

// Issue 13 · the desktop as a client, against the real TLA server over real TLS on 127.0.0.1 with
// a certificate made for the test: the first connection shows the fingerprint and sends nothing,
// the pinned certificate is accepted, a changed certificate is refused in Dutch before one byte of
// the request leaves, login with TOTP works through the client, a document arrives as the stored
// bytes, and a server that is gone answers the offline failure. `Connection` (the main process's
// holder, no Electron in it) runs with a Map as its settings store.

let t: TestBackend;
let now = new Date('2026-12-01T09:00:10Z');
const dispatched: unknown[] = [];
let counted: Backend;
let cert: TestCertificate;
let fingerprint: string;
let server: TlaServer;
let origin: string;
let documentId: number;
let pdf: Uint8Array;
let totpSecret: string;

const codeNu = () =>
  new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate({ timestamp: now.getTime() });

function memoryStore(): SettingsStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: (k) => values.get(k), set: (k, v) => void values.set(k, v) };
}

function connection(store = memoryStore()) {
  const c = new Connection({
    store,
    openLocal: () => {
      throw new Error('this computer has no TLA in this test');
    },
    describeError: () => 'lokaal niet beschikbaar',
  });
  return { c, store };
}

beforeAll(async () => {
  t = startTestBackend(() => now);
  counted = {
    dispatch: (envelope, herkomst) => {
      dispatched.push(envelope);
      return t.backend.dispatch(envelope, herkomst);
    },
    readDocument: (session, id, herkomst) => {
      dispatched.push({ document: id });
      return t.backend.readDocument!(session, id, herkomst);
    },
    whenIdle: () => t.backend.whenIdle(),
    close: () => undefined,
  };
  await client(t.backend).call('setup.loadDemo', {});
  const sll = await login(t.backend, 'sll');
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Verbindingswoord', { x: 50, y: 780, font });
  pdf = await doc.save();
  const { id: aanvraagId } = await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: 'Vera Verbinding',
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
  // The secretaresse enrols a second factor (on the server's own machine, as today).
  const start = await sll.call('auth.tweedeFactorStart', {});
  totpSecret = start.secret.replaceAll(' ', '');
  await sll.call('auth.tweedeFactorBevestig', { code: codeNu() });
  await sll.call('auth.logout', {});
  now = new Date(now.getTime() + 30_000);

  cert = await testCertificate();
  fingerprint = new X509Certificate(cert.cert).fingerprint256;
  server = await startTestServer(counted, cert);
  origin = `https://127.0.0.1:${server.port}`;
}, 60_000);

afterAll(async () => {
  await server.close();
  t.close();
});

describe('the first connection', () => {
  it('shows the fingerprint the server prints, and sends no request', async () => {
    const before = dispatched.length;
    const shown = await readServerFingerprint(origin);
    expect(shown).toEqual({ ok: true, vingerafdruk: fingerprint });
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(dispatched.length).toBe(before);
  });

  it('pins the compared fingerprint through the connection and uses the server from then on', async () => {
    const { c, store } = connection();
    expect(c.status()).toEqual({ gekozen: false, modus: 'lokaal' });
    const onderzoek = await c.handle({ actie: 'onderzoek', adres: origin });
    expect(onderzoek).toMatchObject({ ok: true, vingerafdruk: fingerprint });
    const verbind = await c.handle({ actie: 'verbind', adres: origin, vingerafdruk: fingerprint });
    expect(verbind).toEqual({
      ok: true,
      status: { gekozen: true, modus: 'server', adres: origin, vingerafdruk: fingerprint },
    });
    expect(store.values.get(VERBINDING_KEY)).toEqual({
      modus: 'server',
      adres: origin,
      vingerafdruk: fingerprint,
    });
    await expect(c.dispatch({ name: 'setup.status', input: {} })).resolves.toEqual({
      ok: true,
      data: { needsSetup: false },
    });
    c.close();
    // A later start reads the pin from the store and goes to the server without asking.
    const later = connection(store).c;
    later.open();
    await expect(later.dispatch({ name: 'setup.status', input: {} })).resolves.toMatchObject({
      ok: true,
    });
    later.close();
  });

  it('refuses to pin a fingerprint the server does not show', async () => {
    const { c, store } = connection();
    const other = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    const r = await c.handle({ actie: 'verbind', adres: origin, vingerafdruk: other });
    expect(r).toEqual({ ok: false, melding: CERTIFICATE_CHANGED_MESSAGE });
    expect(store.values.has(VERBINDING_KEY)).toBe(false);
  });

  it('says in Dutch that nobody answers at an address without a server', async () => {
    const r = await readServerFingerprint('https://127.0.0.1:1', 2000);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toMatch(/niet bereikbaar/);
  });
});

describe('with the pinned certificate', () => {
  it('logs in with password and TOTP code through the client', async () => {
    const pinned = new ServerClient({ origin, vingerafdruk: fingerprint });
    try {
      const first = await pinned.call({
        name: 'auth.login',
        input: { username: 'sll', password: DEMO_PASSWORD },
      });
      expect(first.ok).toBe(true);
      const login1 = (first as { data: { session: string; user: { stap: string } } }).data;
      expect(login1.user.stap).toBe('code');
      const refused = await pinned.call({
        name: 'scholen.list',
        input: {},
        session: login1.session,
      });
      expect(refused.ok).toBe(false);
      const code = await pinned.call({
        name: 'auth.code',
        input: { code: codeNu() },
        session: login1.session,
      });
      expect(code.ok).toBe(true);
      const full = (code as { data: { session: string; user: { stap: string } } }).data;
      expect(full.user.stap).toBe('volledig');
      expect(full.session).not.toBe(login1.session);
      const me = await pinned.call({ name: 'auth.me', input: {}, session: full.session });
      expect(me).toMatchObject({ ok: true, data: { username: 'sll' } });

      // The viewer's bytes: GET /api/document/:id, exactly the stored document.
      const bytes = await pinned.readDocument(full.session, documentId);
      expect(bytes.ok).toBe(true);
      expect(Buffer.from((bytes as { bytes: Uint8Array }).bytes).equals(Buffer.from(pdf))).toBe(
        true,
      );
      // Through the main process's holder as well.
      const { c } = connection();
      await c.handle({ actie: 'verbind', adres: origin, vingerafdruk: fingerprint });
      const viaConnection = await c.readDocument(full.session, documentId);
      expect(Buffer.from((viaConnection as { bytes: Uint8Array }).bytes)).toEqual(Buffer.from(pdf));
      // Without a session: the server's own Dutch refusal, no bytes.
      const without = await c.readDocument(undefined, documentId);
      expect(without).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      c.close();
    } finally {
      pinned.close();
    }
  });
});

describe('a session over TLS', () => {
  it('expires after 15 minutes without the user: refused in Dutch, a new login works', async () => {
    const pinned = new ServerClient({ origin, vingerafdruk: fingerprint });
    const signIn = async (): Promise<string> => {
      now = new Date(now.getTime() + 31_000); // a fresh TOTP step: no code is taken twice
      const first = (await pinned.call({
        name: 'auth.login',
        input: { username: 'sll', password: DEMO_PASSWORD },
      })) as { ok: true; data: { session: string } };
      const code = (await pinned.call({
        name: 'auth.code',
        input: { code: codeNu() },
        session: first.data.session,
      })) as { ok: true; data: { session: string } };
      return code.data.session;
    };
    try {
      const session = await signIn();
      now = new Date(now.getTime() + 14 * 60_000);
      expect(await pinned.call({ name: 'auth.me', input: {}, session })).toMatchObject({
        ok: true,
      });
      // Fifteen minutes and a second after that last call: the session is over.
      now = new Date(now.getTime() + 15 * 60_000 + 1_000);
      expect(await pinned.call({ name: 'auth.me', input: {}, session })).toEqual({
        ok: false,
        error: { code: 'unauthenticated', message: 'U bent niet (meer) ingelogd. Log opnieuw in.' },
      });
      const again = await signIn();
      expect(await pinned.call({ name: 'auth.me', input: {}, session: again })).toMatchObject({
        ok: true,
        data: { username: 'sll' },
      });
    } finally {
      pinned.close();
    }
  });
});

/** A TLS server with `certificate` that records every byte a client sends after the handshake. */
async function recordingServer(certificate: TestCertificate) {
  const received: Buffer[] = [];
  let connections = 0;
  const s = tls.createServer({ cert: certificate.cert, key: certificate.key }, (socket) => {
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
  });
  s.on('connection', () => (connections += 1));
  s.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    port: (s.address() as AddressInfo).port,
    received,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => s.close(() => resolve())),
  };
}

describe('a changed certificate', () => {
  it('is refused in Dutch when the server restarts with another certificate; nothing reaches it', async () => {
    const pinned = new ServerClient({ origin, vingerafdruk: fingerprint });
    expect((await pinned.call({ name: 'setup.status', input: {} })).ok).toBe(true);
    pinned.close();
    const port = server.port;
    await server.close();
    const newCert = await testCertificate();
    server = await startTestServer(counted, newCert, { port });
    try {
      const before = dispatched.length;
      const again = new ServerClient({ origin, vingerafdruk: fingerprint });
      const r = await again.call({
        name: 'auth.login',
        input: { username: 'sll', password: DEMO_PASSWORD },
      });
      expect(r).toEqual({
        ok: false,
        error: { code: 'forbidden', message: CERTIFICATE_CHANGED_MESSAGE },
      });
      expect(CERTIFICATE_CHANGED_MESSAGE).toMatch(
        /ander certificaat.*neem contact op met uw beheerder/,
      );
      const doc = await again.readDocument('een-sessie', documentId);
      expect(doc).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      again.close();
      expect(dispatched.length).toBe(before);
      // The connection keeps its pin: a later start refuses in the same words.
      const store = memoryStore();
      store.set(VERBINDING_KEY, { modus: 'server', adres: origin, vingerafdruk: fingerprint });
      const { c } = connection(store);
      c.open();
      await expect(c.dispatch({ name: 'setup.status', input: {} })).resolves.toMatchObject({
        error: { message: CERTIFICATE_CHANGED_MESSAGE },
      });
      c.close();
    } finally {
      await server.close();
      server = await startTestServer(counted, cert, { port });
    }
  });

  it('gets not one byte of the request, not even its headers', async () => {
    const otherCert = await testCertificate();
    const other = await recordingServer(otherCert);
    try {
      // The control: pinned to this server's own certificate, the request does arrive.
      const control = new ServerClient({
        origin: `https://127.0.0.1:${other.port}`,
        vingerafdruk: new X509Certificate(otherCert.cert).fingerprint256,
        idleTimeoutMs: 300,
      });
      await control.call({ name: 'setup.status', input: {} });
      control.close();
      expect(Buffer.concat(other.received).toString()).toContain('POST /api/call');
      other.received.length = 0;
      const connectionsBefore = other.connections();

      const pinned = new ServerClient({
        origin: `https://127.0.0.1:${other.port}`,
        vingerafdruk: fingerprint,
      });
      const r = await pinned.call({
        name: 'auth.login',
        input: { username: 'sll', password: 'geheim-wachtwoord' },
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      pinned.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(other.connections()).toBe(connectionsBefore + 1);
      expect(Buffer.concat(other.received).length).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('when the server is gone', () => {
  it('answers the offline failure, and works again once the server is back', async () => {
    const pinned = new ServerClient({ origin, vingerafdruk: fingerprint, connectTimeoutMs: 2000 });
    const port = server.port;
    await server.close();
    try {
      const r = await pinned.call({ name: 'setup.status', input: {} });
      expect(r).toEqual({ ok: false, error: { code: 'offline', message: OFFLINE_MESSAGE } });
    } finally {
      server = await startTestServer(counted, cert, { port });
    }
    expect((await pinned.call({ name: 'setup.status', input: {} })).ok).toBe(true);
    pinned.close();
  });
});
