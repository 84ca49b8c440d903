import argon2 from 'argon2';
import type Database from 'better-sqlite3';
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
  sqlite: Database.Database,
  input: { naam: string; username: string; passwordHash: string; roles: readonly Role[] },
): number {
  const exists = sqlite.prepare('SELECT 1 FROM users WHERE username = ?').get(input.username);
  if (exists)
    throw new UserFacingError('conflict', 'Deze gebruikersnaam is al in gebruik.', 'username');
  const info = sqlite
    .prepare('INSERT INTO users (username, naam, password_hash) VALUES (?, ?, ?)')
    .run(input.username, input.naam, input.passwordHash);
  const id = Number(info.lastInsertRowid);
  const addRole = sqlite.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of new Set(input.roles)) addRole.run(id, role);
  return id;
}

export function loadSessionUser(sqlite: Database.Database, userId: number): SessionUser | null {
  const row = sqlite
    .prepare(
      `SELECT u.id, u.naam, u.username, d.id AS deskundige_id FROM users u
       LEFT JOIN deskundigen d ON d.user_id = u.id AND d.active = 1
       WHERE u.id = ? AND u.active = 1`,
    )
    .get(userId) as
    { id: number; naam: string; username: string; deskundige_id: number | null } | undefined;
  if (!row) return null;
  const roles = (
    sqlite.prepare('SELECT role FROM user_roles WHERE user_id = ?').all(userId) as {
      role: string;
    }[]
  )
    .map((r) => r.role)
    .filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    id: row.id,
    naam: row.naam,
    username: row.username,
    roles: ROLES.filter((r) => roles.includes(r)),
    deskundigeId: row.deskundige_id,
  };
}

const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$2Gm2nC6Y6G5Yf4p0mI1qO4yq5Q3pQm3xj4sLZ2X9b7k';

export class LoginGuard {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  constructor(private readonly clock: () => number) {}

  /** Verifies a login; the same message for an unknown user and a wrong password. */
  async verify(sqlite: Database.Database, username: string, password: string): Promise<number> {
    const state = this.failures.get(username);
    if (state && state.lockedUntil > this.clock()) {
      throw new UserFacingError(
        'forbidden',
        'Te veel mislukte pogingen. Probeer het over enkele minuten opnieuw.',
      );
    }
    const row = sqlite
      .prepare('SELECT id, password_hash FROM users WHERE username = ? AND active = 1')
      .get(username) as { id: number; password_hash: string } | undefined;
    const valid = await argon2
      .verify(row?.password_hash ?? DUMMY_HASH, password)
      .catch(() => false);
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
