import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTransport, type HttpTransport } from '../../electron/http/server';
import { CONTENT_SECURITY_POLICY } from '../../electron/transport/csp';
import { FOREIGN_ORIGIN_MESSAGE } from '../../electron/transport/origin';
import { startTestBackend, type TestBackend } from '../support/backend';
import { expectFailure } from '../support/tla-server';

// The loopback transport: 127.0.0.1 only, the per-run token, the Host check, the CSP on pages and
// no path outside the renderer folder.

let t: TestBackend;
let transport: HttpTransport;
let staticDir: string;

function request(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(transport.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: pathname,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = (body: unknown, token = transport.token, host?: string, origin?: string) =>
  request('/api/call', {
    method: 'POST',
    headers: {
      'X-TLA-Token': token,
      'Content-Type': 'application/json',
      ...(host ? { Host: host } : {}),
      ...(origin ? { Origin: origin } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  t = startTestBackend();
  staticDir = path.join(t.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>TLA</title>');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'geheim');
  transport = await startHttpTransport({ backend: t.backend, staticDir });
});

afterAll(async () => {
  await transport.close();
  t.close();
});

describe('loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(transport.url).hostname).toBe('127.0.0.1');
  });

  it('answers a call with the right token', async () => {
    const r = await call({ name: 'setup.status', input: {} });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, data: { needsSetup: true } });
  });

  it('refuses a call without or with a wrong token', async () => {
    expect((await call({ name: 'setup.status', input: {} }, 'verkeerd')).status).toBe(401);
    const r = await request('/api/call', { method: 'POST', body: '{}' });
    expect(r.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(
      (await call({ name: 'setup.status', input: {} }, transport.token, 'evil.example:80')).status,
    ).toBe(421);
  });

  it('refuses a call from a foreign Origin, even with the right token (issue 13)', async () => {
    const port = new URL(transport.url).port;
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1.evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${Number(port) + 1}`,
    ]) {
      const r = await call({ name: 'setup.status', input: {} }, transport.token, undefined, origin);
      expect(r.status, origin).toBe(403);
      expectFailure(r, 'forbidden', FOREIGN_ORIGIN_MESSAGE, origin);
    }
    // Its own origin (the served renderer) and no Origin at all still work.
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`, undefined]) {
      const r = await call({ name: 'setup.status', input: {} }, transport.token, undefined, origin);
      expect(r.status, origin).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ ok: true, data: { needsSetup: true } });
    }
  });

  it('answers malformed JSON with a Dutch message', async () => {
    const r = await request('/api/call', {
      method: 'POST',
      headers: { 'X-TLA-Token': transport.token },
      body: '{niet json',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toBe('Ongeldig verzoek.');
  });

  it('serves the renderer with the strict CSP', async () => {
    const r = await request('/');
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..\\secret.txt',
    ]) {
      const r = await request(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('geheim');
    }
  });

  it('refuses other methods', async () => {
    expect((await request('/index.html', { method: 'DELETE' })).status).toBe(405);
    expect((await request('/api/call', { method: 'GET' })).status).toBe(405);
  });
});
