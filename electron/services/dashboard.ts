import { and, between, eq, inArray } from 'drizzle-orm';
import { aanvragen, besluiten, verdagingen } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import {
  behaaldPercentage,
  GETELDE_UITKOMSTEN,
  isInPeriod,
  median,
  periodOf,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../domain/doorlooptijd';
import { openAanvullingsverzoek } from '../domain/opschorting';
import { daysLeft, trafficLight } from '../domain/termijnen';
import { AANVRAAG_STATES } from '../domain/types';
import { isAwaitingDecision, waitsOn } from '../domain/workflow';
import { readTermijnSettings } from './settings';
import { besluitMaat } from '../domain/rapportage';
import { loadOpschortingen, loadVerdagingen, standen, standOf, toOpschorting } from './termijnen';

// §9 and §11: the SLL's termijnen dashboard. Every figure is computed by the domain from the facts.

const OPEN_STATES = AANVRAAG_STATES.filter(isAwaitingDecision);

function figures(ctx: AuthedContext, period: Period) {
  const decided = ctx.db
    .select({
      id: aanvragen.id,
      ontvangenOp: aanvragen.ontvangenOp,
      besluitdatum: besluiten.besluitdatum,
    })
    .from(besluiten)
    .innerJoin(aanvragen, eq(aanvragen.id, besluiten.aanvraagId))
    .where(
      and(
        between(besluiten.besluitdatum, period.from, period.to),
        inArray(besluiten.uitkomst, GETELDE_UITKOMSTEN),
      ),
    )
    .all();
  const inPeriod = decided.filter((d) => isInPeriod(d.besluitdatum, period));
  const ids = inPeriod.map((d) => d.id);
  const opschortingen = loadOpschortingen(ctx, ids);
  const uitstel = loadVerdagingen(ctx, ids);
  // §9 as the reports measure it (domain/rapportage.ts): the term as it stood on the day of the decision.
  const maten = inPeriod.map((d) =>
    besluitMaat({
      ontvangenOp: d.ontvangenOp,
      besluitOp: d.besluitdatum,
      opschortingen: (opschortingen.get(d.id) ?? []).map(toOpschorting),
      verdaging: uitstel.get(d.id) ?? null,
    }),
  );
  return {
    label: period.label,
    decided: inPeriod.length,
    behaaldPercentage: behaaldPercentage(
      inPeriod.map((d, i) => ({ besluitOp: d.besluitdatum, end: maten[i]?.end ?? d.besluitdatum })),
    ),
    medianGross: median(maten.map((m) => m.doorlooptijd.gross)),
    medianNet: median(maten.map((m) => m.doorlooptijd.net)),
  };
}

export function termijnenDashboard(ctx: AuthedContext, periode: PeriodKind) {
  const settings = readTermijnSettings(ctx.db);
  const open = ctx.db
    .select({
      id: aanvragen.id,
      referentie: aanvragen.referentie,
      leerlingNaam: aanvragen.leerlingNaam,
      state: aanvragen.state,
      ontvangenOp: aanvragen.ontvangenOp,
    })
    .from(aanvragen)
    .where(inArray(aanvragen.state, OPEN_STATES))
    .all();
  const terms = standen(
    ctx,
    open.map((r) => ({ id: r.id, ontvangenOp: r.ontvangenOp })),
  );
  const verdaagd = new Set(
    ctx.db
      .select({ aanvraagId: verdagingen.aanvraagId })
      .from(verdagingen)
      .all()
      .map((v) => v.aanvraagId),
  );
  // §6: an aanvraag a meeting held waits on the SLL until a request is out (the questions).
  const opschortingen = loadOpschortingen(
    ctx,
    open.map((r) => r.id),
  );
  const gevraagd = (id: number) =>
    openAanvullingsverzoek(opschortingen.get(id) ?? []) !== undefined;
  const rows = open
    .map((r) => {
      const t = standOf(terms, r.id);
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
        leerlingNaam: r.leerlingNaam,
        state: r.state,
        waitsOn: waitsOn(r.state, gevraagd(r.id)),
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
