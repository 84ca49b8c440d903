import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import { DataFolderInUseError } from '../../electron/core/integrity';
import { startHttpTransport } from '../../electron/http/server';

// The real backend over the loopback HTTP transport for the e2e tests: a fresh temp database per
// run, a test document key, the demo loaded when TLA_E2E_DEMO=1. Port and token come from the
// Playwright config.
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-'));
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    warmPdfWorkers: true, // as the app
  });
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
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderInUseError) {
    process.stderr.write(`${error.dutchMessage}\n`);
    process.exit(2);
  }
  throw error;
});
