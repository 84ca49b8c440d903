import { and, count, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import {
  aanvragen,
  users,
  vergaderingAanwezigen,
  vergaderingAgenda,
  vergaderingen,
  vergaderingUitkomsten,
  workflowEvents,
} from '../../../db/schema';
import type { AuthedContext } from '../../core/context';
import { UserFacingError } from '../../core/errors';
import { compareIsoDates } from '../../domain/calendar';
import { deelnameAanPunt } from '../../domain/betrokkenheid';
import { disciplineLabel, type AanvraagSoort } from '../../domain/types';
import { compareAdviezen } from '../../domain/unanimity';
import { vergaderingPlanProblem } from '../../domain/vergadering';
import { betrokkenenVan, vergaderingKandidaten, withRoles } from '../betrokkenen';
import { assertGepland, loadMeeting, nextMeeting, uitkomstVan, type Meeting } from './meeting';
import { claimVersie } from '../versie';
import { myPosition, type Access } from '../access';
import { toView, visibleAdviezenMet } from '../advies';
import { laatsteVragenVergadering } from '../vragen-school';

// §6: the TLA-vergadering. Meetings follow a year plan; the agenda fills itself with every aanvraag
// that is 'geagendeerd'; those involved in an aanvraag do not take part in that item. This is the
// year plan, the agenda and the meeting as the voorzitter sees it, with who is present.

export function listVergaderingen(ctx: AuthedContext) {
  // The next meeting's agenda is filled here too, so the year plan shows its real count.
  const next = nextMeeting(ctx);
  if (next) syncAgenda(ctx, next);
  const v = vergaderingen;
  return ctx.db
    .select({
      id: v.id,
      datum: v.datum,
      status: v.status,
      agendaCount: count(vergaderingAgenda.aanvraagId),
    })
    .from(v)
    .leftJoin(vergaderingAgenda, eq(vergaderingAgenda.vergaderingId, v.id))
    .groupBy(v.id)
    .orderBy(v.datum)
    .all();
}

export function planVergaderingen(ctx: AuthedContext, datums: readonly string[]) {
  for (const datum of datums) {
    const problem = vergaderingPlanProblem(datum, ctx.today);
    if (problem) throw new UserFacingError('invalid_input', problem, 'datums');
  }
  return ctx.tx(() => {
    let created = 0;
    for (const datum of new Set(datums)) {
      const planned = ctx.db
        .select({ id: vergaderingen.id })
        .from(vergaderingen)
        .where(eq(vergaderingen.datum, datum))
        .get();
      if (planned) continue;
      ctx.db.insert(vergaderingen).values({ datum, status: 'gepland' }).run();
      created += 1;
    }
    ctx.audit({
      action: 'vergadering.plan',
      objectType: 'vergadering',
      objectId: null,
      details: String(created),
    });
    return { created };
  });
}

/** §6: back on the agenda with the school's answers to a meeting's questions. */
const REDEN_ANTWOORDEN = 'Aangehouden: antwoorden van de school ontvangen';

/** §6: why an aanvraag is on the agenda, from the event that put it there. */
function reden(ctx: AuthedContext, aanvraag: { id: number; soort: AanvraagSoort }): string {
  const e = ctx.db
    .select({ event: workflowEvents.event, fromState: workflowEvents.fromState })
    .from(workflowEvents)
    .where(
      and(eq(workflowEvents.aanvraagId, aanvraag.id), eq(workflowEvents.toState, 'geagendeerd')),
    )
    .orderBy(desc(workflowEvents.id))
    .limit(1)
    .get();
  if (e?.event === 'adviezen_verschillend') return 'Adviezen niet unaniem';
  if (e?.event === 'vragen_beantwoord') return REDEN_ANTWOORDEN;
  if (e?.fromState === 'teruggestuurd') return 'Teruggestuurd door de directeur-bestuurder';
  if (aanvraag.soort === 'aanpassing_categorie') return 'Aanpassing bekostigingscategorie';
  if (aanvraag.soort === 'herindicatie') return 'Herindicatie zonder consensus';
  return 'Geagendeerd door de voorzitter';
}

/** The agenda fills itself: every geagendeerd aanvraag not yet on an open meeting's agenda. */
function syncAgenda(ctx: AuthedContext, m: Meeting): void {
  if (m.status !== 'gepland') return;
  const next = nextMeeting(ctx);
  if (next?.id !== m.id && compareIsoDates(m.datum, ctx.today) >= 0) return;
  const g = vergaderingAgenda;
  const u = vergaderingUitkomsten;
  const onOpenAgenda = ctx.db
    .select({ one: sql`1` })
    .from(g)
    .innerJoin(vergaderingen, eq(vergaderingen.id, g.vergaderingId))
    .where(
      and(
        eq(g.aanvraagId, aanvragen.id),
        eq(vergaderingen.status, 'gepland'),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(u)
            .where(and(eq(u.vergaderingId, g.vergaderingId), eq(u.aanvraagId, aanvragen.id))),
        ),
      ),
    );
  const waiting = ctx.db
    .select({ id: aanvragen.id, soort: aanvragen.soort })
    .from(aanvragen)
    .where(and(eq(aanvragen.state, 'geagendeerd'), notExists(onOpenAgenda)))
    .all();
  ctx.tx(() => {
    for (const w of waiting) {
      ctx.db
        .insert(g)
        .values({ vergaderingId: m.id, aanvraagId: w.id, reden: reden(ctx, w) })
        .onConflictDoNothing()
        .run();
    }
  });
}

/**
 * §6: those involved in the aanvraag on the school's side, as recorded with it. The deskundigen who
 * advised are not among them: they take part in the item on their own aanvraag.
 */
function betrokkenen(ctx: AuthedContext, aanvraagId: number) {
  return betrokkenenVan(ctx, aanvraagId).map(({ userId, naam, rolLabel }) => ({
    userId,
    naam,
    rol: rolLabel,
  }));
}

/**
 * The advices of an item through the independence gate (services/advies.ts), with `access` the
 * reader's: a meeting shows them only once both are in (§5).
 */
function adviezenVoor(ctx: AuthedContext, aanvraagId: number, access: Access) {
  const { rows, both } = visibleAdviezenMet(ctx, aanvraagId, access);
  if (!both) return [];
  // The advice as every screen gets it (the contract keeps only the fields a meeting shows).
  return rows.map((r) => {
    const advies = toView(r);
    return {
      ...advies,
      naam: advies.signedNaam,
      discipline: disciplineLabel(advies.signedDiscipline),
    };
  });
}

/** The directeur's questions when the aanvraag came back from them (the last return). */
function vragenDirecteur(ctx: AuthedContext, aanvraagId: number): string | null {
  const e = ctx.db
    .select({ reason: workflowEvents.reason })
    .from(workflowEvents)
    .where(and(eq(workflowEvents.aanvraagId, aanvraagId), eq(workflowEvents.event, 'stuur_terug')))
    .orderBy(desc(workflowEvents.id))
    .limit(1)
    .get();
  return e?.reason ?? null;
}

/** The items of a meeting's agenda (filled first when it is the next one), by referentie. */
export function agendaVan(ctx: AuthedContext, m: Meeting) {
  syncAgenda(ctx, m);
  const g = vergaderingAgenda;
  return ctx.db
    .select({
      aanvraagId: g.aanvraagId,
      reden: g.reden,
      referentie: aanvragen.referentie,
      leerlingNaam: aanvragen.leerlingNaam,
      state: aanvragen.state,
    })
    .from(g)
    .innerJoin(aanvragen, eq(aanvragen.id, g.aanvraagId))
    .where(eq(g.vergaderingId, m.id))
    .orderBy(aanvragen.referentie)
    .all();
}

/** Who is recorded present at a meeting, by name, with their roles. */
export function aanwezigenVan(ctx: AuthedContext, vergaderingId: number) {
  return withRoles(
    ctx,
    ctx.db
      .select({ userId: users.id, naam: users.naam })
      .from(vergaderingAanwezigen)
      .innerJoin(users, eq(users.id, vergaderingAanwezigen.userId))
      .where(eq(vergaderingAanwezigen.vergaderingId, vergaderingId))
      .orderBy(users.naam)
      .all(),
  );
}

type AgendaRij = ReturnType<typeof agendaVan>[number];

/**
 * One item as those who take part in it see it: why it is there, who of those present takes part
 * and who leaves it (§6), both advices through the gate with the reader's `access`, the outcome.
 */
export function agendaPuntView(
  ctx: AuthedContext,
  vergaderingId: number,
  pt: AgendaRij,
  aanwezigen: ReturnType<typeof aanwezigenVan>,
  access: Access,
) {
  const adviezen = adviezenVoor(ctx, pt.aanvraagId, access);
  const [a, b] = adviezen;
  const involved = betrokkenen(ctx, pt.aanvraagId);
  // §6: who of those present takes part in this item, and who leaves it.
  const deelname = deelnameAanPunt(
    aanwezigen,
    involved.map((x) => x.userId),
  );
  return {
    aanvraagId: pt.aanvraagId,
    referentie: pt.referentie,
    leerlingNaam: pt.leerlingNaam,
    reden: pt.reden,
    state: pt.state,
    betrokkenen: involved,
    deelnemers: deelname.deelnemers.map(({ userId, naam }) => ({ userId, naam })),
    nietDeelnemers: deelname.nietDeelnemers.map(({ userId, naam }) => ({ userId, naam })),
    adviezen,
    verschillen: a && b ? compareAdviezen(a, b).differences.map((d) => ({ ...d })) : [],
    vragenDirecteur: pt.reden.startsWith('Teruggestuurd')
      ? vragenDirecteur(ctx, pt.aanvraagId)
      : null,
    vragenVergadering:
      pt.reden === REDEN_ANTWOORDEN ? laatsteVragenVergadering(ctx, pt.aanvraagId) : null,
    uitkomst: uitkomstVan(ctx, vergaderingId, pt.aanvraagId),
  };
}

export function vergaderingView(ctx: AuthedContext, vergaderingId: number) {
  const m = loadMeeting(ctx, vergaderingId);
  const agenda = agendaVan(ctx, m);
  const aanwezigen = aanwezigenVan(ctx, vergaderingId);
  const kandidaten = vergaderingKandidaten(ctx);
  // The voorzitter sees every item through their office role (only voorzitters reach this view).
  const punten = agenda.map((pt) =>
    agendaPuntView(ctx, vergaderingId, pt, aanwezigen, {
      position: myPosition(ctx, pt.aanvraagId),
      office: true,
    }),
  );
  const waarschuwingen = punten.flatMap((pt) =>
    pt.nietDeelnemers.map(
      (b) => `${b.naam} is betrokken bij ${pt.referentie} en neemt aan dat punt niet deel.`,
    ),
  );
  ctx.tx(() =>
    ctx.audit({ action: 'vergadering.view', objectType: 'vergadering', objectId: vergaderingId }),
  );
  return {
    id: m.id,
    datum: m.datum,
    status: m.status,
    agenda: punten,
    aanwezigen,
    kandidaten,
    waarschuwingen,
    notulen: m.notulenSha256 !== null,
    versie: m.versie,
  };
}

export function setAanwezigen(
  ctx: AuthedContext,
  vergaderingId: number,
  userIds: readonly number[],
  versie?: number,
) {
  assertGepland(loadMeeting(ctx, vergaderingId));
  ctx.tx(() => {
    // Issue 13: the list replaces the one the caller read; refused when someone changed it since.
    claimVersie(ctx, 'vergadering', vergaderingId, versie);
    ctx.db
      .delete(vergaderingAanwezigen)
      .where(eq(vergaderingAanwezigen.vergaderingId, vergaderingId))
      .run();
    const ids = [...new Set(userIds)];
    // An id that names no user is left out.
    const known = new Set(
      ctx.db
        .select({ id: users.id })
        .from(users)
        .where(inArray(users.id, ids))
        .all()
        .map((u) => u.id),
    );
    for (const userId of ids) {
      if (known.has(userId))
        ctx.db.insert(vergaderingAanwezigen).values({ vergaderingId, userId }).run();
    }
    ctx.audit({
      action: 'vergadering.aanwezigen',
      objectType: 'vergadering',
      objectId: vergaderingId,
    });
  });
  return vergaderingView(ctx, vergaderingId);
}
