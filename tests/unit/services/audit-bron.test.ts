import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../../db/open';
import { appendAudit, verifyAuditChain } from '../../../electron/services/audit';

// Issue 13 · the client address in the audit chain: a row without one hashes its seven fields as
// every row before migration 0013 did; a row with one hashes it too; a changed bron breaks the chain.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function fresh() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-audit-bron-'));
  dirs.push(dir);
  return openDatabase({ file: path.join(dir, 'tla.sqlite'), key: databaseKey(randomBytes(32)) });
}

describe('the audit chain with client addresses', () => {
  it('hashes a row without a bron as before 0013, and verifies rows with and without one', () => {
    const { db, sqlite, close } = fresh();
    try {
      const at = '2026-12-01T09:00:00.000Z';
      appendAudit(db, at, {
        actorUserId: 1,
        action: 'auth.login',
        objectType: 'user',
        objectId: 1,
      });
      appendAudit(db, at, {
        actorUserId: 2,
        action: 'auth.login',
        objectType: 'user',
        objectId: 2,
        bron: '203.0.113.5',
      });
      appendAudit(db, at, {
        actorUserId: 3,
        action: 'auth.login',
        objectType: 'user',
        objectId: 3,
      });
      const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as {
        hash: string;
        bron: string | null;
      }[];
      expect(rows.map((r) => r.bron)).toEqual([null, '203.0.113.5', null]);
      const oldStyle = createHash('sha256')
        .update(JSON.stringify(['0'.repeat(64), at, 1, 'auth.login', 'user', 1, null]))
        .digest('hex');
      expect(rows[0]?.hash).toBe(oldStyle);
      expect(verifyAuditChain(sqlite)).toBeNull();

      // Tampering with a bron (the append-only trigger set aside, as an attacker with the key could).
      sqlite.exec('DROP TRIGGER audit_log_no_update');
      sqlite.prepare("UPDATE audit_log SET bron = '198.51.100.1' WHERE id = 2").run();
      expect(verifyAuditChain(sqlite)).toBe(2);
      sqlite.prepare('UPDATE audit_log SET bron = NULL WHERE id = 2').run();
      expect(verifyAuditChain(sqlite)).toBe(2);
      sqlite.prepare("UPDATE audit_log SET bron = '203.0.113.5' WHERE id = 2").run();
      expect(verifyAuditChain(sqlite)).toBeNull();
      sqlite.prepare("UPDATE audit_log SET bron = '203.0.113.5' WHERE id = 3").run();
      expect(verifyAuditChain(sqlite)).toBe(3);
    } finally {
      close();
    }
  });
});
