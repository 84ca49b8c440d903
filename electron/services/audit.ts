import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
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

export function appendAudit(sqlite: Database.Database, at: string, entry: AuditEntry): void {
  const last = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  sqlite
    .prepare(
      `INSERT INTO audit_log (at, actor_user_id, action, object_type, object_id, details, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      at,
      entry.actorUserId,
      entry.action,
      entry.objectType,
      entry.objectId,
      entry.details ?? null,
      prev,
      rowHash(prev, at, entry),
    );
}

/** Walks the chain; returns the id of the first row that does not match, or null when intact. */
export function verifyAuditChain(sqlite: Database.Database): number | null {
  const rows = sqlite
    .prepare(
      'SELECT id, at, actor_user_id, action, object_type, object_id, details, prev_hash, hash FROM audit_log ORDER BY id',
    )
    .all() as {
    id: number;
    at: string;
    actor_user_id: number | null;
    action: string;
    object_type: string;
    object_id: number | null;
    details: string | null;
    prev_hash: string;
    hash: string;
  }[];
  let prev = GENESIS;
  for (const r of rows) {
    const entry: AuditEntry = {
      actorUserId: r.actor_user_id,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      ...(r.details === null ? {} : { details: r.details }),
    };
    if (r.prev_hash !== prev || r.hash !== rowHash(prev, r.at, entry)) return r.id;
    prev = r.hash;
  }
  return null;
}
