import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import { aanvragen, huidigeAdviezen, userRoles, users } from '../../db/schema';
import { RowShapeError, typedAll, typedGet } from '../../db/typed-sql';

// Rows typed by db/schema.ts: raw SQL through typedAll/typedGet is checked row by row, and the view
// of current advices reads like its table.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-typed-'));
const opened = openDatabase({
  file: path.join(dir, 'db.sqlite'),
  key: databaseKey(randomBytes(32)),
});
afterAll(() => {
  opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const { sqlite, db } = opened;
sqlite
  .prepare(
    "INSERT INTO users (naam, username, password_hash, active) VALUES ('Ann', 'ann', 'x', 1)",
  )
  .run();
sqlite.prepare("INSERT INTO user_roles (user_id, role) VALUES (1, 'secretaris')").run();

describe('typedAll / typedGet', () => {
  it('returns rows typed by the schema, booleans mapped by their column', () => {
    const rows = typedAll(
      db,
      { id: users.id, naam: users.naam, active: users.active, roles: 'integer' },
      sql`SELECT u.id AS id, u.naam AS naam, u.active AS active,
            (SELECT COUNT(*) FROM user_roles r WHERE r.user_id = u.id) AS roles FROM users u`,
    );
    expect(rows).toEqual([{ id: 1, naam: 'Ann', active: true, roles: 1 }]);
  });

  it('refuses a row that does not match: a missing column, a null in NOT NULL, a wrong kind', () => {
    expect(() =>
      typedGet(db, { id: users.id, naam: users.naam }, sql`SELECT id AS id FROM users`),
    ).toThrow(RowShapeError);
    expect(() => typedGet(db, { naam: users.naam }, sql`SELECT NULL AS naam FROM users`)).toThrow(
      /null/,
    );
    expect(() => typedGet(db, { naam: users.naam }, sql`SELECT 5 AS naam FROM users`)).toThrow(
      /not text/,
    );
    expect(() => typedGet(db, { n: 'integer' }, sql`SELECT 'x' AS n`)).toThrow(/not a number/);
  });

  it('gives undefined when there is no row', () => {
    expect(typedGet(db, { id: users.id }, sql`SELECT id AS id FROM users WHERE id = ${99}`)).toBe(
      undefined,
    );
  });

  it('reads the enum-typed role column and the view of current advices through the builder', () => {
    const roles = db
      .select({ role: userRoles.role })
      .from(userRoles)
      .where(eq(userRoles.userId, 1))
      .all();
    expect(roles).toEqual([{ role: 'secretaris' }]);
    expect(db.select().from(huidigeAdviezen).orderBy(desc(huidigeAdviezen.version)).all()).toEqual(
      [],
    );
    expect(db.select({ id: aanvragen.id }).from(aanvragen).all()).toEqual([]);
  });
});
