import type {
  ApiFailure,
  ApiResponse,
  DocumentBytes,
  ErrorCode,
} from '../../electron/contract/envelope';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';
import type { KiesMapInput, KiesMapOutput } from '../../electron/contract/kies-map';
import type {
  DocumentInput,
  VerbindingInput,
  VerbindingOutput,
} from '../../electron/contract/verbinding';
import { base64ToBytes } from '../lib/files';
import { ApiError } from './errors';
import { getSession, getTransportToken } from './session';
import { isOpServer, setOffline } from './verbinding-status';

interface TlaBridge {
  call(envelope: unknown): Promise<ApiResponse>;
  /** The operating system's folder dialog; only in the desktop app (electron/preload). */
  kiesMap?(input: KiesMapInput): Promise<KiesMapOutput>;
  /** Issue 13: which TLA the desktop talks to, and choosing it (electron/preload). */
  verbinding?(input: VerbindingInput): Promise<VerbindingOutput>;
  /** Issue 13: a dossier document's bytes through the main process (binary, never base64). */
  document?(input: DocumentInput): Promise<DocumentBytes | ApiFailure>;
}

/** The connection's question to the desktop shell; null in the browser (there is no choice). */
export function verbindingBridge(): ((input: VerbindingInput) => Promise<VerbindingOutput>) | null {
  const bridge = window.tla;
  return bridge?.verbinding === undefined ? null : (input) => bridge.verbinding!(input);
}

/**
 * Whether the folder dialog is there (the desktop app on its own data); in the browser, and in the
 * desktop connected to the TLA server (whose folders are not this computer's), the path is typed.
 */
export const kiesMapBeschikbaar = (): boolean =>
  typeof window.tla?.kiesMap === 'function' && !isOpServer();

/** Opens the folder dialog; the chosen folder, or null when cancelled (or not available). */
export async function kiesMap(input: KiesMapInput): Promise<string | null> {
  const open = window.tla?.kiesMap;
  if (open === undefined) return null;
  return (await open(input)).map;
}

declare global {
  interface Window {
    tla?: TlaBridge;
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when the backend says the session is gone: the app returns to the login screen. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const OFFLINE: ApiFailure = {
  ok: false,
  error: {
    code: 'offline',
    message: 'De verbinding met TLA is weg. Wat u schrijft blijft staan; we proberen het opnieuw.',
  },
};

async function send(envelope: unknown): Promise<ApiResponse> {
  if (window.tla) return window.tla.call(envelope);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = getTransportToken();
  if (token !== null) headers['X-TLA-Token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers,
      body: JSON.stringify(envelope),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    // The network, not TLA: the same failure the desktop's main process gives (issue 13).
    return OFFLINE;
  }
  try {
    return (await response.json()) as ApiResponse;
  } catch {
    throw new ApiError('internal', `TLA gaf een onverwacht antwoord (${response.status}).`);
  }
}

/** The one door into the backend: a procedure name and its input, typed from the contract. */
export async function call<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  /** A screen refreshing what it shows (issue 13): not the user acting; see envelope.ts. */
  options: { achtergrond?: boolean | undefined } = {},
): Promise<OutputOf<N>> {
  const session = getSession();
  const envelope = {
    name,
    input,
    ...(session === null ? {} : { session }),
    ...(options.achtergrond === true ? { achtergrond: true } : {}),
  };
  const result = await send(envelope);
  if (result.ok) {
    setOffline(false);
    return result.data as OutputOf<N>;
  }
  throw failed(result, name);
}

/** The error for a failure; tells the banner and the login screen what it means. */
function failed(result: ApiFailure, name: string): ApiError {
  const { code, message, issues } = result.error;
  setOffline(code === ('offline' satisfies ErrorCode));
  if (code === ('unauthenticated' satisfies ErrorCode) && name !== 'auth.login') {
    for (const listener of unauthenticatedListeners) listener();
  }
  return new ApiError(code, message, issues ?? []);
}

/**
 * A dossier document's bytes for the viewer (issue 13). In the desktop app they come through the
 * main process as bytes: from this computer's backend, or from the TLA server's
 * `GET /api/document/:id`; in the browser (the loopback transport) as `document.content`'s base64.
 * Both are audited as an open by the backend, with the same checks.
 */
export async function leesDocument(documentId: number): Promise<Uint8Array<ArrayBuffer>> {
  const bridge = window.tla;
  if (bridge?.document === undefined) {
    return base64ToBytes((await call('document.content', { documentId })).dataBase64);
  }
  const session = getSession();
  const result = await bridge.document(session === null ? { documentId } : { session, documentId });
  if (!result.ok) throw failed(result, 'document.content');
  setOffline(false);
  return result.bytes as Uint8Array<ArrayBuffer>;
}
