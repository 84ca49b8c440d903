import path from 'node:path';

// esbuild bundles this file into dist/main/main.cjs and keeps __dirname as that file's folder, so
// the renderer and preload are found next to it in dev (`npm start`) and inside the asar alike.
const DIST_DIR = path.resolve(__dirname, '..');

export const RENDERER_DIR = path.join(DIST_DIR, 'renderer');
export const PRELOAD_PATH = path.join(DIST_DIR, 'preload', 'preload.cjs');

/** The SQL migrations, copied next to the bundle by scripts/build-electron.mjs. */
export const MIGRATIONS_DIR = path.join(DIST_DIR, 'migrations');
