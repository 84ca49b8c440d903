import { and, count, eq, inArray, sql } from 'drizzle-orm';
import {
  aanvragen,
  deskundigen,
  toewijzingen,
  userRoles,
  users as usersTable,
} from '../../db/schema';
import type { AuthedContext, ServiceContext } from '../core/context';
import { domainError, notFound, UserFacingError } from '../core/errors';
import { deactivationRefusal, roleChangeRefusal, type AccountFacts } from '../domain/accounts';
import { ADVICE_OPEN_STATES } from '../domain/state-groups';
import { ROLES, type Role } from '../domain/types';
import { assertStrongPassword, hashPassword, type LoginGuard } from './accounts';

// The functioneel beheerder's work on accounts (§2, S3): edit, deactivate and activate (never
// delete: the audit log refers to users), a temporary password, and lifting the login throttle.
// The rules are in domain/accounts.ts; audit rows name the user by id only.

/** The values of (key, value) rows per key, in row order. */
export function groupBy<K, V>(rows: readonly { key: K; value: V }[]): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) map.set(r.key, [...(map.get(r.key) ?? []), r.value]);
  return map;
}

/**
 * §4: per deskundige, the active assignments on aanvragen whose advice work is open (the count
 * toward their maximum, and what blocks ending their work).
 */
export function openToewijzingen(ctx: ServiceContext, deskundigeId?: number): Map<number, number> {
  const where = and(
    eq(toewijzingen.active, true),
    inArray(aanvragen.state, ADVICE_OPEN_STATES),
    deskundigeId === undefined ? undefined : eq(toewijzingen.deskundigeId, deskundigeId),
  );
  return new Map(
    ctx.db
      .select({ deskundigeId: toewijzingen.deskundigeId, n: count() })
      .from(toewijzingen)
      .innerJoin(aanvragen, eq(aanvragen.id, toewijzingen.aanvraagId))
      .where(where)
      .groupBy(toewijzingen.deskundigeId)
      .all()
      .map((r) => [r.deskundigeId, r.n]),
  );
}

function rolesOf(ctx: AuthedContext, userId?: number): Map<number, Role[]> {
  const rows = ctx.db
    .select({ key: userRoles.userId, value: userRoles.role })
    .from(userRoles)
    .where(userId === undefined ? undefined : eq(userRoles.userId, userId))
    .all();
  const map = groupBy(rows);
  for (const [id, list] of map)
    map.set(
      id,
      ROLES.filter((r) => list.includes(r)),
    );
  return map;
}

export function listUsers(ctx: AuthedContext, guard: LoginGuard) {
  const users = ctx.db
    .select({
      id: usersTable.id,
      naam: usersTable.naam,
      username: usersTable.username,
      active: usersTable.active,
      mustChangePassword: usersTable.mustChangePassword,
      deskundigeId: deskundigen.id,
      // Issue 13: whether a second factor is set (never the secret itself).
      tweedeFactor: sql<boolean>`${usersTable.totpSecret} IS NOT NULL`.mapWith(Boolean),
    })
    .from(usersTable)
    .leftJoin(deskundigen, and(eq(deskundigen.userId, usersTable.id), eq(deskundigen.active, true)))
    .orderBy(usersTable.naam)
    .all();
  const roles = rolesOf(ctx);
  const open = openToewijzingen(ctx);
  const locks = guard.locks();
  return users.map((u) => {
    const lockedUntil = locks.get(u.username);
    return {
      ...u,
      roles: roles.get(u.id) ?? [],
      lockedUntil: lockedUntil === undefined ? null : new Date(lockedUntil).toISOString(),
      openToewijzingen: u.deskundigeId === null ? 0 : (open.get(u.deskundigeId) ?? 0),
    };
  });
}

/** The facts the account rules need about `userId`; not found when there is no such user. */
function accountFacts(ctx: AuthedContext, userId: number) {
  const user = ctx.db
    .select({
      id: usersTable.id,
      naam: usersTable.naam,
      username: usersTable.username,
      active: usersTable.active,
    })
    .from(usersTable)
    .where(eq(usersTable.id, userId))
    .get();
  if (!user) throw notFound('Deze gebruiker');
  const pool = ctx.db
    .select({ id: deskundigen.id })
    .from(deskundigen)
    .where(and(eq(deskundigen.userId, userId), eq(deskundigen.active, true)))
    .get();
  const activeBeheerders =
    ctx.db
      .select({ n: count() })
      .from(userRoles)
      .innerJoin(usersTable, eq(usersTable.id, userRoles.userId))
      .where(and(eq(userRoles.role, 'beheerder'), eq(usersTable.active, true)))
      .get()?.n ?? 0;
  const facts: AccountFacts = {
    actorUserId: ctx.user.id,
    target: { ...user, roles: rolesOf(ctx, userId).get(userId) ?? [] },
    activeBeheerders,
    openToewijzingen: pool === undefined ? 0 : (openToewijzingen(ctx, pool.id).get(pool.id) ?? 0),
    inPool: pool !== undefined,
  };
  return { facts, username: user.username };
}

const refuse = (reason: string | null): void => {
  if (reason !== null) throw domainError(reason);
};

export function updateUser(
  ctx: AuthedContext,
  input: { userId: number; naam: string; roles: readonly Role[] },
) {
  return ctx.tx(() => {
    const { facts } = accountFacts(ctx, input.userId);
    refuse(roleChangeRefusal(facts, input.roles));
    ctx.db
      .update(usersTable)
      .set({ naam: input.naam })
      .where(eq(usersTable.id, input.userId))
      .run();
    ctx.db.delete(userRoles).where(eq(userRoles.userId, input.userId)).run();
    for (const role of new Set(input.roles))
      ctx.db.insert(userRoles).values({ userId: input.userId, role }).run();
    ctx.audit({ action: 'user.update', objectType: 'user', objectId: input.userId });
    return { ok: true as const };
  });
}

/** Deactivates a user: no login any more, and their open sessions end at once. */
export function deactivateUser(ctx: AuthedContext, userId: number) {
  ctx.tx(() => {
    const { facts } = accountFacts(ctx, userId);
    refuse(deactivationRefusal(facts));
    ctx.db.update(usersTable).set({ active: false }).where(eq(usersTable.id, userId)).run();
    ctx.audit({ action: 'user.deactiveer', objectType: 'user', objectId: userId });
  });
  ctx.sessions.endUser(userId);
  return { ok: true as const };
}

export function activateUser(ctx: AuthedContext, userId: number) {
  return ctx.tx(() => {
    const { facts } = accountFacts(ctx, userId);
    if (facts.target.active) throw domainError(`${facts.target.naam} is al actief.`);
    ctx.db.update(usersTable).set({ active: true }).where(eq(usersTable.id, userId)).run();
    ctx.audit({ action: 'user.activeer', objectType: 'user', objectId: userId });
    return { ok: true as const };
  });
}

/**
 * A temporary password from the beheerder: it must be changed at the next login, the user's
 * sessions end, and a lock of the throttle is lifted (the user is usually locked out by then).
 */
export async function resetPassword(
  ctx: AuthedContext,
  guard: LoginGuard,
  input: { userId: number; password: string },
) {
  const { facts, username } = ctx.tx(() => accountFacts(ctx, input.userId));
  if (facts.target.id === ctx.user.id)
    throw domainError(
      'Uw eigen wachtwoord wijzigt u via uw naam rechtsboven: Wachtwoord wijzigen.',
    );
  assertStrongPassword(input.password, username);
  const passwordHash = await hashPassword(input.password);
  ctx.tx(() => {
    accountFacts(ctx, input.userId);
    ctx.db
      .update(usersTable)
      .set({ passwordHash, mustChangePassword: true })
      .where(eq(usersTable.id, input.userId))
      .run();
    ctx.audit({ action: 'user.resetWachtwoord', objectType: 'user', objectId: input.userId });
  });
  ctx.sessions.endUser(input.userId);
  guard.unlock(username);
  return { ok: true as const };
}

export function unlockUser(ctx: AuthedContext, guard: LoginGuard, userId: number) {
  const { facts, username } = ctx.tx(() => accountFacts(ctx, userId));
  if (!guard.locks().has(username))
    throw new UserFacingError('domain', `${facts.target.naam} is niet geblokkeerd.`);
  ctx.tx(() => ctx.audit({ action: 'user.ontgrendel', objectType: 'user', objectId: userId }));
  guard.unlock(username);
  return { ok: true as const };
}
