import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/contract/envelope';
import { KIES_MAP_CHANNEL } from '../../../electron/contract/kies-map';
import { APP_INDEX_URL } from '../../../electron/transport/app-origin';
import * as fake from '../../fakes/electron';

// Issue 11, item 3: the backup folder is chosen with the operating system's folder dialog, over a
// narrow channel of its own. Only our own frame may ask, only a well-formed request opens the
// dialog, and only the chosen path (or null) goes back.

const backend = vi.hoisted(() => ({
  dispatch: vi.fn(async () => ({ ok: true as const, data: null })),
  close: vi.fn(),
  whenIdle: vi.fn(async () => undefined),
}));
vi.mock('../../../electron/api/backend', () => ({ createBackend: (): Backend => backend }));

// electron-store loads the real `electron` package: the preferences are a Map here (issue 13).
vi.mock('../../../electron/main/settings-store', () => {
  const values = new Map<string, unknown>();
  return {
    openSettingsStore: async () => ({
      get: (key: string) => values.get(key),
      set: (key: string, value: unknown) => void values.set(key, value),
    }),
  };
});

const { startShell } = await import('../../../electron/main/lifecycle');

describe('the folder dialog (main process)', () => {
  let userData: string;
  beforeEach(async () => {
    fake.resetFakeElectron();
    userData = mkdtempSync(path.join(tmpdir(), 'tla-userdata-'));
    fake.app.setPath('userData', userData);
    await startShell();
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  const window = () => fake.BrowserWindow.instances[0]!;
  const ask = (input: unknown, frameUrl: string | null = APP_INDEX_URL) =>
    fake.ipcMain.invokeFromContents(window().webContents, frameUrl, KIES_MAP_CHANNEL, input);

  it('is registered before the window exists', () => {
    expect(fake.calls.indexOf(`ipcMain.handle:${KIES_MAP_CHANNEL}`)).toBeGreaterThan(-1);
    expect(fake.calls.indexOf(`ipcMain.handle:${KIES_MAP_CHANNEL}`)).toBeLessThan(
      fake.calls.indexOf('new BrowserWindow'),
    );
  });

  it('opens a folder dialog, modal to the asking window, in Dutch, and gives back the chosen folder', async () => {
    fake.dialog.openResult = { canceled: false, filePaths: ['/Volumes/NAS/tla-backups'] };
    await expect(ask({ doel: 'backup' })).resolves.toEqual({ map: '/Volumes/NAS/tla-backups' });
    expect(fake.dialog.openDialogs).toHaveLength(1);
    const shown = fake.dialog.openDialogs[0]!;
    expect(shown.window).toBe(window());
    expect(shown.options).toMatchObject({
      title: 'Kies de map voor de back-ups',
      buttonLabel: 'Deze map kiezen',
    });
    expect(shown.options['properties']).toEqual(
      expect.arrayContaining(['openDirectory', 'createDirectory']),
    );
    expect(shown.options['properties']).not.toContain('openFile');
    expect(shown.options['properties']).not.toContain('multiSelections');
  });

  it('answers null when the user cancels', async () => {
    fake.dialog.openResult = { canceled: true, filePaths: [] };
    await expect(ask({ doel: 'backup' })).resolves.toEqual({ map: null });
  });

  it('opens nothing for a frame that is not our own app', async () => {
    fake.dialog.openResult = { canceled: false, filePaths: ['/tmp/x'] };
    await expect(ask({ doel: 'backup' }, 'https://example.org/')).resolves.toEqual({ map: null });
    await expect(ask({ doel: 'backup' }, null)).resolves.toEqual({ map: null });
    expect(fake.dialog.openDialogs).toEqual([]);
  });

  it.each([
    ['no input', undefined],
    ['another purpose', { doel: 'documenten' }],
    ['an extra field', { doel: 'backup', defaultPath: '/etc' }],
    ['a string', 'backup'],
  ])('opens nothing for a malformed request (%s)', async (_label, input) => {
    fake.dialog.openResult = { canceled: false, filePaths: ['/tmp/x'] };
    await expect(ask(input)).resolves.toEqual({ map: null });
    expect(fake.dialog.openDialogs).toEqual([]);
  });

  it('gives back nothing odd the dialog might return (an empty path)', async () => {
    fake.dialog.openResult = { canceled: false, filePaths: [''] };
    await expect(ask({ doel: 'backup' })).resolves.toEqual({ map: null });
  });
});
