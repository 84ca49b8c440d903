import type { IpcMain } from 'electron';
import type { ApiFailure, ApiResponse, Backend } from '../contract/envelope';
import { CALL_CHANNEL } from '../transport/channel';
import { isTrustedSender } from './trusted-sender';

// Frozen: the same object is returned for every refused call, so no caller may change it.
export const FORBIDDEN_FAILURE: ApiFailure = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden', message: 'Deze aanroep is niet toegestaan.' }),
} as const);

// The renderer sees this instead of a rejected invoke, whose message could carry a path or SQL.
export const INTERNAL_FAILURE: ApiFailure = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', message: 'Er ging iets mis. Probeer het opnieuw.' }),
} as const);

/** The IPC transport: check the sender frame, then hand the envelope to the procedure table. */
export async function handleCall(
  frameUrl: string | undefined | null,
  envelope: unknown,
  backend: Backend,
): Promise<ApiResponse> {
  if (!isTrustedSender(frameUrl)) return FORBIDDEN_FAILURE;
  try {
    return await backend.dispatch(envelope);
  } catch {
    return INTERNAL_FAILURE;
  }
}

export function registerCallHandler(ipc: Pick<IpcMain, 'handle'>, backend: Backend): void {
  ipc.handle(CALL_CHANNEL, (event, envelope: unknown) =>
    handleCall(event.senderFrame?.url, envelope, backend),
  );
}
