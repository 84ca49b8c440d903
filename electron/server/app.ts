import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { ApiFailure, Backend, ErrorCode, Herkomst } from '../contract/envelope';
import { stderrLogger, type Logger } from '../core/logger';
import { APP_ORIGIN } from '../transport/app-origin';
import { contentTypeFor, resolveAppRequest } from '../transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';
import { FOREIGN_ORIGIN_MESSAGE } from '../transport/origin';
import { isLoopback, ownOrigins } from './network';
import { networkRefusal, procedureName } from './policy';

// The network-facing TLA server (issue 13, parts 1 and 5): the same procedure table as the IPC and
// loopback transports, over HTTPS only (TLS 1.2 at least), on Fastify. The network is hostile:
// a foreign Origin is refused, bodies are limited (413), every address is rate limited (429),
// security headers go with every answer, and no answer carries a stack trace, a path or SQL. Every
// procedure but the public ones needs a session, which the backend checks; there is no per-run
// token here. The built renderer is served only when asked for (tests, the e2e, a browser).

export interface TlaServerOptions {
  readonly backend: Backend;
  readonly certificate: { readonly cert: string; readonly key: string };
  /** The names (DNS or IP) the certificate is for: with the port, the server's own origins. */
  readonly certificateNames: readonly string[];
  readonly host: string;
  /** 0: a free port (tests). */
  readonly port: number;
  /** More origins a browser may call from (e.g. the name behind a reverse proxy). */
  readonly origins?: readonly string[];
  /** The built renderer to serve; undefined: only /api/call. */
  readonly rendererDir?: string | undefined;
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  readonly bodyLimitBytes: number;
  /** Allow the first start's procedures from other machines (default: only from this machine). */
  readonly setupFromNetwork?: boolean;
  /** True while the backend is in the recovery mode (electron/api/start.ts). */
  readonly inRecoveryMode?: () => boolean;
  readonly logger?: Logger;
}

export interface TlaServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const GENERIC =
  'Er ging iets mis. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de functioneel beheerder.';

/** The HTTP status of a failure on the binary path (the JSON path answers 200 with the envelope). */
const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  domain: 422,
  internal: 500,
  disk_full: 507,
  // The server itself never answers it (the desktop's client does, for a lost connection).
  offline: 503,
};

const failure = (code: ErrorCode, message: string): ApiFailure => ({
  ok: false,
  error: { code, message },
});

/** What an error of the HTTP layer answers: its status and a Dutch message, nothing of the error. */
function answerFor(error: FastifyError): { status: number; body: ApiFailure } {
  const status = error.statusCode ?? 500;
  if (status === 413)
    return {
      status,
      body: failure(
        'invalid_input',
        'Het verzoek is te groot. Een document mag ten hoogste 100 MB zijn.',
      ),
    };
  if (status === 415)
    return {
      status,
      body: failure('invalid_input', 'Stuur het verzoek als JSON (application/json).'),
    };
  if (status === 429)
    return {
      status,
      body: failure(
        'forbidden',
        'Te veel verzoeken vanaf dit adres. Wacht een minuut en probeer het dan opnieuw.',
      ),
    };
  if (status === 404) return { status, body: failure('not_found', 'Niet gevonden.') };
  if (status >= 400 && status < 500)
    return { status, body: failure('invalid_input', 'Ongeldig verzoek.') };
  return { status: 500, body: failure('internal', GENERIC) };
}

function sendFile(reply: FastifyReply, rendererDir: string, url: string): FastifyReply {
  const pathname = new URL(url, 'https://tla.invalid').pathname;
  const file = resolveAppRequest(rendererDir, `${APP_ORIGIN}${pathname}`);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    reply.callNotFound();
    return reply;
  }
  return reply.code(200).type(contentTypeFor(file)).send(fs.readFileSync(file));
}

export async function startTlaServer(o: TlaServerOptions): Promise<TlaServer> {
  const logger = o.logger ?? stderrLogger;
  let allowedOrigins = new Set<string>();
  const app: FastifyInstance = Fastify({
    https: { key: o.certificate.key, cert: o.certificate.cert, minVersion: 'TLSv1.2' },
    logger: false,
    bodyLimit: o.bodyLimitBytes,
    trustProxy: false,
    // A stop lets the requests in progress finish and closes the idle keep-alive connections.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // A slow sender cannot hold a connection for ever (a 100 MB document on a slow line fits).
    requestTimeout: 300_000,
    connectionTimeout: 120_000,
    clientErrorHandler: (_error, socket) => {
      if (socket.writable)
        socket.end(
          'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n\r\n' +
            JSON.stringify(failure('invalid_input', 'Ongeldig verzoek.')),
        );
      else socket.destroy();
    },
    frameworkErrors: (_error, _request, reply) => {
      void (reply as unknown as FastifyReply)
        .code(400)
        .send(failure('invalid_input', 'Ongeldig verzoek.'));
    },
  });
  // Only JSON: no text/plain body (what an HTML form or a "simple" cross-site request sends).
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyHelmet, {
    // The CSP is the app's own (electron/transport/csp.ts), set as is below.
    contentSecurityPolicy: false,
    hsts: { maxAge: 31_536_000, includeSubDomains: false },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: o.rateLimit.max,
    timeWindow: o.rateLimit.windowMs,
    // The TCP peer (no proxy is trusted): one counter per client address.
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('rate limited'), { statusCode: context.statusCode }),
  });

  app.addHook('onRequest', async (request, reply) => {
    // A page of another site may not call the server in a user's browser; the desktop client's
    // main process sends no Origin, the served renderer its own.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return reply.code(403).send(failure('forbidden', FOREIGN_ORIGIN_MESSAGE));
    }
    return undefined;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('Cache-Control', 'no-store');
    reply.removeHeader('X-Powered-By');
    reply.removeHeader('Server');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = answerFor(error);
    if (status === 500)
      logger.error('server.request_failed', {
        error: error instanceof Error ? error.name : 'unknown',
        route: request.routeOptions.url ?? 'unknown',
      });
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (_request, reply) =>
    reply.code(404).send(failure('not_found', 'Niet gevonden.')),
  );

  app.post('/api/call', async (request) => {
    const herkomst: Herkomst = { adres: request.ip, opAfstand: !isLoopback(request.ip) };
    const refusal = networkRefusal(procedureName(request.body), herkomst, {
      setupFromNetwork: o.setupFromNetwork === true,
      inRecoveryMode: o.inRecoveryMode?.() === true,
    });
    if (refusal !== null) return refusal;
    return o.backend.dispatch(request.body, herkomst);
  });

  // A dossier document as bytes (issue 13: not base64 in JSON). The session goes in the
  // Authorization header, never in the URL (which proxies and histories keep).
  app.get<{ Params: { documentId: string } }>(
    '/api/document/:documentId',
    async (request, reply) => {
      const herkomst: Herkomst = { adres: request.ip, opAfstand: !isLoopback(request.ip) };
      if (herkomst.opAfstand && o.inRecoveryMode?.() === true)
        return reply.code(503).send(failure('internal', 'De TLA-server staat in de herstelmodus.'));
      if (o.backend.readDocument === undefined) return reply.callNotFound();
      const bearer = /^Bearer ([\w-]{1,200})$/.exec(request.headers.authorization ?? '')?.[1];
      const id = request.params.documentId;
      const answer = await o.backend.readDocument(
        bearer,
        /^\d{1,15}$/.test(id) ? Number(id) : id,
        herkomst,
      );
      if (!answer.ok) return reply.code(STATUS_OF[answer.error.code]).send(answer);
      return reply
        .code(200)
        .type('application/pdf')
        .header('Content-Disposition', 'attachment')
        .send(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
    },
  );

  const rendererDir = o.rendererDir;
  if (rendererDir !== undefined) {
    app.get('/', (request, reply) => sendFile(reply, rendererDir, request.url));
    app.get('/*', (request, reply) => sendFile(reply, rendererDir, request.url));
  }

  await app.listen({ host: o.host, port: o.port });
  const port = (app.server.address() as AddressInfo).port;
  allowedOrigins = new Set([...ownOrigins(o.certificateNames, port), ...(o.origins ?? [])]);
  const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `https://${shownHost}:${port}/`,
    port,
    close: () => app.close(),
  };
}
