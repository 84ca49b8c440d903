import { and, count, countDistinct, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import {
  briefTeksten,
  deskundigeDisciplines,
  deskundigen,
  schoolbesturen,
  scholen,
  userRoles,
  users,
} from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { FIRST_DISCIPLINES, SECOND_DISCIPLINES } from '../domain/eligibility';
import { inrichtingStappen, type InrichtingFeiten } from '../domain/inrichting';
import { ROLES, type Discipline, type Role } from '../domain/types';
import { isActieveDirecteur } from './brieven';
import { readSwvLogo, readSwvSettings } from './settings';

// Setting TLA up (issue 10, first start): the facts the beheerder's checklist is decided from
// (domain/inrichting.ts) — the SWV's details, the boards and schools that have not ended, the
// active users per role, the active pool and the letters with an own text.

function actievePool(ctx: AuthedContext, disciplines: readonly Discipline[] | null): number {
  const q = ctx.db
    .select({ n: countDistinct(deskundigen.id) })
    .from(deskundigen)
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .innerJoin(deskundigeDisciplines, eq(deskundigeDisciplines.deskundigeId, deskundigen.id))
    .where(
      and(
        eq(deskundigen.active, true),
        eq(users.active, true),
        disciplines === null ? undefined : inArray(deskundigeDisciplines.discipline, disciplines),
      ),
    );
  return q.get()?.n ?? 0;
}

export function inrichtingFeiten(ctx: AuthedContext): InrichtingFeiten {
  const swv = readSwvSettings(ctx.db);
  const directeurId = swv?.directeurUserId ?? null;
  const besturen =
    ctx.db
      .select({ n: count() })
      .from(schoolbesturen)
      .where(or(isNull(schoolbesturen.eindDatum), gt(schoolbesturen.eindDatum, ctx.today)))
      .get()?.n ?? 0;
  const aantalScholen =
    ctx.db
      .select({ n: count() })
      .from(scholen)
      .where(or(isNull(scholen.eindDatum), gt(scholen.eindDatum, ctx.today)))
      .get()?.n ?? 0;
  const perRol = ctx.db
    .select({ role: userRoles.role, n: count() })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(eq(users.active, true))
    .groupBy(userRoles.role)
    .all();
  const gebruikers = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const r of perRol) gebruikers[r.role] = r.n;
  const eigen =
    ctx.db
      .select({ n: countDistinct(briefTeksten.kind) })
      .from(briefTeksten)
      .get()?.n ?? 0;
  return {
    swv: {
      ingesteld: swv !== null,
      directeurGekozen: directeurId !== null && isActieveDirecteur(ctx, directeurId),
      logo: readSwvLogo(ctx.db) !== null,
    },
    besturen,
    scholen: aantalScholen,
    gebruikers,
    pool: {
      totaal: actievePool(ctx, null),
      eerste: actievePool(ctx, FIRST_DISCIPLINES),
      tweede: actievePool(ctx, SECOND_DISCIPLINES),
    },
    eigenBriefteksten: eigen,
  };
}

export function inrichtingStatus(ctx: AuthedContext) {
  return inrichtingStappen(inrichtingFeiten(ctx));
}
