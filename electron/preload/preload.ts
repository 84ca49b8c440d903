import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse } from '../contract/envelope';
import { CALL_CHANNEL } from '../transport/channel';

/** What the renderer sees as `window.tla`. */
export interface TlaBridge {
  call(envelope: unknown): Promise<ApiResponse>;
}

// Only `call` crosses the bridge: no ipcRenderer, no channel choice, no Node. Whatever the page
// does, it can only send an envelope that main checks (sender frame) and the backend validates.
const bridge: TlaBridge = {
  call: (envelope: unknown): Promise<ApiResponse> => ipcRenderer.invoke(CALL_CHANNEL, envelope),
};

contextBridge.exposeInMainWorld('tla', bridge);
