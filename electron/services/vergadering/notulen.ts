import { and, eq } from 'drizzle-orm';
import { vergaderingen } from '../../../db/schema';
import type { AuthedContext } from '../../core/context';
import { domainError } from '../../core/errors';
import { vragenVerzendenUiterlijk } from '../../domain/termijnen';
import { vergaderingSluitProblem } from '../../domain/vergadering';
import { renderNotulen } from '../../letters/index';
import type { NotulenPunt } from '../../letters/types';
import type { IsoDate } from '../../domain/types';
import { letterhead } from '../brieven';
import { readStoredFile } from '../stored-file';
import { vergaderingView } from './agenda';
import { assertVersie, claimVersie } from '../versie';

// §6: closing a TLA-vergadering stores its minutes (PDF, encrypted, with their hash); reading them.

type AgendaPunt = ReturnType<typeof vergaderingView>['agenda'][number];

/** One item of the agenda as the minutes print it (also when they are made again, §12). */
export function notulenPunt(pt: AgendaPunt, datum: IsoDate): NotulenPunt {
  return {
    referentie: pt.referentie,
    leerlingNaam: pt.leerlingNaam,
    reden: pt.reden,
    nietDeelgenomen: pt.nietDeelnemers.map((b) => b.naam),
    uitkomst:
      pt.uitkomst === null
        ? null
        : pt.uitkomst.soort === 'aanhouden'
          ? {
              soort: 'aanhouden',
              vragen: pt.uitkomst.vragen,
              verzendenUiterlijk: vragenVerzendenUiterlijk(datum),
            }
          : { ...pt.uitkomst },
  };
}

/** Closes the meeting and stores its minutes (PDF, encrypted) with their hash. */
export async function sluitVergadering(ctx: AuthedContext, vergaderingId: number, versie?: number) {
  const view = vergaderingView(ctx, vergaderingId);
  if (view.status !== 'gepland') throw domainError('Deze vergadering is al gesloten.');
  // Issue 13: the caller closes the meeting it saw; the minutes are made from this view.
  assertVersie(ctx, 'vergadering', vergaderingId, versie);
  const tooEarly = vergaderingSluitProblem(view.datum, ctx.today);
  if (tooEarly) throw domainError(tooEarly);
  const pdf = await renderNotulen({
    swv: letterhead(ctx),
    datum: view.datum,
    voorzitter: { naam: ctx.user.naam },
    aanwezigen: view.aanwezigen.map((a) => ({ naam: a.naam, rol: a.rol })),
    afwezig: [],
    punten: view.agenda.map((pt) => notulenPunt(pt, view.datum)),
    generatedAt: ctx.nowIso,
  });
  const { sha256 } = ctx.docs.put(pdf);
  ctx.tx(() => {
    // The minutes were rendered outside the transaction: an attendee or an outcome recorded by
    // someone else meanwhile would be missing from them, so that is a conflict, never a silent loss.
    claimVersie(ctx, 'vergadering', vergaderingId, view.versie);
    const closed = ctx.db
      .update(vergaderingen)
      .set({ status: 'gehouden', notulenSha256: sha256 })
      .where(and(eq(vergaderingen.id, vergaderingId), eq(vergaderingen.status, 'gepland')))
      .run();
    if (closed.changes === 0) throw domainError('Deze vergadering is al gesloten.');
    ctx.audit({ action: 'vergadering.sluit', objectType: 'vergadering', objectId: vergaderingId });
  });
  return vergaderingView(ctx, vergaderingId);
}

/** The minutes of a held meeting (audited). */
export function notulen(ctx: AuthedContext, vergaderingId: number) {
  return readStoredFile(ctx, { soort: 'notulen', vergaderingId });
}
