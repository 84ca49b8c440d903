import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, DISK_FULL_MESSAGE } from '../../electron/api/backend';
import type { ApiResponse, Backend } from '../../electron/contract/envelope';
import { DataFolderInUseError } from '../../electron/core/integrity';
import { demoOpp } from '../../electron/demo/pdfs';
import { createDocumentStore } from '../../electron/documents/store';
import { verifyAuditChain } from '../../electron/services/audit';
import { client, login, openReadonly, type Client } from '../support/backend';
import { registration } from '../support/fixtures';

// Issue 11, item 1: nothing acknowledged is lost. A full disk is answered in Dutch, stores nothing
// and needs no restart; reads go on; a second backend on one data folder refuses and touches
// nothing.

const key = randomBytes(32);
let dir: string;
let dbPath: string;
let documentsDir: string;
/** The disk is full for the document store while this is true (ENOSPC after a first part). */
let storeFull = false;
let sqlite: Database.Database | null = null;
let backend: Backend;
let sll: Client;
let schoolId: number;
let demoAanvraagId: number;

function open(): Backend {
  return createBackend({
    dbPath,
    documentsDir,
    documentKey: key,
    now: () => new Date('2026-09-15T10:00:00Z'),
    logger: { error: () => undefined },
    faults: {
      documentStoreIo: {
        writeSync: (fd, buffer, offset, length) => {
          if (!storeFull) return fs.writeSync(fd, buffer, offset, length);
          // A nearly full disk: a first part is written, then there is no room.
          if (offset === 0) return fs.writeSync(fd, buffer, offset, Math.min(length, 4096));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        },
      },
      database: (s) => {
        sqlite = s;
      },
    },
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-durable-'));
  dbPath = path.join(dir, 'tla.sqlite');
  documentsDir = path.join(dir, 'documents');
  backend = open();
  await client(backend).call('setup.loadDemo', {});
  await backend.whenIdle();
  sll = await login(backend, 'sll');
  schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  demoAanvraagId = (
    await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 1 })
  ).rows[0]!.id;
}, 60000);
afterAll(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const filesIn = (folder: string) =>
  fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();

function count(table: string): number {
  const db = openReadonly({ dbPath, key });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function registerWithPdf(naam: string) {
  const pdf = await demoOpp({
    leerling: { naam, geboortedatum: '2016-01-01', groep: 5 },
    school: { naam: 'S' },
    datum: '2026-09-01',
    seed: naam.length,
  });
  return backend.dispatch({
    name: 'aanvraag.register',
    session: sll.session,
    input: registration(schoolId, {
      leerlingNaam: naam,
      documents: [
        {
          kind: 'opp',
          fileName: 'opp.pdf',
          documentDate: '2026-09-01',
          dataBase64: Buffer.from(pdf).toString('base64'),
        },
      ],
    }),
  });
}

/** Reads answer on a full disk: the list and a dossier. */
async function readsWork(): Promise<void> {
  const list = await sll.call('werk.mijn', {
    role: 'secretaris',
    search: '',
    offset: 0,
    limit: 20,
  });
  expect(list.rows.length).toBeGreaterThan(0);
  expect((await sll.call('aanvraag.get', { aanvraagId: demoAanvraagId })).id).toBe(demoAanvraagId);
}

function integrityHolds(): void {
  const db = openReadonly({ dbPath, key });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(db)).toBeNull();
  } finally {
    db.close();
  }
}

describe('a full disk (issue 11)', () => {
  it('refuses a registration whose PDF does not fit, in Dutch, and stores nothing of it', async () => {
    const before = { aanvragen: count('aanvragen'), documenten: count('documenten') };
    const files = filesIn(documentsDir);
    storeFull = true;
    const r = await registerWithPdf('Vol Schijf');
    expect(r).toEqual({ ok: false, error: { code: 'disk_full', message: DISK_FULL_MESSAGE } });
    expect(DISK_FULL_MESSAGE).toMatch(/^De schijf is vol\./);
    expect({ aanvragen: count('aanvragen'), documenten: count('documenten') }).toEqual(before);
    expect(filesIn(documentsDir)).toEqual(files); // no blob, no temp file
    await readsWork();
    integrityHolds();
    // Space is freed: the same step works, without a restart.
    storeFull = false;
    const again = await registerWithPdf('Vol Schijf');
    expect(again.ok).toBe(true);
    expect(count('aanvragen')).toBe(before.aanvragen + 1);
    expect(filesIn(documentsDir)).toHaveLength(files.length + 1);
  });

  it('refuses a step the database cannot hold (SQLITE_FULL), rolls it back and goes on after', async () => {
    const db = sqlite!;
    await backend.whenIdle();
    const before = count('aanvragen');
    const auditBefore = count('audit_log');
    // The database may not grow and every free page is taken: as a full disk to SQLite.
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 8}`);
    db.exec('CREATE TABLE vulling (b BLOB)');
    // Large rows first, then ever smaller ones, so that no page keeps room for a small row.
    for (const size of [500, 50, 1]) {
      const fill = db.prepare(`INSERT INTO vulling VALUES (randomblob(${size}))`);
      for (;;) {
        try {
          fill.run();
        } catch (error) {
          expect((error as { code?: string }).code).toBe('SQLITE_FULL');
          break;
        }
      }
    }
    // The pages of other tables may still have room for a row or two: register until one needs a
    // page the database may not take. Every answer before it is a whole registration.
    let r: ApiResponse;
    let registered = before;
    let audited = auditBefore;
    for (let i = 0; ; i += 1) {
      registered = count('aanvragen');
      audited = count('audit_log');
      r = await registerWithPdf(`Volle Database ${i}`);
      if (!r.ok || i >= 200) break;
      expect(count('aanvragen')).toBe(registered + 1);
    }
    expect(r).toEqual({ ok: false, error: { code: 'disk_full', message: DISK_FULL_MESSAGE } });
    expect(db.inTransaction).toBe(false); // rolled back, nothing half-done left open
    expect(count('aanvragen')).toBe(registered);
    expect(count('audit_log')).toBe(audited);
    // Lists still answer. Opening a dossier writes its audit row (§12: every view is logged): it is
    // served when that row still fits, and otherwise refused in Dutch, never served unlogged.
    expect(
      (await sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 20 })).rows
        .length,
    ).toBeGreaterThan(0);
    const views = count('audit_log');
    const view = await backend.dispatch({
      name: 'aanvraag.get',
      input: { aanvraagId: demoAanvraagId },
      session: sll.session,
    });
    if (view.ok) expect(count('audit_log')).toBe(views + 1);
    else
      expect(view).toEqual({ ok: false, error: { code: 'disk_full', message: DISK_FULL_MESSAGE } });
    integrityHolds();
    // Room again (the beheerder freed space): the next step works on the same backend.
    db.exec('DROP TABLE vulling');
    db.pragma('max_page_count = 1073741823');
    const again = await registerWithPdf('Volle Database');
    expect(again.ok).toBe(true);
    expect(count('aanvragen')).toBe(registered + 1);
    integrityHolds();
  });
});

/** Runs the child that opens a backend on `dir`; resolves with its first line and the child. */
function openInChild(): Promise<{ line: string; kill: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/open-backend-child.ts', dir, key.toString('hex')],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined)
        resolve({
          line,
          kill: () => {
            child.kill('SIGKILL');
            return exited;
          },
        });
    });
    child.on('error', reject);
  });
}

describe('one process per data folder (issue 11)', () => {
  it('a second backend in this process refuses before it opens or sweeps anything', () => {
    // A blob written for a step that has not committed yet: no row names it.
    const pending = createDocumentStore(documentsDir, key).put(randomBytes(1000)).sha256;
    expect(() => open()).toThrow(DataFolderInUseError);
    expect(createDocumentStore(documentsDir, key).has(pending)).toBe(true);
  });

  it('a second process refuses and touches nothing; the lock dies with its process', async () => {
    await backend.whenIdle(); // the first backend writes nothing meanwhile (its text index is done)
    const pending = createDocumentStore(documentsDir, key).put(randomBytes(1000)).sha256;
    const stat = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : null);
    const before = [stat(dbPath), stat(`${dbPath}-wal`), filesIn(documentsDir)];
    const second = await openInChild();
    expect(second.line).toBe('refused DataFolderInUseError');
    await second.kill();
    expect([stat(dbPath), stat(`${dbPath}-wal`), filesIn(documentsDir)]).toEqual(before);
    expect(createDocumentStore(documentsDir, key).has(pending)).toBe(true);

    // The first lets go; another process takes the folder, and is killed (SIGKILL) holding it.
    backend.close();
    const holder = await openInChild();
    expect(holder.line).toBe('opened');
    // It swept what no row names: exactly what the refused one had to leave alone.
    expect(createDocumentStore(documentsDir, key).has(pending)).toBe(false);
    expect(() => open()).toThrow(DataFolderInUseError);
    await holder.kill();
    // No stale lock: the kernel released it with the process.
    backend = open();
    sll = await login(backend, 'sll');
    await readsWork();
  }, 60000);
});
