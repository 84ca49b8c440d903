import { lockDataFolder } from '../../db/folder-lock';
import type { Backend } from '../contract/envelope';
import { DataFolderInUseError, StartupIntegrityError } from '../core/integrity';
import { UserFacingError } from '../core/errors';
import { stderrLogger } from '../core/logger';
import { herstelBlobs, logDocumentenHersteld } from '../services/backup/document-herstel';
import {
  adoptSleutel,
  backupMap,
  openBackupSleutel,
  prepareRestore,
  swapIn,
} from '../services/backup/restore';
import type { TerugzetVerzoek } from '../services/backup/screen';
import { asStartupError, createBackend, type BackendOptions } from './backend';
import { backupConfigFile } from './backup-wiring';
import { createRecoveryBackend, type DocumentenVerzoek } from './recovery';

// The start path of every transport (electron/main/lifecycle.ts, electron/http/serve.ts,
// tests/e2e/server.ts), issue 11. It opens the normal backend; when the data cannot be opened
// (the database is damaged or does not open with its key, or a start check failed:
// StartupIntegrityError) it starts the recovery backend instead, which offers the restore of a
// backup. What it returns is a holder: the transport dispatches to it, and a restore (from the
// recovery screen or the Back-ups screen) swaps the backend behind it in the same process.
// Errors that are not about damaged data (another process on the folder, the backup before a
// migration failed) are thrown as they are; the caller shows their Dutch message.

export type BackendMode = 'normaal' | 'herstel';

export interface StartedBackend {
  /** Dispatches to the backend of the moment; hand this to the transport. */
  readonly backend: Backend;
  mode(): BackendMode;
}

/** Dutch sentences for what is wrong, when `error` means the data cannot be opened; else null. */
export function recoveryProblems(error: unknown): string[] | null {
  if (error instanceof StartupIntegrityError) return error.problems.map((p) => p.message);
  // Thrown outside the checked open (createBackend wraps its own): the same Dutch sentences.
  const wrapped = asStartupError(error);
  if (wrapped instanceof StartupIntegrityError) return wrapped.problems.map((p) => p.message);
  return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startBackend(options: BackendOptions): StartedBackend {
  const logger = options.logger ?? stderrLogger;
  const clock = options.now ?? (() => new Date());
  const configFile = backupConfigFile(options);
  const doel = {
    dbPath: options.dbPath,
    documentsDir: options.documentsDir,
    masterKey: options.documentKey,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
  };
  let current: Backend;
  let mode: BackendMode = 'normaal';
  let inflight = 0;
  let gate: Promise<void> | null = null;

  function open(): void {
    try {
      current = createBackend({ ...options, backupTerugzetten: terugzetten });
      mode = 'normaal';
    } catch (error) {
      const problemen = recoveryProblems(error);
      if (problemen === null) throw error;
      logger.error('start.recovery_mode', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      // The recovery backend holds the data folder's lock too: no second TLA starts beside it.
      const lock = lockDataFolder(options.dbPath, {
        ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
      });
      if (!lock) throw new DataFolderInUseError();
      // Only documents wrong (the database passed its checks): just those can come from the backup.
      const blobs =
        error instanceof StartupIntegrityError &&
        error.problems.every((p) => p.kind === 'document_missing' || p.kind === 'document_damaged')
          ? error.problems.flatMap((p) => p.blobs ?? [])
          : [];
      current = createRecoveryBackend({
        problemen,
        configFile,
        masterKey: options.documentKey,
        terugzetten,
        ...(blobs.length > 0
          ? { documentenTerugzetten: (request) => documentenTerugzetten(blobs, request) }
          : {}),
        logger,
        onClose: () => lock.release(),
      });
      mode = 'herstel';
    }
  }

  /** The normal backend again after a swap; when it cannot open, the recovery mode with `problem`. */
  function reopen(problem: string): void {
    try {
      open();
    } catch (error) {
      logger.error('restore.reopen_failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      current = createRecoveryBackend({
        problemen: [problem],
        configFile,
        masterKey: options.documentKey,
        terugzetten,
        logger,
      });
      mode = 'herstel';
    }
  }

  /** Holds new calls at the gate while `run` swaps the data under a closed backend. */
  async function behindGate<T>(run: () => T): Promise<T> {
    if (gate !== null) throw new UserFacingError('conflict', 'Er wordt al een back-up teruggezet.');
    let release = () => undefined as void;
    gate = new Promise<void>((r) => {
      release = r;
    });
    try {
      // Calls already running finish first (this call is one of them); new ones wait at the gate.
      const until = Date.now() + 30_000;
      while (inflight > 1 && Date.now() < until) await sleep(20);
      return run();
    } finally {
      gate = null;
      release();
    }
  }

  /**
   * The recovery mode's way out when only documents are missing or damaged: exactly those blobs
   * from the backup (checked against their hashes), an audit row, then the normal start again.
   */
  async function documentenTerugzetten(
    blobs: readonly string[],
    request: DocumentenVerzoek,
  ): Promise<number> {
    if (gate !== null) throw new UserFacingError('conflict', 'Er wordt al een back-up teruggezet.');
    const map = backupMap(configFile, request.map);
    const sleutel = openBackupSleutel(map, options.documentKey, request.herstelsleutel);
    await behindGate(() => {
      const m = herstelBlobs(sleutel, options.documentsDir, options.documentKey, blobs);
      current.close();
      try {
        logDocumentenHersteld(doel, blobs, m?.id ?? null, clock().toISOString());
      } catch (error) {
        logger.error('restore.documents_audit_failed', {
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
      reopen('De gegevens konden na het terugzetten van de documenten niet worden geopend.');
    });
    if (mode === 'herstel')
      throw new UserFacingError(
        'domain',
        'De documenten zijn teruggezet, maar TLA kan de gegevens nog niet openen. Zet een hele back-up terug.',
      );
    return blobs.length;
  }

  async function terugzetten(request: TerugzetVerzoek): Promise<void> {
    if (gate !== null) throw new UserFacingError('conflict', 'Er wordt al een back-up teruggezet.');
    const map = backupMap(configFile, request.map);
    const sleutel = openBackupSleutel(map, options.documentKey, request.herstelsleutel);
    const prepared = prepareRestore(
      doel,
      sleutel,
      request.generatie,
      { user: request.user },
      clock().toISOString(),
    );
    await behindGate(() => {
      current.close();
      try {
        swapIn(doel, prepared);
      } catch {
        open();
        throw new UserFacingError(
          'domain',
          'De back-up kon niet op zijn plaats worden gezet; de huidige gegevens zijn niet veranderd.',
        );
      }
      try {
        adoptSleutel(configFile, map, sleutel, options.documentKey, clock().toISOString());
      } catch {
        logger.error('restore.adopt_key_failed', {});
      }
      reopen('De teruggezette gegevens konden niet worden geopend.');
    });
    if (mode === 'herstel')
      throw new UserFacingError(
        'domain',
        'De back-up is teruggezet, maar TLA kan de gegevens nog niet openen. Kies een andere back-up.',
      );
  }

  open();
  return {
    backend: {
      async dispatch(envelope, herkomst) {
        while (gate !== null) await gate;
        inflight += 1;
        try {
          // Issue 13: a herkomst only when the transport gave one (absent: this computer).
          return await (herkomst === undefined
            ? current.dispatch(envelope)
            : current.dispatch(envelope, herkomst));
        } finally {
          inflight -= 1;
        }
      },
      // The server's binary path (issue 13): behind the same gate; the recovery backend has none.
      async readDocument(session, documentId, herkomst) {
        while (gate !== null) await gate;
        inflight += 1;
        try {
          return current.readDocument
            ? await current.readDocument(session, documentId, herkomst)
            : {
                ok: false,
                error: { code: 'not_found', message: 'Documenten zijn nu niet te openen.' },
              };
        } finally {
          inflight -= 1;
        }
      },
      whenIdle: () => current.whenIdle(),
      close: () => current.close(),
    },
    mode: () => mode,
  };
}
