import Database from 'better-sqlite3';

// One process per data folder (issue 11). Two backends on one folder would both write, and the
// second one's start-up sweep would delete blobs the first had written but not yet committed. The
// lock is a lock the operating system holds for the process: a small file beside the database,
// opened by SQLite with `locking_mode=EXCLUSIVE` and a write transaction that stays open for the
// life of the backend. SQLite takes it with fcntl() on POSIX and LockFileEx() on Windows; the
// kernel drops both when the process ends in any way (also SIGKILL or a power cut), so a stale
// lock cannot exist, and SQLite also refuses a second connection inside the same process. The
// file holds nothing (it stays empty); it is not the database itself, so a backup or a check may
// still open the database.

export interface FolderLock {
  /** Ends the transaction and closes the file: another process may take the folder now. */
  release(): void;
}

export interface FolderLockOptions {
  /** Path to a better-sqlite3 binary built for Electron (as db/open.ts). */
  readonly nativeBinding?: string;
}

/** The lock file of the database at `dbPath`. */
export const lockFileOf = (dbPath: string): string => `${dbPath}.lock`;

/**
 * Takes the data folder's lock, or returns null at once when another process (or another backend
 * in this one) holds it. Other failures (a folder that cannot be written) are thrown.
 */
export function lockDataFolder(dbPath: string, options: FolderLockOptions = {}): FolderLock | null {
  const sqlite = new Database(lockFileOf(dbPath), {
    timeout: 0,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // The journal in memory: the lock file never gets a -journal beside it (nothing is written).
    sqlite.pragma('journal_mode = MEMORY');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    sqlite.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return null;
    throw error;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      sqlite.close(); // rolls the empty transaction back and lets the lock go
    },
  };
}
