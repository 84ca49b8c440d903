import { BrowserWindow, dialog } from 'electron';
import { LEAVE_BUTTON, LEAVE_QUESTION, LEAVE_TITLE, STAY_BUTTON } from '../contract/leave';
import { APP_INDEX_URL } from '../transport/app-origin';
import { PRELOAD_PATH } from './paths';

/**
 * The renderer is a web page with no Node: isolated from the preload, sandboxed, no Node in
 * workers or frames, full web security, no experimental or Blink features, no <webview>.
 * Spellcheck is off because it would send typed text (pupil data) to a dictionary service.
 */
export const WINDOW_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  preload: PRELOAD_PATH,
} satisfies Electron.WebPreferences);

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'TLA',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: { ...WINDOW_WEB_PREFERENCES },
  });
  window.once('ready-to-show', () => window.show());
  guardUnsavedData(window);
  // A failed load shows Chromium's own error page; the promise rejection carries nothing to act on.
  window.loadURL(APP_INDEX_URL).catch(() => undefined);
  return window;
}

/**
 * A form with unsaved data blocks closing or reloading (its beforeunload); Electron then closes
 * nothing and says nothing, so the shell asks the renderer's question, in Dutch, and leaves only on
 * "Weggaan zonder opslaan".
 */
export function guardUnsavedData(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: LEAVE_TITLE,
      message: LEAVE_QUESTION,
      buttons: [STAY_BUTTON, LEAVE_BUTTON],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
}

/** Brings the existing window forward, e.g. when the user starts TLA a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
