import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run server` as an operator starts it (issue 13): the real entry point in its own process,
// with a fresh data folder and a key file. The fingerprint it prints is the certificate it serves;
// the self-signed certificate is made once and used again; a key file others may read is refused.

let root: string;
let dataDir: string;
let keyFile: string;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Started {
  readonly url: URL;
  readonly fingerprint: string;
  readonly stdout: string;
  stop(): Promise<Run>;
}

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('TLA_')) env[k] = v;
  return { ...env, TLA_SERVER_PORT: '0', ...extra };
}

/** Starts the server; resolves once it printed its fingerprint, or with how it ended. */
function startServer(extra: Record<string, string>): Promise<Started | Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/main.ts'], {
    env: serverEnv(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const ended = new Promise<Run>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const url = /luistert op (https:\/\/\S+)/.exec(stdout)?.[1];
      const fingerprint = /SHA-256-vingerafdruk: ([0-9A-F:]+)/.exec(stdout)?.[1];
      if (url && fingerprint)
        resolve({
          url: new URL(url),
          fingerprint,
          stdout,
          stop: () => {
            child.kill('SIGTERM');
            return ended;
          },
        });
    });
    void ended.then(resolve);
  });
}

/** The SHA-256 fingerprint of the certificate the server presents. */
function servedFingerprint(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    // Not verified by a CA on purpose: this is how a client that pins reads the certificate.
    const socket = tls.connect(
      { host: url.hostname, port: Number(url.port), rejectUnauthorized: false },
      () => {
        const fp = socket.getPeerCertificate().fingerprint256;
        socket.destroy();
        resolve(fp);
      },
    );
    socket.on('error', reject);
  });
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-server-'));
  dataDir = path.join(root, 'data');
  keyFile = path.join(root, 'sleutel', 'hoofdsleutel');
  fs.mkdirSync(path.dirname(keyFile), { mode: 0o700 });
  fs.writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run server', () => {
  it('prints the fingerprint of the certificate it serves, and keeps it for the next start', async () => {
    const first = await startServer({ TLA_DATA_DIR: dataDir, TLA_MASTER_KEY_FILE: keyFile });
    if (!('url' in first)) throw new Error(`server did not start: ${first.stderr}`);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await servedFingerprint(first.url)).toBe(first.fingerprint);
    expect(first.stdout).toContain('zelfondertekend, nu gemaakt');
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);

    // The private key is for the server's user only; the certificate was kept.
    const keyStat = fs.statSync(path.join(dataDir, 'tls', 'server.key'));
    expect(keyStat.mode & 0o777).toBe(0o600);

    const second = await startServer({ TLA_DATA_DIR: dataDir, TLA_MASTER_KEY_FILE: keyFile });
    if (!('url' in second)) throw new Error(`server did not start again: ${second.stderr}`);
    try {
      expect(second.fingerprint).toBe(first.fingerprint);
      expect(await servedFingerprint(second.url)).toBe(first.fingerprint);
      expect(second.stdout).not.toContain('nu gemaakt');
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('refuses a key file that others may read, and starts nothing', async () => {
    const loose = path.join(root, 'los-sleutelbestand');
    fs.writeFileSync(loose, randomBytes(32), { mode: 0o644 });
    fs.chmodSync(loose, 0o644);
    const fresh = path.join(root, 'data-los');
    const run = await startServer({ TLA_DATA_DIR: fresh, TLA_MASTER_KEY_FILE: loose });
    expect('url' in run).toBe(false);
    const ended = run as Run;
    expect(ended.code).toBe(3);
    expect(ended.stderr).toContain('toegankelijk voor anderen dan de eigenaar (rechten 0644)');
    expect(ended.stderr).toContain(`chmod 600 ${loose}`);
    expect(ended.stdout).toBe('');
    // No certificate and no database were made.
    expect(fs.existsSync(path.join(fresh, 'tls'))).toBe(false);
    expect(fs.existsSync(path.join(fresh, 'tla.sqlite'))).toBe(false);
  }, 30_000);

  it('tells a wrong setting in Dutch and does not start', async () => {
    const run = await startServer({
      TLA_DATA_DIR: path.join(root, 'data-fout'),
      TLA_MASTER_KEY_FILE: keyFile,
      TLA_SERVER_PORT: 'acht',
    });
    expect('url' in run).toBe(false);
    expect((run as Run).code).toBe(3);
    expect((run as Run).stderr).toContain(
      'TLA_SERVER_PORT (of "port" in het configuratiebestand): moet een poortnummer (1 tot en met 65535) zijn.',
    );
  }, 30_000);
});
