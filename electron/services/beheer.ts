import { and, count, desc, eq, gte, inArray } from 'drizzle-orm';
import {
  aanvragen,
  deskundigeAfwezigheden,
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
import { domainError, notFound, UserFacingError } from '../core/errors';
import { poolEndRefusal } from '../domain/accounts';
import { organisationBlocks } from '../domain/eligibility';
import { ADVICE_OPEN_STATES } from '../domain/state-groups';
import { DISCIPLINES, type Discipline, type Role } from '../domain/types';
import { assertStrongPassword, hashPassword, insertUser } from './accounts';
import { groupBy, openToewijzingen } from './gebruikers';

// The functioneel beheerder: accounts, roles and the pool of deskundigen (§2).

export function userCount(ctx: ServiceContext): number {
  return ctx.db.select({ n: count() }).from(usersTable).get()?.n ?? 0;
}

export async function createUser(
  ctx: ServiceContext,
  input: { naam: string; username: string; password: string; roles: readonly Role[] },
  /** S3: a first password the beheerder chose is changed at the first login; the first beheerder's own is not. */
  mustChangePassword = true,
): Promise<{ id: number }> {
  assertStrongPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return ctx.tx(() => {
    const id = insertUser(ctx.db, { ...input, passwordHash, mustChangePassword });
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
  await createUser(ctx, { ...input, roles: ['beheerder'] }, false);
  return { ok: true };
}

/** The names of organisation keys ('bestuur:<id>', 'school:<id>'); unknown keys are left out. */
function organisatieNamen(ctx: ServiceContext): Map<string, string> {
  const names = new Map<string, string>();
  for (const b of ctx.db
    .select({ id: schoolbesturen.id, naam: schoolbesturen.naam })
    .from(schoolbesturen)
    .all())
    names.set(`bestuur:${b.id}`, b.naam);
  for (const s of ctx.db
    .select({ id: scholenTable.id, naam: scholenTable.naam })
    .from(scholenTable)
    .all())
    names.set(`school:${s.id}`, s.naam);
  return names;
}

/** The pool: active members first, then the ended ones (kept for history), each by name. */
export function listPool(ctx: AuthedContext) {
  const rows = ctx.db
    .select({
      id: deskundigen.id,
      userId: deskundigen.userId,
      naam: usersTable.naam,
      registratie: deskundigen.registratie,
      maxOpen: deskundigen.maxOpen,
      active: deskundigen.active,
      userActive: usersTable.active,
    })
    .from(deskundigen)
    .innerJoin(usersTable, eq(usersTable.id, deskundigen.userId))
    .orderBy(desc(deskundigen.active), usersTable.naam)
    .all();
  const disciplines = groupBy(
    ctx.db
      .select({ key: deskundigeDisciplines.deskundigeId, value: deskundigeDisciplines.discipline })
      .from(deskundigeDisciplines)
      .all(),
  );
  const organisaties = groupBy(
    ctx.db
      .select({
        key: deskundigeOrganisaties.deskundigeId,
        value: deskundigeOrganisaties.organisatieKey,
      })
      .from(deskundigeOrganisaties)
      .all(),
  );
  const names = organisatieNamen(ctx);
  const open = openToewijzingen(ctx);
  // §4: the absence that holds today, or else the next one, per member.
  const afwezig = new Map<number, { van: string; tot: string }>();
  for (const a of ctx.db
    .select({
      deskundigeId: deskundigeAfwezigheden.deskundigeId,
      van: deskundigeAfwezigheden.van,
      tot: deskundigeAfwezigheden.tot,
    })
    .from(deskundigeAfwezigheden)
    .where(gte(deskundigeAfwezigheden.tot, ctx.today))
    .orderBy(deskundigeAfwezigheden.van)
    .all())
    if (!afwezig.has(a.deskundigeId)) afwezig.set(a.deskundigeId, { van: a.van, tot: a.tot });
  return rows.map((r) => {
    const keys = [...(organisaties.get(r.id) ?? [])].sort((a, b) =>
      (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'nl'),
    );
    return {
      ...r,
      disciplines: DISCIPLINES.filter((d) => disciplines.get(r.id)?.includes(d) ?? false),
      organisatieKeys: keys,
      organisaties: keys.map((key) => ({
        key,
        naam: names.get(key) ?? 'Onbekende organisatie',
      })),
      openAssignments: open.get(r.id) ?? 0,
      afwezig: afwezig.get(r.id) ?? null,
    };
  });
}

interface PoolMember {
  disciplines: readonly Discipline[];
  registratie: string;
  organisatieKeys: readonly string[];
  maxOpen: number | null;
}

/** Refuses an organisation key that names no bestuur or school. */
function assertKnownOrganisaties(ctx: ServiceContext, keys: readonly string[]): void {
  const names = organisatieNamen(ctx);
  if (keys.some((k) => !names.has(k)))
    throw new UserFacingError(
      'invalid_input',
      'Een gekozen bestuur of school bestaat niet (meer). Kies opnieuw.',
      'organisatieKeys',
    );
}

/** Writes what the beheerder records of a member: the fields, the disciplines and organisations. */
function writeMember(ctx: ServiceContext, id: number, input: PoolMember & { active?: true }): void {
  ctx.db
    .update(deskundigen)
    .set({
      registratie: input.registratie,
      maxOpen: input.maxOpen,
      ...(input.active ? { active: true } : {}),
    })
    .where(eq(deskundigen.id, id))
    .run();
  ctx.db.delete(deskundigeDisciplines).where(eq(deskundigeDisciplines.deskundigeId, id)).run();
  ctx.db.delete(deskundigeOrganisaties).where(eq(deskundigeOrganisaties.deskundigeId, id)).run();
  for (const discipline of new Set(input.disciplines))
    ctx.db.insert(deskundigeDisciplines).values({ deskundigeId: id, discipline }).run();
  for (const organisatieKey of new Set(input.organisatieKeys))
    ctx.db.insert(deskundigeOrganisaties).values({ deskundigeId: id, organisatieKey }).run();
}

/**
 * Takes a user into the pool, with the role deskundige; a former member (ended membership) is
 * taken in again on the same row, so their history stays one person.
 */
export function insertDeskundige(
  ctx: ServiceContext,
  input: PoolMember & { userId: number },
): number {
  const user = ctx.db
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(eq(usersTable.id, input.userId))
    .get();
  if (!user) throw new UserFacingError('invalid_input', 'Deze gebruiker bestaat niet.');
  assertKnownOrganisaties(ctx, input.organisatieKeys);
  const already = ctx.db
    .select({ id: deskundigen.id, active: deskundigen.active })
    .from(deskundigen)
    .where(eq(deskundigen.userId, input.userId))
    .get();
  if (already?.active === true)
    throw new UserFacingError('conflict', 'Deze gebruiker staat al in de pool.');
  const id =
    already?.id ??
    Number(
      ctx.db
        .insert(deskundigen)
        .values({ userId: input.userId, registratie: input.registratie, maxOpen: input.maxOpen })
        .run().lastInsertRowid,
    );
  writeMember(ctx, id, { ...input, active: true });
  ctx.db
    .insert(userRoles)
    .values({ userId: input.userId, role: 'deskundige' })
    .onConflictDoNothing()
    .run();
  ctx.audit({
    action: already ? 'pool.heropname' : 'pool.create',
    objectType: 'deskundige',
    objectId: id,
  });
  return id;
}

export function createDeskundige(ctx: AuthedContext, input: PoolMember & { userId: number }) {
  return ctx.tx(() => ({ id: insertDeskundige(ctx, input) }));
}

/** The member's row, or not found; `active` says whether the membership still runs. */
function member(ctx: AuthedContext, deskundigeId: number) {
  const row = ctx.db
    .select({ id: deskundigen.id, active: deskundigen.active, naam: usersTable.naam })
    .from(deskundigen)
    .innerJoin(usersTable, eq(usersTable.id, deskundigen.userId))
    .where(eq(deskundigen.id, deskundigeId))
    .get();
  if (!row) throw notFound('Deze deskundige');
  return row;
}

/**
 * Edits a member. An organisation added may make an open assignment conflict with §4's
 * independence: the change is saved (it is a fact) and the answer says how many open assignments
 * now conflict, so the voorzitter can assign them again.
 */
export function updateDeskundige(ctx: AuthedContext, input: PoolMember & { deskundigeId: number }) {
  return ctx.tx(() => {
    const m = member(ctx, input.deskundigeId);
    if (!m.active)
      throw domainError(
        `Het lidmaatschap van ${m.naam} is beëindigd. Neem haar of hem eerst weer op in de pool.`,
      );
    assertKnownOrganisaties(ctx, input.organisatieKeys);
    writeMember(ctx, m.id, input);
    ctx.audit({ action: 'pool.update', objectType: 'deskundige', objectId: m.id });
    const open = ctx.db
      .select({ schoolId: scholenTable.id, bestuurId: scholenTable.bestuurId })
      .from(toewijzingen)
      .innerJoin(aanvragen, eq(aanvragen.id, toewijzingen.aanvraagId))
      .innerJoin(scholenTable, eq(scholenTable.id, aanvragen.schoolId))
      .where(
        and(
          eq(toewijzingen.deskundigeId, m.id),
          eq(toewijzingen.active, true),
          inArray(aanvragen.state, ADVICE_OPEN_STATES),
        ),
      )
      .all();
    const conflicten = open.filter(
      (a) =>
        organisationBlocks(input.organisatieKeys, {
          schoolbestuurKey: `bestuur:${a.bestuurId}`,
          schoolKey: `school:${a.schoolId}`,
        }).length > 0,
    ).length;
    return { ok: true as const, conflicten };
  });
}

/** Ends a membership: kept for history, no longer offered; refused while assignments are open. */
export function endDeskundige(ctx: AuthedContext, deskundigeId: number) {
  return ctx.tx(() => {
    const m = member(ctx, deskundigeId);
    if (!m.active) throw domainError(`Het lidmaatschap van ${m.naam} is al beëindigd.`);
    const refusal = poolEndRefusal(m.naam, openToewijzingen(ctx, m.id).get(m.id) ?? 0);
    if (refusal !== null) throw domainError(refusal);
    ctx.db.update(deskundigen).set({ active: false }).where(eq(deskundigen.id, m.id)).run();
    ctx.audit({ action: 'pool.beeindig', objectType: 'deskundige', objectId: m.id });
    return { ok: true as const };
  });
}
