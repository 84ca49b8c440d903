import { and, eq, inArray, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { adviezen, aanvragen, opschortingen, scholen, toewijzingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { daysLeft } from '../domain/termijnen';
import { WAITS_ON, WAITS_ON_UNTIL_REQUESTED } from '../domain/workflow';
import { AANVRAAG_STATES, type Role } from '../domain/types';
import { idIn, inOrderOf, listRowFields, pageOfIds } from './aanvraag-lijst';
import { standen, standOf } from './termijnen';

// Mijn werk: what waits for the caller in one of their roles, a page at a time, so that the list
// stays fast with 50,000 aanvragen (quality goal P2). Which states wait on a role is the domain's
// WAITS_ON; a deskundige sees only their own assigned aanvragen where they still have to act. The
// search (kenmerk, pupil, school, TLV volgnummer) and the paging are those of every list of
// aanvragen (./aanvraag-lijst).

export interface WerkQuery {
  readonly role: Role;
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
}

function waitingOn(db: Db, role: Role, deskundigeId: number): SQL {
  if (role === 'deskundige') {
    const submitted = db
      .select({ id: adviezen.id })
      .from(adviezen)
      .where(and(eq(adviezen.toewijzingId, toewijzingen.id), eq(adviezen.status, 'ingediend')));
    // The state is read from the assignment's own aanvraag (an alias), not the outer query's: a
    // subquery that names the outer row runs once per aanvraag (with 50,000 some 100 s per call),
    // one that does not runs once over the deskundige's few assignments (their index).
    const eigen = alias(aanvragen, 'eigen_aanvraag');
    const waiting = db
      .select({ aanvraagId: toewijzingen.aanvraagId })
      .from(toewijzingen)
      .innerJoin(eigen, eq(eigen.id, toewijzingen.aanvraagId))
      .where(
        and(
          eq(toewijzingen.deskundigeId, deskundigeId),
          eq(toewijzingen.active, true),
          or(
            and(eq(eigen.state, 'in_advies'), notExists(submitted)),
            and(eq(eigen.state, 'eindadvies_in_opmaak'), eq(toewijzingen.position, 1)),
          ),
        ),
      );
    return inArray(aanvragen.id, waiting);
  }
  const states = AANVRAAG_STATES.filter((s) => WAITS_ON[s] === role);
  const byState = states.length === 0 ? sql`0` : inArray(aanvragen.state, states);
  const untilRequested = AANVRAAG_STATES.filter((s) => WAITS_ON_UNTIL_REQUESTED[s] === role);
  if (untilRequested.length === 0) return byState;
  // §6: held by a meeting, no request out yet: the SLL is to send the questions. "A request is out"
  // is the domain's openAanvullingsverzoek, said here in SQL so that Mijn werk stays one query. Read
  // over the few aanvragen in those states (their index), never per row of the outer list.
  const wachtend = alias(aanvragen, 'wachtend');
  const open = db
    .select({ one: sql`1` })
    .from(opschortingen)
    .where(
      and(
        eq(opschortingen.aanvraagId, wachtend.id),
        eq(opschortingen.grond, 'awb_4_15_1a'),
        isNull(opschortingen.resumedOn),
      ),
    );
  const unsent = db
    .select({ id: wachtend.id })
    .from(wachtend)
    .where(and(inArray(wachtend.state, untilRequested), notExists(open)));
  return or(byState, inArray(aanvragen.id, unsent))!;
}

export function mijnWerk(ctx: AuthedContext, q: WerkQuery) {
  if (!ctx.user.roles.includes(q.role)) throw forbidden();
  const search = q.search.trim();
  const waiting = waitingOn(ctx.db, q.role, ctx.user.deskundigeId ?? -1);
  const page = pageOfIds(ctx.db, {
    filter: waiting,
    search,
    // A deskundige's few assignments are found through their own index.
    narrowed: q.role === 'deskundige',
    newestFirst: false,
    offset: q.offset,
    limit: q.limit,
  });
  const rows =
    page.ids.length === 0
      ? []
      : inOrderOf(
          page.ids,
          ctx.db
            .select(listRowFields)
            .from(aanvragen)
            .innerJoin(scholen, eq(scholen.id, aanvragen.schoolId))
            .where(idIn(aanvragen.id, page.ids))
            .all(),
        );
  const terms = standen(ctx, rows);
  return {
    total: page.total,
    rows: rows.map((r) => {
      const end = standOf(terms, r.id).end;
      return {
        id: r.id,
        referentie: r.referentie,
        leerlingNaam: r.leerlingNaam,
        schoolNaam: r.schoolNaam,
        soort: r.soort,
        state: r.state,
        ontvangenOp: r.ontvangenOp,
        beslistermijnEnd: end,
        daysLeft: daysLeft(end, ctx.today),
      };
    }),
  };
}
