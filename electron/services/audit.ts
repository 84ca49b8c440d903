import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { desc, sql } from 'drizzle-orm';
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
  const fields = [prev, at, e.actorUserId, e.action, e.objectType, e.objectId, e.details ?? null];
  if (e.bron !== undefined) fields.push(e.bron);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

type StoredRow = typeof auditLog.$inferSelect;

/**
 * The stored rows with id ≥ `fromId`, in order. A plain connection, and a database at any schema:
 * a backup of one before migration 0013 (no bron column) is verified before it is migrated.
 */
function storedRows(sqlite: Database.Database, fromId: number, limit: number): StoredRow[] {
  const columns = sqlite.prepare('PRAGMA table_info(audit_log)').all() as { name: string }[];
  const bron = columns.some((c) => c.name === 'bron') ? 'bron' : 'NULL AS bron';
  return sqlite
    .prepare(
      `SELECT id, at, actor_user_id AS actorUserId, action, object_type AS objectType,
        object_id AS objectId, details, prev_hash AS prevHash, hash, ${bron}
       FROM audit_log WHERE id >= ? ORDER BY id LIMIT ?`,
    )
    .all(fromId, limit) as StoredRow[];
}

/** The entry a stored row was hashed from. */
function entryOf(r: StoredRow): AuditEntry {
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
// A row without a client address names exactly the columns it always named: drizzle's builder
// would add every column of today's schema (bron as null), and the writer also serves a database at
// a schema before migration 0013 (the migration tests seed old schemas through it).
const insertQuery = preparedPerDb((db) =>
  (db as Db & { $client: Database.Database }).$client.prepare(
    `INSERT INTO audit_log (at, actor_user_id, action, object_type, object_id, details, prev_hash, hash)
     VALUES (@at, @actorUserId, @action, @objectType, @objectId, @details, @prevHash, @hash)`,
  ),
);
// Issue 13: a row with a client address (a call from another machine).
const insertWithBronQuery = preparedPerDb((db) =>
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
  const row = {
    at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    details: entry.details ?? null,
    prevHash,
    hash: rowHash(prevHash, at, entry),
  };
  if (entry.bron === undefined) insertQuery(db).run(row);
  else insertWithBronQuery(db).run({ ...row, bron: entry.bron });
}

/**
 * Walks the chain; returns the id of the first row that does not match, or null when intact. Takes
 * a plain connection: the check also runs on a file opened just for it (read-only, in tests).
 */
export function verifyAuditChain(sqlite: Database.Database): number | null {
  const rows = storedRows(sqlite, 0, -1);
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
  const rows = storedRows(sqlite, fromId, limit);
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
