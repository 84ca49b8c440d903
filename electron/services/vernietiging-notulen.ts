import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { auditLog, users, vergaderingAgenda, vergaderingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { renderNotulen } from '../letters/index';
import type { NotulenPunt } from '../letters/types';
import { letterhead } from './brieven';
import { vergaderingView } from './vergadering/agenda';
import { notulenPunt } from './vergadering/notulen';

// Issue 11: the minutes of a held TLA-vergadering name the pupil of every item on its agenda. When
// a dossier is destroyed, the minutes of each meeting it was on are made again: its item keeps only
// the kenmerk and the number of the verklaring van vernietiging, the other items are as recorded.

/** Held meetings with minutes that had one of the dossiers on their agenda. */
export function vergaderingenMetVernietigd(
  ctx: AuthedContext,
  aanvraagIds: readonly number[],
): { vergaderingId: number; oudSha256: string }[] {
  if (aanvraagIds.length === 0) return [];
  const rows = ctx.db
    .selectDistinct({ vergaderingId: vergaderingen.id, sha: vergaderingen.notulenSha256 })
    .from(vergaderingAgenda)
    .innerJoin(vergaderingen, eq(vergaderingen.id, vergaderingAgenda.vergaderingId))
    .where(
      and(
        inArray(vergaderingAgenda.aanvraagId, [...aanvraagIds]),
        isNotNull(vergaderingen.notulenSha256),
      ),
    )
    .all();
  return rows.flatMap((r) =>
    r.sha === null ? [] : [{ vergaderingId: r.vergaderingId, oudSha256: r.sha }],
  );
}

/** Who closed the meeting (the audit row of 'vergadering.sluit'): the voorzitter who signed. */
function voorzitterVan(ctx: AuthedContext, vergaderingId: number): string {
  const row = ctx.db
    .select({ naam: users.naam })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.action, 'vergadering.sluit'),
        eq(auditLog.objectType, 'vergadering'),
        eq(auditLog.objectId, vergaderingId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row?.naam ?? '';
}

/** The minutes made again (rendered, not stored yet) for each meeting. */
export async function herschrijfNotulen(
  ctx: AuthedContext,
  meetings: readonly { vergaderingId: number; oudSha256: string }[],
  vernietigd: ReadonlySet<number>,
  verklaringNummer: string,
): Promise<{ vergaderingId: number; oudSha256: string; pdf: Uint8Array }[]> {
  const out = [];
  for (const m of meetings) {
    const view = vergaderingView(ctx, m.vergaderingId);
    const punten: NotulenPunt[] = view.agenda.map((pt) =>
      vernietigd.has(pt.aanvraagId)
        ? {
            referentie: pt.referentie,
            leerlingNaam: '',
            reden: '',
            nietDeelgenomen: [],
            uitkomst: null,
            vernietigd: { verklaringNummer },
          }
        : notulenPunt(pt, view.datum),
    );
    const pdf = await renderNotulen({
      swv: letterhead(ctx),
      datum: view.datum,
      voorzitter: { naam: voorzitterVan(ctx, m.vergaderingId) },
      aanwezigen: view.aanwezigen.map((a) => ({ naam: a.naam, rol: a.rol })),
      afwezig: [],
      punten,
      generatedAt: ctx.nowIso,
    });
    out.push({ ...m, pdf });
  }
  return out;
}
