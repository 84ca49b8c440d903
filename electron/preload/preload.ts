import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse } from '../contract/envelope';
import type { ApiFailure, DocumentBytes } from '../contract/envelope';
import { KIES_MAP_CHANNEL, type KiesMapInput, type KiesMapOutput } from '../contract/kies-map';
import {
  DOCUMENT_CHANNEL,
  VERBINDING_CHANNEL,
  type DocumentInput,
  type VerbindingInput,
  type VerbindingOutput,
} from '../contract/verbinding';
import { CALL_CHANNEL } from '../transport/channel';

/** What the renderer sees as `window.tla`. */
export interface TlaBridge {
  call(envelope: unknown): Promise<ApiResponse>;
  /** The operating system's folder dialog (the backup folder); only the chosen path comes back. */
  kiesMap(input: KiesMapInput): Promise<KiesMapOutput>;
  /** Issue 13: which TLA the app talks to (this computer or the SWV's server), and choosing it. */
  verbinding(input: VerbindingInput): Promise<VerbindingOutput>;
  /** Issue 13: a dossier document's bytes for the viewer (binary, never base64). */
  document(input: DocumentInput): Promise<DocumentBytes | ApiFailure>;
}

// Only `call`, `kiesMap`, `verbinding` and `document` cross the bridge: no ipcRenderer, no channel choice, no Node. Whatever
// the page does, it can only send an envelope that main checks (sender frame) and the backend
// validates, or ask for the folder dialog, whose request main checks and parses the same way.
const bridge: TlaBridge = {
  call: (envelope: unknown): Promise<ApiResponse> => ipcRenderer.invoke(CALL_CHANNEL, envelope),
  kiesMap: (input: KiesMapInput): Promise<KiesMapOutput> =>
    ipcRenderer.invoke(KIES_MAP_CHANNEL, input),
  verbinding: (input: VerbindingInput): Promise<VerbindingOutput> =>
    ipcRenderer.invoke(VERBINDING_CHANNEL, input),
  document: (input: DocumentInput): Promise<DocumentBytes | ApiFailure> =>
    ipcRenderer.invoke(DOCUMENT_CHANNEL, input),
};

contextBridge.exposeInMainWorld('tla', bridge);
