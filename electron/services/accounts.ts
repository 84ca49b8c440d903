import argon2 from 'argon2';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { preparedPerDb } from '../../db/prepared';
import { deskundigen, userRoles, users } from '../../db/schema';
import type { SessionUser } from '../core/context';
import { UserFacingError } from '../core/errors';
import { ROLES, type Role } from '../domain/types';

// Local accounts. Argon2id at 64 MiB, t=3 (above the OWASP minimum of 19 MiB, t=2; quality goal
// S3/P8); the hash runs on libuv's thread pool, off the main thread.
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
} as const;

/** Throttling (S3): after 5 failures a username is locked for 5 minutes. */
export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60 * 1000;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

const WEAK = ['wachtwoord', 'password', 'welkom', 'qwerty', '123456', 'abcdef', 'letmein'];

/** A deny-list check on top of the length rule of the schema (S3). */
export function assertStrongPassword(password: string, username: string): void {
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase()) || WEAK.some((w) => lower.includes(w))) {
    throw new UserFacingError(
      'invalid_input',
      'Dit wachtwoord is te makkelijk te raden. Kies een langere zin of een unieke combinatie.',
      'password',
    );
  }
}

export function insertUser(
  db: Db,
  input: { naam: string; username: string; passwordHash: string; roles: readonly Role[] },
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
    .values({ username: input.username, naam: input.naam, passwordHash: input.passwordHash })
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
  };
}

const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$2Gm2nC6Y6G5Yf4p0mI1qO4yq5Q3pQm3xj4sLZ2X9b7k';

export class LoginGuard {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  constructor(private readonly clock: () => number) {}

  /** Verifies a login; the same message for an unknown user and a wrong password. */
  async verify(db: Db, username: string, password: string): Promise<number> {
    const state = this.failures.get(username);
    if (state && state.lockedUntil > this.clock()) {
      throw new UserFacingError(
        'forbidden',
        'Te veel mislukte pogingen. Probeer het over enkele minuten opnieuw.',
      );
    }
    const row = db
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(and(eq(users.username, username), eq(users.active, true)))
      .get();
    const valid = await argon2.verify(row?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!row || !valid) {
      const count = (state?.count ?? 0) + 1;
      this.failures.set(username, {
        count,
        lockedUntil: count >= MAX_FAILURES ? this.clock() + LOCK_MS : 0,
      });
      throw new UserFacingError('unauthenticated', 'Gebruikersnaam of wachtwoord klopt niet.');
    }
    this.failures.delete(username);
    return row.id;
  }
}
