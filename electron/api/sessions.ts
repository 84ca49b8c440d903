import { randomBytes } from 'node:crypto';
import type { Herkomst } from '../contract/envelope';
import type { SessieInfo, SessionUser } from '../core/context';
import { sessieEinde, type SessieStap } from '../domain/toegang-op-afstand';

// Sessions live in memory only: a restart signs everybody out (issue 13 keeps it so: a restart of
// the server is rare and planned, and a session table on disk would be one more secret at rest).
// Auto-lock after 15 minutes idle (quality goal S3); issue 13 adds an absolute lifetime of 12 hours
// and a short one for a session waiting for its second factor (domain/toegang-op-afstand.ts).
export { IDLE_LIMIT_MS } from '../domain/toegang-op-afstand';

interface Entry {
  readonly id: string;
  readonly user: SessionUser;
  readonly begonnenMs: number;
  lastSeen: number;
  readonly herkomst: Herkomst;
  readonly stap: SessieStap;
  readonly gezien: Set<string>;
}

/** What the backend needs of a live session on each call. */
export interface LiveSession {
  readonly user: SessionUser;
  readonly stap: SessieStap;
  /** The views this session logged (`action objectType objectId`), for a screen's refresh. */
  readonly gezien: Set<string>;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: () => number) {}

  create(user: SessionUser, herkomst: Herkomst, stap: SessieStap = 'volledig'): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    // Sessions nobody comes back to are dropped here too, so the map does not grow without end.
    this.prune(now);
    this.entries.set(token, {
      id: randomBytes(12).toString('base64url'),
      user,
      begonnenMs: now,
      lastSeen: now,
      herkomst,
      stap,
      gezien: new Set(),
    });
    return token;
  }

  /**
   * The live session of `token`, or null when unknown or over (then it is removed). A call in the
   * background (a screen's refresh) does not count as the user being there: the idle lock runs on.
   */
  touch(token: string | undefined, achtergrond = false): LiveSession | null {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return null;
    const now = this.clock();
    if (sessieEinde({ ...entry, laatstGezienMs: entry.lastSeen }, now) !== null) {
      this.entries.delete(token);
      return null;
    }
    if (!achtergrond) entry.lastSeen = now;
    return entry;
  }

  remove(token: string): void {
    this.entries.delete(token);
  }

  /** Ends every session of a user (deactivated, password reset), except `exceptToken`. */
  removeUser(userId: number, exceptToken?: string): void {
    for (const [token, entry] of this.entries)
      if (entry.user.id === userId && token !== exceptToken) this.entries.delete(token);
  }

  /** The session under a new token, now fully signed in; the old token ends. */
  promote(token: string): string {
    const entry = this.entries.get(token);
    if (!entry) throw new Error('unknown session');
    this.entries.delete(token);
    const next = randomBytes(32).toString('base64url');
    this.entries.set(next, { ...entry, stap: 'volledig', lastSeen: this.clock() });
    return next;
  }

  private prune(now: number): void {
    for (const [token, e] of this.entries)
      if (sessieEinde({ ...e, laatstGezienMs: e.lastSeen }, now) !== null)
        this.entries.delete(token);
  }

  /** The sessions alive now (the ones over are removed first), oldest first. */
  list(): SessieInfo[] {
    this.prune(this.clock());
    const live: SessieInfo[] = [];
    for (const e of this.entries.values()) {
      live.push({
        id: e.id,
        userId: e.user.id,
        begonnenMs: e.begonnenMs,
        laatstGezienMs: e.lastSeen,
        herkomst: e.herkomst,
        stap: e.stap,
      });
    }
    return live.sort((a, b) => a.begonnenMs - b.begonnenMs);
  }

  /** Ends the session with public id `id`; its user's id, or null when there is none. */
  endById(id: string): number | null {
    for (const [token, e] of this.entries)
      if (e.id === id) {
        this.entries.delete(token);
        return e.user.id;
      }
    return null;
  }

  idOf(token: string): string | null {
    return this.entries.get(token)?.id ?? null;
  }
}
