// §12 and AVG art. 12, 15–17: requests of ouders (or the pupil of 16 and over, or a representative)
// for inzage, correctie or verwijdering of what the SWV holds on a pupil. The terms, the statuses
// and the assessment of a request to delete live here, once.
import { compareIsoDates, formatDutchDate, isoDate, parseIsoDate } from './calendar';
import {
  bewaarStatus,
  DEFAULT_BEWAARTERMIJN_JAREN,
  verwijderbaarVanaf,
  type BewaarFeiten,
} from './retention';
import { inGroup, UNDECIDED_STATES } from './state-groups';
import { applyAlgemeneTermijnenwet, trafficLight, type TrafficLight } from './termijnen';
import type { AanvraagState, IsoDate } from './types';

/** The rights the rulebook names (§12): inzage (art. 15), correctie (art. 16), verwijdering (art. 17). */
export const AVG_VERZOEK_SOORTEN = ['inzage', 'correctie', 'verwijdering'] as const;
export type AvgVerzoekSoort = (typeof AVG_VERZOEK_SOORTEN)[number];

export const AVG_VERZOEK_SOORT_LABELS: Readonly<Record<AvgVerzoekSoort, string>> = {
  inzage: 'Inzage (art. 15 AVG)',
  correctie: 'Correctie (art. 16 AVG)',
  verwijdering: 'Verwijdering (art. 17 AVG)',
};

/** Who asks: an ouder with gezag, the pupil (16 or over, UAVG art. 5) or someone acting for them. */
export const AVG_VERZOEKERS = ['ouder', 'leerling', 'vertegenwoordiger'] as const;
export type AvgVerzoeker = (typeof AVG_VERZOEKERS)[number];

export const AVG_VERZOEKER_LABELS: Readonly<Record<AvgVerzoeker, string>> = {
  ouder: 'Ouder of voogd',
  leerling: 'De leerling zelf (16 jaar of ouder)',
  vertegenwoordiger: 'Gemachtigde',
};

export const AVG_STATUSSEN = ['ontvangen', 'in_behandeling', 'verlengd', 'afgehandeld'] as const;
export type AvgStatus = (typeof AVG_STATUSSEN)[number];

export const AVG_STATUS_LABELS: Readonly<Record<AvgStatus, string>> = {
  ontvangen: 'Ontvangen',
  in_behandeling: 'In behandeling',
  verlengd: 'Verlengd',
  afgehandeld: 'Afgehandeld',
};

/** The answer: granted, granted in part, or refused (with the reason, art. 12 lid 4). */
export const AVG_UITKOMSTEN = ['toegewezen', 'deels', 'afgewezen'] as const;
export type AvgUitkomst = (typeof AVG_UITKOMSTEN)[number];

export const AVG_UITKOMST_LABELS: Readonly<Record<AvgUitkomst, string>> = {
  toegewezen: 'Toegewezen',
  deels: 'Deels toegewezen',
  afgewezen: 'Afgewezen',
};

/** Art. 12 lid 3: one month after receipt. */
export const AVG_TERMIJN_MAANDEN = 1;
/** Art. 12 lid 3: extendable by two further months (so three months after receipt in all). */
export const AVG_VERLENGING_MAANDEN = 2;
/** UAVG art. 5: under 16 the ouders (the wettelijk vertegenwoordiger) exercise the pupil's rights. */
export const AVG_LEEFTIJD_ZELF = 16;
/** An internal reminder: the light turns orange this many werkdagen before the end (not moved). */
export const AVG_WAARSCHUWING_WERKDAGEN = 5;

function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; pure arithmetic, no time zone.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Regulation (EEC, Euratom) 1182/71 art. 3 lid 2 onder c: a period in months that runs from an
 * event ends on the day in the last month with the same date as the day of the event; when that
 * month has no such date, on its last day (31 January + 1 month = 28 or 29 February).
 */
export function addCalendarMonths(d: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, lastDayOfMonth(y, m)));
}

/**
 * Regulation 1182/71 art. 3 lid 4: a period whose last day is a Saturday, Sunday or public holiday
 * ends at the end of the next working day. The public holidays are the Dutch algemeen erkende
 * feestdagen of §9 (the same list the Algemene termijnenwet uses).
 */
export function avgTermijnEinde(input: {
  readonly ontvangenOp: IsoDate;
  readonly verlengd: boolean;
  readonly extraFeestdagen?: readonly IsoDate[];
}): { nominal: IsoDate; end: IsoDate } {
  const months = AVG_TERMIJN_MAANDEN + (input.verlengd ? AVG_VERLENGING_MAANDEN : 0);
  const nominal = addCalendarMonths(input.ontvangenOp, months);
  return { nominal, end: applyAlgemeneTermijnenwet(nominal, input.extraFeestdagen ?? []) };
}

/** The pupil's age in whole years on `on`. */
export function leeftijdOp(geboortedatum: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(geboortedatum);
  const o = parseIsoDate(on);
  const beforeBirthday = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}

export type Problem = { readonly field: string; readonly message: string } | null;

/** The facts of a new request that the domain checks (the contract has checked their form). */
export function registratieProblem(input: {
  readonly verzoeker: AvgVerzoeker;
  readonly leerlingGeboortedatum: IsoDate;
  readonly ontvangenOp: IsoDate;
  readonly today: IsoDate;
}): Problem {
  if (compareIsoDates(input.ontvangenOp, input.today) > 0)
    return { field: 'ontvangenOp', message: 'De ontvangstdatum kan niet in de toekomst liggen.' };
  if (compareIsoDates(input.leerlingGeboortedatum, input.ontvangenOp) >= 0)
    return {
      field: 'leerlingGeboortedatum',
      message: 'De geboortedatum moet vóór de ontvangstdatum liggen.',
    };
  if (
    input.verzoeker === 'leerling' &&
    leeftijdOp(input.leerlingGeboortedatum, input.ontvangenOp) < AVG_LEEFTIJD_ZELF
  )
    return {
      field: 'verzoeker',
      message:
        'Een leerling jonger dan 16 jaar dient zelf geen verzoek in: dat doen de ouders of de voogd (art. 5 UAVG).',
    };
  return null;
}

/**
 * Art. 12 lid 3: the extension must be told to the requester within the first month, with its
 * reasons; once only; never after the answer.
 */
export function verlengingProblem(input: {
  readonly status: AvgStatus;
  readonly ontvangenOp: IsoDate;
  readonly verlengdOp: IsoDate;
  readonly reden: string;
  readonly today: IsoDate;
  readonly extraFeestdagen?: readonly IsoDate[];
}): Problem {
  if (input.status === 'afgehandeld')
    return { field: 'verlengdOp', message: 'Dit verzoek is al afgehandeld.' };
  if (input.status === 'verlengd')
    return { field: 'verlengdOp', message: 'De termijn is al verlengd; dat kan maar één keer.' };
  if (input.reden.trim() === '')
    return {
      field: 'reden',
      message: 'Geef de reden van de verlenging: de verzoeker krijgt die te lezen.',
    };
  if (compareIsoDates(input.verlengdOp, input.ontvangenOp) < 0)
    return { field: 'verlengdOp', message: 'De verlenging kan niet vóór de ontvangst liggen.' };
  if (compareIsoDates(input.verlengdOp, input.today) > 0)
    return {
      field: 'verlengdOp',
      message: 'De datum van de brief kan niet in de toekomst liggen.',
    };
  const eerste = avgTermijnEinde({
    ontvangenOp: input.ontvangenOp,
    verlengd: false,
    ...(input.extraFeestdagen !== undefined && { extraFeestdagen: input.extraFeestdagen }),
  });
  if (compareIsoDates(input.verlengdOp, eerste.end) > 0)
    return {
      field: 'verlengdOp',
      message: `Verlengen kan alleen binnen de eerste maand (tot en met ${formatDutchDate(eerste.end)}): art. 12 lid 3 AVG.`,
    };
  return null;
}

/** The dashboard's light for an open request: rood after the end, oranje from 5 werkdagen before. */
export function avgStoplicht(input: {
  readonly end: IsoDate;
  readonly today: IsoDate;
  readonly closingDays?: readonly IsoDate[];
}): TrafficLight {
  return trafficLight({
    end: input.end,
    today: input.today,
    suspended: false,
    warnWerkdagen: AVG_WAARSCHUWING_WERKDAGEN,
    closingDays: input.closingDays ?? [],
  });
}

/** What the domain needs to know of one aanvraag to assess a request to delete it. */
export interface VerwijderFeiten {
  readonly state: AanvraagState;
  /** The facts of its retention term (§12), as the vernietigingslijst has them. */
  readonly bewaar: BewaarFeiten;
}

export type VerwijderOordeel =
  { readonly mag: true; readonly reden: string } | { readonly mag: false; readonly reden: string };

const BEWAREN_GROND =
  'Het samenwerkingsverband moet het besluit en zijn dossier zo lang bewaren (WPO art. 18a lid 13; art. 17 lid 3 onder b AVG).';

/**
 * Art. 17 lid 3 onder b and e AVG with §12: an aanvraag still being decided, a decision within its
 * retention term (WPO 18a lid 13, setting) and a running bezwaar or beroep keep the dossier; a
 * withdrawn aanvraag without a decision, or a decision past its retention term, may be deleted
 * (by the vernietiging with two people of §12, never at once). The term is the one rule of
 * retention (`bewaarStatus`): it runs from the last decision, a decision on bezwaar included. The
 * difference with the vernietigingslijst: a withdrawn aanvraag has no decision to keep, so at the
 * ouders' request it may go before its term; and the request being assessed does not hold itself.
 */
export function beoordeelVerwijdering(
  f: VerwijderFeiten,
  today: IsoDate,
  bewaarJaren = DEFAULT_BEWAARTERMIJN_JAREN,
): VerwijderOordeel {
  if (inGroup(UNDECIDED_STATES, f.state))
    return {
      mag: false,
      reden:
        'Op deze aanvraag is nog niet beslist: het samenwerkingsverband heeft de gegevens nodig om te beslissen (art. 17 lid 3 onder b AVG).',
    };
  const blokkades = f.bewaar.blokkades.filter((b) => b !== 'avg_verzoek');
  if (f.state === 'in_bezwaar' || blokkades.includes('bezwaar') || blokkades.includes('beroep'))
    return {
      mag: false,
      reden:
        'Er loopt een bezwaar of beroep: het dossier wordt bewaard tot dat is afgerond (art. 17 lid 3 onder e AVG).',
    };
  if (f.bewaar.besluitdatum === null && f.bewaar.besluitOpBezwaar === null)
    return {
      mag: true,
      reden: 'Er is geen besluit genomen dat bewaard moet worden: het dossier mag weg.',
    };
  const status = bewaarStatus({ ...f.bewaar, blokkades }, today, bewaarJaren);
  switch (status.status) {
    case 'te_vernietigen':
      return {
        mag: true,
        reden: `De bewaartermijn is voorbij (sinds ${formatDutchDate(status.vanaf)}): het dossier mag weg.`,
      };
    case 'bewaren':
      return {
        mag: false,
        reden: `De bewaartermijn loopt nog tot ${formatDutchDate(status.vanaf)}. ${BEWAREN_GROND}`,
      };
    case 'vastgehouden':
      return { mag: false, reden: `${status.redenen.join(' ')} ${BEWAREN_GROND}` };
    case 'lopend':
      return { mag: false, reden: `Op deze aanvraag is nog niet beslist. ${BEWAREN_GROND}` };
  }
}

/** Where an entry of the AVG register stands in its retention (§12 with AVG art. 5 lid 1 onder e). */
export type AvgBewaarStatus =
  /** Not answered yet: kept, and it holds the dossiers it concerns. */
  | { readonly status: 'open' }
  /** A dossier it concerns still exists: the request and its answer are part of that dossier's history. */
  | { readonly status: 'bij_dossier' }
  /** Answered, no dossier left: kept as evidence of the answer until `vanaf`. */
  | { readonly status: 'bewaren'; readonly vanaf: IsoDate }
  /** Its term passed: its personal data go in a vernietiging (two people, like a dossier's). */
  | { readonly status: 'te_vernietigen'; readonly vanaf: IsoDate };

/**
 * How long the register keeps a request of the ouders. It is the SWV's evidence of how it answered
 * (AVG art. 5 lid 2; a refusal can be taken to the Autoriteit Persoonsgegevens or the rechter), so
 * it stays while a dossier it concerns exists, and after that as long as a dossier would after its
 * last decision: the bewaartermijn (setting), counted from the answer. Then the names, the addresses,
 * the free text and the letters go; the kenmerk, the kind, the dates and the outcome stay, holding
 * nothing of the pupil.
 */
export function avgBewaarStatus(
  f: { readonly afgehandeldOp: IsoDate | null; readonly bestaandeDossiers: number },
  today: IsoDate,
  jaren = DEFAULT_BEWAARTERMIJN_JAREN,
): AvgBewaarStatus {
  if (f.afgehandeldOp === null) return { status: 'open' };
  if (f.bestaandeDossiers > 0) return { status: 'bij_dossier' };
  const vanaf = verwijderbaarVanaf(f.afgehandeldOp, jaren);
  return compareIsoDates(today, vanaf) < 0
    ? { status: 'bewaren', vanaf }
    : { status: 'te_vernietigen', vanaf };
}

/**
 * The outcomes the SLL may record. A request to delete is granted only as far as the assessment
 * allows it (all: toegewezen; some: deels); refusing is always possible, with a reason.
 */
export function toegestaneUitkomsten(
  soort: AvgVerzoekSoort,
  oordelen: readonly VerwijderOordeel[],
): readonly AvgUitkomst[] {
  if (soort !== 'verwijdering') return AVG_UITKOMSTEN;
  const mag = oordelen.filter((o) => o.mag).length;
  if (mag === 0) return ['afgewezen'];
  if (mag === oordelen.length) return ['toegewezen', 'afgewezen'];
  return ['deels', 'afgewezen'];
}

/** Art. 12 lid 4: a refusal, in whole or in part, says why. */
export function afhandelingProblem(input: {
  readonly soort: AvgVerzoekSoort;
  readonly status: AvgStatus;
  readonly uitkomst: AvgUitkomst;
  readonly toelichting: string;
  readonly ontvangenOp: IsoDate;
  readonly afgehandeldOp: IsoDate;
  readonly today: IsoDate;
  readonly gekoppeld: number;
  readonly oordelen: readonly VerwijderOordeel[];
}): Problem {
  if (input.status === 'afgehandeld')
    return { field: 'uitkomst', message: 'Dit verzoek is al afgehandeld.' };
  if (compareIsoDates(input.afgehandeldOp, input.ontvangenOp) < 0)
    return {
      field: 'afgehandeldOp',
      message: 'De datum van het antwoord kan niet vóór de ontvangst liggen.',
    };
  if (compareIsoDates(input.afgehandeldOp, input.today) > 0)
    return {
      field: 'afgehandeldOp',
      message: 'De datum van het antwoord kan niet in de toekomst liggen.',
    };
  if (input.uitkomst !== 'toegewezen' && input.toelichting.trim() === '')
    return {
      field: 'toelichting',
      message: 'Geef de reden: wie (deels) wordt afgewezen, hoort waarom (art. 12 lid 4 AVG).',
    };
  if (input.soort !== 'inzage' && input.uitkomst !== 'afgewezen' && input.gekoppeld === 0)
    return {
      field: 'uitkomst',
      message: 'Koppel eerst de aanvraag of aanvragen van de leerling aan dit verzoek.',
    };
  const toegestaan = toegestaneUitkomsten(input.soort, input.oordelen);
  if (!toegestaan.includes(input.uitkomst))
    return {
      field: 'uitkomst',
      message: toegestaan.includes('deels')
        ? 'Niet elke aanvraag mag nu worden verwijderd: kies deels toegewezen of afgewezen.'
        : toegestaan.includes('toegewezen')
          ? 'Elke aanvraag mag worden verwijderd: kies toegewezen of afgewezen.'
          : 'Geen aanvraag mag nu worden verwijderd: het verzoek kan alleen worden afgewezen.',
    };
  return null;
}

/** The status after a step (a small table: registered, acknowledged or linked, extended, answered). */
export function statusNa(
  status: AvgStatus,
  stap: 'ontvangstbevestiging' | 'koppel' | 'correctie' | 'verleng' | 'afhandel',
): AvgStatus {
  if (stap === 'afhandel') return 'afgehandeld';
  if (stap === 'verleng') return 'verlengd';
  return status === 'ontvangen' ? 'in_behandeling' : status;
}

/** 'AVG-2026-0007': the kenmerk on the letters, from the year of receipt and the row. */
export function avgKenmerk(id: number, ontvangenOp: IsoDate): string {
  return `AVG-${parseIsoDate(ontvangenOp).year}-${String(id).padStart(4, '0')}`;
}

/** Names are matched without case, accents or extra spaces (the SLL confirms every match). */
export function normaliseerNaam(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
