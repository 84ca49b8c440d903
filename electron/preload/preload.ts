import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse } from '../contract/envelope';
import { KIES_MAP_CHANNEL, type KiesMapInput, type KiesMapOutput } from '../contract/kies-map';
import { CALL_CHANNEL } from '../transport/channel';

/** What the renderer sees as `window.tla`. */
export interface TlaBridge {
  call(envelope: unknown): Promise<ApiResponse>;
  /** The operating system's folder dialog (the backup folder); only the chosen path comes back. */
  kiesMap(input: KiesMapInput): Promise<KiesMapOutput>;
}

// Only `call` and `kiesMap` cross the bridge: no ipcRenderer, no channel choice, no Node. Whatever
// the page does, it can only send an envelope that main checks (sender frame) and the backend
// validates, or ask for the folder dialog, whose request main checks and parses the same way.
const bridge: TlaBridge = {
  call: (envelope: unknown): Promise<ApiResponse> => ipcRenderer.invoke(CALL_CHANNEL, envelope),
  kiesMap: (input: KiesMapInput): Promise<KiesMapOutput> =>
    ipcRenderer.invoke(KIES_MAP_CHANNEL, input),
};

contextBridge.exposeInMainWorld('tla', bridge);
