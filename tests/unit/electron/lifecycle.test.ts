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
  readDocument: vi.fn(async (_session: unknown, _id: unknown) => ({
    ok: true as const,
    bytes: Buffer.from('%PDF-1.7 lokaal'),
  })),
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

// electron-store loads the real `electron` package (which must never be imported in tests): the
// per-machine preferences are a Map here, kept between the calls of one test like the file.
const settings = vi.hoisted(() => new Map<string, unknown>());
vi.mock('../../../electron/main/settings-store', () => ({
  openSettingsStore: async () => ({
    get: (key: string) => settings.get(key),
    set: (key: string, value: unknown) => void settings.set(key, value),
  }),
}));

const { startShell } = await import('../../../electron/main/lifecycle');

describe('the shell lifecycle (main.ts)', () => {
  let userData: string;
  beforeEach(() => {
    fake.resetFakeElectron();
    vi.clearAllMocks();
    settings.clear();
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

describe('the connection (issue 13)', () => {
  let userData: string;
  beforeEach(() => {
    fake.resetFakeElectron();
    vi.clearAllMocks();
    settings.clear();
    userData = mkdtempSync(path.join(tmpdir(), 'tla-userdata-'));
    fake.app.setPath('userData', userData);
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  const APP = 'app://tla/index.html';
  // Nothing listens on port 1: a server that is gone.
  const GONE = 'https://127.0.0.1:1';
  const PIN = Array.from({ length: 32 }, () => 'AB').join(':');

  it('registers its channels before the window exists; a first start opens this computer as before', async () => {
    await startShell();
    const windowAt = fake.calls.indexOf('new BrowserWindow');
    expect(fake.calls.indexOf('ipcMain.handle:tla:verbinding')).toBeLessThan(windowAt);
    expect(fake.calls.indexOf('ipcMain.handle:tla:document')).toBeLessThan(windowAt);
    expect(createBackend).toHaveBeenCalledTimes(1);
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:verbinding', { actie: 'status' }),
    ).resolves.toEqual({ ok: true, status: { gekozen: false, modus: 'lokaal' } });
  });

  it('gives the viewer the local document as bytes, not base64', async () => {
    await startShell();
    const answer = (await fake.ipcMain.invokeFrom(APP, 'tla:document', {
      session: 's-1',
      documentId: 7,
    })) as { ok: true; bytes: Uint8Array };
    expect(answer.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(answer.bytes).toString()).toBe('%PDF-1.7 lokaal');
    // Through the start holder, which may add this computer's herkomst.
    expect(backend.readDocument.mock.calls[0]?.slice(0, 2)).toEqual(['s-1', 7]);
  });

  it.each(['https://evil.example/', null])(
    'refuses both channels to a frame at %s',
    async (frame) => {
      await startShell();
      await expect(
        fake.ipcMain.invokeFrom(frame, 'tla:verbinding', { actie: 'lokaal' }),
      ).resolves.toEqual({
        ok: false,
        melding: 'Deze aanroep is niet toegestaan.',
      });
      await expect(
        fake.ipcMain.invokeFrom(frame, 'tla:document', { documentId: 7 }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(settings.size).toBe(0);
      expect(backend.readDocument).not.toHaveBeenCalled();
    },
  );

  it('parses what the renderer asks: a bad address gets a Dutch sentence, nothing changes', async () => {
    await startShell();
    for (const adres of [
      'http://tla.swv.example',
      'https://gebruiker:geheim@tla.swv.example',
      '',
    ]) {
      const r = (await fake.ipcMain.invokeFrom(APP, 'tla:verbinding', {
        actie: 'onderzoek',
        adres,
      })) as {
        ok: boolean;
        melding: string;
      };
      expect(r.ok).toBe(false);
      expect(r.melding).toMatch(/https/);
    }
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:verbinding', { actie: 'verwijder' }),
    ).resolves.toMatchObject({ ok: false });
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:document', { documentId: '../../etc/passwd' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(settings.size).toBe(0);
  });

  it('with a server chosen, opens no local database and carries calls to the server', async () => {
    settings.set('verbinding', { modus: 'server', adres: GONE, vingerafdruk: PIN });
    await expect(startShell()).resolves.toBe('started');
    expect(createBackend).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    // The server is not there: the renderer gets the offline failure, never an exception.
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:call', { name: 'setup.status', input: {} }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'offline' } });
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:document', { session: 's', documentId: 3 }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:verbinding', { actie: 'status' }),
    ).resolves.toEqual({
      ok: true,
      status: { gekozen: true, modus: 'server', adres: GONE, vingerafdruk: PIN },
    });
  });

  it('switches back to this computer only when asked, and remembers it', async () => {
    settings.set('verbinding', { modus: 'server', adres: GONE, vingerafdruk: PIN });
    await startShell();
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:verbinding', { actie: 'lokaal' }),
    ).resolves.toEqual({
      ok: true,
      status: { gekozen: true, modus: 'lokaal' },
    });
    expect(createBackend).toHaveBeenCalledTimes(1);
    expect(settings.get('verbinding')).toEqual({ modus: 'lokaal' });
    const envelope = { name: 'setup.status', input: {} };
    await expect(fake.ipcMain.invokeFrom(APP, 'tla:call', envelope)).resolves.toEqual({
      ok: true,
      data: envelope,
    });
  });

  it('does not pin a server that cannot be reached', async () => {
    await startShell();
    const r = (await fake.ipcMain.invokeFrom(APP, 'tla:verbinding', {
      actie: 'verbind',
      adres: GONE,
      vingerafdruk: PIN.toLowerCase(),
    })) as { ok: boolean; melding: string };
    expect(r).toEqual({ ok: false, melding: expect.stringMatching(/TLA-server is weg/) });
    expect(settings.size).toBe(0);
    // This computer's TLA stays open and in use.
    expect(backend.close).not.toHaveBeenCalled();
  });

  it('treats a damaged setting as no choice, and opens this computer', async () => {
    settings.set('verbinding', {
      modus: 'server',
      adres: 'http://evil.example',
      vingerafdruk: 'x',
    });
    await startShell();
    expect(createBackend).toHaveBeenCalledTimes(1);
    await expect(
      fake.ipcMain.invokeFrom(APP, 'tla:verbinding', { actie: 'status' }),
    ).resolves.toEqual({ ok: true, status: { gekozen: false, modus: 'lokaal' } });
  });
});
