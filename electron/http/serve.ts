import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startBackend } from '../api/start';
import { DataFolderInUseError } from '../core/integrity';
import { dutchStartMessage } from '../core/backup';
import { startHttpTransport } from './server';

// `npm run web`: the real backend and the built renderer on 127.0.0.1, for a browser. Development
// and test transport: the document key is kept in the data folder (mode 0600), not in an OS key
// store as in the app; use it with demo data, not with real dossiers.

function dataDir(): string {
  const dir = path.resolve(process.env.TLA_DATA_DIR ?? '.tla-data');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function devKey(dir: string): Buffer {
  const file = path.join(dir, 'dev-document-key');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return fs.readFileSync(file);
}

async function main(): Promise<void> {
  const dir = dataDir();
  // The start wrapper: damaged data starts the recovery screen; other refusals are told in Dutch.
  let backend;
  try {
    backend = startBackend({
      dbPath: path.join(dir, 'tla.sqlite'),
      documentsDir: path.join(dir, 'documents'),
      documentKey: devKey(dir),
      warmPdfWorkers: true,
    }).backend;
  } catch (error) {
    // Another TLA on this folder: exit 2 (issue 11, Durability); anything else that is no recovery: 1.
    process.stderr.write(`${dutchStartMessage(error)}\n`);
    process.exit(error instanceof DataFolderInUseError ? 2 : 1);
  }
  const transport = await startHttpTransport({
    backend,
    staticDir: path.resolve('dist/renderer'),
    ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
    ...(process.env.TLA_TOKEN ? { token: process.env.TLA_TOKEN } : {}),
  });
  process.stdout.write(`TLA draait op ${transport.url}?token=${transport.token}\n`);
  const stop = () => {
    void transport.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
