import { besluiten } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError } from '../core/errors';
import { lastAanvullingsverzoek } from '../domain/opschorting';
import { renderBuitenBehandelingBrief } from '../letters/index';
import { requireAccess } from './access';
import { huidigeBriefTekst } from './brief-teksten';
import { briefBasis, storeBrief } from './brieven';
import { loadAanvraagRow } from './dossier';
import { loadOpschortingen } from './termijnen';
import { assertStepAllowed, takeTransition } from './workflow';

// Buiten behandeling (Awb 4:5, rulebook §3.4 and §7) is a decision of the directeur-bestuurder:
// once the term for aanvulling has passed unused the SLL proposes it; the directeur-bestuurder
// decides (a besluit without volgnummer, signed, with its letter and bezwaarclausule) or declines
// (back to waiting for the school); the SLL then sends it like any decision (besluit.ts `verzend`),
// from which the bezwaartermijn runs. Like adoption, the decision renders its letter before the
// synchronous transaction that records it and takes the step.

/** The SLL proposes it to the directeur-bestuurder; the domain checks that the term has passed. */
export function stelBuitenBehandelingVoor(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  return ctx.tx(() => ({
    state: takeTransition(
      ctx,
      aanvraagId,
      'stel_buiten_behandeling_voor',
      ctx.user.roles,
      ctx.user.id,
    ),
  }));
}

/** The directeur-bestuurder declines: the aanvraag waits for the school again; the reason is kept. */
export function wijsBuitenBehandelingAf(ctx: AuthedContext, aanvraagId: number, reden: string) {
  requireAccess(ctx, aanvraagId);
  return ctx.tx(() => ({
    state: takeTransition(
      ctx,
      aanvraagId,
      'wijs_buiten_behandeling_af',
      ctx.user.roles,
      ctx.user.id,
      reden,
    ),
  }));
}

/** The request for aanvulling whose term passed unused: what the letter tells the school. */
function verzoek(ctx: AuthedContext, aanvraagId: number) {
  const last = lastAanvullingsverzoek(loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? []);
  if (!last || last.termEnd === null || last.termWerkdagen === null) {
    throw domainError('Er is geen verzoek om aanvulling met een termijn vastgelegd.');
  }
  return {
    soort: last.soort === 'vragen' ? ('vragen' as const) : ('aanvulling' as const),
    verzoekdatum: last.start,
    // The items asked, one a line (services/aanvulling.ts stores them so).
    items: (last.toelichting ?? '').split('\n'),
    termijnWerkdagen: last.termWerkdagen,
    uiterlijk: last.termEnd,
  };
}

/** The directeur-bestuurder decides: the besluit, its letter, and the step, signed today. */
export async function besluitBuitenBehandeling(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  // Refuse before rendering, with the domain's reason (state, role, the term).
  assertStepAllowed(ctx, aanvraagId, 'buiten_behandeling');
  const r = loadAanvraagRow(ctx, aanvraagId);
  const v = verzoek(ctx, aanvraagId);
  const besluitdatum = ctx.today;
  const tekst = huidigeBriefTekst(ctx, 'buiten_behandeling');
  const pdf = await renderBuitenBehandelingBrief({
    ...briefBasis(ctx, aanvraagId, besluitdatum),
    tekst: tekst.tekst,
    directeur: { naam: ctx.user.naam },
    ontvangstdatum: r.ontvangenOp,
    verzoek: v.soort,
    verzoekdatum: v.verzoekdatum,
    items: v.items,
    termijnWerkdagen: v.termijnWerkdagen,
    uiterlijk: v.uiterlijk,
    grond: 'niet_ontvangen',
    afschriftAan: [`${r.oudersNaam} (ouders)`],
  });
  return ctx.tx(() => {
    // The step first: it re-checks the state and the term (a second click, a late aanvulling).
    const state = takeTransition(
      ctx,
      aanvraagId,
      'buiten_behandeling',
      ctx.user.roles,
      ctx.user.id,
    );
    ctx.db
      .insert(besluiten)
      .values({
        aanvraagId,
        eindadviesId: null,
        uitkomst: 'buiten_behandeling',
        volgnummer: null,
        besluitdatum,
        schoolsoort: null,
        categorie: null,
        begindatum: null,
        einddatum: null,
        directeurUserId: ctx.user.id,
        signedAt: ctx.nowIso,
      })
      .run();
    const briefId = storeBrief(ctx, aanvraagId, 'buiten_behandeling', pdf, tekst.versie);
    ctx.audit({
      action: 'besluit.buitenBehandeling',
      objectType: 'aanvraag',
      objectId: aanvraagId,
    });
    return { state, briefId };
  });
}
