import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../electron/api/start';
import { DataFolderInUseError } from '../../electron/core/integrity';
import { dutchStartMessage } from '../../electron/core/backup';
import { startHttpTransport } from '../../electron/http/server';

// The real backend over the loopback HTTP transport for the e2e tests: a fresh temp database per
// run, a test document key, the demo loaded when TLA_E2E_DEMO=1. Port and token come from the
// Playwright config.
// Issue 11: TLA_DATA_DIR runs on a known data folder (kept at the stop) and TLA_KEY_FILE keeps the
// key in a file (made when absent), so a spec can stop the server, damage the data and start a
// server again on the same folder; it starts through the start wrapper (recovery mode).
function keyFrom(file: string | undefined): Buffer {
  if (file === undefined) return randomBytes(32);
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return fs.readFileSync(file);
}

async function main(): Promise<void> {
  const known = process.env.TLA_DATA_DIR;
  const dir = known ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-'));
  fs.mkdirSync(dir, { recursive: true });
  let backend;
  try {
    backend = startBackend({
      dbPath: path.join(dir, 'tla.sqlite'),
      documentsDir: path.join(dir, 'documents'),
      documentKey: keyFrom(process.env.TLA_KEY_FILE),
      warmPdfWorkers: true, // as the app
      // TLA_E2E_BACKUP_TIMER=0: no daily backup 15 s after the start, for a spec that watches
      // the one it starts by hand (the daily one would refuse it as "already running").
      backupTimer: process.env.TLA_E2E_BACKUP_TIMER !== '0',
    }).backend;
  } catch (error) {
    // Another TLA on this folder: exit 2 (issue 11, Durability); anything else that is no recovery: 1.
    process.stderr.write(`${dutchStartMessage(error)}\n`);
    process.exit(error instanceof DataFolderInUseError ? 2 : 1);
  }
  if (process.env.TLA_E2E_DEMO === '1') {
    const r = await backend.dispatch({ name: 'setup.loadDemo', input: {} });
    if (!r.ok) throw new Error('demo failed to load');
  }
  const transport = await startHttpTransport({
    backend,
    staticDir: path.resolve(process.env.TLA_RENDERER_DIR ?? 'dist/renderer'),
    port: Number(process.env.PORT),
    token: process.env.TLA_TOKEN ?? 'e2e-token',
  });
  process.stdout.write(`ready ${transport.url}\n`);
  const stop = () => {
    void transport.close().then(() => {
      backend.close();
      if (known === undefined) fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
