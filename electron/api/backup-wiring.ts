import path from 'node:path';
import type Database from 'better-sqlite3';
import { databaseKey } from '../../db/open';
import { BackupBeforeMigrationError } from '../core/backup';
import type { DocumentStore } from '../core/context';
import type { Logger } from '../core/logger';
import { dagelijkseBackupNodig, type BackupReden } from '../domain/backup';
import { createDocumentStore } from '../documents/store';
import { CONFIG_FILE, readConfig, standVan } from '../services/backup/config';
import { UserFacingError } from '../core/errors';
import {
  makeBackup,
  recordPoging,
  type BackupBron,
  type BackupResultaat,
} from '../services/backup/make';
import { runBackupInWorker, type BackupRun } from '../services/backup/runner';
import type { BackupBezig, BackupDeps, TerugzetVerzoek } from '../services/backup/screen';

// How the backend runs the backups (issue 11, item 3): the backup before a pending migration (a
// hook of db/open.ts), the daily backup (at start when the last good one is 24 hours old, and
// checked every hour after, so a machine that slept catches up), and the handlers' deps.
// The backups of the running backend (daily and by hand) run in a worker thread, one at a time:
// procedures keep being answered meanwhile, and a second request while one runs is refused.

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
    let bezig: (BackupBezig & { run: BackupRun }) | null = null;
    let stopped = false;
    const maak = async (reden: BackupReden): Promise<BackupResultaat> => {
      if (bezig !== null) throw new UserFacingError('conflict', 'Er wordt al een back-up gemaakt.');
      if (stopped) throw new UserFacingError('conflict', 'TLA wordt afgesloten.');
      const started = clock();
      const at = started.toISOString();
      const run = runBackupInWorker(
        {
          dbPath: o.dbPath,
          documentsDir: o.documentsDir,
          dbKey,
          masterKey: o.documentKey,
          config: readConfig(configFile),
          reden,
          startedMs: started.getTime(),
          ...(o.sqliteNativeBinding ? { nativeBinding: o.sqliteNativeBinding } : {}),
        },
        (fase, gedaan, totaal) => {
          if (bezig !== null) bezig = { ...bezig, fase, gedaan, totaal };
        },
      );
      bezig = { sinds: at, reden, fase: 'database', gedaan: 0, totaal: 1, run };
      try {
        const r = await run.result;
        // Recorded only when the backend still runs: a stopped one may have been swapped out.
        if (!stopped) recordPoging(configFile, reden, at, r);
        if (!r.goed) logger.error('backup.failed', { reden });
        return r;
      } finally {
        bezig = null;
      }
    };
    const daily = async () => {
      try {
        const config = readConfig(configFile);
        if (!standVan(config).ingesteld || bezig !== null) return;
        if (!dagelijkseBackupNodig(config.laatsteGoed?.at ?? null, clock().toISOString())) return;
        // A failed one (the network drive away) is tried again at the next hourly check; the
        // start page warns after two days without a good one.
        await maak('dagelijks');
      } catch {
        logger.error('backup.daily_failed', {});
      }
    };
    const dailyNow = () => void daily();
    // A restore replaces the database the backup is reading: not while one runs.
    const terugzettenNaBackup =
      (terugzetten: (r: TerugzetVerzoek) => Promise<void>) => (r: TerugzetVerzoek) => {
        if (bezig !== null)
          throw new UserFacingError(
            'conflict',
            'Er wordt nu een back-up gemaakt. Zet terug zodra die klaar is.',
          );
        return terugzetten(r);
      };
    const deps: BackupDeps = {
      configFile,
      masterKey: o.documentKey,
      bron: () => bron(sqlite, docs),
      maak,
      bezig: () =>
        bezig === null
          ? null
          : {
              sinds: bezig.sinds,
              reden: bezig.reden,
              fase: bezig.fase,
              gedaan: bezig.gedaan,
              totaal: bezig.totaal,
            },
      ...(o.backupTerugzetten ? { terugzetten: terugzettenNaBackup(o.backupTerugzetten) } : {}),
    };
    return {
      deps,
      startTimer() {
        if (o.backupTimer === false) return;
        const first = setTimeout(dailyNow, FIRST_CHECK_MS);
        const hourly = setInterval(dailyNow, HOUR_MS);
        first.unref();
        hourly.unref();
        timers = [first, hourly];
      },
      /** Resolves when no backup runs (tests, the bench). */
      async whenIdle(): Promise<void> {
        while (bezig !== null) await bezig.run.result;
      },
      stop() {
        stopped = true;
        for (const t of timers) clearTimeout(t);
        timers = [];
        bezig?.run.stop();
      },
    };
  }
  return { beforeMigrate, live };
}
