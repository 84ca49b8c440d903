import https from 'node:https';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import {
  ERROR_CODES,
  type ApiFailure,
  type ApiResponse,
  type DocumentBytes,
} from '../contract/envelope';

// Issue 13 · the desktop as a client: the main process carries the renderer's envelope to the TLA
// server over HTTPS, trusting the server by the SHA-256 fingerprint the user compared and pinned at
// the first connection. No Electron here, so the integration test runs it against the real server.
//
// The pin is checked on every new TLS connection *before* the HTTP request gets the socket: the
// agent hands a socket to the request only after the handshake showed the pinned certificate, so
// with another certificate not one byte of the request (its headers, the session, the body) leaves
// this machine. Chain and name checks do not apply: a self-signed certificate has no chain, and
// the pin is stronger than both (it names exactly one certificate).

/** The connection is gone (refused, reset, timed out, no route): the renderer shows its banner. */
export const OFFLINE_MESSAGE =
  'De verbinding met de TLA-server is weg. Wat u schrijft blijft staan; we proberen het opnieuw.';

export const CERTIFICATE_CHANGED_MESSAGE =
  'De TLA-server laat een ander certificaat zien dan bij de eerste verbinding. Er is niets ' +
  'verstuurd. Misschien is dit niet de server van uw samenwerkingsverband: neem contact op met ' +
  'uw beheerder voordat u verder gaat.';

export const UNEXPECTED_MESSAGE =
  'Op dit adres antwoordt geen TLA-server zoals verwacht. Controleer het adres of neem contact op met uw beheerder.';

export const UNREACHABLE_MESSAGE =
  'De TLA-server op dit adres is niet bereikbaar. Controleer het adres en uw verbinding (bijvoorbeeld de VPN van het samenwerkingsverband).';

const failure = (code: ApiFailure['error']['code'], message: string): ApiFailure =>
  Object.freeze({ ok: false, error: Object.freeze({ code, message }) });

export const OFFLINE_FAILURE = failure('offline', OFFLINE_MESSAGE);
export const CERTIFICATE_FAILURE = failure('forbidden', CERTIFICATE_CHANGED_MESSAGE);
const UNEXPECTED_FAILURE = failure('internal', UNEXPECTED_MESSAGE);

/** The certificate the server showed is not the pinned one; nothing was sent. */
export class CertificateChangedError extends Error {
  override readonly name = 'CertificateChangedError';
  constructor(readonly shown: string) {
    super('certificate fingerprint differs from the pinned one');
  }
}

/** What the server answers on /api/call, checked before the renderer sees it. */
const apiResponseSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().max(2000),
      issues: z
        .array(z.object({ path: z.string().max(500), message: z.string().max(2000) }))
        .max(500)
        .optional(),
    }),
  }),
]);

export interface ServerClientOptions {
  /** `https://host:port`, as parsed by `serverAdresSchema`. */
  readonly origin: string;
  /** The pinned fingerprint, `AB:CD:…` (`vingerafdrukSchema`). */
  readonly vingerafdruk: string;
  /** A TCP connection and TLS handshake that take longer count as offline (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** No byte of the answer for this long counts as offline (default 5 min, the server's own limit). */
  readonly idleTimeoutMs?: number;
  /** The largest answer accepted (default 200 MB: a 100 MB document as base64 in JSON). */
  readonly maxResponseBytes?: number;
}

interface ConnectOptions {
  readonly host: string;
  readonly port: number;
  readonly servername?: string;
  readonly timeoutMs: number;
}

/** Opens a TLS connection without trusting anything yet and resolves once the handshake is done. */
function handshake(options: ConnectOptions): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: options.host,
      port: options.port,
      // No SNI for an IP address (RFC 6066 forbids it; Node warns).
      ...(options.servername !== undefined ? { servername: options.servername } : {}),
      // Trust comes from the pin, checked by the caller before anything is written.
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
      ALPNProtocols: ['http/1.1'],
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('connect timeout'), { code: 'ETIMEDOUT' }));
    }, options.timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.removeListener('error', onError);
      resolve(socket);
    });
    const onError = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    socket.once('error', onError);
  });
}

function fingerprintOf(socket: tls.TLSSocket): string {
  return socket.getPeerCertificate().fingerprint256 ?? '';
}

function hostOf(origin: string): { host: string; port: number; servername?: string } {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  return isIP(host) === 0 ? { host, port, servername: host } : { host, port };
}

/**
 * The first connection: the certificate's SHA-256 fingerprint, for the user to compare with what
 * the beheerder gave them. Only the TLS handshake happens; no HTTP request is sent.
 */
export async function readServerFingerprint(
  origin: string,
  timeoutMs = 10_000,
): Promise<{ ok: true; vingerafdruk: string } | ApiFailure> {
  let socket: tls.TLSSocket;
  try {
    socket = await handshake({ ...hostOf(origin), timeoutMs });
  } catch {
    return failure('offline', UNREACHABLE_MESSAGE);
  }
  const vingerafdruk = fingerprintOf(socket);
  socket.end();
  socket.destroy();
  return vingerafdruk === '' ? UNEXPECTED_FAILURE : { ok: true, vingerafdruk };
}

/** An https.Agent whose every new socket has shown the pinned certificate before it is used. */
class PinnedAgent extends https.Agent {
  constructor(
    private readonly pin: string,
    private readonly connectTimeoutMs: number,
    private readonly target: { host: string; port: number; servername?: string },
  ) {
    super({ keepAlive: true, maxSockets: 6, maxFreeSockets: 2, timeout: 60_000 });
  }

  override createConnection(
    _options: unknown,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | undefined {
    // Node's agent calls back with (error) alone on a failure; the socket argument is then unused.
    const fail = (error: Error): void => callback?.(error, undefined as unknown as Duplex);
    // Returning nothing makes the request wait for the callback: it gets no socket to write to
    // until the pin has been compared.
    handshake({ ...this.target, timeoutMs: this.connectTimeoutMs }).then(
      (socket) => {
        const shown = fingerprintOf(socket);
        if (shown !== this.pin) {
          socket.destroy();
          fail(new CertificateChangedError(shown));
          return;
        }
        callback?.(null, socket);
      },
      (error: unknown) => fail(error instanceof Error ? error : new Error('connect failed')),
    );
    return undefined;
  }
}

/** The body of an answer, at most `max` bytes; longer answers are refused. */
function readBody(response: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        response.destroy(new Error('answer too large'));
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve(Buffer.concat(chunks, size)));
    response.once('error', reject);
    response.once('aborted', () =>
      reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
    );
  });
}

type Outcome =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly type: string;
      readonly body: Buffer;
    }
  | { readonly kind: 'failure'; readonly failure: ApiFailure };

/** A client of one TLA server, pinned to one certificate. */
export class ServerClient {
  readonly origin: string;
  private readonly agent: PinnedAgent;
  private readonly idleTimeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly target: { host: string; port: number; servername?: string };

  constructor(options: ServerClientOptions) {
    this.origin = new URL(options.origin).origin;
    this.target = hostOf(this.origin);
    this.agent = new PinnedAgent(
      options.vingerafdruk,
      options.connectTimeoutMs ?? 10_000,
      this.target,
    );
    this.idleTimeoutMs = options.idleTimeoutMs ?? 5 * 60_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 200 * 1024 * 1024;
  }

  /** The renderer's envelope to `POST /api/call`; the server's answer, checked, or a failure. */
  async call(envelope: unknown): Promise<ApiResponse> {
    let body: string;
    try {
      body = JSON.stringify(envelope);
    } catch {
      return failure('invalid_input', 'Deze aanroep kan niet worden verstuurd.');
    }
    const outcome = await this.request('POST', '/api/call', {
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body,
    });
    if (outcome.kind === 'failure') return outcome.failure;
    return parseAnswer(outcome.body);
  }

  /**
   * A dossier document as bytes (`GET /api/document/:id`, the session in the Authorization
   * header): the same checks and audit row as `document.content`. Kept in memory only.
   */
  async readDocument(
    session: string | undefined,
    documentId: unknown,
  ): Promise<DocumentBytes | ApiFailure> {
    const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).safeParse(documentId);
    if (!id.success) return failure('invalid_input', 'Dit document bestaat niet.');
    const headers: Record<string, string> = { Accept: 'application/pdf' };
    if (session !== undefined) headers['Authorization'] = `Bearer ${session}`;
    const outcome = await this.request('GET', `/api/document/${id.data}`, { headers });
    if (outcome.kind === 'failure') return outcome.failure;
    if (outcome.status === 200 && outcome.type.startsWith('application/pdf')) {
      return {
        ok: true,
        bytes: new Uint8Array(outcome.body.buffer, outcome.body.byteOffset, outcome.body.length),
      };
    }
    const answer = parseAnswer(outcome.body);
    return answer.ok ? UNEXPECTED_FAILURE : answer;
  }

  /** Ends the kept-alive connections (switching servers, quitting). */
  close(): void {
    this.agent.destroy();
  }

  private request(
    method: 'GET' | 'POST',
    pathname: string,
    options: { headers: Record<string, string>; body?: string },
  ): Promise<Outcome> {
    return new Promise((resolve) => {
      let settled = false;
      const done = (outcome: Outcome): void => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      const request = https.request(
        {
          host: this.target.host,
          port: this.target.port,
          method,
          path: pathname,
          agent: this.agent,
          headers: {
            ...options.headers,
            ...(options.body === undefined
              ? {}
              : { 'Content-Length': Buffer.byteLength(options.body) }),
          },
        },
        (response) => {
          response.setTimeout(this.idleTimeoutMs, () =>
            response.destroy(Object.assign(new Error('idle'), { code: 'ETIMEDOUT' })),
          );
          readBody(response, this.maxResponseBytes).then(
            (body) =>
              done({
                kind: 'answer',
                status: response.statusCode ?? 0,
                type: String(response.headers['content-type'] ?? ''),
                body,
              }),
            (error: unknown) => done({ kind: 'failure', failure: failureOf(error) }),
          );
        },
      );
      request.setTimeout(this.idleTimeoutMs, () =>
        request.destroy(Object.assign(new Error('idle'), { code: 'ETIMEDOUT' })),
      );
      request.once('error', (error) => done({ kind: 'failure', failure: failureOf(error) }));
      request.end(options.body);
    });
  }
}

function parseAnswer(body: Buffer): ApiResponse {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return UNEXPECTED_FAILURE;
  }
  const parsed = apiResponseSchema.safeParse(json);
  return parsed.success ? (parsed.data as ApiResponse) : UNEXPECTED_FAILURE;
}

/** A transport error as the renderer's failure: the pin, or the network (never the error's text). */
function failureOf(error: unknown): ApiFailure {
  if (error instanceof CertificateChangedError) return CERTIFICATE_FAILURE;
  if (error instanceof Error && error.message === 'answer too large') return UNEXPECTED_FAILURE;
  return OFFLINE_FAILURE;
}
