import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/contract/envelope';
import { CONTENT_SECURITY_POLICY } from '../../../electron/transport/csp';
import { WINDOW_WEB_PREFERENCES } from '../../../electron/main/window';
import * as fake from '../../fakes/electron';
import { DataFolderInUseError } from '../../../electron/core/integrity';

const backend = vi.hoisted(() => ({
  dispatch: vi.fn(async (envelope: unknown) => ({ ok: true as const, data: envelope })),
  close: vi.fn(),
  whenIdle: vi.fn(async () => undefined),
}));
const createBackend = vi.hoisted(() => vi.fn((_options: unknown): Backend => backend));
// Only the backend's construction is faked; its other exports (asStartupError, used by the start
// wrapper to tell damaged data from other refusals) are the real ones.
vi.mock('../../../electron/api/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/api/backend')>()),
  createBackend,
}));

const { startShell } = await import('../../../electron/main/lifecycle');

describe('the shell lifecycle (main.ts)', () => {
  let userData: string;
  beforeEach(() => {
    fake.resetFakeElectron();
    vi.clearAllMocks();
    vi.unstubAllEnvs();
    userData = mkdtempSync(path.join(tmpdir(), 'tla-userdata-'));
    fake.app.setPath('userData', userData);
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('quits a second instance before doing anything else', async () => {
    fake.app.singleInstanceLock = false;
    await expect(startShell()).resolves.toBe('second-instance');
    expect(fake.app.quitCount).toBe(1);
    expect(fake.calls).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
    expect(createBackend).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startShell();
    const window = fake.BrowserWindow.instances[0];
    if (window) window.minimized = true;
    fake.app.emit('second-instance');
    expect(window?.minimized).toBe(false);
    expect(window?.focusCount).toBe(1);
  });

  it('registers app:// as privileged before ready, without bypassCSP', async () => {
    await startShell();
    expect(fake.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(JSON.stringify(fake.protocol.privilegedSchemes)).not.toContain('bypassCSP');
    expect(fake.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      fake.calls.indexOf('app.whenReady'),
    );
  });

  it('enables the sandbox for every renderer', async () => {
    await startShell();
    expect(fake.app.sandboxEnabled).toBe(true);
  });

  it('runs Chromium in Dutch so date inputs read dd-mm-jjjj', async () => {
    await startShell();
    expect(fake.app.switches.get('lang')).toBe('nl');
  });

  it('installs the guards, the protocol and IPC before the window exists', async () => {
    await startShell();
    const windowAt = fake.calls.indexOf('new BrowserWindow');
    expect(windowAt).toBeGreaterThan(-1);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.calls.indexOf('protocol.handle:app')).toBeLessThan(windowAt);
    expect(fake.calls.indexOf('ipcMain.handle:tla:call')).toBeLessThan(windowAt);
    expect(fake.BrowserWindow.instances[0]?.options['webPreferences']).toEqual(
      WINDOW_WEB_PREFERENCES,
    );
  });

  it('sends the CSP header on app:// responses, also for a missing file', async () => {
    await startShell();
    const handler = fake.protocol.handlers.get('app');
    const response = await handler?.(new Request('app://tla/does-not-exist.js'));
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const traversal = await handler?.(new Request('app://tla/..%2f..%2fpackage.json'));
    expect(traversal?.status).toBe(404);
  });

  it('passes calls from the app frame to the backend', async () => {
    await startShell();
    const envelope = { name: 'sessie.whoami', input: {} };
    await expect(
      fake.ipcMain.invokeFrom('app://tla/index.html', 'tla:call', envelope),
    ).resolves.toEqual({
      ok: true,
      data: envelope,
    });
    expect(backend.dispatch).toHaveBeenCalledWith(envelope);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://evil/', null])(
    'refuses calls from a frame at %s',
    async (frameUrl) => {
      await startShell();
      const result = await fake.ipcMain.invokeFrom(frameUrl, 'tla:call', { name: 'x', input: {} });
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'Deze aanroep is niet toegestaan.' },
      });
      expect(backend.dispatch).not.toHaveBeenCalled();
    },
  );

  it('keeps data in userData and passes the document key', async () => {
    await startShell();
    const options = createBackend.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(options['dbPath']).toBe(path.join(userData, 'tla.sqlite'));
    expect(options['documentsDir']).toBe(path.join(userData, 'documents'));
    expect(options['documentKey']).toBeInstanceOf(Buffer);
    expect((options['documentKey'] as Buffer).length).toBe(32);
    expect(options).not.toHaveProperty('sqliteNativeBinding');
    // The PDF worker threads start with the app, so the first import does not wait for pdf.js.
    expect(options['warmPdfWorkers']).toBe(true);
  });

  it('passes TLA_SQLITE_BINDING to the backend in development', async () => {
    vi.stubEnv('TLA_SQLITE_BINDING', '/dev/native/better_sqlite3.node');
    await startShell();
    const options = createBackend.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(options['sqliteNativeBinding']).toBe('/dev/native/better_sqlite3.node');
  });

  it('ignores TLA_SQLITE_BINDING in a packaged app', async () => {
    vi.stubEnv('TLA_SQLITE_BINDING', '/tmp/evil.node');
    fake.app.isPackaged = true;
    await startShell();
    expect(createBackend.mock.calls[0]?.[0]).not.toHaveProperty('sqliteNativeBinding');
  });

  it('closes the backend on will-quit', async () => {
    await startShell();
    expect(backend.close).not.toHaveBeenCalled();
    fake.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
    fake.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('does not start without a secure key store: Dutch error, quit, no window', async () => {
    fake.safeStorage.storageBackend = 'basic_text';
    const platform = vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(startShell()).resolves.toBe('failed');
    } finally {
      platform.mockRestore();
      stderr.mockRestore();
    }
    expect(fake.dialog.errorBoxes[0]?.content).toMatch(/sleutelopslag/);
    expect(fake.app.quitCount).toBe(1);
    expect(createBackend).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('shows no internal details when the backend fails to open', async () => {
    createBackend.mockImplementationOnce(() => {
      throw new Error('SQLITE_CANTOPEN /home/jan.jansen/tla.sqlite');
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(startShell()).resolves.toBe('failed');
      expect(JSON.stringify(stderr.mock.calls)).not.toContain('jansen');
    } finally {
      stderr.mockRestore();
    }
    expect(fake.dialog.errorBoxes[0]?.content).not.toContain('jansen');
  });

  it('says in Dutch that the data folder is in use, and opens no window (issue 11)', async () => {
    createBackend.mockImplementationOnce(() => {
      throw new DataFolderInUseError();
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(startShell()).resolves.toBe('failed');
    } finally {
      stderr.mockRestore();
    }
    expect(fake.dialog.errorBoxes[0]?.content).toBe(new DataFolderInUseError().dutchMessage);
    expect(fake.app.quitCount).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });
});
