import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase, type OpenedDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { client, login } from '../support/backend';

// Mijn werk is polled by every user (issue 13), so its statements must not read a table through:
// `npm run load` found a deskundige's list reading every aanvraag (a subquery that named the outer
// row: ~40 s with 50,000) and every advice per assignment. SQLite's own plan of each statement the
// call runs must search by an index; only the small lists of ids (json_each) may be scanned.

let backend: Backend;
let dir: string;
let key: Buffer;
let recording: string[] | null = null;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-werk-plan-'));
  key = randomBytes(32);
  backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    now: () => new Date('2026-11-25T10:00:00Z'),
    logger: { error: () => undefined },
    traceSql: (sql) => recording?.push(sql),
    reportWarmDelayMs: null,
  });
  await client(backend).call('setup.loadDemo', {});
}, 60_000);

afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The tables each statement of a call reads through whole (SQLite's query plan, 'SCAN …'). */
function scans(db: OpenedDatabase, statements: readonly string[]): string[] {
  return statements.flatMap((statement) => {
    const params = (statement.match(/\?/g) ?? []).map(() => null);
    const plan = db.sqlite.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(...params) as {
      detail: string;
    }[];
    return plan
      .map((p) => p.detail)
      .filter((d) => d.startsWith('SCAN ') && !d.startsWith('SCAN json_each'));
  });
}

describe('Mijn werk reads by index', () => {
  it.each([
    ['ortho1', 'deskundige'],
    ['sll', 'secretaris'],
    ['voorzitter', 'voorzitter'],
    ['directeur', 'directeur'],
  ] as const)('%s as %s', async (username, role) => {
    const user = await login(backend, username);
    recording = [];
    const werk = await user.call('werk.mijn', { role, search: '', offset: 0, limit: 50 });
    const statements = recording.filter((s) => !/^(insert|update|delete)/i.test(s.trim()));
    recording = null;
    expect(werk.total).toBeGreaterThan(0);
    const db = openDatabase({ file: path.join(dir, 'tla.sqlite'), key: databaseKey(key) });
    try {
      expect(scans(db, statements)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
