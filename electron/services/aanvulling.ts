import { eq } from 'drizzle-orm';
import { aanvragen, ingebrekestellingen, opschortingen, verdagingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { domainError, notFound, UserFacingError } from '../core/errors';
import {
  validateAanvullingOntvangen,
  validateNewOpschorting,
  type OpschortingGrond,
  openAanvullingsverzoek,
} from '../domain/opschorting';
import { aanvullingTermEnd, isVerdagingValid } from '../domain/termijnen';
import type { AanvraagState } from '../domain/types';
import {
  renderAanvullingBrief,
  renderOpschortingBrief,
  renderVerdagingBrief,
} from '../letters/index';
import type { OpschortingGrond as BriefGrond } from '../letters/types';
import { huidigeBriefTekst } from './brief-teksten';
import { briefBasis, storeBrief } from './brieven';
import { readTermijnSettings } from './settings';
import { loadOpschortingen, stand, toOpschorting } from './termijnen';
import { assertStepAllowed, currentState, loadFacts, takeTransition } from './workflow';

// §3.4: aanvulling (Awb 4:5) and opschorting (Awb 4:15), verdaging (Awb 4:14 lid 3) and the
// ingebrekestelling (Awb 4:17). The domain validates every date; letters render before the
// synchronous transaction that stores them.

function ontvangenOp(ctx: AuthedContext, aanvraagId: number): string {
  const a = ctx.db
    .select({ ontvangenOp: aanvragen.ontvangenOp })
    .from(aanvragen)
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!a) throw notFound();
  return a.ontvangenOp;
}

function existing(ctx: AuthedContext, aanvraagId: number) {
  return loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? [];
}

function check(result: { ok: true } | { ok: false; message: string }, field?: string): void {
  if (!result.ok) throw new UserFacingError('invalid_input', result.message, field);
}

/** Which kind of request this is: intake aanvulling, or content questions after an advice (§6). */
function soortFor(state: AanvraagState): 'aanvulling' | 'vragen' {
  return state === 'in_controle' ? 'aanvulling' : 'vragen';
}

export async function vraagAanvulling(
  ctx: AuthedContext,
  input: { aanvraagId: number; verzoekOp: string; termijnWerkdagen: number; ontbrekend: string[] },
) {
  const received = ontvangenOp(ctx, input.aanvraagId);
  // Refuse before rendering, with the domain's reason (state, role, questions already sent).
  assertStepAllowed(ctx, input.aanvraagId, 'vraag_aanvulling');
  const state = currentState(ctx, input.aanvraagId);
  const settings = readTermijnSettings(ctx.db);
  const termEnd = aanvullingTermEnd(
    input.verzoekOp,
    input.termijnWerkdagen,
    settings.sluitingsdagen,
  );
  const next = { grond: 'awb_4_15_1a' as const, start: input.verzoekOp, termEnd, resumedOn: null };
  check(
    validateNewOpschorting(existing(ctx, input.aanvraagId).map(toOpschorting), next, {
      ontvangenOp: received,
      today: ctx.today,
    }),
    'verzoekOp',
  );
  const soort = soortFor(state);
  const tekst = huidigeBriefTekst(ctx, 'aanvulling');
  const pdf = await renderAanvullingBrief({
    ...briefBasis(ctx, input.aanvraagId, input.verzoekOp),
    tekst: tekst.tekst,
    kind: soort,
    ontvangstdatum: received,
    items: input.ontbrekend,
    termijnWerkdagen: input.termijnWerkdagen,
    uiterlijk: termEnd,
  });
  return ctx.tx(() => {
    // After 'aanhouden' in a TLA-vergadering the aanvraag already waits for the school (§6); the
    // step then keeps it there, and the domain allows it once.
    const newState = takeTransition(
      ctx,
      input.aanvraagId,
      'vraag_aanvulling',
      ctx.user.roles,
      ctx.user.id,
    );
    const briefId = storeBrief(ctx, input.aanvraagId, soort, pdf, tekst.versie);
    ctx.db
      .insert(opschortingen)
      .values({
        aanvraagId: input.aanvraagId,
        grond: 'awb_4_15_1a',
        soort,
        start: input.verzoekOp,
        termWerkdagen: input.termijnWerkdagen,
        termEnd,
        resumedOn: null,
        toelichting: input.ontbrekend.join('\n'),
        briefId,
        createdBy: ctx.user.id,
        createdAt: ctx.nowIso,
      })
      .run();
    ctx.audit({ action: 'aanvulling.vraag', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { state: newState, briefId };
  });
}

export function aanvullingOntvangen(
  ctx: AuthedContext,
  input: { aanvraagId: number; ontvangenOp: string },
) {
  return ctx.tx(() => {
    const open = openAanvullingsverzoek(existing(ctx, input.aanvraagId));
    if (!open) throw domainError('Er staat geen verzoek om aanvulling open.');
    check(
      validateAanvullingOntvangen(toOpschorting(open), input.ontvangenOp, ctx.today),
      'ontvangenOp',
    );
    // §6: answers to a TLA-vergadering's questions take the aanvraag back to the next agenda. The
    // facts are those the step answers to: read before the request is marked as answered.
    const facts = loadFacts(ctx, input.aanvraagId);
    const event = facts.aangehoudenDoorVergadering ? 'vragen_beantwoord' : 'aanvulling_ontvangen';
    ctx.db
      .update(opschortingen)
      .set({ resumedOn: input.ontvangenOp })
      .where(eq(opschortingen.id, open.id))
      .run();
    ctx.audit({
      action: 'aanvulling.ontvangen',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return {
      state: takeTransition(ctx, input.aanvraagId, event, ctx.user.roles, ctx.user.id, null, facts),
    };
  });
}

const BRIEF_GROND: Readonly<Record<Exclude<OpschortingGrond, 'awb_4_15_1a'>, BriefGrond>> = {
  awb_4_15_2a: 'instemming_aanvrager',
  awb_4_15_2b: 'vertraging_aanvrager',
  awb_4_15_2c: 'overmacht',
};

export async function registreerOpschorting(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    grond: Exclude<OpschortingGrond, 'awb_4_15_1a'>;
    start: string;
    eind: string | null;
    toelichting: string;
  },
) {
  const received = ontvangenOp(ctx, input.aanvraagId);
  const next = { grond: input.grond, start: input.start, termEnd: input.eind, resumedOn: null };
  check(
    validateNewOpschorting(existing(ctx, input.aanvraagId).map(toOpschorting), next, {
      ontvangenOp: received,
      today: ctx.today,
    }),
    'start',
  );
  const tekst = huidigeBriefTekst(ctx, 'opschorting');
  const pdf = await renderOpschortingBrief({
    ...briefBasis(ctx, input.aanvraagId, ctx.today),
    tekst: tekst.tekst,
    ontvangstdatum: received,
    grond: BRIEF_GROND[input.grond],
    toelichting: input.toelichting,
    vanaf: input.start,
    totEnMet: input.eind,
  });
  return ctx.tx(() => {
    const briefId = storeBrief(ctx, input.aanvraagId, 'opschorting', pdf, tekst.versie);
    const id = Number(
      ctx.db
        .insert(opschortingen)
        .values({
          aanvraagId: input.aanvraagId,
          grond: input.grond,
          soort: 'overig',
          start: input.start,
          termWerkdagen: null,
          termEnd: input.eind,
          resumedOn: null,
          toelichting: input.toelichting,
          briefId,
          createdBy: ctx.user.id,
          createdAt: ctx.nowIso,
        })
        .run().lastInsertRowid,
    );
    ctx.audit({
      action: 'opschorting.registreer',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return { id, briefId };
  });
}

export function beeindigOpschorting(
  ctx: AuthedContext,
  input: { opschortingId: number; hervatOp: string },
) {
  return ctx.tx(() => {
    const row = ctx.db
      .select()
      .from(opschortingen)
      .where(eq(opschortingen.id, input.opschortingId))
      .get();
    if (!row) throw notFound('Deze opschorting');
    check(validateAanvullingOntvangen(toOpschorting(row), input.hervatOp, ctx.today), 'hervatOp');
    ctx.db
      .update(opschortingen)
      .set({ resumedOn: input.hervatOp })
      .where(eq(opschortingen.id, input.opschortingId))
      .run();
    ctx.audit({
      action: 'opschorting.beeindig',
      objectType: 'aanvraag',
      objectId: row.aanvraagId,
    });
    return { ok: true as const };
  });
}

export async function registreerVerdaging(
  ctx: AuthedContext,
  input: { aanvraagId: number; notifiedOn: string; newEnd: string; reden: string },
) {
  const received = ontvangenOp(ctx, input.aanvraagId);
  const current = stand(ctx, input.aanvraagId, received);
  const verdaagd = ctx.db
    .select({ id: verdagingen.id })
    .from(verdagingen)
    .where(eq(verdagingen.aanvraagId, input.aanvraagId))
    .get();
  if (verdaagd) {
    throw domainError('De beslistermijn van deze aanvraag is al verdaagd.');
  }
  check(
    isVerdagingValid({
      currentEnd: current.end,
      notifiedOn: input.notifiedOn,
      newEnd: input.newEnd,
    }),
    'newEnd',
  );
  const tekst = huidigeBriefTekst(ctx, 'verdaging');
  const pdf = await renderVerdagingBrief({
    ...briefBasis(ctx, input.aanvraagId, input.notifiedOn),
    tekst: tekst.tekst,
    ontvangstdatum: received,
    oudeEinddatum: current.end,
    nieuweEinddatum: input.newEnd,
    reden: input.reden,
  });
  return ctx.tx(() => {
    const briefId = storeBrief(ctx, input.aanvraagId, 'verdaging', pdf, tekst.versie);
    ctx.db
      .insert(verdagingen)
      .values({
        aanvraagId: input.aanvraagId,
        notifiedOn: input.notifiedOn,
        newEnd: input.newEnd,
        reden: input.reden,
        briefId,
        createdBy: ctx.user.id,
        createdAt: ctx.nowIso,
      })
      .run();
    ctx.audit({
      action: 'verdaging.registreer',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return { briefId };
  });
}

export function registreerIngebrekestelling(
  ctx: AuthedContext,
  input: { aanvraagId: number; ontvangenOp: string },
) {
  const received = ontvangenOp(ctx, input.aanvraagId);
  if (input.ontvangenOp > ctx.today)
    throw new UserFacingError('invalid_input', 'Deze datum ligt in de toekomst.', 'ontvangenOp');
  if (input.ontvangenOp < received)
    throw new UserFacingError(
      'invalid_input',
      'De ingebrekestelling ligt vóór de ontvangst van de aanvraag.',
      'ontvangenOp',
    );
  return ctx.tx(() => {
    ctx.db
      .insert(ingebrekestellingen)
      .values({
        aanvraagId: input.aanvraagId,
        ontvangenOp: input.ontvangenOp,
        createdBy: ctx.user.id,
        createdAt: ctx.nowIso,
      })
      .run();
    ctx.audit({
      action: 'ingebrekestelling.registreer',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return { ok: true as const };
  });
}
