import type { IpcMain } from 'electron';
import type { ApiFailure, DocumentBytes } from '../contract/envelope';
import {
  ADRES_FOUT,
  DOCUMENT_CHANNEL,
  documentInput,
  VERBINDING_CHANNEL,
  verbindingInput,
  type VerbindingOutput,
} from '../contract/verbinding';
import type { Connection } from './connection';
import { FORBIDDEN_FAILURE, INTERNAL_FAILURE } from './ipc';
import { isTrustedSender } from './trusted-sender';

// Issue 13 · the two channels beside `call`: the connection screen's questions, and a dossier
// document's bytes for the viewer. Like `call`, only our own app:// frame may ask, and every
// request is parsed with zod before anything happens.

const REFUSED: VerbindingOutput = Object.freeze({
  ok: false,
  melding: FORBIDDEN_FAILURE.error.message,
});

const INVALID_DOCUMENT: ApiFailure = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'invalid_input', message: 'Dit document bestaat niet.' }),
} as const);

export async function handleVerbinding(
  frameUrl: string | undefined | null,
  raw: unknown,
  connection: Pick<Connection, 'handle'>,
): Promise<VerbindingOutput> {
  if (!isTrustedSender(frameUrl)) return REFUSED;
  const input = verbindingInput.safeParse(raw);
  if (!input.success) {
    const issue = input.error.issues[0];
    if (issue?.path[0] === 'adres')
      return { ok: false, melding: issue.code === 'custom' ? issue.message : ADRES_FOUT };
    if (issue?.path[0] === 'vingerafdruk')
      return { ok: false, melding: 'Deze vingerafdruk is niet geldig.' };
    return REFUSED;
  }
  try {
    return await connection.handle(input.data);
  } catch {
    return { ok: false, melding: INTERNAL_FAILURE.error.message };
  }
}

export async function handleDocument(
  frameUrl: string | undefined | null,
  raw: unknown,
  connection: Pick<Connection, 'readDocument'>,
): Promise<DocumentBytes | ApiFailure> {
  if (!isTrustedSender(frameUrl)) return FORBIDDEN_FAILURE;
  const input = documentInput.safeParse(raw);
  if (!input.success) return INVALID_DOCUMENT;
  try {
    const answer = await connection.readDocument(input.data.session, input.data.documentId);
    // IPC copies a Uint8Array as it is (structured clone): bytes, never base64.
    return answer.ok ? { ok: true, bytes: new Uint8Array(answer.bytes) } : answer;
  } catch {
    return INTERNAL_FAILURE;
  }
}

export function registerConnectionHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  connection: Pick<Connection, 'handle' | 'readDocument'>,
): void {
  ipc.handle(VERBINDING_CHANNEL, (event, raw: unknown) =>
    handleVerbinding(event.senderFrame?.url, raw, connection),
  );
  ipc.handle(DOCUMENT_CHANNEL, (event, raw: unknown) =>
    handleDocument(event.senderFrame?.url, raw, connection),
  );
}
