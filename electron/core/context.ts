import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { IsoDate, Role } from '../domain/types';

/** One row of the audit log as a service hands it in; `details` never holds personal data. */
export interface AuditEntry {
  readonly actorUserId: number | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: number | null;
  readonly details?: string;
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
  audit(entry: Omit<AuditEntry, 'actorUserId'>): void;
  /** Runs `fn` in one synchronous transaction (no awaits inside). */
  tx<T>(fn: () => T): T;
  /** Queues documents for the text index; call after the import has committed. */
  indexDocuments(documentIds: readonly number[]): void;
}

export interface AuthedContext extends ServiceContext {
  readonly user: SessionUser;
  readonly sessionToken: string;
  readonly sessions: SessionControl;
}

export interface SessionControl {
  login(user: SessionUser): string;
  logout(token: string): void;
  /** Ends every session of `userId` at once, except `exceptToken` (the caller's own, if given). */
  endUser(userId: number, exceptToken?: string): void;
}

export interface PublicContext extends ServiceContext {
  readonly sessions: SessionControl;
}
