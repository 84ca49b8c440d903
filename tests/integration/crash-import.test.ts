import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/api/backend';
import { createDocumentStore, sweepOrphans } from '../../electron/documents/store';
import { client, openReadonly, startTestBackend, type TestBackend } from '../support/backend';

// Issue 4: after a crash at any moment of an import there is neither a row without its blob nor a
// blob without its row. A child process imports in a loop and is killed (SIGKILL) at varying
// moments; then the backend starts again and the store and the database must agree.

let t: TestBackend;

beforeAll(async () => {
  t = startTestBackend();
  await client(t.backend).call('setup.loadDemo', {});
  t.backend.close();
}, 60000);
afterAll(() => fs.rmSync(t.dir, { recursive: true, force: true }));

/**
 * Runs the importing child until it has started its `imports`-th import, then kills it after
 * `delayMs` (the kill moment is the point of the test: it lands before, inside or after the blob
 * writes and the commit).
 */
function killDuringImport(imports: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/import-child.ts', t.dir, t.key.toString('hex')],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk
        .toString()
        .split('\n')
        .filter((l) => l.startsWith('import')).length;
      if (seen >= imports) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
}

describe('the orphan sweep at start-up', () => {
  it('removes a blob no row names and a temp file, and keeps referenced blobs', async () => {
    const dir = path.join(t.dir, 'sweep');
    const store = createDocumentStore(dir, t.key);
    const kept = store.put(Buffer.from('%PDF-1.4 kept')).sha256;
    const orphan = store.put(Buffer.from('%PDF-1.4 orphan')).sha256;
    fs.writeFileSync(path.join(dir, `${kept.slice(0, 2)}`, 'x.bin.123.tmp'), 'ciphertext');
    expect(sweepOrphans(dir, new Set([kept]))).toBe(2);
    expect(store.has(kept)).toBe(true);
    expect(store.has(orphan)).toBe(false);
  });
});

describe('an import killed at any moment', () => {
  it('leaves no orphan row and no orphan blob', async () => {
    for (const [imports, delayMs] of [
      [1, 0],
      [1, 40],
      [2, 80],
      [1, 120],
      [2, 160],
      [1, 200],
      [3, 20],
    ] as const) {
      await killDuringImport(imports, delayMs);
    }
    const again = createBackend({
      dbPath: t.dbPath,
      documentsDir: path.join(t.dir, 'documents'),
      documentKey: t.key,
      logger: { error: () => undefined },
    });
    again.close();
    const db = openReadonly(t);
    const rows = db
      .prepare('SELECT sha256 FROM documenten UNION SELECT sha256 FROM brieven')
      .all() as { sha256: string }[];
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const store = createDocumentStore(path.join(t.dir, 'documents'), t.key);
    for (const r of rows) expect(store.get(r.sha256).subarray(0, 5).toString()).toBe('%PDF-');
    const files = fs
      .readdirSync(path.join(t.dir, 'documents'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile());
    const referenced = new Set(rows.map((r) => `${r.sha256}.bin`));
    expect(files.filter((f) => !referenced.has(f.name)).map((f) => f.name)).toEqual([]);
  }, 120000);
});
