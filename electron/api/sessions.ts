import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../core/context';

// Sessions live in memory only: a restart signs everybody out. Auto-lock after 15 minutes idle
// (quality goal S3).
export const IDLE_LIMIT_MS = 15 * 60 * 1000;

interface Entry {
  user: SessionUser;
  lastSeen: number;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: () => number) {}

  create(user: SessionUser): string {
    const token = randomBytes(32).toString('base64url');
    this.entries.set(token, { user, lastSeen: this.clock() });
    return token;
  }

  /** The session's user, or null when unknown or idle too long (then it is removed). */
  touch(token: string | undefined): SessionUser | null {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return null;
    const now = this.clock();
    if (now - entry.lastSeen > IDLE_LIMIT_MS) {
      this.entries.delete(token);
      return null;
    }
    entry.lastSeen = now;
    return entry.user;
  }

  remove(token: string): void {
    this.entries.delete(token);
  }

  /** Ends every session of a user (deactivated, password reset), except `exceptToken`. */
  removeUser(userId: number, exceptToken?: string): void {
    for (const [token, entry] of this.entries)
      if (entry.user.id === userId && token !== exceptToken) this.entries.delete(token);
  }
}
