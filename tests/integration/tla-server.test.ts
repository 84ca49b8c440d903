import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/contract/envelope';
import type { TlaServer, TlaServerOptions } from '../../electron/server/app';
import { CONTENT_SECURITY_POLICY } from '../../electron/transport/csp';
import { EERSTE_BEHEERDER, startTestBackend, type TestBackend } from '../support/backend';
import { FOREIGN_ORIGIN_MESSAGE } from '../../electron/transport/origin';
import {
  expectFailure,
  httpsRequest,
  startTestServer,
  testCertificate,
  type RequestOptions,
  type TestCertificate,
} from '../support/tla-server';

// The TLA server (issue 13) over real TLS on 127.0.0.1, with a certificate made for the test and a
// fresh data folder: TLS 1.2+, sessions checked by the backend, a foreign Origin refused, 413, 429,
// security headers, and no stack, path or SQL in any answer.

let t: TestBackend;
let cert: TestCertificate;
let server: TlaServer;
let rendererDir: string;

const BODY_LIMIT = 256 * 1024;

const request = (s: TlaServer, pathname: string, opts: RequestOptions = {}) =>
  httpsRequest(s.port, cert, pathname, opts);

const post = (
  s: TlaServer,
  envelope: unknown,
  headers: Record<string, string> = {},
  localAddress?: string,
) =>
  request(s, '/api/call', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(envelope),
    ...(localAddress ? { localAddress } : {}),
  });

const start = (backend: Backend, extra: Partial<TlaServerOptions> = {}) =>
  startTestServer(backend, cert, { bodyLimitBytes: BODY_LIMIT, ...extra });

beforeAll(async () => {
  t = startTestBackend();
  cert = await testCertificate();
  rendererDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>TLA</title>');
  fs.writeFileSync(path.join(t.dir, 'geheim.txt'), 'geheim');
  server = await start(t.backend, { rendererDir });
});

afterAll(async () => {
  await server.close();
  t.close();
});

/** Connects with exactly one TLS version; the protocol agreed on, or the error's code. */
function handshake(
  port: number,
  version: tls.SecureVersion,
  ca: string,
): Promise<{ ok: true; protocol: string | null } | { ok: false; code: string }> {
  return new Promise((resolve) => {
    const socket = tls.connect(
      {
        host: '127.0.0.1',
        port,
        ca,
        minVersion: version,
        maxVersion: version,
        // OpenSSL 3 offers TLS 1.1 only at security level 0: the client really asks for it.
        ciphers: 'DEFAULT@SECLEVEL=0',
      },
      () => {
        const protocol = socket.getProtocol();
        socket.destroy();
        resolve({ ok: true, protocol });
      },
    );
    socket.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ ok: false, code: e.code ?? 'unknown' }),
    );
  });
}

describe('the TLA server over TLS', () => {
  it('refuses TLS 1.1 and accepts TLS 1.2 and 1.3', async () => {
    // The control: the same client does reach a server that allows TLS 1.1.
    const old = tls.createServer(
      { ...cert, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
      (s) => s.end(),
    );
    await new Promise<void>((r) => old.listen(0, '127.0.0.1', r));
    const oldPort = (old.address() as { port: number }).port;
    expect(await handshake(oldPort, 'TLSv1.1', cert.cert)).toEqual({
      ok: true,
      protocol: 'TLSv1.1',
    });
    await new Promise<void>((r) => old.close(() => r()));

    expect(await handshake(server.port, 'TLSv1.1', cert.cert)).toEqual({
      ok: false,
      code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    });
    expect(await handshake(server.port, 'TLSv1.2', cert.cert)).toEqual({
      ok: true,
      protocol: 'TLSv1.2',
    });
    expect(await handshake(server.port, 'TLSv1.3', cert.cert)).toEqual({
      ok: true,
      protocol: 'TLSv1.3',
    });
  });

  it('speaks no plain HTTP', async () => {
    const answer = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      const s = net.connect(server.port, '127.0.0.1', () =>
        s.write('POST /api/call HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}'),
      );
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('error', () => undefined);
      s.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    });
    expect(answer).not.toMatch(/HTTP\/1\.1/);
    expect(answer).not.toContain('needsSetup');
  });

  it('answers a public procedure without a session, and refuses an authenticated one', async () => {
    const status = await post(server, { name: 'setup.status', input: {} });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toEqual({ ok: true, data: { needsSetup: true } });

    const me = await post(server, { name: 'auth.me', input: {} });
    expectFailure(me, 'unauthenticated', 'U bent niet (meer) ingelogd. Log opnieuw in.');
    const wrong = await post(server, { name: 'auth.me', input: {}, session: 'verzonnen' });
    expect(JSON.parse(wrong.body).error.code).toBe('unauthenticated');
    // The loopback transport's token means nothing here.
    const token = await post(server, { name: 'auth.me', input: {} }, { 'X-TLA-Token': 'x' });
    expect(JSON.parse(token.body).error.code).toBe('unauthenticated');
  });

  it('works after a login with the session the server issued', async () => {
    // From this machine the first beheerder may be made (the network policy allows loopback).
    const setup = await post(server, { name: 'setup.createBeheerder', input: EERSTE_BEHEERDER });
    expect(JSON.parse(setup.body)).toEqual({ ok: true, data: { ok: true } });
    const login = await post(server, {
      name: 'auth.login',
      input: { username: EERSTE_BEHEERDER.username, password: EERSTE_BEHEERDER.password },
    });
    const session = (JSON.parse(login.body) as { data: { session: string } }).data.session;
    expect(session).toMatch(/^[\w-]{20,}$/);
    const me = JSON.parse((await post(server, { name: 'auth.me', input: {}, session })).body);
    expect(me.ok).toBe(true);
    expect(me.data.username).toBe(EERSTE_BEHEERDER.username);
    // After logging out the same session is refused.
    await post(server, { name: 'auth.logout', input: {}, session });
    const after = JSON.parse((await post(server, { name: 'auth.me', input: {}, session })).body);
    expect(after.error.code).toBe('unauthenticated');
  });

  it('refuses a foreign Origin and takes its own or none', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${server.port}`,
      `https://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1.evil.example:${server.port}`,
    ]) {
      const r = await post(server, { name: 'setup.status', input: {} }, { Origin: origin });
      expect(r.status, origin).toBe(403);
      expectFailure(r, 'forbidden', FOREIGN_ORIGIN_MESSAGE, origin);
    }
    for (const origin of [`https://127.0.0.1:${server.port}`, `https://localhost:${server.port}`]) {
      const r = await post(server, { name: 'setup.status', input: {} }, { Origin: origin });
      expect(r.status, origin).toBe(200);
    }
  });

  it('answers an oversized body with 413 and a Dutch failure', async () => {
    const big = JSON.stringify({ name: 'setup.status', input: { x: 'a'.repeat(BODY_LIMIT) } });
    const r = await request(server, '/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(r.status).toBe(413);
    expectFailure(
      r,
      'invalid_input',
      'Het verzoek is te groot. Een document mag ten hoogste 100 MB zijn.',
    );
  });

  it('answers bad requests in Dutch, without a stack, a path or a parser message', async () => {
    const cases: Array<[string, RequestOptions, number]> = [
      [
        '/api/call',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{niet json' },
        400,
      ],
      ['/api/call', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }, 415],
      ['/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json' } }, 400],
      ['/api/call', { method: 'GET' }, 404],
      ['/bestaat/niet', { method: 'DELETE' }, 404],
    ];
    for (const [p, opts, status] of cases) {
      const r = await request(server, p, opts);
      expect(r.status, `${opts?.method} ${p}`).toBe(status);
      const body = JSON.parse(r.body) as { ok: boolean; error: { message: string } };
      expect(body.ok).toBe(false);
      expect(r.body).not.toMatch(/ at |\/work\/|node_modules|SyntaxError|Unexpected|FST_|JSON at/);
    }
  });

  it('hides what a failing backend throws: a generic Dutch message, code internal', async () => {
    const throwing: Backend = {
      dispatch: () =>
        Promise.reject(
          new Error(`SQLITE_ERROR: no such table SELECT * FROM leerlingen at ${t.dbPath}`),
        ),
      whenIdle: async () => undefined,
      close: () => undefined,
    };
    const logged: string[] = [];
    const s = await start(throwing, {
      logger: { error: (e, f) => logged.push(e, JSON.stringify(f)) },
    });
    try {
      const r = await post(s, { name: 'setup.status', input: {} });
      expect(r.status).toBe(500);
      expectFailure(
        r,
        'internal',
        'Er ging iets mis. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de functioneel beheerder.',
      );
      expect(r.body).not.toMatch(/SQLITE|SELECT|leerlingen|tla\.sqlite|\/tmp\//);
      // The log names the error's class, never its message.
      expect(logged.join(' ')).not.toMatch(/SELECT|leerlingen|tla\.sqlite/);
    } finally {
      await s.close();
    }
  });

  it('sends the security headers and no version headers', async () => {
    for (const r of [
      await post(server, { name: 'setup.status', input: {} }),
      await request(server, '/'),
      await post(server, { name: 'setup.status', input: {} }, { Origin: 'https://evil.example' }),
    ]) {
      expect(r.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['x-powered-by']).toBeUndefined();
      expect(r.headers['server']).toBeUndefined();
    }
  });

  it('serves the renderer when asked, nothing outside its folder, and nothing when not', async () => {
    const page = await request(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>TLA</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const p of ['/../geheim.txt', '/%2e%2e/geheim.txt', '/..%2fgeheim.txt']) {
      const r = await request(server, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('geheim');
    }
    const bare = await start(t.backend);
    try {
      expect((await request(bare, '/')).status).toBe(404);
      expect((await request(bare, '/index.html')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it('limits the requests per client address: 429 in Dutch after N', async () => {
    const limited = await start(t.backend, { rateLimit: { max: 5, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 5; i += 1) {
        const r = await post(limited, { name: 'setup.status', input: {} });
        expect(r.status, `call ${i + 1}`).toBe(200);
      }
      const sixth = await post(limited, { name: 'setup.status', input: {} });
      expect(sixth.status).toBe(429);
      expectFailure(
        sixth,
        'forbidden',
        'Te veel verzoeken vanaf dit adres. Wacht een minuut en probeer het dan opnieuw.',
      );
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      // Another address has its own count (127.0.0.2 is this machine too).
      const other = await post(limited, { name: 'setup.status', input: {} }, {}, '127.0.0.2');
      expect(other.status).toBe(200);
      // A body far over the limit from the limited address is refused before it is read.
      const big = await request(limited, '/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.alloc(BODY_LIMIT * 2, 32),
      });
      expect(big.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
