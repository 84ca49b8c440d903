import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databaseKey, openDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import { statBlob } from '../../electron/documents/check';
import { BLOB_ENVELOPE_BYTES, blobFile } from '../../electron/documents/store';
import { AUDIT_START_WINDOW } from '../../electron/domain/integriteit';
import { AUDIT_GENESIS, appendAudit, verifyAuditRows } from '../../electron/services/audit';
import { checkAtStart } from '../../electron/services/integriteit';
import { login, type TestBackend } from '../support/backend';
import { measure, summarize, type Stat } from './stats';

// Issue 11, the checks at start and in the background: what they cost on the demo with 50,000
// aanvragen (`t`, closed), and on a document store of 50,000 blobs and an audit chain of 200,000
// rows (synthetic: the seed writes neither).

const BLOBS = 50_000;
const CHAIN = 200_000;

export async function integrityBench(t: TestBackend): Promise<Stat[]> {
  const results: Stat[] = [];
  const options = {
    dbPath: t.dbPath,
    documentsDir: path.join(t.dir, 'documents'),
    documentKey: t.key,
    integrityCheckDelayMs: 60_000,
    logger: { error: () => undefined },
  };
  const starts: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const t0 = performance.now();
    const backend = createBackend(options);
    starts.push(performance.now() - t0);
    await backend.whenIdle();
    backend.close();
  }
  results.push(
    summarize('P1', 'createBackend: open, migrations, checks at start (demo + 50k)', 300, starts),
  );

  const opened = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
  results.push(
    await measure(
      'I11',
      'checks at start alone: marker, chain window, stat per blob',
      null,
      20,
      () => checkAtStart(opened.sqlite, opened.db, t.dbPath, options.documentsDir),
    ),
  );
  opened.close();

  // The background check on the demo's blobs and chain, as the backend runs it (yielding).
  const backend = createBackend({ ...options, integrityCheckDelayMs: 0 });
  const beheer = await login(backend, 'beheer');
  let status = await beheer.call('beheer.integriteit', {});
  while (status.achtergrond.status !== 'klaar') {
    await new Promise((r) => setTimeout(r, 5));
    status = await beheer.call('beheer.integriteit', {});
  }
  backend.close();
  const a = status.achtergrond;
  results.push(
    summarize(
      'I11',
      `background check, demo: ${a.auditRegels} audit rows, ${a.bestandenTotaal} blobs decrypted + hashed`,
      null,
      [Date.parse(a.klaarOp as string) - Date.parse(a.begonnenOp as string)],
    ),
  );

  results.push(...(await syntheticStore()));
  results.push(...(await syntheticChain()));
  return results;
}

/** 50,000 blobs in 256 folders (envelope-sized files): one stat each, as at start. */
async function syntheticStore(): Promise<Stat[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-blobs-'));
  try {
    const refs: { sha256: string; size: number }[] = [];
    for (let i = 0; i < BLOBS; i += 1) {
      const sha = randomBytes(32).toString('hex');
      const file = blobFile(dir, sha);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.alloc(BLOB_ENVELOPE_BYTES + 100));
      refs.push({ sha256: sha, size: 100 });
    }
    return [
      await measure('I11', `stat per blob at start, ${BLOBS} blobs (warm cache)`, null, 5, () => {
        for (const r of refs) if (statBlob(dir, r) !== 'ok') throw new Error('bench blob');
      }),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An audit chain of 200,000 rows: the window walked at start, and the whole chain. */
async function syntheticChain(): Promise<Stat[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-chain-'));
  const key = randomBytes(32);
  const opened = openDatabase({ file: path.join(dir, 'c.sqlite'), key: databaseKey(key) });
  try {
    opened.sqlite.transaction(() => {
      for (let i = 0; i < CHAIN; i += 1)
        appendAudit(opened.db, '2026-01-01T00:00:00.000Z', {
          actorUserId: 1,
          action: 'document.open',
          objectType: 'document',
          objectId: i,
        });
    })();
    const window = await measure(
      'I11',
      `audit chain window at start (${AUDIT_START_WINDOW} rows)`,
      null,
      20,
      () =>
        verifyAuditRows(opened.sqlite, CHAIN - AUDIT_START_WINDOW + 1, AUDIT_START_WINDOW, null),
    );
    const full = await measure(
      'I11',
      `whole audit chain, ${CHAIN} rows (background)`,
      null,
      3,
      () => {
        let from = 1;
        let prev = AUDIT_GENESIS;
        for (;;) {
          const walk = verifyAuditRows(opened.sqlite, from, 2000, prev);
          if (walk.broken !== null) throw new Error('bench chain broken');
          if (walk.rows < 2000 || !walk.last) break;
          prev = walk.last.hash;
          from = walk.last.id + 1;
        }
      },
    );
    return [window, full];
  } finally {
    opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
