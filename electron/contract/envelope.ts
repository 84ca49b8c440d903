import { z } from 'zod';

/**
 * What crosses a transport (IPC or loopback HTTP): a procedure name, its input and the caller's
 * session token. The transports know nothing of procedures; they parse this envelope and hand it to
 * the procedure table (`Backend.dispatch`).
 */
export const envelopeSchema = z.object({
  name: z.string().min(1).max(80),
  input: z.unknown(),
  session: z.string().min(1).max(200).optional(),
  /**
   * Issue 13: a screen refreshing what it shows (focus, poll), not a person acting: it does not
   * keep the session from its idle lock, and a view this session already logged is not logged again.
   */
  achtergrond: z.boolean().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'domain',
  'internal',
  'disk_full',
  /** Issue 13: the TLA server cannot be reached (the desktop as a client); the call may be repeated. */
  'offline',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** A failure the renderer may show as is: a Dutch message, never a stack trace, path or SQL. */
export interface ApiFailure {
  readonly ok: false;
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly issues?: ApiIssue[];
  };
}
export interface ApiSuccess {
  readonly ok: true;
  readonly data: unknown;
}
export type ApiResponse = ApiSuccess | ApiFailure;

/**
 * Issue 13 · where a call comes from, as the transport saw it: the client's address and whether it
 * is another machine. Only the network-facing server passes one; the IPC and loopback transports
 * pass nothing, which means this computer (`LOKALE_HERKOMST`).
 */
export interface Herkomst {
  readonly adres: string;
  readonly opAfstand: boolean;
}

/** A call without a herkomst comes from this computer (the app's IPC or the loopback transport). */
export const LOKALE_HERKOMST: Herkomst = { adres: 'lokaal', opAfstand: false };

/** What dispatch accepts as a herkomst: an address of printable characters, at most 100 long. */
export const herkomstSchema = z.object({
  adres: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\x21-\x7e]+$/),
  opAfstand: z.boolean(),
});

/** The backend as the transports see it. */
export interface Backend {
  /** `herkomst` absent: the call comes from this computer (`LOKALE_HERKOMST`). */
  dispatch(envelope: unknown, herkomst?: Herkomst): Promise<ApiResponse>;
  /** Resolves when background work (the text index) is done; for tests and an orderly shutdown. */
  whenIdle(): Promise<void>;
  close(): void;
  /**
   * A dossier document for the session's user with the checks of `document.content` (session,
   * roles, input, need-to-know, audit), answered as bytes instead of base64 in JSON (the TLA
   * server, issue 13). Absent on the recovery backend.
   */
  readDocument?(
    session: string | undefined,
    documentId: unknown,
    herkomst?: Herkomst,
  ): Promise<DocumentBytes | ApiFailure>;
}

/** A dossier document's decrypted content, as bytes (the TLA server's binary path, issue 13). */
export interface DocumentBytes {
  readonly ok: true;
  readonly bytes: Uint8Array;
}
