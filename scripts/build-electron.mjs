// Bundles the Electron main process and the preload into single CommonJS files under dist/.
// The preload must be one CommonJS file: a sandboxed preload cannot require local modules.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45 ships Node 22
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// esbuild has already printed the errors; a stack trace of the failed promise adds nothing.
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    // Native modules (and electron-store, which is ESM-only) are loaded from node_modules at run
    // time; electron-builder rebuilds the native ones for the packaged Electron.
    external: ['electron', 'better-sqlite3', 'argon2', 'electron-store', 'pdfjs-dist'],
    // `import.meta.url` names main.cjs itself, so files resolved next to a module (the text
    // index's worker, pdfjs's standard fonts) resolve from dist/main.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  // The PDF worker threads (documents/indexer.ts, documents/pdf-validate.ts) load these files from
  // the folder of main.cjs; they stay ES modules because pdfjs-dist is one.
  build({
    ...common,
    format: 'esm',
    entryPoints: [
      'electron/documents/extract-worker.mjs',
      'electron/documents/validate-worker.mjs',
    ],
    outdir: 'dist/main',
    outExtension: { '.js': '.mjs' },
    external: ['pdfjs-dist'],
  }),
  // The backup's worker thread (electron/services/backup/runner.ts loads it from the folder of
  // main.cjs): CommonJS like main.cjs, with better-sqlite3 from node_modules (the same rebuilt
  // native module; in development the binding main passes on, TLA_SQLITE_BINDING).
  build({
    ...common,
    entryPoints: ['electron/services/backup/worker.ts'],
    outfile: 'dist/main/backup-worker.cjs',
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    external: ['electron'],
  }),
]).catch(() => process.exit(1));

// The SQL migrations travel next to the bundle; the app applies them at start-up (db/open.ts).
rmSync(new URL('../dist/migrations', import.meta.url), { recursive: true, force: true });
cpSync(
  new URL('../db/migrations', import.meta.url),
  new URL('../dist/migrations', import.meta.url),
  {
    recursive: true,
  },
);
