import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  KIES_MAP_CHANNEL,
  KIES_MAP_TEKST,
  kiesMapInput,
  kiesMapOutput,
  type KiesMapOutput,
} from '../contract/kies-map';
import { isTrustedSender } from './trusted-sender';

// The native folder dialog for the renderer (issue 11, item 3: the backup folder). Only our own
// app:// frame may ask; the request is parsed with zod (anything else gets nothing and opens no
// dialog); the dialog is modal to the asking window; only the chosen path goes back.

const NIETS: KiesMapOutput = Object.freeze({ map: null });

type ShowOpenDialog = Pick<Dialog, 'showOpenDialog'>;
type WindowOf = (contents: WebContents) => BrowserWindow | null;

export async function handleKiesMap(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  raw: unknown,
  dialog: ShowOpenDialog,
  windowOf: WindowOf,
): Promise<KiesMapOutput> {
  if (!isTrustedSender(event.senderFrame?.url)) return NIETS;
  const input = kiesMapInput.safeParse(raw);
  if (!input.success) return NIETS;
  const tekst = KIES_MAP_TEKST[input.data.doel];
  const options: Electron.OpenDialogOptions = {
    title: tekst.title,
    buttonLabel: tekst.buttonLabel,
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
  const window = windowOf(event.sender);
  let result: Electron.OpenDialogReturnValue;
  try {
    result = await (window === null
      ? dialog.showOpenDialog(options)
      : dialog.showOpenDialog(window, options));
  } catch {
    return NIETS;
  }
  if (result.canceled) return NIETS;
  const parsed = kiesMapOutput.safeParse({ map: result.filePaths[0] ?? null });
  return parsed.success ? parsed.data : NIETS;
}

export function registerFolderDialog(
  ipc: Pick<IpcMain, 'handle'>,
  dialog: ShowOpenDialog,
  windowOf: WindowOf,
): void {
  ipc.handle(KIES_MAP_CHANNEL, (event, raw: unknown) =>
    handleKiesMap(event, raw, dialog, windowOf),
  );
}
