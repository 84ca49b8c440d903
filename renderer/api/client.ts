import type { ApiResponse, ErrorCode } from '../../electron/contract/envelope';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';
import type { KiesMapInput, KiesMapOutput } from '../../electron/contract/kies-map';
import { ApiError } from './errors';
import { getSession, getTransportToken } from './session';

interface TlaBridge {
  call(envelope: unknown): Promise<ApiResponse>;
  /** The operating system's folder dialog; only in the desktop app (electron/preload). */
  kiesMap?(input: KiesMapInput): Promise<KiesMapOutput>;
}

/** Whether the folder dialog is there (the desktop app); in the browser the path is typed. */
export const kiesMapBeschikbaar = (): boolean => typeof window.tla?.kiesMap === 'function';

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
    throw new ApiError('internal', 'De verbinding met TLA is verbroken. Start de app opnieuw.');
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
): Promise<OutputOf<N>> {
  const session = getSession();
  const envelope = session === null ? { name, input } : { name, input, session };
  const result = await send(envelope);
  if (result.ok) return result.data as OutputOf<N>;
  const { code, message, issues } = result.error;
  if (code === ('unauthenticated' satisfies ErrorCode) && name !== 'auth.login') {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw new ApiError(code, message, issues ?? []);
}
