import type { ApiFailure, ErrorCode, Herkomst } from '../contract/envelope';

// What the TLA server refuses to a caller on another machine before the backend sees the call
// (issue 13, part 5). The backend's own rules (session, roles, need-to-know) hold for everyone;
// these are about procedures that need no session but must not be open to the whole network.

/**
 * The first start's procedures (the first functioneel beheerder, the demo; the backend allows them
 * only while there are no users): from this machine only (an SSH tunnel counts), unless the
 * configuration allows them from the network, so nobody on the network makes themself beheerder.
 */
export const SETUP_PROCEDURES: ReadonlySet<string> = new Set([
  'setup.createBeheerder',
  'setup.loadDemo',
]);

/** Putting back a backup without a session (the recovery mode): from this machine only, always. */
export const RESTORE_PROCEDURES: ReadonlySet<string> = new Set([
  'herstel.generaties',
  'herstel.terugzetten',
  'herstel.documentenTerugzetten',
]);

export interface NetworkPolicy {
  readonly setupFromNetwork: boolean;
  readonly inRecoveryMode: boolean;
}

const failure = (code: ErrorCode, message: string): ApiFailure => ({
  ok: false,
  error: { code, message },
});

/** The procedure name of an envelope, when it has one (the backend parses the rest). */
export function procedureName(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const name = (body as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/** A Dutch refusal for a call from `herkomst`, or null when the backend may take it. */
export function networkRefusal(
  name: string | null,
  herkomst: Herkomst,
  policy: NetworkPolicy,
): ApiFailure | null {
  if (!herkomst.opAfstand) return null;
  if (policy.inRecoveryMode)
    return failure(
      'internal',
      'De TLA-server staat in de herstelmodus: de gegevens konden niet worden geopend. De beheerder van de server herstelt dit op de server zelf.',
    );
  if (name !== null && RESTORE_PROCEDURES.has(name))
    return failure('forbidden', 'Een back-up terugzetten kan alleen op de server zelf.');
  if (name !== null && SETUP_PROCEDURES.has(name) && !policy.setupFromNetwork)
    return failure(
      'forbidden',
      'TLA inrichten kan alleen op de server zelf (of via een SSH-tunnel naar de server).',
    );
  return null;
}
