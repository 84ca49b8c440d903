import type { AuthedContext, ServiceContext } from '../core/context';
import { UserFacingError } from '../core/errors';
import { ROLES, type Discipline, type Role } from '../domain/types';
import { assertStrongPassword, hashPassword, insertUser } from './accounts';

// The functioneel beheerder: accounts, roles and the pool of deskundigen (§2).

export function userCount(ctx: ServiceContext): number {
  return (ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

export async function createUser(
  ctx: ServiceContext & { readonly user?: { id: number } },
  input: { naam: string; username: string; password: string; roles: readonly Role[] },
): Promise<{ id: number }> {
  assertStrongPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return ctx.tx(() => {
    const id = insertUser(ctx.sqlite, { ...input, passwordHash });
    ctx.audit({ action: 'user.create', objectType: 'user', objectId: id });
    return { id };
  });
}

/** First start: the functioneel beheerder, only while the database has no users at all. */
export async function createFirstBeheerder(
  ctx: ServiceContext,
  input: { naam: string; username: string; password: string },
): Promise<{ ok: true }> {
  if (userCount(ctx) > 0) {
    throw new UserFacingError('forbidden', 'De eerste start is al voltooid. Log in.');
  }
  await createUser(ctx, { ...input, roles: ['beheerder'] });
  return { ok: true };
}

export function listUsers(ctx: AuthedContext) {
  const users = ctx.sqlite
    .prepare(
      `SELECT u.id, u.naam, u.username, u.active, d.id AS deskundige_id,
         (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
       FROM users u LEFT JOIN deskundigen d ON d.user_id = u.id ORDER BY u.naam`,
    )
    .all() as {
    id: number;
    naam: string;
    username: string;
    active: number;
    deskundige_id: number | null;
    roles: string | null;
  }[];
  return users.map((u) => ({
    id: u.id,
    naam: u.naam,
    username: u.username,
    active: u.active === 1,
    deskundigeId: u.deskundige_id,
    roles: ROLES.filter((r) => (u.roles?.split(',') ?? []).includes(r)),
  }));
}

export function listPool(ctx: AuthedContext) {
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.id, d.user_id, u.naam, d.registratie, d.max_open,
         (SELECT group_concat(discipline) FROM deskundige_disciplines WHERE deskundige_id = d.id) AS disciplines,
         (SELECT group_concat(organisatie_key) FROM deskundige_organisaties WHERE deskundige_id = d.id) AS organisaties,
         (SELECT COUNT(*) FROM toewijzingen t JOIN aanvragen a ON a.id = t.aanvraag_id WHERE t.deskundige_id = d.id
            AND t.active = 1 AND a.state IN ('in_advies','unaniem','geagendeerd','eindadvies_in_opmaak','ter_besluitvorming','teruggestuurd')) AS open_count
       FROM deskundigen d JOIN users u ON u.id = d.user_id WHERE d.active = 1 ORDER BY u.naam`,
    )
    .all() as {
    id: number;
    user_id: number;
    naam: string;
    registratie: string;
    max_open: number | null;
    disciplines: string | null;
    organisaties: string | null;
    open_count: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    naam: r.naam,
    disciplines: (r.disciplines?.split(',') ?? []) as Discipline[],
    registratie: r.registratie,
    organisatieKeys: r.organisaties?.split(',') ?? [],
    maxOpen: r.max_open,
    openAssignments: r.open_count,
  }));
}

export function insertDeskundige(
  ctx: ServiceContext,
  input: {
    userId: number;
    disciplines: readonly Discipline[];
    registratie: string;
    organisatieKeys: readonly string[];
    maxOpen: number | null;
  },
): number {
  const user = ctx.sqlite.prepare('SELECT 1 FROM users WHERE id = ?').get(input.userId);
  if (!user) throw new UserFacingError('invalid_input', 'Deze gebruiker bestaat niet.');
  if (ctx.sqlite.prepare('SELECT 1 FROM deskundigen WHERE user_id = ?').get(input.userId)) {
    throw new UserFacingError('conflict', 'Deze gebruiker staat al in de pool.');
  }
  const id = Number(
    ctx.sqlite
      .prepare('INSERT INTO deskundigen (user_id, registratie, max_open) VALUES (?, ?, ?)')
      .run(input.userId, input.registratie, input.maxOpen).lastInsertRowid,
  );
  const d = ctx.sqlite.prepare(
    'INSERT INTO deskundige_disciplines (deskundige_id, discipline) VALUES (?, ?)',
  );
  for (const x of new Set(input.disciplines)) d.run(id, x);
  const o = ctx.sqlite.prepare(
    'INSERT INTO deskundige_organisaties (deskundige_id, organisatie_key) VALUES (?, ?)',
  );
  for (const k of new Set(input.organisatieKeys)) o.run(id, k);
  ctx.sqlite
    .prepare("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, 'deskundige')")
    .run(input.userId);
  ctx.audit({ action: 'pool.create', objectType: 'deskundige', objectId: id });
  return id;
}

export function createDeskundige(
  ctx: AuthedContext,
  input: Parameters<typeof insertDeskundige>[1],
) {
  return ctx.tx(() => ({ id: insertDeskundige(ctx, input) }));
}

export function listScholen(ctx: ServiceContext) {
  const besturen = ctx.sqlite
    .prepare('SELECT id, naam, bestuursnummer FROM schoolbesturen ORDER BY naam')
    .all() as { id: number; naam: string; bestuursnummer: string }[];
  const scholen = ctx.sqlite
    .prepare('SELECT id, bestuur_id, naam, brin, plaats FROM scholen ORDER BY naam')
    .all() as { id: number; bestuur_id: number; naam: string; brin: string; plaats: string }[];
  return besturen.map((b) => ({
    ...b,
    scholen: scholen
      .filter((s) => s.bestuur_id === b.id)
      .map((s) => ({ id: s.id, naam: s.naam, brin: s.brin, plaats: s.plaats })),
  }));
}
