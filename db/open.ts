import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { hkdfSync } from 'node:crypto';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  readonly sqlite: Database.Database;
  readonly db: Db;
  close(): void;
}

export interface OpenOptions {
  readonly file: string;
  /** 32-byte key of the database (SQLCipher, AES-256); derive it with `databaseKey`. */
  readonly key: Buffer;
  readonly readonly?: boolean;
  /** quick_check at open (default true); off for a second, read-only connection (the backup's). */
  readonly quickCheck?: boolean;
  readonly migrationsDir?: string;
  /** Path to a better-sqlite3 binary built for Electron (architecture decision 11). */
  readonly nativeBinding?: string;
  /**
   * Called with the text of every SQL statement the connection runs once its key is set
   * (better-sqlite3 `verbose`, called before the statement runs).
   */
  readonly verbose?: (sql: string) => void;
  /**
   * Called after quick_check and before the migrations run, only when a migration is pending on a
   * database that has data (issue 11: the backup before every migration). If it throws, nothing is
   * migrated and the open fails with its error.
   */
  readonly beforeMigrate?: (sqlite: Database.Database) => void;
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/** Thrown when the database fails its integrity check; the caller must not continue (R3). */
export class DatabaseIntegrityError extends Error {}

/**
 * Opens the database: WAL, foreign keys, synchronous=FULL (a committed transaction survives power
 * loss), a busy timeout; then quick_check and the migrations. Never called at import time.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const verbose = options.verbose;
  // The statements that set the key (PRAGMA key holds it in hex) are never handed to `verbose`.
  let keyed = false;
  const sqlite = new Database(options.file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
    ...(verbose
      ? { verbose: (message?: unknown) => (keyed ? verbose(String(message)) : undefined) }
      : {}),
  });
  try {
    applyKey(sqlite, options.key);
    keyed = true;
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('busy_timeout = 5000');
    // Temporary tables and the spill of a large sort stay in memory, never in a temp file beside
    // the encrypted database (the reports' change notes live there: db/gewijzigde-aanvragen.ts).
    sqlite.pragma('temp_store = MEMORY');
    if (options.quickCheck !== false) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseIntegrityError('quick_check failed');
    }
    if (!options.readonly) {
      const dir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
      if (options.beforeMigrate && migrationPending(sqlite, dir)) options.beforeMigrate(sqlite);
      runMigrations(sqlite, dir);
    }
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}

/**
 * Encryption at rest (quality goal S4; AVG art. 9): the whole database file, its WAL and journal are
 * encrypted with SQLCipher's format (AES-256, HMAC per page) by the better-sqlite3 build with
 * SQLite3MultipleCiphers. The key must be set before the first read; a wrong key reads as
 * 'file is not a database'.
 */
function applyKey(sqlite: Database.Database, key: Buffer): void {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
}

/** The database key, derived from the app's master key (separate from the document key). */
export function databaseKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'tla/database', 32));
}

/**
 * Whether drizzle's migrator would run a migration on a database that already has one applied
 * (its rule: a migration newer than the newest recorded). A new, empty database is not pending:
 * there is nothing to keep.
 */
export function migrationPending(sqlite: Database.Database, migrationsFolder: string): boolean {
  const table = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (table === undefined) return false;
  const last = sqlite.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get();
  if (last === null || last === undefined) return false;
  return readMigrationFiles({ migrationsFolder }).some((m) => Number(last) < m.folderMillis);
}

/**
 * Runs the pending migrations all or nothing (issue 11): one transaction holds drizzle's table of
 * applied migrations, every statement of every pending migration, their records and the
 * foreign-key check; a failed statement or a broken foreign key rolls all of it back, and a kill
 * before the COMMIT leaves the old version (tests/integration/migrations.test.ts). Foreign keys are
 * off meanwhile (a PRAGMA is a no-op inside a transaction, so it is set before): drizzle's table
 * rebuilds would otherwise cascade-delete (architecture.md decision 6).
 *
 * The bookkeeping is drizzle's own (`readMigrationFiles`: the journal, the statements between
 * breakpoints, the hash; the table `__drizzle_migrations` and its rule: a migration runs when it is
 * newer than the newest recorded), so drizzle-kit and databases migrated before read the same. Its
 * `migrate` is not used because it commits before the foreign-key check could run.
 */
function runMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  const migrations = readMigrationFiles({ migrationsFolder });
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // drizzle's text to the tab, so the schema of every install reads the same.
    sqlite.exec(
      'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at numeric\n\t\t\t)',
    );
    const last = sqlite
      .prepare('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1')
      .pluck()
      .get() as number | string | null | undefined;
    const record = sqlite.prepare(
      'INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)',
    );
    for (const migration of migrations) {
      if (last !== undefined && last !== null && Number(last) >= migration.folderMillis) continue;
      for (const statement of migration.sql) sqlite.prepare(statement).run();
      record.run(migration.hash, migration.folderMillis);
    }
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new DatabaseIntegrityError('foreign_key_check failed');
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
