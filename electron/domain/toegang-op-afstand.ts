// Issue 13 · accounts fit for remote access: the rules for sessions, the second factor (TOTP with
// recovery codes) and the throttles. Pure: the services keep the state (in memory or in the
// database) and compute TOTP codes with the otpauth library; these functions decide.

/** How far a session has come: signed in, waiting for the second factor, or only enrolling it. */
export type SessieStap = 'volledig' | 'code' | 'inschrijven';
export const SESSIE_STAPPEN = ['volledig', 'code', 'inschrijven'] as const;

// ── Sessions ────────────────────────────────────────────────────────────────────────────────

/** Quality goal S3: a session idle this long is locked (ended): 15 minutes. */
export const IDLE_LIMIT_MS = 15 * 60 * 1000;

/**
 * Issue 13: a session ends this long after it began, whatever the activity: 12 hours. Long enough
 * for a working day with its breaks (nobody is asked to sign in again mid-afternoon), short enough
 * that a session left open on a shared machine, or a token that leaked, dies the same day. A
 * constant, not a setting: it bounds the harm of a stolen token, which no beheerder should have to
 * weigh or be able to loosen by accident.
 */
export const MAX_SESSIE_DUUR_MS = 12 * 60 * 60 * 1000;

/** A session waiting for its second factor (or its enrolment) lives at most this long: 10 minutes. */
export const WACHT_OP_CODE_MS = 10 * 60 * 1000;

export interface SessieTijden {
  readonly begonnenMs: number;
  readonly laatstGezienMs: number;
  readonly stap: SessieStap;
}

/** Why a session is over at `nowMs` ('inactief', 'verlopen'), or null while it holds. */
export function sessieEinde(s: SessieTijden, nowMs: number): 'inactief' | 'verlopen' | null {
  if (nowMs - s.begonnenMs >= MAX_SESSIE_DUUR_MS) return 'verlopen';
  if (s.stap !== 'volledig' && nowMs - s.begonnenMs >= WACHT_OP_CODE_MS) return 'verlopen';
  if (nowMs - s.laatstGezienMs > IDLE_LIMIT_MS) return 'inactief';
  return null;
}

/**
 * The step a correct password leads to. A user with a second factor always gives the code; one
 * without, signing in from another machine while the SWV requires it there, may only enrol.
 */
export function stapNaWachtwoord(f: {
  readonly heeftTweedeFactor: boolean;
  readonly opAfstand: boolean;
  readonly verplichtOpAfstand: boolean;
}): SessieStap {
  if (f.heeftTweedeFactor) return 'code';
  if (f.opAfstand && f.verplichtOpAfstand) return 'inschrijven';
  return 'volledig';
}

// ── TOTP (RFC 6238) ─────────────────────────────────────────────────────────────────────────

/** SHA-1, 6 digits, 30 seconds: what every authenticator app reads from a QR code. */
export const TOTP_PERIODE_S = 30;
export const TOTP_CIJFERS = 6;
/**
 * One step either side (RFC 6238 §5.2 recommends at most one step for network delay): a code is
 * good from 30 s before its own period to 30 s after it, for a clock a little off.
 */
export const TOTP_VENSTER = 1;
/** 160 bits, RFC 4226's recommended secret length. */
export const TOTP_SECRET_BYTES = 20;

/**
 * Whether a code of time step `stap` may be accepted after `laatsteStap` (the step of the last code
 * accepted for this user, null when none): a code is never accepted twice, nor an older one once a
 * newer one was used (an observed code cannot be replayed within its window).
 */
export function totpStapNieuw(stap: number, laatsteStap: number | null): boolean {
  return laatsteStap === null || stap > laatsteStap;
}

// ── Recovery codes ──────────────────────────────────────────────────────────────────────────

/** Ten recovery codes, shown once; each ends its use when spent. */
export const HERSTELCODES_AANTAL = 10;
/** Ten characters of RFC 4648's base32 alphabet (a–z, 2–7): 50 bits each. */
export const HERSTELCODE_TEKENS = 10;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A recovery code from random bytes (one byte per character), written as two groups: `abcde-fghij`. */
export function herstelcodeUit(bytes: Uint8Array): string {
  if (bytes.length < HERSTELCODE_TEKENS) throw new RangeError('te weinig bytes');
  let s = '';
  for (let i = 0; i < HERSTELCODE_TEKENS; i += 1) s += BASE32[(bytes[i] ?? 0) % 32];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/**
 * What the user typed in the code field: a TOTP code (six digits, spaces allowed), a recovery code
 * (ten base32 characters, a dash and spaces allowed, any case), or null when it is neither.
 */
export function leesCode(
  invoer: string,
): { soort: 'totp'; code: string } | { soort: 'herstel'; code: string } | null {
  const compact = invoer.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { soort: 'totp', code: compact };
  if (new RegExp(`^[a-z2-7]{${HERSTELCODE_TEKENS}}$`).test(compact))
    return { soort: 'herstel', code: compact };
  return null;
}

// ── Throttling ──────────────────────────────────────────────────────────────────────────────

/**
 * Per client address (issue 13): many failed attempts from one address, whatever the accounts —
 * passwords and second-factor codes alike — close that address for a while. 20 failures within
 * 15 minutes: four accounts' worth of the per-account limit (5), so one office behind one address
 * where a few people mistype is not shut out, while guessing across many accounts is.
 */
export const ADRES_MAX_MISLUKT = 20;
export const ADRES_VENSTER_MS = 15 * 60 * 1000;

/** The failures still within the window at `nowMs` (the rest are forgotten). */
export function recenteMislukkingen(momenten: readonly number[], nowMs: number): number[] {
  return momenten.filter((t) => nowMs - t < ADRES_VENSTER_MS);
}

/** Whether an address with these failure instants is refused at `nowMs`. */
export function adresGeblokkeerd(momenten: readonly number[], nowMs: number): boolean {
  return recenteMislukkingen(momenten, nowMs).length >= ADRES_MAX_MISLUKT;
}

/**
 * Second-factor codes per account: after 5 wrong codes the account takes no code for 5 minutes
 * (a million TOTP codes: five guesses per five minutes make guessing hopeless), and the waiting
 * session ends, so the password has to be given again.
 */
export const CODE_MAX_MISLUKT = 5;
export const CODE_LOCK_MS = 5 * 60 * 1000;
