import { and, eq, inArray } from 'drizzle-orm';
import { aanvraagBetrokkenen, deskundigen, userRoles, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import {
  betrokkenheidLabel,
  TOEGEWEZEN_BETROKKENE,
  VERGADERING_ROLLEN,
  type BetrokkenheidRol,
} from '../domain/betrokkenheid';
import { ROLE_LABELS, ROLES, type Role } from '../domain/types';
import { isOpen } from '../domain/workflow';
import { activeAssignees, requireAccess } from './access';
import { currentState } from './workflow';

// §4 and §6: the people involved in an aanvraag on the school's side (the SC or CJK on the case,
// staff of the school board, the author of a report), recorded per aanvraag by the secretaris or
// the voorzitter. They are kept from being assigned (services/toewijzing.ts `caseFacts`) and from
// taking part in the TLA-vergadering's item on the aanvraag (services/vergadering/agenda.ts).

/** Each person with their roles as Dutch labels, in the order of ROLES. */
export function withRoles<P extends { userId: number }>(ctx: AuthedContext, people: P[]) {
  const ids = [...new Set(people.map((p) => p.userId))];
  const roles = new Map<number, Role[]>();
  if (ids.length > 0) {
    const rows = ctx.db
      .select({ userId: userRoles.userId, role: userRoles.role })
      .from(userRoles)
      .where(inArray(userRoles.userId, ids))
      .all();
    for (const r of rows) roles.set(r.userId, [...(roles.get(r.userId) ?? []), r.role]);
  }
  return people.map((p) => ({
    ...p,
    rol: ROLES.filter((r) => roles.get(p.userId)?.includes(r))
      .map((r) => ROLE_LABELS[r])
      .join(', '),
  }));
}

/** The active users who may attend a TLA-vergadering (and so may be recorded as betrokken). */
export function vergaderingKandidaten(ctx: AuthedContext) {
  return withRoles(
    ctx,
    ctx.db
      .selectDistinct({ userId: users.id, naam: users.naam })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.active, true), inArray(userRoles.role, VERGADERING_ROLLEN)))
      .orderBy(users.naam)
      .all(),
  );
}

/** The betrokkenen of an aanvraag with their names and how they are involved, by name. */
export function betrokkenenVan(ctx: AuthedContext, aanvraagId: number) {
  const b = aanvraagBetrokkenen;
  return ctx.db
    .select({ userId: b.userId, naam: users.naam, rol: b.rol, createdAt: b.createdAt })
    .from(b)
    .innerJoin(users, eq(users.id, b.userId))
    .where(eq(b.aanvraagId, aanvraagId))
    .orderBy(users.naam)
    .all()
    .map((r) => ({ ...r, rolLabel: betrokkenheidLabel(r.rol) }));
}

/** §4: the pool ids (deskundigen) of the betrokkenen, for the eligibility check. */
export function betrokkenDeskundigeIds(ctx: AuthedContext, aanvraagId: number): number[] {
  return ctx.db
    .select({ id: deskundigen.id })
    .from(aanvraagBetrokkenen)
    .innerJoin(deskundigen, eq(deskundigen.userId, aanvraagBetrokkenen.userId))
    .where(eq(aanvraagBetrokkenen.aanvraagId, aanvraagId))
    .all()
    .map((r) => r.id);
}

export function listBetrokkenen(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const assigned = new Set(activeAssignees(ctx, aanvraagId).map((a) => a.userId));
  const betrokkenen = betrokkenenVan(ctx, aanvraagId).map((r) => ({
    userId: r.userId,
    naam: r.naam,
    rol: r.rol,
    rolLabel: r.rolLabel,
    waarschuwing: assigned.has(r.userId) ? TOEGEWEZEN_BETROKKENE : null,
  }));
  const recorded = new Set(betrokkenen.map((b) => b.userId));
  return {
    betrokkenen,
    kandidaten: vergaderingKandidaten(ctx).filter((k) => !recorded.has(k.userId)),
    wijzigbaar: isOpen(currentState(ctx, aanvraagId)),
  };
}

/** After the aanvraag is closed, who was involved is history: it is no longer changed. */
function assertWijzigbaar(ctx: AuthedContext, aanvraagId: number): void {
  if (!isOpen(currentState(ctx, aanvraagId)))
    throw domainError('Deze aanvraag is afgesloten: de betrokkenen kunnen niet meer wijzigen.');
}

export function addBetrokkene(
  ctx: AuthedContext,
  input: { aanvraagId: number; userId: number; rol: BetrokkenheidRol },
) {
  requireAccess(ctx, input.aanvraagId);
  ctx.tx(() => {
    assertWijzigbaar(ctx, input.aanvraagId);
    const kandidaat = vergaderingKandidaten(ctx).some((k) => k.userId === input.userId);
    if (!kandidaat)
      throw new UserFacingError('invalid_input', 'Kies een medewerker uit de lijst.', 'userId');
    const b = aanvraagBetrokkenen;
    const known = ctx.db
      .select({ userId: b.userId })
      .from(b)
      .where(and(eq(b.aanvraagId, input.aanvraagId), eq(b.userId, input.userId)))
      .get();
    if (known) throw conflict('Deze medewerker staat al als betrokkene bij deze aanvraag.');
    ctx.db
      .insert(b)
      .values({
        aanvraagId: input.aanvraagId,
        userId: input.userId,
        rol: input.rol,
        createdBy: ctx.user.id,
        createdAt: ctx.nowIso,
      })
      .run();
    ctx.audit({
      action: 'betrokkene.add',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
      details: input.rol,
    });
  });
  return listBetrokkenen(ctx, input.aanvraagId);
}

export function removeBetrokkene(
  ctx: AuthedContext,
  input: { aanvraagId: number; userId: number },
) {
  requireAccess(ctx, input.aanvraagId);
  ctx.tx(() => {
    assertWijzigbaar(ctx, input.aanvraagId);
    const b = aanvraagBetrokkenen;
    const where = and(eq(b.aanvraagId, input.aanvraagId), eq(b.userId, input.userId));
    const row = ctx.db.select({ rol: b.rol }).from(b).where(where).get();
    if (!row) throw notFound('Deze betrokkene');
    ctx.db.delete(b).where(where).run();
    ctx.audit({
      action: 'betrokkene.remove',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
      details: row.rol,
    });
  });
  return listBetrokkenen(ctx, input.aanvraagId);
}
