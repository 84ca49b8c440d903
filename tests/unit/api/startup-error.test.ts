import { describe, expect, it } from 'vitest';
import { DatabaseIntegrityError } from '../../../db/open';
import { asStartupError } from '../../../electron/api/backend';
import { StartupIntegrityError } from '../../../electron/core/integrity';

// What SQLite says of a damaged file becomes the Dutch problem of the recovery screen.

const sqliteError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: 'SqliteError', code });

const kinds = (e: unknown) =>
  e instanceof StartupIntegrityError ? e.problems.map((p) => p.kind) : null;

describe('asStartupError', () => {
  it('turns a failed quick_check and SQLite corruption into database_corrupt', () => {
    expect(kinds(asStartupError(new DatabaseIntegrityError('quick_check failed')))).toEqual([
      'database_corrupt',
    ]);
    expect(
      kinds(asStartupError(sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'))),
    ).toEqual(['database_corrupt']);
    const notADb = asStartupError(sqliteError('SQLITE_NOTADB', 'file is not a database'));
    expect(kinds(notADb)).toEqual(['database_corrupt']);
    expect((notADb as StartupIntegrityError).problems[0]?.message).toContain('sleutel');
  });

  it('leaves other errors as they are', () => {
    const busy = sqliteError('SQLITE_BUSY', 'database is locked');
    expect(asStartupError(busy)).toBe(busy);
    const other = new Error('x');
    expect(asStartupError(other)).toBe(other);
  });
});
