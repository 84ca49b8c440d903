import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import { seedAanvragen } from '../../tests/bench/seed';

// The TLA server of the load test: a fresh data folder in the temp folder with the demo and the
// bench's seeded aanvragen, then `electron/server/main.ts` as a child process on 127.0.0.1 over
// TLS with its self-signed certificate, exactly as `npm run server` starts it. Its memory is read
// from outside (/proc/<pid>/status) and, through the probe, as the process's own heap figures.

export interface Memory {
  /** From /proc/<pid>/status (kB → MB). */
  readonly rssMb: number;
  readonly peakRssMb: number;
  /** process.memoryUsage() of the server (MB); null when the probe did not answer. */
  readonly heapUsedMb: number | null;
  readonly heapTotalMb: number | null;
  readonly externalMb: number | null;
  readonly arrayBuffersMb: number | null;
}

export interface RunningServer {
  readonly dir: string;
  readonly key: Buffer;
  readonly port: number;
  readonly cert: string;
  readonly pid: number;
  memory(): Promise<Memory>;
  stop(): Promise<number | null>;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The data folder: the demo (loaded through the backend, as `setup.loadDemo` does) and `seeded` aanvragen more. */
export async function prepareDataFolder(seeded: number): Promise<{ dir: string; key: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-load-'));
  const key = randomBytes(32);
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    logger: { error: () => undefined },
  });
  const answer = await backend.dispatch({ name: 'setup.loadDemo', input: {} });
  if (!answer.ok) throw new Error(`setup.loadDemo: ${answer.error.message}`);
  await backend.whenIdle();
  backend.close();
  if (seeded > 0) seedAanvragen(path.join(dir, 'tla.sqlite'), key, seeded);
  return { dir, key };
}

function procStatus(pid: number): { rssMb: number; peakRssMb: number } {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMb: Math.round(kb('VmRSS') / 102.4) / 10,
    peakRssMb: Math.round(kb('VmHWM') / 102.4) / 10,
  };
}

function probe(child: ChildProcess): Promise<NodeJS.MemoryUsage | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      resolve(null);
    }, 2000);
    const onMessage = (message: unknown): void => {
      const m = (message as { geheugen?: NodeJS.MemoryUsage }).geheugen;
      if (m === undefined) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.send('geheugen');
  });
}

export async function startServer(dir: string, key: Buffer): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './scripts/load/memory-probe.mjs', 'electron/server/main.ts'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        TLA_DATA_DIR: dir,
        TLA_MASTER_KEY: key.toString('hex'),
        TLA_SERVER_HOST: '127.0.0.1',
        TLA_SERVER_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 120 s: ${stderr}`)),
      120_000,
    );
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /luistert op https:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)}: ${stderr}`));
    });
  });
  const pid = child.pid as number;
  return {
    dir,
    key,
    port,
    pid,
    cert: fs.readFileSync(path.join(dir, 'tls', 'server.crt'), 'utf8'),
    async memory() {
      const fromProc = procStatus(pid);
      const own = await probe(child);
      return {
        ...fromProc,
        heapUsedMb: own ? mb(own.heapUsed) : null,
        heapTotalMb: own ? mb(own.heapTotal) : null,
        externalMb: own ? mb(own.external) : null,
        arrayBuffersMb: own ? mb(own.arrayBuffers) : null,
      };
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      });
    },
  };
}
