import path from 'node:path';
import type Database from 'better-sqlite3';
import { databaseKey } from '../../db/open';
import { BackupBeforeMigrationError } from '../core/backup';
import type { DocumentStore } from '../core/context';
import type { Logger } from '../core/logger';
import { dagelijkseBackupNodig, type BackupReden } from '../domain/backup';
import { createDocumentStore } from '../documents/store';
import { CONFIG_FILE, readConfig, standVan } from '../services/backup/config';
import { makeBackup, type BackupBron, type BackupResultaat } from '../services/backup/make';
import type { BackupDeps, TerugzetVerzoek } from '../services/backup/screen';

// How the backend runs the backups (issue 11, item 3): the backup before a pending migration (a
// hook of db/open.ts), the daily backup (at start when the last good one is 24 hours old, and
// checked every hour after, so a machine that slept catches up), and the handlers' deps.

export interface BackupWiringOptions {
  readonly dbPath: string;
  readonly documentsDir: string;
  readonly documentKey: Buffer;
  readonly sqliteNativeBinding?: string;
  readonly backupConfigFile?: string;
  /** The daily backup's timer (default on; it does nothing until backups are set up). */
  readonly backupTimer?: boolean;
  /** The restore, given by the holder that runs the backend (electron/api/start.ts). */
  readonly backupTerugzetten?: (request: TerugzetVerzoek) => Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;
/** The first daily check waits a little, so the start (and the window) is not held up. */
const FIRST_CHECK_MS = 15_000;

export const backupConfigFile = (o: BackupWiringOptions): string =>
  o.backupConfigFile ?? path.join(path.dirname(o.dbPath), CONFIG_FILE);

export function backupWiring(o: BackupWiringOptions, clock: () => Date, logger: Logger) {
  const configFile = backupConfigFile(o);
  const dbKey = databaseKey(o.documentKey);
  const bron = (sqlite: Database.Database, docs: DocumentStore): BackupBron => ({
    sqlite,
    dbKey,
    docs,
    masterKey: o.documentKey,
    configFile,
    ...(o.sqliteNativeBinding ? { nativeBinding: o.sqliteNativeBinding } : {}),
  });

  /** db/open.ts calls this when a migration is pending: no migration without a good backup. */
  const beforeMigrate = (sqlite: Database.Database): void => {
    let ingesteld: boolean;
    try {
      ingesteld = standVan(readConfig(configFile)).ingesteld;
    } catch {
      throw new BackupBeforeMigrationError('het bestand met de back-upinstellingen is beschadigd.');
    }
    if (!ingesteld) return;
    const docs = createDocumentStore(o.documentsDir, o.documentKey);
    const r = makeBackup(bron(sqlite, docs), 'voor_migratie', clock);
    if (!r.goed) throw new BackupBeforeMigrationError(r.melding);
  };

  let timers: NodeJS.Timeout[] = [];
  function live(sqlite: Database.Database, docs: DocumentStore) {
    const maak = (reden: BackupReden): BackupResultaat => {
      const r = makeBackup(bron(sqlite, docs), reden, clock);
      if (!r.goed) logger.error('backup.failed', { reden });
      return r;
    };
    const daily = () => {
      try {
        const config = readConfig(configFile);
        if (!standVan(config).ingesteld) return;
        if (!dagelijkseBackupNodig(config.laatsteGoed?.at ?? null, clock().toISOString())) return;
        // A failed one (the network drive away) is tried again at the next hourly check; the
        // start page warns after two days without a good one.
        maak('dagelijks');
      } catch {
        logger.error('backup.daily_failed', {});
      }
    };
    const deps: BackupDeps = {
      configFile,
      masterKey: o.documentKey,
      bron: () => bron(sqlite, docs),
      maak,
      ...(o.backupTerugzetten ? { terugzetten: o.backupTerugzetten } : {}),
    };
    return {
      deps,
      startTimer() {
        if (o.backupTimer === false) return;
        const first = setTimeout(daily, FIRST_CHECK_MS);
        const hourly = setInterval(daily, HOUR_MS);
        first.unref();
        hourly.unref();
        timers = [first, hourly];
      },
      stop() {
        for (const t of timers) clearTimeout(t);
        timers = [];
      },
    };
  }
  return { beforeMigrate, live };
}
