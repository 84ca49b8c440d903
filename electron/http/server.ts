import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../contract/envelope';
import { APP_ORIGIN } from '../transport/app-origin';
import { contentTypeFor, resolveAppRequest } from '../transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';
import { FOREIGN_ORIGIN_MESSAGE } from '../transport/origin';

// The loopback HTTP transport (architecture decision 2): the same procedure table as the IPC
// transport, for e2e tests in Chromium and `npm run web`. It binds 127.0.0.1 only, accepts API calls
// only with the random per-run token, checks the Host header against DNS rebinding, and serves the
// built renderer with the same CSP as the app:// protocol. It refuses a foreign Origin (issue 13).
// It knows nothing of procedures.

export interface HttpTransport {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export interface HttpOptions {
  readonly backend: Backend;
  readonly staticDir: string;
  readonly port?: number;
  readonly token?: string;
}

/** Base64 of a 100 MB PDF plus the JSON around it. */
const MAX_BODY_BYTES = 140 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  o: HttpOptions,
  token: string,
) {
  if (!sameToken(req.headers['x-tla-token'] as string | undefined, token)) {
    send(
      res,
      401,
      JSON.stringify({
        ok: false,
        error: { code: 'unauthenticated', message: 'Ongeldige toegangssleutel.' },
      }),
      'application/json',
    );
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    send(
      res,
      413,
      JSON.stringify({
        ok: false,
        error: { code: 'invalid_input', message: 'Het verzoek is te groot.' },
      }),
      'application/json',
    );
    return;
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    send(
      res,
      400,
      JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Ongeldig verzoek.' } }),
      'application/json',
    );
    return;
  }
  send(
    res,
    200,
    JSON.stringify(await o.backend.dispatch(envelope)),
    'application/json; charset=utf-8',
  );
}

function handleStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  staticDir: string,
): void {
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = resolveAppRequest(staticDir, `${APP_ORIGIN}${pathname}`);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, fs.readFileSync(file), contentTypeFor(file));
}

export function startHttpTransport(o: HttpOptions): Promise<HttpTransport> {
  const token = o.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, 'Onbekende host', 'text/plain; charset=utf-8');
      return;
    }
    // A page of another site may not call the backend in the user's browser, token or not (issue
    // 13): only its own origin, or none (a program that is no browser).
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      send(
        res,
        403,
        JSON.stringify({
          ok: false,
          error: {
            code: 'forbidden',
            message: FOREIGN_ORIGIN_MESSAGE,
          },
        }),
        'application/json; charset=utf-8',
      );
      return;
    }
    const isApi = req.url === '/api/call';
    if (isApi && req.method === 'POST') {
      handleApi(req, res, o, token).catch(() => send(res, 500, '{}', 'application/json'));
    } else if (!isApi && (req.method === 'GET' || req.method === 'HEAD')) {
      handleStatic(req, res, o.staticDir);
    } else {
      send(res, 405, 'Niet toegestaan', 'text/plain; charset=utf-8');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        token,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
