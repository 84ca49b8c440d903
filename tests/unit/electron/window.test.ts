import { beforeEach, describe, expect, it } from 'vitest';
import { PRELOAD_PATH } from '../../../electron/main/paths';
import {
  createMainWindow,
  focusWindow,
  WINDOW_WEB_PREFERENCES,
} from '../../../electron/main/window';
import * as fake from '../../fakes/electron';

describe('the window web preferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
  ] as const)('%s is %s', (key, value) => {
    expect(WINDOW_WEB_PREFERENCES[key]).toBe(value);
  });

  it('enables no Blink features and does not disable any', () => {
    expect(WINDOW_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(WINDOW_WEB_PREFERENCES).not.toHaveProperty('disableBlinkFeatures');
  });

  it('loads the bundled preload, a CommonJS file next to the main bundle', () => {
    expect(WINDOW_WEB_PREFERENCES.preload).toBe(PRELOAD_PATH);
    expect(PRELOAD_PATH).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(WINDOW_WEB_PREFERENCES)).toBe(true);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('creates a hidden window titled TLA with exactly these preferences', () => {
    createMainWindow();
    const window = fake.BrowserWindow.instances[0];
    expect(window?.options['title']).toBe('TLA');
    expect(window?.options['show']).toBe(false);
    expect(window?.options['webPreferences']).toEqual(WINDOW_WEB_PREFERENCES);
  });

  it('loads the app over app://tla, never file://', () => {
    createMainWindow();
    expect(fake.BrowserWindow.instances[0]?.loadedUrls).toEqual(['app://tla/index.html']);
  });

  it('shows the window once it is ready to show', () => {
    createMainWindow();
    const window = fake.BrowserWindow.instances[0];
    expect(window?.visible).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
  });

  it('asks in Dutch before a form with unsaved data is closed, and closes only on "Weggaan"', () => {
    createMainWindow();
    const contents = fake.BrowserWindow.instances[0]!.webContents;
    const stay = new fake.FakeEvent();
    contents.emit('will-prevent-unload', stay);
    expect(fake.dialog.messageBoxes).toEqual([
      {
        message: 'U heeft gegevens ingevuld die nog niet zijn opgeslagen. Weggaan zonder opslaan?',
        buttons: ['Blijven', 'Weggaan zonder opslaan'],
      },
    ]);
    expect(stay.defaultPrevented).toBe(false);
    fake.dialog.answer = 1;
    const leave = new fake.FakeEvent();
    contents.emit('will-prevent-unload', leave);
    expect(leave.defaultPrevented).toBe(true);
  });

  it('focusWindow restores and focuses a minimised window', () => {
    const window = createMainWindow();
    const recorded = fake.BrowserWindow.instances[0];
    if (recorded) recorded.minimized = true;
    focusWindow(window);
    expect(recorded?.minimized).toBe(false);
    expect(recorded?.focusCount).toBe(1);
    expect(() => focusWindow(null)).not.toThrow();
  });
});
