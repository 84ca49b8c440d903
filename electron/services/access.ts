import { and, eq } from 'drizzle-orm';
import { aanvragen, toewijzingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import { OFFICE_ROLES } from '../domain/types';

// Need-to-know (tlv-procedure.md §2): a deskundige sees only the dossiers assigned to them; the
// secretaris, voorzitter and directeur see every aanvraag; the beheerder sees no dossier.

export interface Access {
  /** The caller's active position on this aanvraag (1 or 2) as deskundige, or null. */
  readonly position: 1 | 2 | null;
  /** The caller sees it through an office role, not only as deskundige. */
  readonly office: boolean;
}

export function myPosition(ctx: AuthedContext, aanvraagId: number): 1 | 2 | null {
  if (ctx.user.deskundigeId === null || !ctx.user.roles.includes('deskundige')) return null;
  const t = toewijzingen;
  const row = ctx.db
    .select({ position: t.position })
    .from(t)
    .where(
      and(
        eq(t.aanvraagId, aanvraagId),
        eq(t.deskundigeId, ctx.user.deskundigeId),
        eq(t.active, true),
      ),
    )
    .get();
  // Positions are 1 and 2 only (written by services/toewijzing.ts and services/pool.ts).
  return row?.position === 1 || row?.position === 2 ? row.position : null;
}

/** The caller's access to the aanvraag; throws not_found (no existence leak) when none. */
export function requireAccess(ctx: AuthedContext, aanvraagId: number): Access {
  const exists = ctx.db
    .select({ id: aanvragen.id })
    .from(aanvragen)
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!exists) throw notFound();
  const position = myPosition(ctx, aanvraagId);
  const office = OFFICE_ROLES.some((r) => ctx.user.roles.includes(r));
  if (position === null && !office) throw notFound();
  return { position, office };
}
