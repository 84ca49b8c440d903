import { and, asc, eq } from 'drizzle-orm';
import { vergaderingAanwezigen, vergaderingen } from '../../../db/schema';
import type { AuthedContext } from '../../core/context';
import { UserFacingError } from '../../core/errors';
import { mayVolgVergadering, neemtDeelAanPunt } from '../../domain/vergadering-volgen';
import { myPosition } from '../access';
import { betrokkenenVan } from '../betrokkenen';
import { aanwezigenVan, agendaPuntView, agendaVan } from './agenda';

// Issue 13 · the members of a TLA-vergadering follow it on their own machines. Who is recorded
// present sees the meeting while it is open: the agenda, and in full only the items they take part
// in (domain/vergadering-volgen.ts). An item where they are betrokken shows only that it exists.
// Every item shown in full is an audited view of that dossier; the advices pass the independence
// gate (services/advies.ts) as everywhere else.

function isAanwezig(ctx: AuthedContext, vergaderingId: number): boolean {
  const a = vergaderingAanwezigen;
  return (
    ctx.db
      .select({ userId: a.userId })
      .from(a)
      .where(and(eq(a.vergaderingId, vergaderingId), eq(a.userId, ctx.user.id)))
      .get() !== undefined
  );
}

/** The meeting as a member who is present follows it: read-only, reduced where they leave. */
export function volgVergadering(ctx: AuthedContext, vergaderingId: number) {
  const m = ctx.db.select().from(vergaderingen).where(eq(vergaderingen.id, vergaderingId)).get();
  // A meeting that does not exist: the same answer as one the caller is not present at, so the
  // refusal tells nothing (a voorzitter, who sees the year plan, is told it is not there).
  const mag = mayVolgVergadering({
    roles: ctx.user.roles,
    aanwezig: m !== undefined && isAanwezig(ctx, vergaderingId),
    status: m?.status ?? 'gepland',
  });
  if (!mag.ok) throw new UserFacingError('forbidden', mag.message);
  if (m === undefined) throw new UserFacingError('not_found', 'Deze vergadering bestaat niet.');
  const aanwezigen = aanwezigenVan(ctx, vergaderingId);
  const punten = agendaVan(ctx, m).map((pt) => {
    const betrokken = betrokkenenVan(ctx, pt.aanvraagId).map((b) => b.userId);
    if (!neemtDeelAanPunt(ctx.user.id, betrokken)) return { deelname: false as const };
    // §6: taking part in the item is the reader's access to it (not an office role); an assigned
    // deskundige keeps their position, so the gate treats them as on any other screen.
    const punt = agendaPuntView(ctx, vergaderingId, pt, aanwezigen, {
      position: myPosition(ctx, pt.aanvraagId),
      office: false,
    });
    // The school's betrokkenen (who, and how involved) are the voorzitter's to see.
    return { deelname: true as const, ...punt, betrokkenen: undefined };
  });
  ctx.tx(() => {
    ctx.audit({ action: 'vergadering.view', objectType: 'vergadering', objectId: vergaderingId });
    // Each dossier shown (pupil, advices, outcome) is a view of that aanvraag, logged on it.
    for (const p of punten)
      if (p.deelname)
        ctx.audit({
          action: 'vergadering.punt.view',
          objectType: 'aanvraag',
          objectId: p.aanvraagId,
          details: `vergadering ${vergaderingId}`,
        });
  });
  return {
    id: m.id,
    datum: m.datum,
    status: m.status,
    agenda: punten,
    aanwezigen,
    versie: m.versie,
  };
}

/** The open meetings where the caller is recorded present, the nearest first (Mijn werk). */
export function mijnVergaderingen(ctx: AuthedContext) {
  const a = vergaderingAanwezigen;
  return ctx.db
    .select({ id: vergaderingen.id, datum: vergaderingen.datum })
    .from(a)
    .innerJoin(vergaderingen, eq(vergaderingen.id, a.vergaderingId))
    .where(and(eq(a.userId, ctx.user.id), eq(vergaderingen.status, 'gepland')))
    .orderBy(asc(vergaderingen.datum))
    .all();
}
