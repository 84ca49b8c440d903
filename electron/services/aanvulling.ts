import type { AuthedContext } from '../core/context';
import { domainError, notFound, UserFacingError } from '../core/errors';
import {
  validateAanvullingOntvangen,
  validateNewOpschorting,
  type OpschortingGrond,
} from '../domain/opschorting';
import { aanvullingTermEnd, isVerdagingValid } from '../domain/termijnen';
import type { AanvraagState } from '../domain/types';
import {
  renderAanvullingBrief,
  renderOpschortingBrief,
  renderVerdagingBrief,
} from '../letters/index';
import type { OpschortingGrond as BriefGrond } from '../letters/types';
import { briefBasis, storeBrief } from './brieven';
import { readTermijnSettings } from './settings';
import { loadOpschortingen, stand, toOpschorting } from './termijnen';
import { currentState, takeTransition } from './workflow';

// §3.4: aanvulling (Awb 4:5) and opschorting (Awb 4:15), verdaging (Awb 4:14 lid 3) and the
// ingebrekestelling (Awb 4:17). The domain validates every date; letters render before the
// synchronous transaction that stores them.

function ontvangenOp(ctx: AuthedContext, aanvraagId: number): string {
  const a = ctx.sqlite
    .prepare('SELECT ontvangen_op FROM aanvragen WHERE id = ?')
    .get(aanvraagId) as { ontvangen_op: string } | undefined;
  if (!a) throw notFound();
  return a.ontvangen_op;
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
  const pdf = await renderAanvullingBrief({
    ...briefBasis(ctx, input.aanvraagId, input.verzoekOp),
    kind: soort,
    ontvangstdatum: received,
    items: input.ontbrekend,
    termijnWerkdagen: input.termijnWerkdagen,
    uiterlijk: termEnd,
  });
  return ctx.tx(() => {
    // After 'aanhouden' in a TLA-vergadering the aanvraag already waits for the school (§6); the
    // SLL's letter then starts the suspension without another transition.
    const newState =
      state === 'wacht_op_aanvulling'
        ? state
        : takeTransition(ctx, input.aanvraagId, 'vraag_aanvulling', ctx.user.roles, ctx.user.id);
    const briefId = storeBrief(ctx, input.aanvraagId, soort, pdf);
    ctx.sqlite
      .prepare(
        `INSERT INTO opschortingen (aanvraag_id, grond, soort, start, term_werkdagen, term_end, resumed_on, toelichting, brief_id, created_by, created_at)
         VALUES (?, 'awb_4_15_1a', ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
      )
      .run(
        input.aanvraagId,
        soort,
        input.verzoekOp,
        input.termijnWerkdagen,
        termEnd,
        input.ontbrekend.join('\n'),
        briefId,
        ctx.user.id,
        ctx.nowIso,
      );
    ctx.audit({ action: 'aanvulling.vraag', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { state: newState, briefId };
  });
}

export function aanvullingOntvangen(
  ctx: AuthedContext,
  input: { aanvraagId: number; ontvangenOp: string },
) {
  return ctx.tx(() => {
    const open = existing(ctx, input.aanvraagId)
      .filter((o) => o.grond === 'awb_4_15_1a' && o.resumed_on === null)
      .pop();
    if (!open) throw domainError('Er staat geen verzoek om aanvulling open.');
    check(
      validateAanvullingOntvangen(toOpschorting(open), input.ontvangenOp, ctx.today),
      'ontvangenOp',
    );
    ctx.sqlite
      .prepare('UPDATE opschortingen SET resumed_on = ? WHERE id = ?')
      .run(input.ontvangenOp, open.id);
    ctx.audit({
      action: 'aanvulling.ontvangen',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return {
      state: takeTransition(
        ctx,
        input.aanvraagId,
        'aanvulling_ontvangen',
        ctx.user.roles,
        ctx.user.id,
      ),
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
  const pdf = await renderOpschortingBrief({
    ...briefBasis(ctx, input.aanvraagId, ctx.today),
    ontvangstdatum: received,
    grond: BRIEF_GROND[input.grond],
    toelichting: input.toelichting,
    vanaf: input.start,
    totEnMet: input.eind,
  });
  return ctx.tx(() => {
    const briefId = storeBrief(ctx, input.aanvraagId, 'opschorting', pdf);
    const id = Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO opschortingen (aanvraag_id, grond, soort, start, term_werkdagen, term_end, resumed_on, toelichting, brief_id, created_by, created_at)
           VALUES (?, ?, 'overig', ?, NULL, ?, NULL, ?, ?, ?, ?)`,
        )
        .run(
          input.aanvraagId,
          input.grond,
          input.start,
          input.eind,
          input.toelichting,
          briefId,
          ctx.user.id,
          ctx.nowIso,
        ).lastInsertRowid,
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
    const row = ctx.sqlite
      .prepare('SELECT * FROM opschortingen WHERE id = ?')
      .get(input.opschortingId) as
      | {
          aanvraag_id: number;
          grond: OpschortingGrond;
          start: string;
          term_end: string | null;
          resumed_on: string | null;
        }
      | undefined;
    if (!row) throw notFound('Deze opschorting');
    check(
      validateAanvullingOntvangen(
        { grond: row.grond, start: row.start, termEnd: row.term_end, resumedOn: row.resumed_on },
        input.hervatOp,
        ctx.today,
      ),
      'hervatOp',
    );
    ctx.sqlite
      .prepare('UPDATE opschortingen SET resumed_on = ? WHERE id = ?')
      .run(input.hervatOp, input.opschortingId);
    ctx.audit({
      action: 'opschorting.beeindig',
      objectType: 'aanvraag',
      objectId: row.aanvraag_id,
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
  if (ctx.sqlite.prepare('SELECT 1 FROM verdagingen WHERE aanvraag_id = ?').get(input.aanvraagId)) {
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
  const pdf = await renderVerdagingBrief({
    ...briefBasis(ctx, input.aanvraagId, input.notifiedOn),
    ontvangstdatum: received,
    oudeEinddatum: current.end,
    nieuweEinddatum: input.newEnd,
    reden: input.reden,
  });
  return ctx.tx(() => {
    const briefId = storeBrief(ctx, input.aanvraagId, 'verdaging', pdf);
    ctx.sqlite
      .prepare(
        'INSERT INTO verdagingen (aanvraag_id, notified_on, new_end, reden, brief_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.aanvraagId,
        input.notifiedOn,
        input.newEnd,
        input.reden,
        briefId,
        ctx.user.id,
        ctx.nowIso,
      );
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
    ctx.sqlite
      .prepare(
        'INSERT INTO ingebrekestellingen (aanvraag_id, ontvangen_op, created_by, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(input.aanvraagId, input.ontvangenOp, ctx.user.id, ctx.nowIso);
    ctx.audit({
      action: 'ingebrekestelling.registreer',
      objectType: 'aanvraag',
      objectId: input.aanvraagId,
    });
    return { ok: true as const };
  });
}

export function buitenBehandeling(ctx: AuthedContext, aanvraagId: number) {
  return ctx.tx(() => ({
    state: takeTransition(ctx, aanvraagId, 'buiten_behandeling', ctx.user.roles, ctx.user.id),
  }));
}
