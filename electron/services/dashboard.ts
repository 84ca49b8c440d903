import type { AuthedContext } from '../core/context';
import {
  behaaldPercentage,
  doorlooptijd,
  isInPeriod,
  periodOf,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../domain/doorlooptijd';
import { daysLeft, trafficLight } from '../domain/termijnen';
import { AANVRAAG_STATES, type AanvraagState } from '../domain/types';
import { isAwaitingDecision, WAITS_ON } from '../domain/workflow';
import { readTermijnSettings } from './settings';
import { standen } from './termijnen';

// §9 and §11: the SLL's termijnen dashboard. Every figure is computed by the domain from the facts.

const OPEN_STATES = AANVRAAG_STATES.filter(isAwaitingDecision);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function figures(ctx: AuthedContext, period: Period) {
  const decided = ctx.sqlite
    .prepare(
      'SELECT a.id, a.ontvangen_op, b.besluitdatum FROM besluiten b JOIN aanvragen a ON a.id = b.aanvraag_id WHERE b.besluitdatum BETWEEN ? AND ?',
    )
    .all(period.from, period.to) as { id: number; ontvangen_op: string; besluitdatum: string }[];
  const inPeriod = decided.filter((d) => isInPeriod(d.besluitdatum, period));
  const terms = standen(
    ctx,
    inPeriod.map((d) => ({ id: d.id, ontvangenOp: d.ontvangen_op })),
  );
  const lead = inPeriod.map((d) =>
    doorlooptijd({
      ontvangenOp: d.ontvangen_op,
      besluitOp: d.besluitdatum,
      suspendedDays: terms.get(d.id)?.suspendedDays ?? 0,
    }),
  );
  return {
    label: period.label,
    decided: inPeriod.length,
    behaaldPercentage: behaaldPercentage(
      inPeriod.map((d) => ({
        besluitOp: d.besluitdatum,
        end: terms.get(d.id)?.end ?? d.besluitdatum,
      })),
    ),
    medianGross: median(lead.map((l) => l.gross)),
    medianNet: median(lead.map((l) => l.net)),
  };
}

export function termijnenDashboard(ctx: AuthedContext, periode: PeriodKind) {
  const settings = readTermijnSettings(ctx.db);
  const open = ctx.sqlite
    .prepare(
      `SELECT id, referentie, leerling_naam, state, ontvangen_op FROM aanvragen WHERE state IN (${OPEN_STATES.map(() => '?').join(',')})`,
    )
    .all(...OPEN_STATES) as {
    id: number;
    referentie: string;
    leerling_naam: string;
    state: AanvraagState;
    ontvangen_op: string;
  }[];
  const terms = standen(
    ctx,
    open.map((r) => ({ id: r.id, ontvangenOp: r.ontvangen_op })),
  );
  const verdaagd = new Set(
    (
      ctx.sqlite.prepare('SELECT aanvraag_id FROM verdagingen').all() as { aanvraag_id: number }[]
    ).map((v) => v.aanvraag_id),
  );
  const rows = open
    .map((r) => {
      const t = terms.get(r.id) as { end: string; suspended: boolean };
      const light = trafficLight({
        end: t.end,
        today: ctx.today,
        suspended: t.suspended,
        warnWerkdagen: settings.waarschuwingWerkdagen,
        closingDays: settings.sluitingsdagen,
      });
      return {
        id: r.id,
        referentie: r.referentie,
        leerlingNaam: r.leerling_naam,
        state: r.state,
        waitsOn: WAITS_ON[r.state],
        end: t.end,
        daysLeft: daysLeft(t.end, ctx.today),
        trafficLight: light,
        verdagingNodig: light === 'oranje' && !verdaagd.has(r.id),
        suspended: t.suspended,
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
  return {
    rows,
    counts: {
      open: rows.length,
      opgeschort: rows.filter((r) => r.suspended).length,
      waarschuwing: rows.filter((r) => r.verdagingNodig).length,
      verlopen: rows.filter((r) => r.trafficLight === 'rood').length,
    },
    current: figures(ctx, periodOf(ctx.today, periode)),
    previous: figures(ctx, previousPeriod(ctx.today, periode)),
  };
}
