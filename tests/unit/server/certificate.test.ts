import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadCertificate,
  makeSelfSigned,
  selfSignedCertificate,
} from '../../../electron/server/certificate';
import { ServerConfigError } from '../../../electron/server/config';

// The server's certificate (issue 13): the SWV's own, checked against its key; or a self-signed one
// kept in the data folder and used again.

let dir: string;
let a: { cert: string; key: string };
let b: { cert: string; key: string };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-cert-'));
  [a, b] = await Promise.all([
    makeSelfSigned(['tla.swv.example', '192.0.2.10']),
    makeSelfSigned(['localhost']),
  ]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string, mode = 0o600): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content, { mode });
  fs.chmodSync(file, mode);
  return file;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ServerConfigError) return error.lines.join(' ');
    throw error;
  }
  throw new Error('expected a ServerConfigError');
}

describe('the certificate', () => {
  it('makes a self-signed ECDSA P-256 certificate for the names, for servers only, for 10 years', () => {
    const cert = new X509Certificate(a.cert);
    expect(cert.subjectAltName).toBe('DNS:tla.swv.example, IP Address:192.0.2.10');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    const years = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / (365.25 * 86_400_000);
    expect(Math.round(years)).toBe(10);
  });

  it("loads the SWV's own certificate with its key and gives its names and fingerprint", () => {
    const own = loadCertificate(write('own.crt', a.cert, 0o644), write('own.key', a.key, 0o640));
    expect(own.fingerprint).toBe(new X509Certificate(a.cert).fingerprint256);
    expect(own.names).toEqual(['tla.swv.example', '192.0.2.10']);
    expect(own.created).toBe(false);
  });

  it('refuses a key of another certificate, a key everyone may read, and no PEM', () => {
    expect(
      refusal(() => loadCertificate(write('a.crt', a.cert, 0o644), write('b.key', b.key))),
    ).toContain('horen niet bij elkaar');
    expect(
      refusal(() =>
        loadCertificate(write('a2.crt', a.cert, 0o644), write('open.key', a.key, 0o644)),
      ),
    ).toContain('leesbaar voor iedereen (rechten 0644)');
    expect(
      refusal(() => loadCertificate(write('leeg.crt', 'geen pem', 0o644), write('a.key', a.key))),
    ).toContain('is geen certificaat in PEM-vorm');
  });

  it('makes a self-signed certificate once, key 0600, and uses it again', async () => {
    const data = path.join(dir, 'data');
    const first = await selfSignedCertificate(data, ['localhost', '127.0.0.1']);
    expect(first.created).toBe(true);
    expect(fs.statSync(path.join(data, 'tls', 'server.key')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.join(data, 'tls')).sort()).toEqual(['server.crt', 'server.key']);
    const again = await selfSignedCertificate(data, ['andere-naam']);
    expect(again.created).toBe(false);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.names).toEqual(['localhost', '127.0.0.1']);
    // A key someone loosened is refused rather than used.
    fs.chmodSync(path.join(data, 'tls', 'server.key'), 0o640);
    await expect(selfSignedCertificate(data, [])).rejects.toThrow(ServerConfigError);
  });
});
