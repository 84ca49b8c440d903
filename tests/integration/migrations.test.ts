import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseIntegrityError, databaseKey, openDatabase } from '../../db/open';
import { startBackend } from '../../electron/api/start';
import { demoOpp } from '../../electron/demo/pdfs';
import { createDocumentStore } from '../../electron/documents/store';
import { hashPassword } from '../../electron/services/accounts';
import { auditHead, verifyAuditChain } from '../../electron/services/audit';
import {
  auditHeadMarkerPath,
  openAuditHeadMarker,
  readAuditHeadMarker,
} from '../../electron/services/audit-head';
import { layout, listGeneraties } from '../../electron/services/backup/folder';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema';
import { client, EERSTE_BEHEERDER, login } from '../support/backend';
import {
  appliedMigrations,
  columnsOf,
  createAtVersion,
  expectedApplied,
  migrationsUpTo,
  migrationsWithOneMore,
  MIGRATIONS_DIR,
  readJournal,
  schemaOf,
  tmpDir,
  userTables,
  type SchemaObject,
} from '../support/migrations';
import {
  bundleKillChild,
  classify,
  makeOldDatabase,
  removeDatabase,
  runKillChild,
  versionOf,
  type ChildEnd,
  type Version,
} from '../support/migration-kill';
import {
  insertSeed,
  missingSeedRows,
  seededTableNames,
  seedRows,
  type SeedInput,
} from '../support/migration-seed';

// Issue 11, Tests: "migrations from every released schema (0000 on) to the newest". For every entry
// of the journal (read at run time: a migration added later is covered without touching this file)
// an encrypted database is made at that schema with the app's own openDatabase and a migrations
// folder that holds only the entries up to it, realistic rows are written into it in that schema,
// and then it is opened as the app opens it, with every migration. Everything seeded must still be
// there, the database must pass its checks, and its schema must be the one a new install gets.

const JOURNAL = readJournal();
const NEWEST = JOURNAL.length - 1;
const KEY = databaseKey(randomBytes(32));
const fakeBlob = (n: number) => ({ sha256: n.toString(16).padStart(64, 'a'), size: 1000 + n });
const SEED: SeedInput = {
  blobs: {
    opp: fakeBlob(1),
    lvs: fakeBlob(2),
    brief: fakeBlob(3),
    notulen: fakeBlob(4),
    verklaring: fakeBlob(5),
    avgBrief: fakeBlob(6),
  },
  passwordHash:
    '$argon2id$v=19$m=65536,t=3,p=1$c2VlZHNlZWRzZWVk$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
};

const dirs: string[] = [];
const tmp = (prefix: string) => {
  const d = tmpDir(prefix);
  dirs.push(d);
  return d;
};
let freshSchema: SchemaObject[];

beforeAll(() => {
  const fresh = openDatabase({ file: path.join(tmp('migrate-fresh'), 'tla.sqlite'), key: KEY });
  freshSchema = schemaOf(fresh.sqlite);
  fresh.close();
});
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** What the data migrations derive for the seeded rows, by the schema the rows were written in. */
function derivedValues(sqlite: import('better-sqlite3').Database) {
  return {
    // 0005: every advice belongs to the assignment of its deskundige on its aanvraag.
    toewijzingen: sqlite.prepare('SELECT id, toewijzing_id FROM adviezen ORDER BY id').raw().all(),
    huidigeAdviezen: sqlite.prepare('SELECT id FROM huidige_adviezen ORDER BY id').pluck().all(),
    // 0006/0007: documents of before the text index wait for it; indexed ones keep their progress.
    tekst: sqlite
      .prepare('SELECT id, tekst_status, paginas_geindexeerd, versie FROM documenten ORDER BY id')
      .raw()
      .all(),
    // 0008: the columns added with a default.
    vestiging: sqlite.prepare('SELECT vestiging FROM scholen').pluck().all(),
    mustChange: sqlite.prepare('SELECT DISTINCT must_change_password FROM users').pluck().all(),
    // 0009: the text index deletes securely.
    secureDelete: sqlite
      .prepare(`SELECT v FROM document_text_config WHERE k = 'secure-delete'`)
      .pluck()
      .get(),
  };
}

describe('from every released schema to the newest', () => {
  it.each(JOURNAL.map((e) => [e.idx, e.tag] as const))(
    'a database at %i (%s) with rows in every table it has opens migrated, every row kept',
    (k) => {
      const file = path.join(tmp(`migrate-${k}`), 'tla.sqlite');
      const old = createAtVersion(file, KEY, k);
      expect(appliedMigrations(old.sqlite)).toEqual(expectedApplied(k));
      const seeded = insertSeed(old.sqlite, SEED);
      expect(missingSeedRows(old.sqlite, seeded)).toEqual([]);
      old.close();

      let backups = 0;
      const opened = openDatabase({ file, key: KEY, beforeMigrate: () => (backups += 1) });
      try {
        const { sqlite } = opened;
        // The backup before a migration: exactly when one was pending.
        expect(backups).toBe(k < NEWEST ? 1 : 0);
        expect(missingSeedRows(sqlite, seeded)).toEqual([]);
        expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        expect(schemaOf(sqlite)).toEqual(freshSchema);
        expect(appliedMigrations(sqlite)).toEqual(expectedApplied(NEWEST));
        expect(verifyAuditChain(sqlite)).toBeNull();
        expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(4);
        expect(derivedValues(sqlite)).toEqual({
          toewijzingen: [
            [1, 1],
            [2, 2],
            [3, 3],
          ],
          huidigeAdviezen: [1, 2, 3],
          tekst: [1, 2, 3].map((id) => (k < 6 ? [id, 'wacht', 0, 1] : [id, 'geindexeerd', 3, 1])),
          vestiging: ['00'],
          mustChange: [0],
          secureDelete: 1,
        });
        // The text index still finds the seeded words (0006 on).
        if (k >= 6)
          expect(
            sqlite
              .prepare(
                `SELECT document_id FROM document_text WHERE document_text MATCH 'begrijpend'`,
              )
              .pluck()
              .all(),
          ).toEqual([2]);
      } finally {
        opened.close();
      }
      // Opened again: nothing pending, no second backup, nothing changes.
      let again = 0;
      const reopened = openDatabase({ file, key: KEY, beforeMigrate: () => (again += 1) });
      expect(again).toBe(0);
      expect(missingSeedRows(reopened.sqlite, seeded)).toEqual([]);
      reopened.close();
    },
  );

  it('makes no backup for a new, empty database (there is nothing to keep)', () => {
    let backups = 0;
    const opened = openDatabase({
      file: path.join(tmp('migrate-new'), 'tla.sqlite'),
      key: KEY,
      beforeMigrate: () => (backups += 1),
    });
    expect(backups).toBe(0);
    expect(appliedMigrations(opened.sqlite)).toEqual(expectedApplied(NEWEST));
    opened.close();
  });

  it('the seed writes every column of every table of the schema before the newest', () => {
    // A table or column a user's database can hold at a released schema that the seed leaves out
    // would not be tested when a later migration rebuilds it: name it in migration-seed.ts.
    const k = Math.max(0, NEWEST - 1);
    const opened = createAtVersion(path.join(tmp('migrate-cover'), 'tla.sqlite'), KEY, k);
    try {
      const seeded = seededTableNames();
      const rows = new Map(seedRows(SEED).map((t) => [t.table, t.rows]));
      const uncovered: string[] = [];
      for (const table of userTables(opened.sqlite)) {
        if (!seeded.has(table)) {
          uncovered.push(table);
          continue;
        }
        if (table === 'audit_log') continue; // written whole by the audit writer
        const named = new Set((rows.get(table) ?? []).flatMap((r) => Object.keys(r)));
        for (const c of columnsOf(opened.sqlite, table))
          if (!named.has(c)) uncovered.push(`${table}.${c}`);
      }
      expect(uncovered).toEqual([]);
    } finally {
      opened.close();
    }
  });
});

describe('the app starts on a data folder whose database is at an old schema', () => {
  it('backs it up, migrates it, passes every check at start and serves its rows', async () => {
    const masterKey = randomBytes(32);
    const password = EERSTE_BEHEERDER.password;
    // The backup folder, set up by the beheerder on this machine (same master key) earlier.
    const map = tmp('migrate-backup-map');
    let backupJson: Buffer;
    {
      const setupDir = tmp('migrate-setup');
      const s = startBackend({
        dbPath: path.join(setupDir, 'tla.sqlite'),
        documentsDir: path.join(setupDir, 'documents'),
        documentKey: masterKey,
        backupTimer: false,
        logger: { error: () => undefined },
      });
      await client(s.backend).call('setup.createBeheerder', { ...EERSTE_BEHEERDER });
      const beheer = await login(s.backend, EERSTE_BEHEERDER.username, password);
      await beheer.call('backup.mapZetten', { map });
      await beheer.call('backup.herstelsleutelMaken', {});
      s.backend.close();
      backupJson = fs.readFileSync(path.join(setupDir, 'backup.json'));
    }

    // The data folder as a TLA of release 0000 left it: rows, blobs, the audit chain and its head.
    const dir = tmp('migrate-app');
    const dbPath = path.join(dir, 'tla.sqlite');
    const documentsDir = path.join(dir, 'documents');
    fs.writeFileSync(path.join(dir, 'backup.json'), backupJson);
    const store = createDocumentStore(documentsDir, masterKey);
    const pdf = async (naam: string, seed: number) =>
      store.put(
        Buffer.from(
          await demoOpp({
            leerling: { naam, geboortedatum: '2016-03-04', groep: 5 },
            school: { naam: 'OBS De Wegwijzer' },
            datum: '2026-08-28',
            seed,
          }),
        ),
      );
    const input: SeedInput = {
      blobs: {
        opp: await pdf('Noor de Vries', 1),
        lvs: await pdf('Noor de Vries', 2),
        brief: store.put(Buffer.from('%PDF-1.7 brief')),
        notulen: store.put(Buffer.from('%PDF-1.7 notulen')),
        verklaring: store.put(Buffer.from('%PDF-1.7 verklaring')),
        avgBrief: store.put(Buffer.from('%PDF-1.7 avg')),
      },
      passwordHash: await hashPassword(password),
    };
    const old = createAtVersion(dbPath, databaseKey(masterKey), 0);
    const seeded = insertSeed(old.sqlite, input);
    const head = auditHead(drizzle(old.sqlite, { schema }));
    openAuditHeadMarker(dbPath, head).close();
    old.close();

    const earlier = new Set(listGeneraties(layout(map)).map((g) => g.id));
    const errors: string[] = [];
    const started = startBackend({
      dbPath,
      documentsDir,
      documentKey: masterKey,
      backupTimer: false,
      integrityCheckDelayMs: 0,
      logger: { error: (event) => errors.push(event) },
    });
    try {
      expect(started.mode()).toBe('normaal');
      // The backup before the migration holds the database as it was: schema 0000, every row.
      const generaties = listGeneraties(layout(map)).filter((g) => !earlier.has(g.id));
      expect(generaties).toHaveLength(1);
      expect(generaties[0]).toMatchObject({
        reden: 'voor_migratie',
        schema: JOURNAL[0]!.when,
        verificatie: { goed: true },
        tellingen: { aanvragen: 2, documenten: 3, audit_log: 4, besluiten: 1 },
      });
      // The app reads the migrated rows.
      const sll = await login(started.backend, 'sll', password);
      const detail = await sll.call('aanvraag.get', { aanvraagId: 1 });
      expect(detail).toMatchObject({
        referentie: 'TLV-2026-0001',
        state: 'verzonden',
        // 0008 added the gemeente; an aanvraag registered before has none.
        leerling: { naam: 'Noor de Vries', woonplaats: 'Ede', gemeente: null },
        school: { naam: 'OBS De Wegwijzer', bestuurNaam: 'Stichting Primair Onderwijs De Vallei' },
      });
      expect(detail.documents.map((d) => d.id).sort()).toEqual([1, 2]);
      // The full check after start (every blob decrypted, the whole audit chain) finds nothing.
      const beheer = await login(started.backend, 'beheer', password);
      let status = await beheer.call('beheer.integriteit', {});
      for (let i = 0; i < 100 && status.achtergrond.status !== 'klaar'; i += 1) {
        await new Promise((r) => setTimeout(r, 50));
        status = await beheer.call('beheer.integriteit', {});
      }
      expect(status).toMatchObject({
        start: { waarschuwingen: [] },
        achtergrond: { status: 'klaar', auditKeten: 'ok' },
        melding: null,
      });
      expect(status.beschadigd.documentIds).toEqual([]);
      expect(status.ontbrekend.documentIds).toEqual([]);
    } finally {
      started.backend.close();
    }
    expect(errors).toEqual([]);
    // The head kept outside the database moved on with the sign-ins, and a second start (nothing
    // pending) makes no backup and passes the checks again.
    const marker = readAuditHeadMarker(auditHeadMarkerPath(dbPath));
    expect(marker.state === 'present' && marker.head.id > head.id).toBe(true);
    const again = startBackend({
      dbPath,
      documentsDir,
      documentKey: masterKey,
      backupTimer: false,
      logger: { error: (event) => errors.push(event) },
    });
    expect(again.mode()).toBe('normaal');
    again.backend.close();
    expect(listGeneraties(layout(map)).filter((g) => !earlier.has(g.id))).toHaveLength(1);
    const check = openDatabase({ file: dbPath, key: databaseKey(masterKey), readonly: true });
    // The sign-ins added audit rows; everything seeded is still there.
    expect(missingSeedRows(check.sqlite, seeded, { newRows: true })).toEqual([]);
    expect(verifyAuditChain(check.sqlite)).toBeNull();
    check.close();
  }, 60_000);
});

// Issue 11, Tests: "a kill during a migration leaves the old or the new version, never a mix". A
// child process migrates a database of schema 0000 with the seed and a hundred and fifty aanvragen (every
// migration, its data migrations with work to do) and is SIGKILLed: at chosen statements (the child
// stops in better-sqlite3's statement hook, so every statement before it has run and it has not)
// and after delays spread over the migration. After each kill the database is read WITHOUT
// migrating: its schema, the migrations drizzle recorded and every row of every table must be
// exactly those of the old version or of the migrated one; then the app's open migrates it to the
// newest. `npm run torture:migrations` does the same at every statement and many more moments.
describe('a kill during a migration', () => {
  const SCALE = 150;
  let work: string;
  let script: string;
  let oldFile: string;
  let old: Version;
  let migrated: Version;
  let full: Extract<ChildEnd, { kind: 'done' }>;
  let emptyMigrations: string;

  beforeAll(async () => {
    work = tmp('migrate-kill');
    emptyMigrations = migrationsUpTo(0, path.join(work, 'migrations-0'));
    script = await bundleKillChild(work);
    oldFile = path.join(work, 'old.sqlite');
    ({ old, migrated } = makeOldDatabase(oldFile, KEY, 0, SCALE, SEED));
    const run = path.join(work, 'run.sqlite');
    fs.copyFileSync(oldFile, run);
    const end = await runKillChild(script, run, KEY);
    if (end.kind !== 'done') throw new Error(`the child did not migrate: ${JSON.stringify(end)}`);
    full = end;
    expect(classify(run, KEY, old, migrated)).toBe('new');
    removeDatabase(run);
  }, 60_000);

  /** Kills a child migrating a fresh copy of the old database; returns what the copy holds. */
  async function killRound(
    label: string,
    kill: { stopAt?: number; killAfterMs?: number },
  ): Promise<{ end: ChildEnd; left: string }> {
    const file = path.join(work, `${label}.sqlite`);
    fs.copyFileSync(oldFile, file);
    const end = await runKillChild(script, file, KEY, kill);
    const left = classify(file, KEY, old, migrated);
    // Whatever was left, the app's next open migrates it to the newest, every row as the reference.
    const reopened = openDatabase({ file, key: KEY });
    try {
      expect(versionOf(reopened.sqlite), label).toEqual(migrated);
    } finally {
      reopened.close();
      removeDatabase(file);
    }
    return { end, left };
  }

  it('the migration runs in one transaction the hook sees whole, and never shows the key', () => {
    expect(old.applied).toEqual(expectedApplied(0));
    expect(migrated.applied).toEqual(expectedApplied(NEWEST));
    expect(migrated.schema).toEqual(freshSchema);
    const s = full.statements;
    const begin = s.findIndex((q) => q.startsWith('BEGIN'));
    const commit = s.indexOf('COMMIT');
    expect(full.migratingAt).not.toBeNull();
    expect(begin).toBeGreaterThanOrEqual(full.migratingAt!);
    expect(commit).toBeGreaterThan(begin);
    // Between them every statement of every pending migration, drizzle's records of them and the
    // foreign-key check; no second BEGIN, COMMIT, ROLLBACK or other transaction control inside.
    const inside = s.slice(begin + 1, commit);
    expect(
      inside.filter((q) => /^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(q)),
    ).toEqual([]);
    expect(inside.filter((q) => q.startsWith('INSERT INTO "__drizzle_migrations"'))).toHaveLength(
      NEWEST,
    );
    expect(inside.at(-1)).toBe('PRAGMA foreign_key_check');
    expect(s.join('\n')).not.toContain(KEY.toString('hex'));
  });

  it('the check tells a half-applied migration from both versions', () => {
    // What a migration outside one transaction could leave: the first statement of the next
    // migration applied, the rest not, nothing recorded.
    const file = path.join(work, 'half.sqlite');
    fs.copyFileSync(oldFile, file);
    const next = JOURNAL[1]!;
    const firstStatement = fs
      .readFileSync(path.join(MIGRATIONS_DIR, `${next.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')[0]!;
    const half = openDatabase({ file, key: KEY, migrationsDir: emptyMigrations });
    half.sqlite.exec(firstStatement);
    half.close();
    expect(classify(file, KEY, old, migrated)).toMatch(/^a mix: 1 migrations recorded/);
    removeDatabase(file);
  });

  it('at chosen statements: before the COMMIT the old version, after it the new, nothing else', async () => {
    const s = full.statements;
    const first = full.migratingAt! + 1; // 1-based: the first statement after the backup hook
    const commit = s.indexOf('COMMIT') + 1;
    const last = s.length;
    const targets = new Set([first, commit - 1, commit, commit + 1, last]);
    const update0005 = s.findIndex((q) => q.includes('Existing advices belong')) + 1;
    if (update0005 > 0) targets.add(update0005).add(update0005 + 1);
    for (let i = 0; i < 10; i += 1) targets.add(first + Math.round(((last - first) * i) / 9));
    const seen: string[] = [];
    for (const stopAt of [...targets].sort((a, b) => a - b)) {
      const { end, left } = await killRound(`stop-${stopAt}`, { stopAt });
      expect(end.kind, `statement ${stopAt}`).toBe('killed');
      expect(left, `killed before statement ${stopAt}: ${s[stopAt - 1]}`).toBe(
        stopAt <= commit ? 'old' : 'new',
      );
      seen.push(left);
    }
    expect(seen).toContain('old');
    expect(seen).toContain('new');
  }, 90_000);

  it('at moments spread over the migration: the old or the new version, never a mix', async () => {
    const counts: Record<string, number> = {};
    const rounds = 10;
    for (let i = 0; i < rounds; i += 1) {
      // Spread over the child's own migration time, measured in the run before.
      const killAfterMs = Math.round((full.migrateMs! * 1.2 * i) / (rounds - 1));
      const { end, left } = await killRound(`after-${i}`, { killAfterMs });
      expect(['old', 'new'], `killed ${killAfterMs} ms into the migration`).toContain(left);
      const key = `${end.kind}:${left}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    // Most kills landed inside the migration (the child was killed, not done).
    expect(counts['killed:old'] ?? 0).toBeGreaterThan(0);
  }, 90_000);
});

describe('a migration that fails', () => {
  const withOneMore = (sql: string) => migrationsWithOneMore(sql, tmp('migrate-more'));

  function seededAtNewest(): { file: string; before: Version } {
    const file = path.join(tmp('migrate-fails'), 'tla.sqlite');
    const opened = createAtVersion(file, KEY, NEWEST);
    insertSeed(opened.sqlite, SEED);
    const before = versionOf(opened.sqlite);
    opened.close();
    return { file, before };
  }

  const versionNow = (file: string): Version => {
    const opened = openDatabase({ file, key: KEY, readonly: true });
    try {
      return versionOf(opened.sqlite);
    } finally {
      opened.close();
    }
  };

  it('leaves the old version when a statement fails halfway', () => {
    const { file, before } = seededAtNewest();
    const dir = withOneMore(
      'CREATE TABLE proef (x integer);--> statement-breakpoint\nINSERT INTO proef VALUES (1);--> statement-breakpoint\nINSERT INTO geen_tabel VALUES (1);',
    );
    expect(() => openDatabase({ file, key: KEY, migrationsDir: dir })).toThrow(/geen_tabel/);
    expect(versionNow(file)).toEqual(before);
  });

  it('leaves the old version when the result breaks a foreign key', () => {
    const { file, before } = seededAtNewest();
    // A rebuild that loses the parent rows: the children point nowhere.
    const dir = withOneMore(
      "INSERT INTO user_roles (user_id, role) VALUES (999, 'secretaris');--> statement-breakpoint\nCREATE TABLE proef (x integer);",
    );
    expect(() => openDatabase({ file, key: KEY, migrationsDir: dir })).toThrow(
      DatabaseIntegrityError,
    );
    expect(versionNow(file)).toEqual(before);
    // The released migrations still open it.
    openDatabase({ file, key: KEY }).close();
  });

  it('leaves the old version when the backup before it fails', () => {
    const { file, before } = seededAtNewest();
    const dir = withOneMore('CREATE TABLE proef (x integer);');
    expect(() =>
      openDatabase({
        file,
        key: KEY,
        migrationsDir: dir,
        beforeMigrate: () => {
          throw new Error('de back-upmap is niet bereikbaar');
        },
      }),
    ).toThrow('de back-upmap is niet bereikbaar');
    expect(versionNow(file)).toEqual(before);
  });
});
