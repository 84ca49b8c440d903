import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { databaseKey, openDatabase, type Db } from '../../db/open';
import { brieven, documenten, vergaderingen, vernietigingsvoorstellen } from '../../db/schema';
import { toIsoDateFromInstant } from '../domain/calendar';
import { createTextIndexer } from '../documents/indexer';
import { warmValidator } from '../documents/pdf-validate';
import { createDocumentStore, sweepOrphans } from '../documents/store';
import { LoginGuard, loadSessionUser } from '../services/accounts';
import { appendAudit } from '../services/audit';
import type { AuthedContext, PublicContext, ServiceContext, SessionControl } from '../core/context';
import { contract, type ProcedureName } from '../contract';
import { allowedWhilePasswordMustChange } from '../contract/accounts';
import {
  envelopeSchema,
  type ApiFailure,
  type ApiResponse,
  type Backend,
  type ErrorCode,
} from '../contract/envelope';
import { UserFacingError } from '../core/errors';
import { handlers } from './handlers';
import { stderrLogger, type Logger } from '../core/logger';
import { SessionStore } from './sessions';

export interface BackendOptions {
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

/**
 * The procedure table (architecture decision 1): the only door into the backend. For each call:
 * parse the envelope, find the procedure, check the session and the roles, parse the input with
 * zod, run the handler, and parse the output (which also strips anything the contract does not
 * name). Errors become Dutch messages without stack traces, paths or SQL.
 */
export function createBackend(options: BackendOptions): Backend {
  const opened = openDatabase({
    file: options.dbPath,
    key: databaseKey(options.documentKey),
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
    ...(options.traceSql ? { verbose: options.traceSql } : {}),
  });
  const docs = createDocumentStore(options.documentsDir, options.documentKey);
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
  const clock = options.now ?? (() => new Date());
  const logger = options.logger ?? stderrLogger;
  const sessions = new SessionStore(() => clock().getTime());
  const loginGuard = new LoginGuard(() => clock().getTime());
  const sessionControl: SessionControl = {
    login: (user) => sessions.create(user),
    logout: (token) => sessions.remove(token),
    endUser: (userId, exceptToken) => sessions.removeUser(userId, exceptToken),
  };

  function baseContext(actorUserId: number | null): ServiceContext {
    const now = clock();
    const nowIso = now.toISOString();
    return {
      sqlite: opened.sqlite,
      db: opened.db,
      docs,
      nowIso,
      today: toIsoDateFromInstant(now),
      audit: (entry) => appendAudit(opened.db, nowIso, { ...entry, actorUserId }),
      tx: (fn) => opened.sqlite.transaction(fn)(),
      indexDocuments: (ids) => indexer.enqueue(ids),
    };
  }

  async function run(envelope: unknown): Promise<ApiResponse> {
    const env = envelopeSchema.safeParse(envelope);
    if (!env.success) return fail('invalid_input', 'Ongeldig verzoek.');
    const name = env.data.name;
    if (!Object.hasOwn(contract, name)) return fail('not_found', 'Deze functie bestaat niet.');
    const proc = contract[name as ProcedureName];
    let ctx: PublicContext | AuthedContext;
    if (proc.access === 'public') {
      ctx = { ...baseContext(null), sessions: sessionControl };
    } else {
      const sessionUser = sessions.touch(env.data.session);
      const user = sessionUser ? loadSessionUser(opened.db, sessionUser.id) : null;
      if (!user || !env.data.session)
        return fail('unauthenticated', 'U bent niet (meer) ingelogd. Log opnieuw in.');
      // S3: a password the beheerder set is changed first; until then nothing else is possible.
      if (user.mustChangePassword && !allowedWhilePasswordMustChange(name))
        return fail('forbidden', 'Kies eerst een nieuw wachtwoord.');
      if (proc.access !== 'authenticated' && !proc.access.some((r) => user.roles.includes(r))) {
        return fail('forbidden', 'U hebt geen toegang tot deze functie.');
      }
      ctx = {
        ...baseContext(user.id),
        user,
        sessionToken: env.data.session,
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
    const handler = handlers[name as ProcedureName] as (
      c: unknown,
      i: unknown,
      d: unknown,
    ) => unknown;
    const result = await handler(ctx, input.data, { loginGuard });
    const output = proc.output.safeParse(result);
    if (!output.success) {
      logger.error('procedure.output_invalid', { procedure: name });
      return fail('internal', GENERIC);
    }
    return { ok: true, data: output.data };
  }

  return {
    async dispatch(envelope) {
      try {
        return await run(envelope);
      } catch (error) {
        if (error instanceof UserFacingError) {
          const issues = error.field ? [{ path: error.field, message: error.message }] : undefined;
          return fail(error.code, error.message, issues);
        }
        const procedure =
          typeof envelope === 'object' && envelope !== null && 'name' in envelope
            ? String((envelope as { name: unknown }).name).slice(0, 80)
            : 'unknown';
        logger.error('procedure.failed', {
          procedure,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return fail('internal', GENERIC);
      }
    },
    whenIdle: () => indexer.whenIdle(),
    close: () => {
      indexer.stop();
      opened.close();
    },
  };
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
