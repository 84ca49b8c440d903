import { and, desc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import {
  aanvragen,
  besluiten,
  ingebrekestellingen,
  opschortingen,
  verdagingen,
  workflowEvents,
} from '../../db/schema';
import type { ServiceContext } from '../core/context';
import { notFound } from '../core/errors';
import { compareIsoDates, daysBetween, formatDutchDate } from '../domain/calendar';
import { doorlooptijd } from '../domain/doorlooptijd';
import { dwangsomExposure } from '../domain/dwangsom';
import {
  OPSCHORTING_GROND_LABELS,
  aanvullingstermijnVerstreken,
  isSuspensionRunning,
  resumeDay,
  suspendedDaysOf,
  type Opschorting,
} from '../domain/opschorting';
import {
  beslistermijnMetOpschortingen,
  daysLeft,
  trafficLight,
  verdagingWarningDate,
  vragenVerzendenUiterlijk,
  type BeslistermijnStand,
} from '../domain/termijnen';
import { readTermijnSettings } from './settings';

// The clock of each aanvraag (§9): the facts come from the database, every term from the domain.

export type OpschortingRow = typeof opschortingen.$inferSelect;

export const toOpschorting = (
  r: Pick<OpschortingRow, 'grond' | 'start' | 'termEnd' | 'resumedOn'>,
): Opschorting => ({
  grond: r.grond,
  start: r.start,
  termEnd: r.termEnd,
  resumedOn: r.resumedOn,
});

// Mijn werk and the dashboard ask for the facts of a page (or all) of the open aanvragen at once
// (quality goal P2). These two statements are prepared once per database, with the ids as one JSON
// parameter: building and compiling a query with hundreds of `?` took longer than running it.
const idsIn = () => sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;
const prepareFacts = (db: Db) => ({
  opschortingen: db
    .select()
    .from(opschortingen)
    .where(inArray(opschortingen.aanvraagId, idsIn()))
    .orderBy(opschortingen.start, opschortingen.id)
    .prepare(),
  verdagingen: db
    .select({
      aanvraagId: verdagingen.aanvraagId,
      notifiedOn: verdagingen.notifiedOn,
      newEnd: verdagingen.newEnd,
      reden: verdagingen.reden,
    })
    .from(verdagingen)
    .where(inArray(verdagingen.aanvraagId, idsIn()))
    .orderBy(verdagingen.id)
    .prepare(),
});
const preparedFacts = new WeakMap<Db, ReturnType<typeof prepareFacts>>();

function facts(db: Db): ReturnType<typeof prepareFacts> {
  let prepared = preparedFacts.get(db);
  if (!prepared) {
    prepared = prepareFacts(db);
    preparedFacts.set(db, prepared);
  }
  return prepared;
}

export function loadOpschortingen(
  ctx: ServiceContext,
  aanvraagIds: readonly number[],
): Map<number, OpschortingRow[]> {
  const map = new Map<number, OpschortingRow[]>();
  if (aanvraagIds.length === 0) return map;
  const rows = facts(ctx.db).opschortingen.all({ ids: JSON.stringify(aanvraagIds) });
  for (const r of rows) map.set(r.aanvraagId, [...(map.get(r.aanvraagId) ?? []), r]);
  return map;
}

export function loadVerdagingen(ctx: ServiceContext, aanvraagIds: readonly number[]) {
  const map = new Map<number, { notifiedOn: string; newEnd: string; reden: string }>();
  if (aanvraagIds.length === 0) return map;
  const rows = facts(ctx.db).verdagingen.all({ ids: JSON.stringify(aanvraagIds) });
  for (const r of rows)
    map.set(r.aanvraagId, { notifiedOn: r.notifiedOn, newEnd: r.newEnd, reden: r.reden });
  return map;
}

/** The beslistermijn of many aanvragen at once (one query per kind of fact, not per row). */
export function standen(
  ctx: ServiceContext,
  rows: readonly { id: number; ontvangenOp: string }[],
): Map<number, BeslistermijnStand> {
  const ids = rows.map((r) => r.id);
  const opschortingen = loadOpschortingen(ctx, ids);
  const verdagingen = loadVerdagingen(ctx, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      beslistermijnMetOpschortingen({
        ontvangenOp: r.ontvangenOp,
        opschortingen: (opschortingen.get(r.id) ?? []).map(toOpschorting),
        verdaging: verdagingen.get(r.id) ?? null,
        today: ctx.today,
      }),
    ]),
  );
}

/** The stand of one aanvraag in the map `standen` made (it holds every aanvraag it was given). */
export function standOf(
  terms: ReadonlyMap<number, BeslistermijnStand>,
  aanvraagId: number,
): BeslistermijnStand {
  const t = terms.get(aanvraagId);
  if (!t) throw new Error(`No beslistermijn computed for aanvraag ${aanvraagId}`);
  return t;
}

export function stand(
  ctx: ServiceContext,
  aanvraagId: number,
  ontvangenOp: string,
): BeslistermijnStand {
  return standOf(standen(ctx, [{ id: aanvraagId, ontvangenOp }]), aanvraagId);
}

/** The day of the decision (§7: a TLV decision or buiten behandeling), or null. */
export function besluitOp(ctx: ServiceContext, aanvraagId: number): string | null {
  const b = ctx.db
    .select({ besluitdatum: besluiten.besluitdatum })
    .from(besluiten)
    .where(eq(besluiten.aanvraagId, aanvraagId))
    .get();
  return b?.besluitdatum ?? null;
}

/** Awb 4:5 (the rule lives in the domain): the last aanvulling term passed without the aanvulling. */
export function aanvullingTermijnVerstreken(
  rows: readonly OpschortingRow[],
  today: string,
): boolean {
  return aanvullingstermijnVerstreken(rows.map(toOpschorting), today);
}

export function termijnenView(ctx: ServiceContext, aanvraagId: number) {
  const a = ctx.db
    .select({ ontvangenOp: aanvragen.ontvangenOp })
    .from(aanvragen)
    .where(eq(aanvragen.id, aanvraagId))
    .get();
  if (!a) throw notFound();
  const settings = readTermijnSettings(ctx.db);
  const rows = loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? [];
  const verdaging = loadVerdagingen(ctx, [aanvraagId]).get(aanvraagId) ?? null;
  const s = stand(ctx, aanvraagId, a.ontvangenOp);
  const decided = besluitOp(ctx, aanvraagId);
  const warnFrom = verdagingWarningDate(
    s.end,
    settings.waarschuwingWerkdagen,
    settings.sluitingsdagen,
  );
  const light = trafficLight({
    end: s.end,
    today: decided ?? ctx.today,
    suspended: s.suspended,
    warnWerkdagen: settings.waarschuwingWerkdagen,
    closingDays: settings.sluitingsdagen,
  });
  const ingebreke = ctx.db
    .select({ ontvangenOp: ingebrekestellingen.ontvangenOp })
    .from(ingebrekestellingen)
    .where(eq(ingebrekestellingen.aanvraagId, aanvraagId))
    .orderBy(ingebrekestellingen.id)
    .limit(1)
    .get();
  return {
    ontvangenOp: a.ontvangenOp,
    nominal: s.nominal,
    end: s.end,
    suspendedDays: s.suspendedDays,
    suspended: s.suspended,
    daysLeft: daysLeft(s.end, ctx.today),
    trafficLight: light,
    warnFrom,
    verdagingNodig: decided === null && verdaging === null && light === 'oranje',
    verdaging,
    besluitOp: decided,
    doorlooptijd: decided
      ? doorlooptijd({
          ontvangenOp: a.ontvangenOp,
          besluitOp: decided,
          suspendedDays: s.suspendedDays,
        })
      : null,
    dwangsom: ingebreke
      ? {
          ingebrekestellingOn: ingebreke.ontvangenOp,
          ...pickDwangsom(
            dwangsomExposure({
              ingebrekestellingOn: ingebreke.ontvangenOp,
              today: ctx.today,
              decidedOn: decided,
            }),
          ),
        }
      : null,
    aanvullingTermijnVerstreken: decided === null && aanvullingTermijnVerstreken(rows, ctx.today),
    vragenVerzenden: vragenTracking(ctx, aanvraagId, rows, settings.sluitingsdagen),
    opschortingen: rows.map((r) => ({
      id: r.id,
      grond: r.grond,
      grondLabel: OPSCHORTING_GROND_LABELS[r.grond],
      soort: r.soort,
      start: r.start,
      termWerkdagen: r.termWerkdagen,
      termEnd: r.termEnd,
      resumedOn: r.resumedOn,
      suspendedDays: suspendedDaysOf(toOpschorting(r), ctx.today),
      running: isSuspensionRunning(toOpschorting(r), ctx.today),
      toelichting: r.toelichting,
      briefId: r.briefId,
    })),
    timeline: timeline(a.ontvangenOp, rows, verdaging, decided, ctx.today),
  };
}

const pickDwangsom = (d: { startsOn: string; days: number; amount: number }) => ({
  startsOn: d.startsOn,
  days: d.days,
  amount: d.amount,
});

function timeline(
  ontvangenOp: string,
  rows: readonly OpschortingRow[],
  verdaging: { notifiedOn: string; newEnd: string } | null,
  decided: string | null,
  today: string,
) {
  const items = [
    { date: ontvangenOp, kind: 'ontvangen', label: 'Aanvraag ontvangen: de beslistermijn begint' },
  ];
  for (const r of rows) {
    items.push({
      date: r.start,
      kind: 'opschorting',
      label: `Opgeschort: ${OPSCHORTING_GROND_LABELS[r.grond]}`,
    });
    const resume = resumeDay(toOpschorting(r), today);
    if (resume)
      items.push({
        date: resume,
        kind: 'hervat',
        label: r.resumedOn
          ? 'Termijn loopt weer (aanvulling ontvangen of opschorting beëindigd)'
          : 'Termijn loopt weer (termijn voor aanvulling verstreken)',
      });
  }
  if (verdaging)
    items.push({
      date: verdaging.notifiedOn,
      kind: 'verdaging',
      label: `Verdaagd tot ${formatDutchDate(verdaging.newEnd)}`,
    });
  if (decided) items.push({ date: decided, kind: 'besluit', label: 'Besluit genomen' });
  return items.sort((x, y) => daysBetween(y.date, x.date));
}

/**
 * §3.4: after 'aanhouden' (both advices, or the TLA-vergadering) the SLL sends the questions within
 * 2 werkdagen. Tracked from the day the aanvraag was held until a 'vragen' request goes out.
 */
function vragenTracking(
  ctx: ServiceContext,
  aanvraagId: number,
  rows: readonly OpschortingRow[],
  closingDays: readonly string[],
) {
  const stillUnaniem = ctx.db
    .select({ id: aanvragen.id })
    .from(aanvragen)
    .where(and(eq(aanvragen.id, aanvraagId), eq(aanvragen.state, 'unaniem')));
  const event = ctx.db
    .select({ at: workflowEvents.at })
    .from(workflowEvents)
    .where(
      and(
        eq(workflowEvents.aanvraagId, aanvraagId),
        or(
          eq(workflowEvents.event, 'vergadering_aanhouden'),
          and(eq(workflowEvents.event, 'adviezen_unaniem'), exists(stillUnaniem)),
        ),
      ),
    )
    .orderBy(desc(workflowEvents.id))
    .limit(1)
    .get();
  if (!event) return null;
  const held = event.at.slice(0, 10);
  const uiterlijk = vragenVerzendenUiterlijk(held, closingDays);
  const verzonden = rows.some((r) => r.soort === 'vragen' && compareIsoDates(r.start, held) >= 0);
  return {
    sinds: held,
    uiterlijk,
    verzonden,
    teLaat: !verzonden && compareIsoDates(ctx.today, uiterlijk) > 0,
  };
}
