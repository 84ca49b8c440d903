import argon2 from 'argon2';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { preparedPerDb } from '../../db/prepared';
import { deskundigen, userRoles, users } from '../../db/schema';
import { LOKALE_HERKOMST, type Herkomst } from '../contract/envelope';
import type { AuthedContext, SessionUser } from '../core/context';
import { UserFacingError } from '../core/errors';
import { isLocked, LOCK_MS, MAX_FAILURES } from '../domain/accounts';
import {
  adresGeblokkeerd,
  CODE_LOCK_MS,
  CODE_MAX_MISLUKT,
  recenteMislukkingen,
} from '../domain/toegang-op-afstand';
import { ROLES, type Role } from '../domain/types';

// Local accounts. Argon2id at 64 MiB, t=3 (above the OWASP minimum of 19 MiB, t=2; quality goal
// S3/P8); the hash runs on libuv's thread pool, off the main thread.
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
} as const;

export { LOCK_MS, MAX_FAILURES } from '../domain/accounts';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

const WEAK = ['wachtwoord', 'password', 'welkom', 'qwerty', '123456', 'abcdef', 'letmein'];

/** A deny-list check on top of the length rule of the schema (S3). */
export function assertStrongPassword(password: string, username: string, field = 'password'): void {
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase()) || WEAK.some((w) => lower.includes(w))) {
    throw new UserFacingError(
      'invalid_input',
      'Dit wachtwoord is te makkelijk te raden. Kies een langere zin of een unieke combinatie.',
      field,
    );
  }
}

export function insertUser(
  db: Db,
  input: {
    naam: string;
    username: string;
    passwordHash: string;
    roles: readonly Role[];
    /** A password the beheerder chose is changed at the next login (S3); the demo's is not. */
    mustChangePassword?: boolean;
  },
): number {
  const exists = db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, input.username))
    .get();
  if (exists)
    throw new UserFacingError('conflict', 'Deze gebruikersnaam is al in gebruik.', 'username');
  const info = db
    .insert(users)
    .values({
      username: input.username,
      naam: input.naam,
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .run();
  const id = Number(info.lastInsertRowid);
  for (const role of new Set(input.roles)) db.insert(userRoles).values({ userId: id, role }).run();
  return id;
}

// Read on every call of a signed-in user: prepared once per database (db/prepared.ts).
const sessionUserQuery = preparedPerDb((db) =>
  db
    .select({
      id: users.id,
      naam: users.naam,
      username: users.username,
      mustChangePassword: users.mustChangePassword,
      deskundigeId: deskundigen.id,
    })
    .from(users)
    .leftJoin(deskundigen, and(eq(deskundigen.userId, users.id), eq(deskundigen.active, true)))
    .where(and(eq(users.id, sql.placeholder('userId')), eq(users.active, true)))
    .prepare(),
);
const rolesQuery = preparedPerDb((db) =>
  db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, sql.placeholder('userId')))
    .prepare(),
);

export function loadSessionUser(db: Db, userId: number): SessionUser | null {
  const row = sessionUserQuery(db).get({ userId });
  if (!row) return null;
  const roles = rolesQuery(db)
    .all({ userId })
    .map((r) => r.role);
  return {
    id: row.id,
    naam: row.naam,
    username: row.username,
    roles: ROLES.filter((r) => roles.includes(r)),
    deskundigeId: row.deskundigeId,
    mustChangePassword: row.mustChangePassword,
  };
}

const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$2Gm2nC6Y6G5Yf4p0mI1qO4yq5Q3pQm3xj4sLZ2X9b7k';

const ADRES_GEBLOKKEERD =
  'Te veel mislukte pogingen vanaf dit adres. Probeer het over een kwartier opnieuw, of neem contact op met de functioneel beheerder.';

/**
 * The login throttle (S3), in memory like the sessions: after MAX_FAILURES failures a username is
 * locked for LOCK_MS. The beheerder sees the locks (`locks`) and may lift one (`unlock`).
 * Issue 13 adds two more: wrong second-factor codes per account (CODE_MAX_MISLUKT, CODE_LOCK_MS),
 * and failures of either kind per client address (ADRES_MAX_MISLUKT within ADRES_VENSTER_MS). The
 * address throttle counts calls from other machines only: on this computer the accounts are the
 * only thing to guess, and one shared 'lokaal' address would let one person lock everyone out.
 */
export class LoginGuard {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  private readonly codeFailures = new Map<number, { count: number; lockedUntil: number }>();
  private readonly adresFailures = new Map<string, number[]>();
  constructor(private readonly clock: () => number) {}

  /** Issue 13: refuses a call from an address with too many recent failures. */
  private refuseAddress(herkomst: Herkomst): void {
    if (!herkomst.opAfstand) return;
    const momenten = this.adresFailures.get(herkomst.adres);
    if (momenten && adresGeblokkeerd(momenten, this.clock()))
      throw new UserFacingError('forbidden', ADRES_GEBLOKKEERD);
  }

  private failAddress(herkomst: Herkomst): void {
    if (!herkomst.opAfstand) return;
    const now = this.clock();
    const recent = recenteMislukkingen(this.adresFailures.get(herkomst.adres) ?? [], now);
    recent.push(now);
    this.adresFailures.set(herkomst.adres, recent);
    // Addresses whose failures all aged out are forgotten, so the map does not grow without end.
    if (this.adresFailures.size > 1000)
      for (const [adres, m] of this.adresFailures)
        if (recenteMislukkingen(m, now).length === 0) this.adresFailures.delete(adres);
  }

  /** Issue 13: refuses a second-factor code while the account or the address is locked. */
  refuseCode(userId: number, herkomst: Herkomst): void {
    this.refuseAddress(herkomst);
    const state = this.codeFailures.get(userId);
    if (state && isLocked(state.lockedUntil, this.clock()))
      throw new UserFacingError(
        'forbidden',
        'Te veel onjuiste codes. Probeer het over enkele minuten opnieuw.',
      );
  }

  /** Issue 13: counts a wrong code; true when the account is locked by it. */
  failCode(userId: number, herkomst: Herkomst): boolean {
    this.failAddress(herkomst);
    const count = (this.codeFailures.get(userId)?.count ?? 0) + 1;
    const locked = count >= CODE_MAX_MISLUKT;
    // A lock starts the count afresh: after it, the next five codes are tried again.
    this.codeFailures.set(userId, {
      count: locked ? 0 : count,
      lockedUntil: locked ? this.clock() + CODE_LOCK_MS : 0,
    });
    return locked;
  }

  /** Issue 13: a good code forgets the wrong ones before it. */
  codeOk(userId: number): void {
    this.codeFailures.delete(userId);
  }

  private refuseWhileLocked(username: string): void {
    const state = this.failures.get(username);
    if (state && isLocked(state.lockedUntil, this.clock())) {
      throw new UserFacingError(
        'forbidden',
        'Te veel mislukte pogingen. Probeer het over enkele minuten opnieuw, of vraag de functioneel beheerder uw account te ontgrendelen.',
      );
    }
  }

  private fail(username: string): void {
    const count = (this.failures.get(username)?.count ?? 0) + 1;
    this.failures.set(username, {
      count,
      lockedUntil: count >= MAX_FAILURES ? this.clock() + LOCK_MS : 0,
    });
  }

  /**
   * Verifies a login; the same message for an unknown user and a wrong password. A deactivated
   * account with the right password hears that it is deactivated (only its owner knows that
   * password), and that does not count as a failure.
   */
  async verify(
    db: Db,
    username: string,
    password: string,
    herkomst: Herkomst = LOKALE_HERKOMST,
  ): Promise<number> {
    this.refuseAddress(herkomst);
    this.refuseWhileLocked(username);
    const row = db
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
      .from(users)
      .where(eq(users.username, username))
      .get();
    const valid = await argon2.verify(row?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!row || !valid) {
      this.fail(username);
      this.failAddress(herkomst);
      throw new UserFacingError('unauthenticated', 'Gebruikersnaam of wachtwoord klopt niet.');
    }
    if (!row.active)
      throw new UserFacingError(
        'forbidden',
        'Dit account is gedeactiveerd. Neem contact op met de functioneel beheerder.',
      );
    this.failures.delete(username);
    return row.id;
  }

  /** The usernames locked now, with the instant (ms) their lock ends. */
  locks(): Map<string, number> {
    const now = this.clock();
    const locked = new Map<string, number>();
    for (const [username, state] of this.failures)
      if (isLocked(state.lockedUntil, now)) locked.set(username, state.lockedUntil);
    return locked;
  }

  /** Lifts the lock and forgets the failures of `username`. */
  unlock(username: string): void {
    this.failures.delete(username);
  }
}

/**
 * A user changes their own password: the current one (it counts toward the throttle when wrong),
 * then the new one, which must differ and pass the deny-list. The must-change flag clears; the
 * user's other sessions end, this one stays.
 */
export async function changeOwnPassword(
  ctx: AuthedContext,
  guard: LoginGuard,
  input: { huidig: string; nieuw: string },
): Promise<{ ok: true }> {
  await guard.verify(ctx.db, ctx.user.username, input.huidig, ctx.herkomst).catch((e: unknown) => {
    if (e instanceof UserFacingError && e.code === 'unauthenticated')
      throw new UserFacingError('invalid_input', 'Uw huidige wachtwoord klopt niet.', 'huidig');
    throw e;
  });
  if (input.nieuw === input.huidig)
    throw new UserFacingError(
      'invalid_input',
      'Kies een ander wachtwoord dan het huidige.',
      'nieuw',
    );
  assertStrongPassword(input.nieuw, ctx.user.username, 'nieuw');
  const passwordHash = await hashPassword(input.nieuw);
  ctx.tx(() => {
    ctx.db
      .update(users)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(users.id, ctx.user.id))
      .run();
    ctx.audit({ action: 'auth.wachtwoordWijzigen', objectType: 'user', objectId: ctx.user.id });
  });
  ctx.sessions.endUser(ctx.user.id, ctx.sessionToken);
  return { ok: true };
}
