// `npm start`: build and run the desktop app from a fresh checkout (architecture decision 11).
//
// node_modules/better-sqlite3 stays built for Node so `npm test` keeps working; the app gets its own
// copy, rebuilt for Electron, in .electron-native/<electronVersion>/, and main loads that copy
// through TLA_SQLITE_BINDING (better-sqlite3's `nativeBinding` option).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// better-sqlite3 and the two packages its loader needs when no nativeBinding is given.
const NATIVE_PACKAGES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

function fail(message) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

// Electron's installer (@electron/get) and @electron/rebuild require Node 22.12 or newer; the tests
// run on Node 20 because they never touch Electron.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  fail(
    `de app starten vraagt Node.js 22.12 of nieuwer (dit is ${process.versions.node}). De tests draaien ook op Node 20.`,
  );
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** (a) The Electron executable. Since Electron 42 `npm install` no longer downloads it; the
 * package's index.js does on first require, so this is where a user's first start waits. */
function resolveElectron() {
  try {
    return {
      binary: require('electron'),
      version: readJson(require.resolve('electron/package.json')).version,
    };
  } catch (error) {
    fail(
      `Electron kon niet worden gevonden of gedownload (${error instanceof Error ? error.message : error}).`,
    );
  }
}

/** (b) better-sqlite3 built for this Electron, in a folder of its own; rebuilt only when missing. */
async function ensureElectronSqlite(electronVersion) {
  const buildPath = path.join(root, '.electron-native', electronVersion);
  const moduleDir = path.join(buildPath, 'node_modules', 'better-sqlite3');
  const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const sqliteVersion = readJson(
    path.join(root, 'node_modules', 'better-sqlite3', 'package.json'),
  ).version;
  const stampFile = path.join(buildPath, 'stamp.json');
  const stamp = existsSync(stampFile) ? readJson(stampFile) : null;
  if (existsSync(binding) && stamp?.betterSqlite3 === sqliteVersion) return binding;

  process.stderr.write(
    `npm start: better-sqlite3 ${sqliteVersion} bouwen voor Electron ${electronVersion}…\n`,
  );
  rmSync(buildPath, { recursive: true, force: true });
  for (const name of NATIVE_PACKAGES) {
    const source = path.join(root, 'node_modules', name);
    if (!existsSync(source)) continue; // file-uri-to-path may be hoisted elsewhere or absent
    const skip = path.join(source, 'build'); // the Node build: must not be mistaken for Electron's
    cpSync(source, path.join(buildPath, 'node_modules', name), {
      recursive: true,
      filter: (file) => file !== skip && !file.startsWith(skip + path.sep),
    });
  }
  // @electron/rebuild walks the dependencies of the package.json in buildPath.
  writeFileSync(
    path.join(buildPath, 'package.json'),
    JSON.stringify({
      name: 'tla-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': sqliteVersion },
    }),
  );
  const { rebuild } = await import('@electron/rebuild');
  // prebuild-install is found by walking up to the project's node_modules, so a prebuilt Electron
  // binary is downloaded when one exists; otherwise node-gyp builds from source.
  await rebuild({ buildPath, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binding)) fail('better-sqlite3 kon niet voor Electron worden gebouwd.');
  writeFileSync(
    stampFile,
    JSON.stringify({ betterSqlite3: sqliteVersion, electron: electronVersion }),
  );
  return binding;
}

function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    // npx is a .cmd script on Windows, which needs a shell to start.
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32' && command === 'npx',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const electron = resolveElectron();
const binding = await ensureElectronSqlite(electron.version);

// (c) Bundle main + preload, then build the renderer.
if ((await run(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')])) !== 0)
  fail('bundelen van main/preload mislukt.');
if ((await run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'])) !== 0)
  fail('bouwen van de renderer mislukt.');

// (d) Start Electron on the app folder (package.json "main" points at dist/main/main.cjs).
const env = { ...process.env, TLA_SQLITE_BINDING: binding };
delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node instead of the app
process.exit(await run(electron.binary, [root], env));
