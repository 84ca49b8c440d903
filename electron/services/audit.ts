import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { desc, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../db/open';
import { preparedPerDb } from '../../db/prepared';
import { auditLog } from '../../db/schema';
import type { AuditEntry } from '../core/context';

// Audit log (quality goal S6): every read of dossier data and every change, with actor, time,
// object and action, chained by SHA-256 so that tampering with any row is detected. The table is
// append-only by trigger (db/migrations/0001). `details` must never hold personal data.

const GENESIS = '0'.repeat(64);

/**
 * The hash of a row. Issue 13: a row with a client address (`bron`, a call from another machine)
 * hashes it as an eighth field; a row without one hashes the seven fields as before, so every row
 * written before the column existed still verifies, and a bron added to, removed from or changed in
 * any row breaks the chain at that row.
 */
function rowHash(prev: string, at: string, e: AuditEntry): string {
  const fields = [
    prev,
    at,
    e.actorUserId,
    e.action,
    e.objectType,
    e.objectId,
    e.details ?? null,
  ];
  if (e.bron !== undefined) fields.push(e.bron);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** The entry a stored row was hashed from. */
function entryOf(r: typeof auditLog.$inferSelect): AuditEntry {
  return {
    actorUserId: r.actorUserId,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    ...(r.details === null ? {} : { details: r.details }),
    ...(r.bron === null ? {} : { bron: r.bron }),
  };
}

// Every change writes an audit row: both statements prepared once per database (db/prepared.ts).
const lastHashQuery = preparedPerDb((db) =>
  db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare(),
);
const insertQuery = preparedPerDb((db) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      actorUserId: sql.placeholder('actorUserId'),
      action: sql.placeholder('action'),
      objectType: sql.placeholder('objectType'),
      objectId: sql.placeholder('objectId'),
      details: sql.placeholder('details'),
      bron: sql.placeholder('bron'),
      prevHash: sql.placeholder('prevHash'),
      hash: sql.placeholder('hash'),
    })
    .prepare(),
);

export function appendAudit(db: Db, at: string, entry: AuditEntry): void {
  const prevHash = lastHashQuery(db).get()?.hash ?? GENESIS;
  insertQuery(db).run({
    at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    details: entry.details ?? null,
    bron: entry.bron ?? null,
    prevHash,
    hash: rowHash(prevHash, at, entry),
  });
}

/**
 * Walks the chain; returns the id of the first row that does not match, or null when intact. Takes
 * a plain connection: the check also runs on a file opened just for it (read-only, in tests).
 */
export function verifyAuditChain(sqlite: Database.Database): number | null {
  const rows = drizzle(sqlite).select().from(auditLog).orderBy(auditLog.id).all();
  let prev = GENESIS;
  for (const r of rows) {
    const entry = entryOf(r);
    if (r.prevHash !== prev || r.hash !== rowHash(prev, r.at, entry)) return r.id;
    prev = r.hash;
  }
  return null;
}

// Issue 11 (corruption is never silent): the head of the chain, and the chain walked in parts.

const headQuery = preparedPerDb((db) =>
  db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .prepare(),
);

/** The last row of the chain (id and hash only); `{ id: 0, hash: GENESIS }` for an empty chain. */
export function auditHead(db: Db): { id: number; hash: string } {
  return headQuery(db).get() ?? { id: 0, hash: GENESIS };
}

/** The row at `id` (id and hash only), or null: the check at start looks up the head kept outside. */
export function auditRowAt(
  sqlite: Database.Database,
  id: number,
): { id: number; hash: string } | null {
  const row = sqlite.prepare('SELECT id, hash FROM audit_log WHERE id = ?').get(id) as
    { id: number; hash: string } | undefined;
  return row ?? null;
}

export interface ChainWalk {
  /** The id of the first row that does not match, or null. */
  readonly broken: number | null;
  /** The last row walked (null: none), to continue the walk from. */
  readonly last: { id: number; hash: string } | null;
  readonly rows: number;
}

/**
 * Walks up to `limit` rows with id ≥ `fromId`. `prev` is the hash the first row must chain to; null
 * trusts the first row's own prev_hash (a walk that starts inside the chain). Each row's hash is
 * recomputed from its fields, so a changed row, a missing row or a reordering is found.
 */
export function verifyAuditRows(
  sqlite: Database.Database,
  fromId: number,
  limit: number,
  prev: string | null,
): ChainWalk {
  const rows = drizzle(sqlite)
    .select()
    .from(auditLog)
    .where(sql`${auditLog.id} >= ${fromId}`)
    .orderBy(auditLog.id)
    .limit(limit)
    .all();
  let expected = prev ?? rows[0]?.prevHash ?? GENESIS;
  let last: { id: number; hash: string } | null = null;
  for (const r of rows) {
    const entry = entryOf(r);
    if (r.prevHash !== expected || r.hash !== rowHash(expected, r.at, entry))
      return { broken: r.id, last, rows: rows.length };
    expected = r.hash;
    last = { id: r.id, hash: r.hash };
  }
  return { broken: null, last, rows: rows.length };
}

/** The hash the first row of the chain links to. */
export const AUDIT_GENESIS = GENESIS;
