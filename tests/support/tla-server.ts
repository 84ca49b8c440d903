import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import { expect } from 'vitest';
import type { ErrorCode } from '../../electron/contract/envelope';
import type { Backend } from '../../electron/contract/envelope';
import { startTlaServer, type TlaServerOptions } from '../../electron/server/app';
import { certificateNames, makeSelfSigned } from '../../electron/server/certificate';

// The TLA server (issue 13) for tests: a certificate made for the test, and HTTPS requests that
// trust only that certificate (a real TLS check, no `rejectUnauthorized: false`).

export interface TestCertificate {
  readonly cert: string;
  readonly key: string;
  readonly names: string[];
}

export async function testCertificate(): Promise<TestCertificate> {
  const made = await makeSelfSigned(['localhost', '127.0.0.1']);
  return { ...made, names: certificateNames(new X509Certificate(made.cert)) };
}

export function startTestServer(
  backend: Backend,
  cert: TestCertificate,
  extra: Partial<TlaServerOptions> = {},
) {
  return startTlaServer({
    backend,
    certificate: cert,
    certificateNames: cert.names,
    host: '127.0.0.1',
    port: 0,
    rateLimit: { max: 10_000, windowMs: 60_000 },
    bodyLimitBytes: 256 * 1024,
    logger: { error: () => undefined },
    ...extra,
  });
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly bytes: Buffer;
  readonly body: string;
}

export interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  readonly localAddress?: string;
}

export function httpsRequest(
  port: number,
  cert: TestCertificate,
  pathname: string,
  opts: RequestOptions = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        ca: cert.cert,
        agent: false,
        ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bytes,
            body: bytes.toString(),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The answer is the envelope's failure with exactly this code and Dutch message. */
export function expectFailure(
  answer: { readonly body: string },
  code: ErrorCode,
  message: string,
  label?: string,
): void {
  expect(JSON.parse(answer.body), label).toEqual({ ok: false, error: { code, message } });
}
