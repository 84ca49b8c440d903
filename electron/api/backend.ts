import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { lockDataFolder } from '../../db/folder-lock';
import { DatabaseIntegrityError, databaseKey, openDatabase, type Db } from '../../db/open';
import { brieven, documenten, vergaderingen, vernietigingsvoorstellen } from '../../db/schema';
import { toIsoDateFromInstant } from '../domain/calendar';
import { createTextIndexer } from '../documents/indexer';
import { warmValidator } from '../documents/pdf-validate';
import { createDocumentStore, sweepOrphans, type StoreIo } from '../documents/store';
import { LoginGuard, loadSessionUser } from '../services/accounts';
import { appendAudit } from '../services/audit';
import { readStoredBytes } from '../services/stored-file';
import type {
  AuditEntry,
  AuthedContext,
  PublicContext,
  ServiceContext,
  SessionControl,
} from '../core/context';
import { contract, type InputOf, type ProcedureName } from '../contract';
import { allowedWhilePasswordMustChange } from '../contract/accounts';
import { allowedInStap } from '../contract/toegang';
import {
  envelopeSchema,
  herkomstSchema,
  LOKALE_HERKOMST,
  type ApiFailure,
  type ApiResponse,
  type Backend,
  type ErrorCode,
  type Herkomst,
} from '../contract/envelope';
import { UserFacingError } from '../core/errors';
import { handlers } from './handlers';
import { stderrLogger, type Logger } from '../core/logger';
import { rapportageFeiten } from '../services/rapportage-feiten';
import { SessionStore } from './sessions';
import { DataFolderInUseError, StartupIntegrityError } from '../core/integrity';
import { DATABASE_DAMAGED, DATABASE_UNREADABLE } from '../domain/integriteit';
import { withDutchReadErrors } from '../documents/check';
import { auditHead } from '../services/audit';
import { openAuditHeadMarker, type AuditHeadMarker } from '../services/audit-head';
import { checkAtStart, IntegrityMonitor, type StartCheck } from '../services/integriteit';
import { backupWiring, type BackupWiringOptions } from './backup-wiring';
import { Inschrijvingen } from '../services/tweede-factor';

export interface BackendOptions extends Omit<
  BackupWiringOptions,
  'dbPath' | 'documentsDir' | 'documentKey' | 'sqliteNativeBinding'
> {
  dbPath: string;
  documentsDir: string;
  /**
   * 32-byte master key (Electron safeStorage in the app, a test key in tests): the document store
   * uses it directly, the database a key derived from it (db/open.ts `databaseKey`).
   */
  documentKey: Buffer;
  migrationsDir?: string;
  sqliteNativeBinding?: string;
  now?: () => Date;
  logger?: Logger;
  /**
   * Start the PDF worker threads (upload check, text index) at once, pdf.js loaded and run once in
   * each, so the first import does not wait for that (~1 s). The app and the web server do; tests
   * leave it off, they start many backends.
   */
  warmPdfWorkers?: boolean;
  /** Receives the text of every SQL statement the database runs (tests count reads with it). */
  traceSql?: (sql: string) => void;
  /**
   * When the full check of the audit chain and of every blob starts after the backend is up
   * (issue 11; default 5 s, so the first screens are not slowed). Tests pass 0.
   */
  integrityCheckDelayMs?: number;
  /**
   * When the facts of the reports are read ahead after start (issue 12; default 3 s, before anyone
   * is logged in; null: not ahead, at the first report): a report then answers from kept facts.
   */
  reportWarmDelayMs?: number | null;
  /**
   * Fault injection for tests (issue 11): the document store's file operations (a short write,
   * ENOSPC), and the database connection once it is open (e.g. `max_page_count` to fill it).
   */
  faults?: {
    readonly documentStoreIo?: Partial<StoreIo>;
    readonly database?: (sqlite: Database.Database) => void;
  };
}

// Dutch messages for zod's own failures (types, missing fields); ours are written per field.
z.config(z.locales.nl());

const fail = (
  code: ErrorCode,
  message: string,
  issues?: ApiFailure['error']['issues'],
): ApiFailure => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

const GENERIC =
  'Er ging iets mis. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de functioneel beheerder.';

/** Issue 11: a full disk is named as such; the failed step rolled back and wrote nothing. */
export const DISK_FULL_MESSAGE =
  'De schijf is vol. TLA heeft niets van deze stap opgeslagen. Maak ruimte vrij op de schijf (of vraag de beheerder dat te doen) en probeer het daarna opnieuw.';

/**
 * The disk (or the user's quota) is full: ENOSPC or EDQUOT from a file write (the document store),
 * SQLITE_FULL (and its extended codes) from the database. Causes are followed a few levels deep.
 */
export function isDiskFull(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return true;
    if (typeof code === 'string' && code.startsWith('SQLITE_FULL')) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The procedure table (architecture decision 1): the only door into the backend. For each call:
 * parse the envelope, find the procedure, check the session and the roles, parse the input with
 * zod, run the handler, and parse the output (which also strips anything the contract does not
 * name). Errors become Dutch messages without stack traces, paths or SQL.
 */
export function createBackend(options: BackendOptions): Backend {
  // One process per data folder (issue 11): the lock comes first; without it nothing is opened,
  // migrated, checked or swept.
  const lock = lockDataFolder(options.dbPath, {
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
  });
  if (!lock) throw new DataFolderInUseError();
  const backups = backupWiring(
    options,
    options.now ?? (() => new Date()),
    options.logger ?? stderrLogger,
  );
  let checked: ReturnType<typeof openChecked>;
  try {
    checked = openChecked(options, backups.beforeMigrate);
  } catch (error) {
    lock.release();
    throw error;
  }
  try {
    options.faults?.database?.(checked.opened.sqlite);
    return backendOn(checked.opened, checked.startCheck, options, backups, () => lock.release());
  } catch (error) {
    checked.opened.close();
    lock.release();
    throw error;
  }
}

function backendOn(
  opened: ReturnType<typeof openDatabase>,
  startCheck: StartCheck,
  options: BackendOptions,
  backups: ReturnType<typeof backupWiring>,
  releaseLock: () => void,
): Backend {
  const clock = options.now ?? (() => new Date());
  const logger = options.logger ?? stderrLogger;
  // The head of the audit chain, kept outside the database after every commit that wrote an audit
  // row (services/audit-head.ts says why no fsync is needed and why the order is enough).
  const marker = openMarker(options.dbPath, startCheck, logger);
  let auditWritten = false;
  const afterCommit = () => {
    if (!auditWritten || opened.sqlite.inTransaction) return;
    auditWritten = false;
    try {
      marker.record(auditHead(opened.db));
    } catch (error) {
      logger.error('integrity.head_marker_failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  };
  const audit = (nowIso: string, entry: AuditEntry) => {
    appendAudit(opened.db, nowIso, entry);
    auditWritten = true;
    afterCommit();
  };
  const tx = <T>(fn: () => T): T => {
    try {
      return opened.sqlite.transaction(fn)();
    } finally {
      afterCommit();
    }
  };
  let monitor: IntegrityMonitor | null = null;
  const docs = withDutchReadErrors(
    createDocumentStore(options.documentsDir, options.documentKey, {
      ...(options.faults?.documentStoreIo ? { io: options.faults.documentStoreIo } : {}),
    }),
    (sha, state) => monitor?.noteUnreadable(sha, state),
  );
  monitor = new IntegrityMonitor(startCheck, clock().toISOString(), {
    sqlite: opened.sqlite,
    db: opened.db,
    docs,
    logger,
    clock,
    audit: (entry) => tx(() => audit(clock().toISOString(), { ...entry, actorUserId: null })),
  });
  const integrity: IntegrityMonitor = monitor;
  for (const w of startCheck.warnings) logger.error('integrity.warning', { message: w });
  sweepOrphans(options.documentsDir, referencedBlobs(opened.db));
  const indexer = createTextIndexer(opened.sqlite, docs, options.logger ?? stderrLogger);
  // Documents imported before a stop (or a crash) that were not indexed yet: pick them up again.
  indexer.enqueue(
    opened.db
      .select({ id: documenten.id })
      .from(documenten)
      .where(eq(documenten.tekstStatus, 'wacht'))
      .orderBy(documenten.id)
      .all()
      .map((d) => d.id),
  );
  if (options.warmPdfWorkers === true) {
    warmValidator();
    indexer.warm();
  }
  integrity.schedule(options.integrityCheckDelayMs ?? 5000);
  const reportWarm = scheduleReportWarm(
    () => rapportageFeiten(baseContext(null, LOKALE_HERKOMST)),
    options.reportWarmDelayMs === undefined ? 3000 : options.reportWarmDelayMs,
    logger,
  );
  const backupLive = backups.live(opened.sqlite, docs);
  backupLive.startTimer();
  const sessions = new SessionStore(() => clock().getTime());
  const loginGuard = new LoginGuard(() => clock().getTime());
  const inschrijvingen = new Inschrijvingen(() => clock().getTime());
  const sessionControl: SessionControl = {
    login: (user, herkomst, stap) => sessions.create(user, herkomst, stap),
    logout: (token) => sessions.remove(token),
    endUser: (userId, exceptToken) => sessions.removeUser(userId, exceptToken),
    promote: (token) => sessions.promote(token),
    list: () => sessions.list(),
    end: (id) => sessions.endById(id),
    idOf: (token) => sessions.idOf(token),
  };

  function baseContext(actorUserId: number | null, herkomst: Herkomst): ServiceContext {
    const now = clock();
    const nowIso = now.toISOString();
    // Issue 13: a call from another machine writes its client address into the audit row.
    const bron = herkomst.opAfstand ? { bron: herkomst.adres } : {};
    return {
      sqlite: opened.sqlite,
      db: opened.db,
      docs,
      nowIso,
      today: toIsoDateFromInstant(now),
      herkomst,
      audit: (entry) => audit(nowIso, { ...entry, actorUserId, ...bron }),
      tx,
      indexDocuments: (ids) => indexer.enqueue(ids),
    };
  }

  /**
   * One call through every check. With `raw` (the server's binary path) the procedure's handler is
   * replaced by `raw`, whose result is returned as is, not parsed by the output schema.
   */
  async function run(
    envelope: unknown,
    from: Herkomst | undefined,
    raw?: (ctx: AuthedContext, input: unknown) => unknown,
  ): Promise<ApiResponse> {
    const env = envelopeSchema.safeParse(envelope);
    if (!env.success) return fail('invalid_input', 'Ongeldig verzoek.');
    const parsedHerkomst = herkomstSchema.safeParse(from ?? LOKALE_HERKOMST);
    if (!parsedHerkomst.success) return fail('invalid_input', 'Ongeldig verzoek.');
    const herkomst = parsedHerkomst.data;
    const name = env.data.name;
    if (!Object.hasOwn(contract, name)) return fail('not_found', 'Deze functie bestaat niet.');
    const proc = contract[name as ProcedureName];
    let ctx: PublicContext | AuthedContext;
    if (proc.access === 'public') {
      ctx = { ...baseContext(null, herkomst), sessions: sessionControl };
    } else {
      const achtergrond = env.data.achtergrond === true;
      const live = sessions.touch(env.data.session, achtergrond);
      const user = live ? loadSessionUser(opened.db, live.user.id) : null;
      if (!live || !user || !env.data.session)
        return fail('unauthenticated', 'U bent niet (meer) ingelogd. Log opnieuw in.');
      // Issue 13: a session waiting for its second factor, or one that may only enrol it.
      if (live.stap === 'code' && !allowedInStap(live.stap, name))
        return fail('forbidden', 'Vul eerst de code uit uw authenticator-app in.');
      if (live.stap === 'inschrijven' && !allowedInStap(live.stap, name))
        return fail(
          'forbidden',
          'Stel eerst tweestapsverificatie in: dat is verplicht bij inloggen vanaf een andere computer.',
        );
      // S3: a password the beheerder set is changed first; until then nothing else is possible.
      if (user.mustChangePassword && !allowedWhilePasswordMustChange(name))
        return fail('forbidden', 'Kies eerst een nieuw wachtwoord.');
      if (proc.access !== 'authenticated' && !proc.access.some((r) => user.roles.includes(r))) {
        return fail('forbidden', 'U hebt geen toegang tot deze functie.');
      }
      const base = baseContext(user.id, herkomst);
      ctx = {
        ...base,
        audit: (entry) => {
          // Issue 13: a screen's refresh (focus, poll) of a dossier this session already opened
          // is not a new view; its first view, and every view a person asks for, is logged.
          if (entry.action.endsWith('.view')) {
            const key = `${entry.action} ${entry.objectType} ${entry.objectId ?? ''}`;
            if (achtergrond && live.gezien.has(key)) return;
            live.gezien.add(key);
          }
          base.audit(entry);
        },
        user,
        sessionToken: env.data.session,
        sessionStap: live.stap,
        sessions: sessionControl,
      };
    }
    const input = proc.input.safeParse(env.data.input ?? {});
    if (!input.success) {
      const issues = input.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
      }));
      return fail('invalid_input', issues[0]?.message ?? 'Controleer de invoer.', issues);
    }
    if (raw !== undefined) {
      if (!('user' in ctx)) return fail('forbidden', 'U hebt geen toegang tot deze functie.');
      return { ok: true, data: await raw(ctx, input.data) };
    }
    const handler = handlers[name as ProcedureName] as (
      c: unknown,
      i: unknown,
      d: unknown,
    ) => unknown;
    const result = await handler(ctx, input.data, {
      loginGuard,
      integrity,
      backup: backupLive.deps,
      inschrijvingen,
    });
    const output = proc.output.safeParse(result);
    if (!output.success) {
      logger.error('procedure.output_invalid', { procedure: name });
      return fail('internal', GENERIC);
    }
    return { ok: true, data: output.data };
  }

  async function guarded(
    envelope: unknown,
    herkomst: Herkomst | undefined,
    raw?: (ctx: AuthedContext, input: unknown) => unknown,
  ): Promise<ApiResponse> {
    try {
      return await run(envelope, herkomst, raw);
    } catch (error) {
      if (error instanceof UserFacingError) {
        const issues = error.field ? [{ path: error.field, message: error.message }] : undefined;
        return fail(error.code, error.message, issues);
      }
      const procedure =
        typeof envelope === 'object' && envelope !== null && 'name' in envelope
          ? String((envelope as { name: unknown }).name).slice(0, 80)
          : 'unknown';
      if (isDiskFull(error)) {
        logger.error('procedure.disk_full', { procedure });
        return fail('disk_full', DISK_FULL_MESSAGE);
      }
      logger.error('procedure.failed', {
        procedure,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return fail('internal', GENERIC);
    }
  }

  return {
    dispatch: (envelope, herkomst) => guarded(envelope, herkomst),
    async readDocument(session, documentId, herkomst) {
      const r = await guarded(
        { name: 'document.content', input: { documentId }, ...(session ? { session } : {}) },
        herkomst,
        (ctx, input) =>
          readStoredBytes(ctx, {
            soort: 'document',
            documentId: (input as InputOf<'document.content'>).documentId,
          }).bytes,
      );
      return r.ok ? { ok: true, bytes: r.data as Buffer } : r;
    },
    whenIdle: async () => {
      await indexer.whenIdle();
      await backupLive.whenIdle();
    },
    close: () => {
      if (reportWarm) clearTimeout(reportWarm);
      integrity.stop();
      backupLive.stop();
      indexer.stop();
      marker.close();
      opened.close();
      releaseLock();
    },
  };
}

/**
 * Opens the database and runs the checks at start (issue 11). Anything wrong ends in a
 * StartupIntegrityError with Dutch problems (the start path shows the recovery screen), before the
 * backend writes anything: a damaged page or header, a file that is not a database (or a wrong key),
 * a lost last commit, a broken audit chain, a missing or short blob.
 */
function openChecked(
  options: BackendOptions,
  beforeMigrate: (sqlite: Database.Database) => void,
): {
  opened: ReturnType<typeof openDatabase>;
  startCheck: StartCheck;
} {
  let opened: ReturnType<typeof openDatabase> | null = null;
  try {
    opened = openDatabase({
      beforeMigrate,
      file: options.dbPath,
      key: databaseKey(options.documentKey),
      ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
      ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
      ...(options.traceSql ? { verbose: options.traceSql } : {}),
    });
    const startCheck = checkAtStart(opened.sqlite, opened.db, options.dbPath, options.documentsDir);
    if (startCheck.problems.length > 0) throw new StartupIntegrityError(startCheck.problems);
    return { opened, startCheck };
  } catch (error) {
    if (opened && error instanceof StartupIntegrityError) keepWal(options.dbPath, error);
    opened?.close();
    throw asStartupError(error);
  }
}

/**
 * Closing the refused database checkpoints its WAL (SQLite's last connection does): the frames SQLite
 * dropped after a bad checksum would be gone for good. When commits are missing, a copy of the WAL
 * as it was is kept beside the database first (encrypted like the WAL), for whoever tries to
 * recover them; the restore may remove it.
 */
function keepWal(dbPath: string, error: StartupIntegrityError): void {
  if (!error.problems.some((p) => p.kind === 'commits_missing')) return;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  try {
    // An empty WAL (the one a start after the checkpoint creates) holds nothing to keep.
    if ((fs.statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0) <= 32) return;
    fs.copyFileSync(`${dbPath}-wal`, `${dbPath}-wal.${stamp}.bewaard`, fs.constants.COPYFILE_EXCL);
  } catch {
    // No WAL (it was checkpointed before the damage) or no room: nothing more to keep.
  }
}

/** SQLite's own words for a damaged file, as the Dutch problem; anything else unchanged. */
export function asStartupError(error: unknown): unknown {
  if (error instanceof StartupIntegrityError) return error;
  if (error instanceof DatabaseIntegrityError) return new StartupIntegrityError([DATABASE_DAMAGED]);
  if (error instanceof Error && error.name === 'SqliteError') {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_NOTADB')) return new StartupIntegrityError([DATABASE_UNREADABLE]);
    if (code.startsWith('SQLITE_CORRUPT')) return new StartupIntegrityError([DATABASE_DAMAGED]);
  }
  return error;
}

function openMarker(dbPath: string, startCheck: StartCheck, logger: Logger): AuditHeadMarker {
  try {
    return openAuditHeadMarker(dbPath, startCheck.head);
  } catch (error) {
    logger.error('integrity.head_marker_failed', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    return { record: () => undefined, close: () => undefined };
  }
}

/** Every blob a row names: documents, letters and the minutes of meetings. */
function referencedBlobs(db: Db): Set<string> {
  const hashes = [
    ...db.select({ h: documenten.sha256 }).from(documenten).all(),
    ...db.select({ h: brieven.sha256 }).from(brieven).all(),
    ...db.select({ h: vergaderingen.notulenSha256 }).from(vergaderingen).all(),
    // Issue 11: the verklaringen van vernietiging.
    ...db
      .select({ h: vernietigingsvoorstellen.verklaringSha256 })
      .from(vernietigingsvoorstellen)
      .all(),
  ].map((r) => r.h);
  return new Set(hashes.filter((h) => h !== null));
}

/** Reads the reports' facts once after start, off the path of any request (a failure waits for the first report). */
function scheduleReportWarm(
  warm: () => unknown,
  delayMs: number | null,
  logger: Logger,
): NodeJS.Timeout | null {
  if (delayMs === null) return null;
  const timer = setTimeout(() => {
    try {
      warm();
    } catch (error) {
      logger.error('rapportage.warm_failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }, delayMs);
  timer.unref();
  return timer;
}
