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
  const row = ctx.sqlite
    .prepare(
      'SELECT position FROM toewijzingen WHERE aanvraag_id = ? AND deskundige_id = ? AND active = 1',
    )
    .get(aanvraagId, ctx.user.deskundigeId) as { position: 1 | 2 } | undefined;
  return row?.position ?? null;
}

/** The caller's access to the aanvraag; throws not_found (no existence leak) when none. */
export function requireAccess(ctx: AuthedContext, aanvraagId: number): Access {
  const exists = ctx.sqlite.prepare('SELECT 1 FROM aanvragen WHERE id = ?').get(aanvraagId);
  if (!exists) throw notFound();
  const position = myPosition(ctx, aanvraagId);
  const office = OFFICE_ROLES.some((r) => ctx.user.roles.includes(r));
  if (position === null && !office) throw notFound();
  return { position, office };
}
