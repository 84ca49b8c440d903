import path from 'node:path';
import { app, dialog, ipcMain, protocol, safeStorage, session, BrowserWindow } from 'electron';
import { startBackend } from '../api/start';
import { dutchStartMessage } from '../core/backup';
import type { Backend } from '../contract/envelope';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../transport/app-origin';
import { Connection } from './connection';
import { registerCallHandler } from './ipc';
import { registerFolderDialog } from './folder-dialog';
import { KeyStoreError, loadDocumentKey } from './keystore';
import { sqliteBindingFromEnv } from './native-binding';
import { MIGRATIONS_DIR, RENDERER_DIR } from './paths';
import { createAppProtocolHandler } from './protocol-handler';
import { applySecurityHandlers } from './security';
import { openSettingsStore } from './settings-store';
import { registerConnectionHandlers } from './verbinding-ipc';
import { createMainWindow, focusWindow } from './window';

export type StartResult = 'started' | 'second-instance' | 'failed';

/**
 * The whole lifecycle of the shell. Kept apart from main.ts (which only calls it) so tests can run
 * it against the fake electron module and assert the order of the security-relevant steps.
 */
export async function startShell(): Promise<StartResult> {
  // Two instances would open the same SQLite file and document store from two processes.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return 'second-instance';
  }
  app.enableSandbox();
  // Dutch users: date inputs and number formats follow the Chromium locale (dd-mm-jjjj).
  app.commandLine.appendSwitch('lang', 'nl');
  // Must happen before 'ready'; Electron ignores it afterwards.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  let mainWindow: BrowserWindow | null = null;
  let connection: Connection | null = null;
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('will-quit', () => {
    connection?.close();
    connection = null;
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  // Before any window exists, so no web contents is ever created without the guards.
  applySecurityHandlers(app, session.defaultSession);
  try {
    // Issue 13: this computer's TLA (the default, also before the user chose) or the SWV's server.
    const store = await openSettingsStore();
    connection = new Connection({ store, openLocal: openBackend, describeError: startMessage });
    connection.open();
  } catch (error) {
    reportFatal(error);
    app.quit();
    return 'failed';
  }
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  registerCallHandler(ipcMain, connection);
  registerConnectionHandlers(ipcMain, connection);
  registerFolderDialog(ipcMain, dialog, (contents) => BrowserWindow.fromWebContents(contents));
  mainWindow = createMainWindow();
  return 'started';
}

function openBackend(): Backend {
  const userData = app.getPath('userData');
  const documentKey = loadDocumentKey({ dir: userData, safeStorage });
  const binding = sqliteBindingFromEnv(process.env, app.isPackaged);
  // The start wrapper (issue 11): damaged data opens the recovery screen instead of failing.
  return startBackend({
    dbPath: path.join(userData, 'tla.sqlite'),
    documentsDir: path.join(userData, 'documents'),
    documentKey,
    migrationsDir: MIGRATIONS_DIR,
    ...(binding === undefined ? {} : { sqliteNativeBinding: binding }),
    warmPdfWorkers: true,
  }).backend;
}

// Only our own Dutch messages reach the user; other errors may hold paths (with the user's name).
function startMessage(error: unknown): string {
  return error instanceof KeyStoreError ? error.message : dutchStartMessage(error);
}

function reportFatal(error: unknown): void {
  const message = startMessage(error);
  const kind = error instanceof Error ? error.name : typeof error;
  process.stderr.write(`TLA start failed (${kind})\n`);
  dialog.showErrorBox('TLA kan niet starten', message);
}
