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
  type OpschortingGrond,
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

export interface OpschortingRow {
  id: number;
  aanvraag_id: number;
  grond: OpschortingGrond;
  soort: 'aanvulling' | 'vragen' | 'overig';
  start: string;
  term_werkdagen: number | null;
  term_end: string | null;
  resumed_on: string | null;
  toelichting: string;
  brief_id: number | null;
}

export const toOpschorting = (r: OpschortingRow): Opschorting => ({
  grond: r.grond,
  start: r.start,
  termEnd: r.term_end,
  resumedOn: r.resumed_on,
});

export function loadOpschortingen(
  ctx: ServiceContext,
  aanvraagIds: readonly number[],
): Map<number, OpschortingRow[]> {
  const map = new Map<number, OpschortingRow[]>();
  if (aanvraagIds.length === 0) return map;
  const rows = ctx.sqlite
    .prepare(
      `SELECT * FROM opschortingen WHERE aanvraag_id IN (${aanvraagIds.map(() => '?').join(',')}) ORDER BY start, id`,
    )
    .all(...aanvraagIds) as OpschortingRow[];
  for (const r of rows) map.set(r.aanvraag_id, [...(map.get(r.aanvraag_id) ?? []), r]);
  return map;
}

function loadVerdagingen(ctx: ServiceContext, aanvraagIds: readonly number[]) {
  const map = new Map<number, { notifiedOn: string; newEnd: string; reden: string }>();
  if (aanvraagIds.length === 0) return map;
  const rows = ctx.sqlite
    .prepare(
      `SELECT aanvraag_id, notified_on, new_end, reden FROM verdagingen WHERE aanvraag_id IN (${aanvraagIds.map(() => '?').join(',')}) ORDER BY id`,
    )
    .all(...aanvraagIds) as {
    aanvraag_id: number;
    notified_on: string;
    new_end: string;
    reden: string;
  }[];
  for (const r of rows)
    map.set(r.aanvraag_id, { notifiedOn: r.notified_on, newEnd: r.new_end, reden: r.reden });
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

export function stand(
  ctx: ServiceContext,
  aanvraagId: number,
  ontvangenOp: string,
): BeslistermijnStand {
  return standen(ctx, [{ id: aanvraagId, ontvangenOp }]).get(aanvraagId) as BeslistermijnStand;
}

/** The day of the decision: the besluit, or the day it was put buiten behandeling. */
export function besluitOp(ctx: ServiceContext, aanvraagId: number): string | null {
  const b = ctx.sqlite
    .prepare('SELECT besluitdatum FROM besluiten WHERE aanvraag_id = ?')
    .get(aanvraagId) as { besluitdatum: string } | undefined;
  if (b) return b.besluitdatum;
  const e = ctx.sqlite
    .prepare(
      "SELECT substr(at, 1, 10) AS d FROM workflow_events WHERE aanvraag_id = ? AND event = 'buiten_behandeling' ORDER BY id DESC LIMIT 1",
    )
    .get(aanvraagId) as { d: string } | undefined;
  return e?.d ?? null;
}

/** Awb 4:5 (the rule lives in the domain): the last aanvulling term passed without the aanvulling. */
export function aanvullingTermijnVerstreken(
  rows: readonly OpschortingRow[],
  today: string,
): boolean {
  return aanvullingstermijnVerstreken(rows.map(toOpschorting), today);
}

export function termijnenView(ctx: ServiceContext, aanvraagId: number) {
  const a = ctx.sqlite
    .prepare('SELECT ontvangen_op FROM aanvragen WHERE id = ?')
    .get(aanvraagId) as { ontvangen_op: string } | undefined;
  if (!a) throw notFound();
  const settings = readTermijnSettings(ctx.db);
  const rows = loadOpschortingen(ctx, [aanvraagId]).get(aanvraagId) ?? [];
  const verdaging = loadVerdagingen(ctx, [aanvraagId]).get(aanvraagId) ?? null;
  const s = stand(ctx, aanvraagId, a.ontvangen_op);
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
  const ingebreke = ctx.sqlite
    .prepare(
      'SELECT ontvangen_op FROM ingebrekestellingen WHERE aanvraag_id = ? ORDER BY id LIMIT 1',
    )
    .get(aanvraagId) as { ontvangen_op: string } | undefined;
  return {
    ontvangenOp: a.ontvangen_op,
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
          ontvangenOp: a.ontvangen_op,
          besluitOp: decided,
          suspendedDays: s.suspendedDays,
        })
      : null,
    dwangsom: ingebreke
      ? {
          ingebrekestellingOn: ingebreke.ontvangen_op,
          ...pickDwangsom(
            dwangsomExposure({
              ingebrekestellingOn: ingebreke.ontvangen_op,
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
      termWerkdagen: r.term_werkdagen,
      termEnd: r.term_end,
      resumedOn: r.resumed_on,
      suspendedDays: suspendedDaysOf(toOpschorting(r), ctx.today),
      running: isSuspensionRunning(toOpschorting(r), ctx.today),
      toelichting: r.toelichting,
      briefId: r.brief_id,
    })),
    timeline: timeline(a.ontvangen_op, rows, verdaging, decided, ctx.today),
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
        label: r.resumed_on
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
  const held = ctx.sqlite
    .prepare(
      `SELECT substr(at, 1, 10) AS d FROM workflow_events WHERE aanvraag_id = ?
         AND (event = 'vergadering_aanhouden' OR (event = 'adviezen_unaniem' AND EXISTS (
           SELECT 1 FROM aanvragen a WHERE a.id = ? AND a.state = 'unaniem'))) ORDER BY id DESC LIMIT 1`,
    )
    .get(aanvraagId, aanvraagId) as { d: string } | undefined;
  if (!held) return null;
  const uiterlijk = vragenVerzendenUiterlijk(held.d, closingDays);
  const verzonden = rows.some((r) => r.soort === 'vragen' && compareIsoDates(r.start, held.d) >= 0);
  return {
    sinds: held.d,
    uiterlijk,
    verzonden,
    teLaat: !verzonden && compareIsoDates(ctx.today, uiterlijk) > 0,
  };
}
