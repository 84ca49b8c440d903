import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createPrivateKey, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ServerConfigError } from './config';

// The server's TLS certificate (issue 13): the SWV's own (a certificate and its private key in PEM),
// or a self-signed one made at the first start and kept in the data folder (tls/, the private key
// mode 0600) and used again at every later start, so its fingerprint stays what the desktops pinned.
// The SHA-256 fingerprint is printed in the colon-separated hex form Node's TLS socket reports as
// `fingerprint256`: the form a client compares when it pins the certificate.
// @peculiar/x509 builds the certificate on Node's WebCrypto; it needs a Reflect polyfill
// (reflect-metadata), which it documents.

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export interface ServerCertificate {
  readonly cert: string;
  readonly key: string;
  /** SHA-256 of the certificate (DER), as `AB:CD:…` (upper-case hex pairs). */
  readonly fingerprint: string;
  /** The DNS names and IP addresses the certificate is for (its subjectAltName). */
  readonly names: readonly string[];
  /** True when the certificate was made at this start. */
  readonly created: boolean;
}

export const TLS_FOLDER = 'tls';
const CERT_FILE = 'server.crt';
const KEY_FILE = 'server.key';
/** A pinned certificate is trusted by its fingerprint, not its dates; a new one means re-pinning. */
const VALID_YEARS = 10;

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** The names a self-signed certificate is made for: this machine and the configured names. */
export function selfSignedNames(extra: readonly string[]): string[] {
  return [...new Set(['localhost', '127.0.0.1', '::1', os.hostname().toLowerCase(), ...extra])];
}

/** The certificate's subjectAltName entries (DNS and IP) as plain names. */
export function certificateNames(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '')
    .split(', ')
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry)?.[1]?.trim().toLowerCase())
    .filter((n): n is string => n !== undefined && n !== '');
}

function check(certPem: string, keyPem: string, created: boolean): ServerCertificate {
  const cert = new X509Certificate(certPem);
  if (!cert.checkPrivateKey(createPrivateKey(keyPem)))
    throw new ServerConfigError([
      'Het certificaat en de privésleutel horen niet bij elkaar. Geef de privésleutel van dit certificaat op.',
    ]);
  return {
    cert: certPem,
    key: keyPem,
    fingerprint: cert.fingerprint256,
    names: certificateNames(cert),
    created,
  };
}

function readPem(file: string, what: string, privateKey: boolean): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ServerConfigError([`${what} ${file} bestaat niet of kan niet worden gelezen.`]);
  }
  // A private key may be readable for a group (Debian's ssl-cert), never for everybody.
  if (privateKey && process.platform !== 'win32' && (stat.mode & 0o007) !== 0)
    throw new ServerConfigError([
      `${what} ${file} is leesbaar voor iedereen (rechten ${(stat.mode & 0o777).toString(8).padStart(4, '0')}). Maak het alleen voor de eigenaar leesbaar: chmod 600 ${file}`,
    ]);
  const pem = fs.readFileSync(file, 'utf8');
  const kind = privateKey ? /-----BEGIN [A-Z ]*PRIVATE KEY-----/ : /-----BEGIN CERTIFICATE-----/;
  if (!kind.test(pem))
    throw new ServerConfigError([
      `${what} ${file} is geen ${privateKey ? 'privésleutel' : 'certificaat'} in PEM-vorm.`,
    ]);
  return pem;
}

/** The SWV's own certificate and key, checked to belong together. */
export function loadCertificate(certFile: string, keyFile: string): ServerCertificate {
  const cert = readPem(certFile, 'Het certificaat', false);
  const key = readPem(keyFile, 'De privésleutel', true);
  try {
    return check(cert, key, false);
  } catch (error) {
    if (error instanceof ServerConfigError) throw error;
    throw new ServerConfigError([
      'Het certificaat of de privésleutel kan niet worden gelezen (geen geldige PEM, of een sleutel met wachtwoord).',
    ]);
  }
}

/** A new self-signed certificate (ECDSA P-256, SHA-256) for `names`, as PEM. */
export async function makeSelfSigned(
  names: readonly string[],
  now: Date = new Date(),
): Promise<{ cert: string; key: string }> {
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // RFC 5280: a positive serial number
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: 'CN=TLA-server, O=TLA',
    notBefore: new Date(now.getTime() - 60_000),
    notAfter,
    signingAlgorithm: ALGORITHM,
    keys: keys as unknown as CryptoKeyPair,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        names.map((n) => ({ type: isIP(n) ? 'ip' : 'dns', value: n }) as const),
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey as unknown as CryptoKey),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  return {
    cert: cert.toString('pem'),
    key: key.export({ format: 'pem', type: 'pkcs8' }) as string,
  };
}

function writeDurably(file: string, content: string, mode: number): void {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/**
 * The self-signed certificate in `dataDir/tls`: the one made before, or a new one when there is
 * none yet (the key is written first, so a certificate on disk always has its key beside it).
 */
export async function selfSignedCertificate(
  dataDir: string,
  names: readonly string[],
): Promise<ServerCertificate> {
  const dir = path.join(dataDir, TLS_FOLDER);
  const certFile = path.join(dir, CERT_FILE);
  const keyFile = path.join(dir, KEY_FILE);
  if (fs.existsSync(certFile)) {
    const cert = readPem(certFile, 'Het certificaat', false);
    const key = readPem(keyFile, 'De privésleutel', true);
    if (process.platform !== 'win32' && (fs.statSync(keyFile).mode & 0o077) !== 0)
      throw new ServerConfigError([
        `De privésleutel ${keyFile} is toegankelijk voor anderen dan de eigenaar. Maak het alleen voor de eigenaar leesbaar: chmod 600 ${keyFile}`,
      ]);
    return check(cert, key, false);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const made = await makeSelfSigned(names);
  writeDurably(keyFile, made.key, 0o600);
  writeDurably(certFile, made.cert, 0o644);
  return check(made.cert, made.key, true);
}
