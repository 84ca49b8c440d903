import { and, count, eq, inArray } from 'drizzle-orm';
import {
  aanvragen,
  deskundigeDisciplines,
  deskundigeOrganisaties,
  deskundigen,
  schoolbesturen,
  scholen as scholenTable,
  toewijzingen,
  userRoles,
  users as usersTable,
} from '../../db/schema';
import type { AuthedContext, ServiceContext } from '../core/context';
import { UserFacingError } from '../core/errors';
import { ADVICE_OPEN_STATES } from '../domain/state-groups';
import { ROLES, type Discipline, type Role } from '../domain/types';
import { assertStrongPassword, hashPassword, insertUser } from './accounts';

// The functioneel beheerder: accounts, roles and the pool of deskundigen (§2).

export function userCount(ctx: ServiceContext): number {
  return ctx.db.select({ n: count() }).from(usersTable).get()?.n ?? 0;
}

export async function createUser(
  ctx: ServiceContext & { readonly user?: { id: number } },
  input: { naam: string; username: string; password: string; roles: readonly Role[] },
): Promise<{ id: number }> {
  assertStrongPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return ctx.tx(() => {
    const id = insertUser(ctx.db, { ...input, passwordHash });
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
  const users = ctx.db
    .select({
      id: usersTable.id,
      naam: usersTable.naam,
      username: usersTable.username,
      active: usersTable.active,
      deskundigeId: deskundigen.id,
    })
    .from(usersTable)
    .leftJoin(deskundigen, eq(deskundigen.userId, usersTable.id))
    .orderBy(usersTable.naam)
    .all();
  const roles = groupBy(
    ctx.db.select({ key: userRoles.userId, value: userRoles.role }).from(userRoles).all(),
  );
  return users.map((u) => ({
    ...u,
    roles: ROLES.filter((r) => roles.get(u.id)?.includes(r) ?? false),
  }));
}

/** The values of (key, value) rows per key, in row order. */
function groupBy<K, V>(rows: readonly { key: K; value: V }[]): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) map.set(r.key, [...(map.get(r.key) ?? []), r.value]);
  return map;
}

export function listPool(ctx: AuthedContext) {
  const rows = ctx.db
    .select({
      id: deskundigen.id,
      userId: deskundigen.userId,
      naam: usersTable.naam,
      registratie: deskundigen.registratie,
      maxOpen: deskundigen.maxOpen,
    })
    .from(deskundigen)
    .innerJoin(usersTable, eq(usersTable.id, deskundigen.userId))
    .where(eq(deskundigen.active, true))
    .orderBy(usersTable.naam)
    .all();
  const disciplines = groupBy(
    ctx.db
      .select({ key: deskundigeDisciplines.deskundigeId, value: deskundigeDisciplines.discipline })
      .from(deskundigeDisciplines)
      .orderBy(deskundigeDisciplines.deskundigeId, deskundigeDisciplines.discipline)
      .all(),
  );
  const organisaties = groupBy(
    ctx.db
      .select({
        key: deskundigeOrganisaties.deskundigeId,
        value: deskundigeOrganisaties.organisatieKey,
      })
      .from(deskundigeOrganisaties)
      .orderBy(deskundigeOrganisaties.deskundigeId, deskundigeOrganisaties.organisatieKey)
      .all(),
  );
  // §4: the assignments that count toward a deskundige's maximum of open cases.
  const open = new Map(
    ctx.db
      .select({ deskundigeId: toewijzingen.deskundigeId, n: count() })
      .from(toewijzingen)
      .innerJoin(aanvragen, eq(aanvragen.id, toewijzingen.aanvraagId))
      .where(and(eq(toewijzingen.active, true), inArray(aanvragen.state, ADVICE_OPEN_STATES)))
      .groupBy(toewijzingen.deskundigeId)
      .all()
      .map((r) => [r.deskundigeId, r.n]),
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    naam: r.naam,
    disciplines: disciplines.get(r.id) ?? [],
    registratie: r.registratie,
    organisatieKeys: organisaties.get(r.id) ?? [],
    maxOpen: r.maxOpen,
    openAssignments: open.get(r.id) ?? 0,
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
  const user = ctx.db
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(eq(usersTable.id, input.userId))
    .get();
  if (!user) throw new UserFacingError('invalid_input', 'Deze gebruiker bestaat niet.');
  const already = ctx.db
    .select({ id: deskundigen.id })
    .from(deskundigen)
    .where(eq(deskundigen.userId, input.userId))
    .get();
  if (already) throw new UserFacingError('conflict', 'Deze gebruiker staat al in de pool.');
  const id = Number(
    ctx.db
      .insert(deskundigen)
      .values({ userId: input.userId, registratie: input.registratie, maxOpen: input.maxOpen })
      .run().lastInsertRowid,
  );
  for (const discipline of new Set(input.disciplines))
    ctx.db.insert(deskundigeDisciplines).values({ deskundigeId: id, discipline }).run();
  for (const organisatieKey of new Set(input.organisatieKeys))
    ctx.db.insert(deskundigeOrganisaties).values({ deskundigeId: id, organisatieKey }).run();
  ctx.db
    .insert(userRoles)
    .values({ userId: input.userId, role: 'deskundige' })
    .onConflictDoNothing()
    .run();
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
  const besturen = ctx.db
    .select({
      id: schoolbesturen.id,
      naam: schoolbesturen.naam,
      bestuursnummer: schoolbesturen.bestuursnummer,
    })
    .from(schoolbesturen)
    .orderBy(schoolbesturen.naam)
    .all();
  const scholen = ctx.db.select().from(scholenTable).orderBy(scholenTable.naam).all();
  return besturen.map((b) => ({
    ...b,
    scholen: scholen
      .filter((s) => s.bestuurId === b.id)
      .map((s) => ({ id: s.id, naam: s.naam, brin: s.brin, plaats: s.plaats })),
  }));
}
