import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { Herkomst } from '../contract/envelope';
import type { SessieStap } from '../domain/toegang-op-afstand';
import type { IsoDate, Role } from '../domain/types';

/** One row of the audit log as a service hands it in; `details` never holds personal data. */
export interface AuditEntry {
  readonly actorUserId: number | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: number | null;
  readonly details?: string;
  /**
   * Issue 13: the client address of a call from another machine; absent for this computer (the
   * Logboek says 'Deze computer'). Set by the backend from the call's herkomst, never by a service.
   */
  readonly bron?: string;
}

/** The encrypted, content-addressed document store (implemented in documents/store.ts). */
export interface DocumentStore {
  put(plain: Uint8Array): { sha256: string; size: number };
  get(sha256: string): Buffer;
  has(sha256: string): boolean;
  /** Issue 11: removes a blob no row names any more (a destroyed dossier's); absent is fine. */
  remove(sha256: string): void;
}

export interface SessionUser {
  readonly id: number;
  readonly naam: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly deskundigeId: number | null;
  /** A password set by the beheerder: until it is changed only that change is possible (S3). */
  readonly mustChangePassword: boolean;
}

/** What a service gets: the database, the clock, the document store and the caller. */
export interface ServiceContext {
  readonly sqlite: Database.Database;
  readonly db: Db;
  readonly docs: DocumentStore;
  /** Instant of this call (ISO UTC). */
  readonly nowIso: string;
  /** Calendar date of this call in Europe/Amsterdam. */
  readonly today: IsoDate;
  /** Issue 13: where this call comes from (`LOKALE_HERKOMST` for this computer). */
  readonly herkomst: Herkomst;
  audit(entry: Omit<AuditEntry, 'actorUserId'>): void;
  /** Runs `fn` in one synchronous transaction (no awaits inside). */
  tx<T>(fn: () => T): T;
  /** Queues documents for the text index; call after the import has committed. */
  indexDocuments(documentIds: readonly number[]): void;
}

export interface AuthedContext extends ServiceContext {
  readonly user: SessionUser;
  readonly sessionToken: string;
  /** Issue 13: how far this session has come (signed in, waiting for the code, enrolling only). */
  readonly sessionStap: SessieStap;
  readonly sessions: SessionControl;
}

/** Issue 13: one active session as the beheerder sees it (never its token). */
export interface SessieInfo {
  /** A public id of the session, not its token. */
  readonly id: string;
  readonly userId: number;
  readonly begonnenMs: number;
  readonly laatstGezienMs: number;
  readonly herkomst: Herkomst;
  readonly stap: SessieStap;
}

export interface SessionControl {
  /** Issue 13: a session from `herkomst`, at `stap` (default: fully signed in). */
  login(user: SessionUser, herkomst: Herkomst, stap?: SessieStap): string;
  logout(token: string): void;
  /** Ends every session of `userId` at once, except `exceptToken` (the caller's own, if given). */
  endUser(userId: number, exceptToken?: string): void;
  /**
   * Issue 13: a session that gave its second factor (or enrolled one) becomes a full one under a
   * new token (the old one ends: a token seen before the second factor is worth nothing after).
   */
  promote(token: string): string;
  /** Issue 13: the sessions alive now, oldest first. */
  list(): SessieInfo[];
  /** Issue 13: ends the session with public id `id`; its user id, or null when there is none. */
  end(id: string): number | null;
  /** Issue 13: the public id of the session with `token`, or null. */
  idOf(token: string): string | null;
}

export interface PublicContext extends ServiceContext {
  readonly sessions: SessionControl;
}
