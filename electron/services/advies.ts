import { and, desc, eq, max, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../db/prepared';
import type { z } from 'zod';
import { adviezen, deskundigen, huidigeAdviezen, toewijzingen, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import type { adviesFields } from '../contract';
import { conflict, domainError, forbidden, notFound, UserFacingError } from '../core/errors';
import { adviesProblems } from '../domain/advies';
import { compareAdviezen, type AdviesKern } from '../domain/unanimity';
import { systemEventsAfterAdvies } from '../domain/workflow';
import { requireAccess, myPosition, type Access } from './access';
import { currentState, loadFacts, takeTransition } from './workflow';

// §5 and architecture decision 5: each deskundige writes alone. Until the reader has submitted their
// own advice, no procedure returns the other's advice or anything derived from it (its draft, the
// unanimity result, differences, counts). Every read below goes through `visibleAdviezen`.

type AdviesInput = z.output<typeof adviesFields>;

/** One version of an advice, as the view of current advices gives it. */
type AdviesRow = typeof huidigeAdviezen.$inferSelect;

// The reads and the write of every draft (quality goal P7) are prepared once per database
// (db/prepared.ts).
const latestQuery = preparedPerDb((db) =>
  db
    .select()
    .from(huidigeAdviezen)
    .where(
      and(
        eq(huidigeAdviezen.aanvraagId, sql.placeholder('aanvraagId')),
        eq(huidigeAdviezen.deskundigeId, sql.placeholder('deskundigeId')),
      ),
    )
    .orderBy(desc(huidigeAdviezen.version))
    .limit(1)
    .prepare(),
);

function latest(ctx: AuthedContext, aanvraagId: number, deskundigeId: number): AdviesRow | null {
  return latestQuery(ctx.db).get({ aanvraagId, deskundigeId }) ?? null;
}

export function toView(r: AdviesRow) {
  return {
    position: r.position,
    version: r.version,
    status: r.status,
    conclusie: r.conclusie,
    schoolsoort: r.schoolsoort,
    categorie: r.categorie,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    onderbouwing: r.onderbouwing,
    doelen: r.doelen,
    contextAdvies: r.contextAdvies,
    vragen: r.vragen,
    signedNaam: r.signedNaam,
    signedDiscipline: r.signedDiscipline,
    signedRegistratie: r.signedRegistratie,
    submittedAt: r.submittedAt,
  };
}

const submittedQuery = preparedPerDb((db) =>
  db
    .select()
    .from(huidigeAdviezen)
    .where(
      and(
        eq(huidigeAdviezen.aanvraagId, sql.placeholder('aanvraagId')),
        eq(huidigeAdviezen.status, 'ingediend'),
      ),
    )
    .orderBy(huidigeAdviezen.position)
    .prepare(),
);

/** The latest submitted advice of each active assignment, by position. */
function submittedAdviezen(ctx: AuthedContext, aanvraagId: number): AdviesRow[] {
  return submittedQuery(ctx.db).all({ aanvraagId });
}

/**
 * What the caller may see of the advices. An assigned deskundige who has not yet submitted sees only
 * their own; everyone else sees the submitted advices only once both are in.
 */
export function visibleAdviezen(
  ctx: AuthedContext,
  aanvraagId: number,
): { rows: AdviesRow[]; both: boolean } {
  return visibleAdviezenMet(ctx, aanvraagId, requireAccess(ctx, aanvraagId));
}

/**
 * The same gate for a reader whose access was decided elsewhere: issue 13, a member of a
 * TLA-vergadering who takes part in an agenda item (services/vergadering/volgen.ts). `access` is
 * never made up by a caller: it is `requireAccess`'s answer or the meeting's rule.
 */
export function visibleAdviezenMet(
  ctx: AuthedContext,
  aanvraagId: number,
  access: Access,
): { rows: AdviesRow[]; both: boolean } {
  const submitted = submittedAdviezen(ctx, aanvraagId);
  const both = submitted.length === 2;
  if (access.position !== null && ctx.user.deskundigeId !== null) {
    const own = latest(ctx, aanvraagId, ctx.user.deskundigeId);
    const ownSubmitted = own?.status === 'ingediend';
    if (!ownSubmitted || !both) return { rows: own ? [own] : [], both: false };
  }
  return both ? { rows: submitted, both } : { rows: [], both: false };
}

export function listAdviezen(ctx: AuthedContext, aanvraagId: number) {
  const { rows, both } = visibleAdviezen(ctx, aanvraagId);
  ctx.tx(() => ctx.audit({ action: 'advies.view', objectType: 'aanvraag', objectId: aanvraagId }));
  const [a, b] = rows;
  const unanimity = both && a && b ? compareAdviezen(kern(a), kern(b)) : null;
  return {
    adviezen: rows.map(toView),
    unanimity: unanimity
      ? {
          unanimous: unanimity.unanimous,
          differences: unanimity.differences.map((d) => ({ ...d })),
        }
      : null,
  };
}

const kern = (r: AdviesRow): AdviesKern => ({
  conclusie: r.conclusie,
  schoolsoort: r.schoolsoort,
  categorie: r.categorie,
  einddatum: r.einddatum,
});

/** The caller's own place on the aanvraag as an assigned deskundige (else forbidden). */
function requireOwnPosition(
  ctx: AuthedContext,
  aanvraagId: number,
): { position: 1 | 2; deskundigeId: number } {
  requireAccess(ctx, aanvraagId);
  const position = myPosition(ctx, aanvraagId);
  const deskundigeId = ctx.user.deskundigeId;
  if (position === null || deskundigeId === null) throw forbidden();
  return { position, deskundigeId };
}

export function mijnAdvies(ctx: AuthedContext, aanvraagId: number) {
  const { position, deskundigeId } = requireOwnPosition(ctx, aanvraagId);
  const own = latest(ctx, aanvraagId, deskundigeId);
  return { position, advies: own ? toView(own) : null };
}

const signatureQuery = preparedPerDb((db) =>
  db
    .select({
      toewijzingId: toewijzingen.id,
      naam: users.naam,
      discipline: toewijzingen.discipline,
      registratie: deskundigen.registratie,
    })
    .from(toewijzingen)
    .innerJoin(deskundigen, eq(deskundigen.id, toewijzingen.deskundigeId))
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .where(
      and(
        eq(toewijzingen.aanvraagId, sql.placeholder('aanvraagId')),
        eq(toewijzingen.deskundigeId, sql.placeholder('deskundigeId')),
        eq(toewijzingen.active, true),
      ),
    )
    .prepare(),
);

/** The assignment the caller advises under, with what they sign with. */
function signature(ctx: AuthedContext, aanvraagId: number, deskundigeId: number) {
  const sig = signatureQuery(ctx.db).get({ aanvraagId, deskundigeId });
  if (!sig) throw notFound();
  return sig;
}

/** A value of the update below, given when it runs (the builder's set() takes SQL, not a bare placeholder). */
const value = (name: string) => sql`${sql.placeholder(name)}`;

/** A draft saved again (or submitted): every field of the advice and its signature. */
const updateQuery = preparedPerDb((db) =>
  db
    .update(adviezen)
    .set({
      status: value('status'),
      conclusie: value('conclusie'),
      schoolsoort: value('schoolsoort'),
      categorie: value('categorie'),
      ingangsdatum: value('ingangsdatum'),
      einddatum: value('einddatum'),
      onderbouwing: value('onderbouwing'),
      doelen: value('doelen'),
      contextAdvies: value('contextAdvies'),
      vragen: value('vragen'),
      signedNaam: value('signedNaam'),
      signedDiscipline: value('signedDiscipline'),
      signedRegistratie: value('signedRegistratie'),
      submittedAt: value('submittedAt'),
    })
    .where(eq(adviezen.id, sql.placeholder('id')))
    .prepare(),
);

function writeAdvies(
  ctx: AuthedContext,
  input: AdviesInput,
  status: 'concept' | 'ingediend',
): number {
  const { position, deskundigeId } = requireOwnPosition(ctx, input.aanvraagId);
  if (currentState(ctx, input.aanvraagId) !== 'in_advies') {
    throw domainError('Adviseren kan alleen zolang de aanvraag in advies is.');
  }
  const own = latest(ctx, input.aanvraagId, deskundigeId);
  if (own?.status === 'ingediend')
    throw conflict('Uw advies is al ingediend en kan niet meer worden gewijzigd.');
  const sig = signature(ctx, input.aanvraagId, deskundigeId);
  const values = {
    status,
    conclusie: input.conclusie,
    schoolsoort: input.schoolsoort,
    categorie: input.categorie,
    ingangsdatum: input.ingangsdatum,
    einddatum: input.einddatum,
    onderbouwing: input.onderbouwing,
    doelen: input.doelen,
    contextAdvies: input.contextAdvies,
    vragen: input.vragen,
    signedNaam: sig.naam,
    signedDiscipline: sig.discipline,
    signedRegistratie: sig.registratie,
    submittedAt: status === 'ingediend' ? ctx.nowIso : null,
  };
  if (own) {
    updateQuery(ctx.db).run({ ...values, id: own.id });
    return own.version;
  }
  // A new round (after an aanvulling or a reassignment) starts a new advice; versions keep counting
  // per deskundige so that every earlier version stays as it was.
  const version = nextVersion(ctx, input.aanvraagId, deskundigeId);
  ctx.db
    .insert(adviezen)
    .values({
      aanvraagId: input.aanvraagId,
      deskundigeId,
      toewijzingId: sig.toewijzingId,
      position,
      version,
      ...values,
    })
    .run();
  return version;
}

function nextVersion(ctx: AuthedContext, aanvraagId: number, deskundigeId: number): number {
  const row = ctx.db
    .select({ v: max(adviezen.version) })
    .from(adviezen)
    .where(and(eq(adviezen.aanvraagId, aanvraagId), eq(adviezen.deskundigeId, deskundigeId)))
    .get();
  return (row?.v ?? 0) + 1;
}

export function saveDraft(ctx: AuthedContext, input: AdviesInput) {
  return ctx.tx(() => {
    const version = writeAdvies(ctx, input, 'concept');
    ctx.audit({ action: 'advies.draft', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { version };
  });
}

export function submitAdvies(ctx: AuthedContext, input: AdviesInput) {
  const problems = adviesProblems(input);
  if (problems.length > 0) throw new UserFacingError('invalid_input', problems.join(' '));
  return ctx.tx(() => {
    writeAdvies(ctx, input, 'ingediend');
    ctx.audit({ action: 'advies.submit', objectType: 'aanvraag', objectId: input.aanvraagId });
    // §6: the unanimity check runs on the second submission, by the app itself; the facts are
    // read once and serve every step it takes.
    const facts = loadFacts(ctx, input.aanvraagId);
    let state = currentState(ctx, input.aanvraagId);
    for (const event of systemEventsAfterAdvies(facts)) {
      state = takeTransition(ctx, input.aanvraagId, event, 'system', null, null, facts);
    }
    return { state };
  });
}

/** §5: a submitted advice is immutable; a correction is a new version with a reason. The deciding
 * fields (conclusie, schoolsoort, categorie, periode) stay as signed, so unanimity is unchanged. */
export function corrigeerAdvies(
  ctx: AuthedContext,
  input: {
    aanvraagId: number;
    reden: string;
    onderbouwing: string;
    doelen: string;
    contextAdvies: string;
  },
) {
  const { deskundigeId } = requireOwnPosition(ctx, input.aanvraagId);
  return ctx.tx(() => {
    const own = latest(ctx, input.aanvraagId, deskundigeId);
    if (own?.status !== 'ingediend')
      throw domainError('Alleen een ingediend advies kan worden gecorrigeerd.');
    const state = currentState(ctx, input.aanvraagId);
    if (!['in_advies', 'unaniem', 'geagendeerd', 'eindadvies_in_opmaak'].includes(state)) {
      throw domainError('Na het eindadvies kan een advies niet meer worden gecorrigeerd.');
    }
    const version = nextVersion(ctx, input.aanvraagId, own.deskundigeId);
    ctx.db
      .insert(adviezen)
      .values({
        aanvraagId: input.aanvraagId,
        deskundigeId: own.deskundigeId,
        toewijzingId: own.toewijzingId,
        position: own.position,
        version,
        status: 'ingediend',
        conclusie: own.conclusie,
        schoolsoort: own.schoolsoort,
        categorie: own.categorie,
        ingangsdatum: own.ingangsdatum,
        einddatum: own.einddatum,
        onderbouwing: input.onderbouwing,
        doelen: input.doelen,
        contextAdvies: input.contextAdvies,
        vragen: own.vragen,
        signedNaam: own.signedNaam,
        signedDiscipline: own.signedDiscipline,
        signedRegistratie: own.signedRegistratie,
        submittedAt: ctx.nowIso,
        correctionReason: input.reden,
      })
      .run();
    ctx.audit({ action: 'advies.corrigeer', objectType: 'aanvraag', objectId: input.aanvraagId });
    return { version };
  });
}
