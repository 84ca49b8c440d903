import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type OpenedDatabase } from '../../db/open';

// Helpers for the migration tests (issue 11, "migrations from every released schema to the newest,
// and a kill during a migration leaves the old or the new version"): the released schemas are the
// entries of db/migrations/meta/_journal.json, read at run time, so a migration added later is
// covered without touching the tests.

export const MIGRATIONS_DIR = path.resolve('db/migrations');

export interface JournalEntry {
  readonly idx: number;
  readonly version: string;
  readonly when: number;
  readonly tag: string;
  readonly breakpoints: boolean;
}

export function readJournal(dir = MIGRATIONS_DIR): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/**
 * A migrations folder holding only the journal's first `k + 1` entries: opening an empty database
 * with it (the app's own openDatabase, drizzle's migrator) makes the schema as it was released at
 * entry k.
 */
export function migrationsUpTo(k: number, into: string, dir = MIGRATIONS_DIR): string {
  const entries = readJournal(dir).slice(0, k + 1);
  if (entries.length !== k + 1) throw new Error(`no migration ${k} in the journal`);
  fs.mkdirSync(path.join(into, 'meta'), { recursive: true });
  for (const e of entries)
    fs.copyFileSync(path.join(dir, `${e.tag}.sql`), path.join(into, `${e.tag}.sql`));
  fs.writeFileSync(
    path.join(into, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'sqlite', entries }),
  );
  return into;
}

export const tmpDir = (prefix: string): string =>
  fs.mkdtempSync(path.join(os.tmpdir(), `tla-${prefix}-`));

/** A new encrypted database at schema k (the key is the real database key, `databaseKey`). */
export function createAtVersion(file: string, key: Buffer, k: number): OpenedDatabase {
  const dir = migrationsUpTo(k, tmpDir('migrations'));
  try {
    return openDatabase({ file, key, migrationsDir: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly tbl_name: string;
  readonly sql: string | null;
}

/** The schema: every table, index, view and trigger with its SQL, whitespace normalised, sorted. */
export function schemaOf(sqlite: Database.Database): SchemaObject[] {
  const rows = sqlite
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE type IN ('table', 'index', 'view', 'trigger') ORDER BY type, name`,
    )
    .all() as SchemaObject[];
  return rows.map((r) => ({
    ...r,
    sql: r.sql === null ? null : r.sql.replace(/\s+/g, ' ').trim(),
  }));
}

/** The tables that hold the app's rows (not SQLite's, drizzle's or FTS5's own). */
export function userTables(sqlite: Database.Database): string[] {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name <> '__drizzle_migrations' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const virtual = new Set(
    sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'`)
      .pluck()
      .all() as string[],
  );
  // FTS5's shadow tables (<name>_data, _idx, _content, _docsize, _config) belong to the index.
  return tables.filter((t) => ![...virtual].some((v) => t.startsWith(`${v}_`)));
}

export const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.pragma(`table_xinfo(${quote(table)})`) as { name: string; hidden: number }[])
    .filter((c) => c.hidden === 0)
    .map((c) => c.name);
}

/**
 * A digest of every row of every table in sqlite_master (drizzle's, SQLite's and the FTS shadow
 * tables included), in rowid order where there is one: two databases with the same digests hold
 * the same rows. Per table, so a difference can be named.
 */
export function contentDigest(sqlite: Database.Database): Record<string, string> {
  const tables = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all() as { name: string; sql: string | null }[];
  const out: Record<string, string> = {};
  for (const t of tables) {
    if (t.sql?.startsWith('CREATE VIRTUAL')) continue; // its rows are in its shadow tables
    const withoutRowid = t.sql?.includes('WITHOUT ROWID') ?? false;
    const rows = sqlite
      .prepare(`SELECT * FROM ${quote(t.name)}${withoutRowid ? '' : ' ORDER BY rowid'}`)
      .raw()
      .all();
    const hash = createHash('sha256');
    for (const r of rows)
      hash.update(
        JSON.stringify(r, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? `x${v.toString('hex')}` : typeof v === 'bigint' ? String(v) : v,
        ),
      );
    out[t.name] = `${rows.length}:${hash.digest('hex')}`;
  }
  return out;
}

/** The rows drizzle keeps of the applied migrations (hash and journal time), oldest first. */
export function appliedMigrations(sqlite: Database.Database): { hash: string; when: number }[] {
  const exists = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (exists === undefined) return [];
  return (
    sqlite
      .prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at')
      .raw()
      .all() as [string, number][]
  ).map(([hash, when]) => ({ hash, when: Number(when) }));
}

/** What drizzle records for the journal's first k + 1 entries. */
export function expectedApplied(k: number, dir = MIGRATIONS_DIR): { hash: string; when: number }[] {
  return readJournal(dir)
    .slice(0, k + 1)
    .map((e) => ({
      hash: createHash('sha256')
        .update(fs.readFileSync(path.join(dir, `${e.tag}.sql`)))
        .digest('hex'),
      when: e.when,
    }));
}

/**
 * A copy of the migrations folder with one more migration holding `sql` (tag 9999_proef, a second
 * after the newest): the update that is pending at the next start.
 */
export function migrationsWithOneMore(sql: string, into: string, dir = MIGRATIONS_DIR): string {
  fs.cpSync(dir, into, { recursive: true });
  const entries = readJournal(into);
  const last = entries.at(-1)!;
  entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_proef' });
  fs.writeFileSync(
    path.join(into, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'sqlite', entries }),
  );
  fs.writeFileSync(path.join(into, '9999_proef.sql'), sql);
  return into;
}
