import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseKey, openDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';
import type { ApiFailure, Backend } from '../../electron/contract/envelope';
import type { Logger } from '../../electron/core/logger';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';

// A real backend on a real SQLite file in a fresh temp folder, with a test document key.

export interface TestBackend {
  readonly backend: Backend;
  readonly dir: string;
  readonly dbPath: string;
  readonly key: Buffer;
  close(): void;
}

/** `logger` receives what the backend logs (default: nothing), e.g. to assert what never appears. */
export function startTestBackend(now?: () => Date, logger?: Logger): TestBackend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-test-'));
  const key = randomBytes(32);
  const dbPath = path.join(dir, 'tla.sqlite');
  const backend = createBackend({
    dbPath,
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    ...(now ? { now } : {}),
    logger: logger ?? { error: () => undefined },
  });
  return {
    backend,
    dir,
    dbPath,
    key,
    close: () => {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export class CallError extends Error {
  constructor(readonly failure: ApiFailure['error']) {
    super(failure.message);
  }
}

/** A signed-in user: `call` returns the data or throws a CallError with the Dutch message. */
export interface Client {
  readonly session: string | undefined;
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  fail<N extends ProcedureName>(name: N, input: unknown): Promise<ApiFailure['error']>;
}

export function client(backend: Backend, session?: string): Client {
  return {
    session,
    async call(name, input) {
      const r = await backend.dispatch({ name, input, ...(session ? { session } : {}) });
      if (!r.ok) throw new CallError(r.error);
      return r.data as never;
    },
    async fail(name, input) {
      const r = await backend.dispatch({ name, input, ...(session ? { session } : {}) });
      if (r.ok) throw new Error(`${name} was expected to fail`);
      return r.error;
    },
  };
}

export async function login(
  backend: Backend,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Client> {
  const r = await client(backend).call('auth.login', { username, password });
  return client(backend, r.session);
}

/** A read-only handle on the test database (encrypted: it needs the key, like the app). */
export function openReadonly(t: Pick<TestBackend, 'dbPath' | 'key'>): Database.Database {
  return openDatabase({ file: t.dbPath, key: databaseKey(t.key), readonly: true }).sqlite;
}

/** The first beheerder of an empty install (its password is strong enough for the backend). */
export const EERSTE_BEHEERDER = {
  naam: 'Bea Beheer',
  username: 'fb.eerste',
  password: 'Kwartel-Zonnebloem-Rivier-42',
} as const;

/** An empty install without the demo: only the functioneel beheerder, created as at first start. */
export async function startEmptyWithBeheerder(
  now?: () => Date,
): Promise<{ t: TestBackend; beheer: Client }> {
  const t = startTestBackend(now);
  await client(t.backend).call('setup.createBeheerder', { ...EERSTE_BEHEERDER });
  return {
    t,
    beheer: await login(t.backend, EERSTE_BEHEERDER.username, EERSTE_BEHEERDER.password),
  };
}
