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

function rowHash(prev: string, at: string, e: AuditEntry): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        prev,
        at,
        e.actorUserId,
        e.action,
        e.objectType,
        e.objectId,
        e.details ?? null,
      ]),
    )
    .digest('hex');
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
    const entry: AuditEntry = {
      actorUserId: r.actorUserId,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      ...(r.details === null ? {} : { details: r.details }),
    };
    if (r.prevHash !== prev || r.hash !== rowHash(prev, r.at, entry)) return r.id;
    prev = r.hash;
  }
  return null;
}
