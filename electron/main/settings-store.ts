import type { SettingsStore } from './connection';

/**
 * The per-machine preferences in electron-store (`voorkeuren.json` in the user's data folder):
 * which TLA this desktop talks to and the server's pinned fingerprint. Nothing of a dossier. Every
 * value is parsed with zod where it is read (`connection.ts`); a file that is not JSON is started
 * over, which asks the user to choose again.
 */
export async function openSettingsStore(): Promise<SettingsStore> {
  // electron-store is an ES module; main.cjs loads it at run time (scripts/build-electron.mjs).
  const { default: Store } = await import('electron-store');
  return new Store({ name: 'voorkeuren', clearInvalidConfig: true });
}
