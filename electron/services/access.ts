import { and, eq, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../db/prepared';
import { aanvragen, deskundigen, toewijzingen, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound, UserFacingError } from '../core/errors';
import { OFFICE_ROLES } from '../domain/types';

// Need-to-know (tlv-procedure.md §2): a deskundige sees only the dossiers assigned to them; the
// secretaris, voorzitter and directeur see every aanvraag; the beheerder sees no dossier.

export interface Access {
  /** The caller's active position on this aanvraag (1 or 2) as deskundige, or null. */
  readonly position: 1 | 2 | null;
  /** The caller sees it through an office role, not only as deskundige. */
  readonly office: boolean;
}

/** The deskundigen on the aanvraag now (active assignments), first then second, with their names. */
export function activeAssignees(ctx: AuthedContext, aanvraagId: number) {
  const t = toewijzingen;
  return ctx.db
    .select({
      position: t.position,
      deskundigeId: t.deskundigeId,
      userId: users.id,
      naam: users.naam,
      discipline: t.discipline,
    })
    .from(t)
    .innerJoin(deskundigen, eq(deskundigen.id, t.deskundigeId))
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .where(and(eq(t.aanvraagId, aanvraagId), eq(t.active, true)))
    .orderBy(t.position)
    .all();
}

// Asked on every read of a dossier: prepared once per database (db/prepared.ts).
const positionQuery = preparedPerDb((db) =>
  db
    .select({ position: toewijzingen.position })
    .from(toewijzingen)
    .where(
      and(
        eq(toewijzingen.aanvraagId, sql.placeholder('aanvraagId')),
        eq(toewijzingen.deskundigeId, sql.placeholder('deskundigeId')),
        eq(toewijzingen.active, true),
      ),
    )
    .prepare(),
);

const aanvraagQuery = preparedPerDb((db) =>
  db
    .select({ id: aanvragen.id, vernietigdOp: aanvragen.vernietigdOp })
    .from(aanvragen)
    .where(eq(aanvragen.id, sql.placeholder('aanvraagId')))
    .prepare(),
);

export function myPosition(ctx: AuthedContext, aanvraagId: number): 1 | 2 | null {
  const deskundigeId = ctx.user.deskundigeId;
  if (deskundigeId === null || !ctx.user.roles.includes('deskundige')) return null;
  const row = positionQuery(ctx.db).get({ aanvraagId, deskundigeId });
  // Positions are 1 and 2 only (written by services/toewijzing.ts and services/pool.ts).
  return row?.position === 1 || row?.position === 2 ? row.position : null;
}

/** The caller's access to the aanvraag; throws not_found (no existence leak) when none. */
export function requireAccess(ctx: AuthedContext, aanvraagId: number): Access {
  const row = aanvraagQuery(ctx.db).get({ aanvraagId });
  if (!row) throw notFound();
  const position = myPosition(ctx, aanvraagId);
  const office = OFFICE_ROLES.some((r) => ctx.user.roles.includes(r));
  if (position === null && !office) throw notFound();
  // Issue 11 (§12): a destroyed dossier has nothing left to read; only the TLV register row stays.
  if (row.vernietigdOp !== null)
    throw new UserFacingError(
      'not_found',
      'Dit dossier is vernietigd na afloop van de bewaartermijn; alleen het TLV-register is bewaard.',
    );
  return { position, office };
}
