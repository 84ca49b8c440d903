import { EventEmitter } from 'node:events';

/**
 * A small stand-in for the `electron` module (vitest aliases `electron` to this file). The real
 * package must never be imported in tests: from v42 on that tries to download the binary. The fake
 * records what the shell does (options, handlers, calls, in order) and lets a test fire events.
 */

/** Everything the shell did, in order, e.g. 'protocol.registerSchemesAsPrivileged', 'app.whenReady'. */
export const calls: string[] = [];

function record(name: string): void {
  calls.push(name);
}

class FakeApp extends EventEmitter {
  singleInstanceLock = true;
  isPackaged = false;
  quitCount = 0;
  sandboxEnabled = false;
  readonly paths = new Map<string, string>();
  readonly switches = new Map<string, string>();
  readonly commandLine = {
    appendSwitch: (name: string, value = ''): void => {
      record('app.commandLine.appendSwitch');
      this.switches.set(name, value);
    },
  };

  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return this.singleInstanceLock;
  }
  enableSandbox(): void {
    record('app.enableSandbox');
    this.sandboxEnabled = true;
  }
  quit(): void {
    record('app.quit');
    this.quitCount += 1;
  }
  whenReady(): Promise<void> {
    record('app.whenReady');
    return Promise.resolve();
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`fake app: no path for ${name}`);
    return value;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
}

export interface FakeWindowOpenDetails {
  readonly url: string;
}
export type FakeWindowOpenHandler = (details: FakeWindowOpenDetails) => { action: string };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: FakeWindowOpenHandler | null = null;
  setWindowOpenHandler(handler: FakeWindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

/** An Electron-like event: `defaultPrevented` tells whether a guard called preventDefault(). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.instances];
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focusCount = 0;

  constructor(readonly options: Record<string, unknown>) {
    super();
    record('new BrowserWindow');
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
interface FakeCustomScheme {
  readonly scheme: string;
  readonly privileges?: Readonly<Record<string, boolean>>;
}

export const protocol = {
  privilegedSchemes: [] as FakeCustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: readonly FakeCustomScheme[]): void {
    record('protocol.registerSchemesAsPrivileged');
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    record(`protocol.handle:${scheme}`);
    this.handlers.set(scheme, handler);
  },
};

export interface FakeIpcEvent {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: unknown;
}
type IpcHandler = (event: FakeIpcEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle(channel: string, handler: IpcHandler): void {
    record(`ipcMain.handle:${channel}`);
    this.handlers.set(channel, handler);
  },
  /** Test helper: what the renderer would get back when a frame at `frameUrl` invokes `channel`. */
  async invokeFrom(frameUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    return this.invokeFromContents(null, frameUrl, channel, ...args);
  },
  /** As invokeFrom, from the web contents `sender` (a window's webContents). */
  async invokeFromContents(
    sender: unknown,
    frameUrl: string | null,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`fake ipcMain: no handler for ${channel}`);
    return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender }, ...args);
  },
};

export const ipcRenderer = {
  invocations: [] as { channel: string; args: unknown[] }[],
  response: undefined as unknown,
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.response);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export const shell = {
  openedExternal: [] as string[],
  openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
    return Promise.resolve();
  },
};

type StorageBackend =
  'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
const WRAP_MARK = 'fake-os-keystore:';

/** Wraps reversibly but visibly, so a test can tell a wrapped key from a plain one. */
export const safeStorage = {
  encryptionAvailable: true,
  storageBackend: 'gnome_libsecret' as StorageBackend,
  isEncryptionAvailable(): boolean {
    return this.encryptionAvailable;
  },
  getSelectedStorageBackend(): StorageBackend {
    return this.storageBackend;
  },
  encryptString(plainText: string): Buffer {
    return Buffer.from(WRAP_MARK + Buffer.from(plainText).toString('hex'));
  },
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString();
    if (!text.startsWith(WRAP_MARK)) throw new Error('fake safeStorage: not wrapped by this store');
    return Buffer.from(text.slice(WRAP_MARK.length), 'hex').toString();
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  /** The questions asked; the next answer (button index) is `answer`. */
  messageBoxes: [] as { message: string; buttons: string[] }[],
  answer: 0,
  showMessageBoxSync(_window: unknown, options: { message: string; buttons: string[] }): number {
    this.messageBoxes.push({ message: options.message, buttons: options.buttons });
    return this.answer;
  },
  /** The open dialogs shown (with their parent window, or null); the next answer is `openResult`. */
  openDialogs: [] as { window: unknown; options: Record<string, unknown> }[],
  openResult: { canceled: true, filePaths: [] as string[] },
  showOpenDialog(
    windowOrOptions: unknown,
    maybeOptions?: Record<string, unknown>,
  ): Promise<{ canceled: boolean; filePaths: string[] }> {
    const withWindow = maybeOptions !== undefined;
    this.openDialogs.push({
      window: withWindow ? windowOrOptions : null,
      options: (withWindow ? maybeOptions : windowOrOptions) as Record<string, unknown>,
    });
    return Promise.resolve(this.openResult);
  },
};

export const net = {
  fetch(): Promise<Response> {
    return Promise.reject(new Error('fake electron: net.fetch is not available in tests'));
  },
};

export const app = new FakeApp();

/** Puts every fake back to its initial state; call in beforeEach. */
export function resetFakeElectron(): void {
  calls.length = 0;
  app.removeAllListeners();
  app.singleInstanceLock = true;
  app.isPackaged = false;
  app.quitCount = 0;
  app.sandboxEnabled = false;
  app.paths.clear();
  BrowserWindow.instances.length = 0;
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.response = undefined;
  contextBridge.exposed.clear();
  session.defaultSession = new FakeSession();
  shell.openedExternal.length = 0;
  safeStorage.encryptionAvailable = true;
  safeStorage.storageBackend = 'gnome_libsecret';
  dialog.errorBoxes.length = 0;
  dialog.messageBoxes.length = 0;
  dialog.answer = 0;
  dialog.openDialogs.length = 0;
  dialog.openResult = { canceled: true, filePaths: [] };
}
