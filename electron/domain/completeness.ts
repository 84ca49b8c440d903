// Completeness of a dossier (rulebook §3.2 and §3.3): a checklist per kind of aanvraag. The app
// computes what it can from the documents; the SLL ticks the rest (signatures, evidence).
import { compareIsoDates, isIsoDate, isoDate, parseIsoDate } from './calendar';
import { werkdagenBetween } from './termijnen';
import type { AanvraagSoort, DocumentKind, IsoDate } from './types';

export type ChecklistSource = 'app' | 'sll';
export type ChecklistStatus = 'ok' | 'ontbreekt' | 'open';

/** Items the app computes from the documents. */
export type AppCheckKey = 'opp_aanwezig' | 'opp_recent' | 'ot_verslagen' | 'lvs' | 'overdracht';

/** 'app' = computed from the documents; 'sll' = ticked by the secretaresse (key = tick key). */
export type ChecklistItem =
  | { readonly key: AppCheckKey; readonly label: string; readonly source: 'app' }
  | { readonly key: string; readonly label: string; readonly source: 'sll' };

/** §3.2: an OPP is dated at most 6 months before the ontvangstdatum. */
export const OPP_MAX_MAANDEN = 6;
/** §3.2: at least 2 OT-verslagen with the SWV at the table (zij-instroom). */
export const MIN_OT_VERSLAGEN = 2;
/** §3.3: ouders had at least 5 werkdagen to respond before the aanvraag went out. */
export const OUDERS_REACTIE_WERKDAGEN = 5;

const app = (key: AppCheckKey, label: string): ChecklistItem => ({ key, label, source: 'app' });
const sll = (key: string, label: string): ChecklistItem => ({ key, label, source: 'sll' });

const FORMULIER = sll(
  'aanvraagformulier',
  'Aanvraagformulier aanwezig en ondertekend door ouders en schooldirecteur',
);
const FORMULIER_ZT = sll(
  'aanvraagformulier',
  'Aanvraagformulier aanwezig en ondertekend door de schooldirecteur',
);
const OPP = app('opp_aanwezig', 'OPP aanwezig');
const OPP_RECENT = app('opp_recent', 'OPP ten hoogste 6 maanden oud op de ontvangstdatum');
const HANDELINGSDEEL = sll('handelingsdeel_ondertekend', 'Handelingsdeel ondertekend door ouders');
const ZIENSWIJZE = sll('zienswijze_ouders', 'Zienswijze van ouders aanwezig');
const OT = app('ot_verslagen', 'Ten minste 2 OT-verslagen (met het SWV aan tafel)');
const LVS = app('lvs', 'LVS-gegevens aanwezig');
const OVERDRACHT = app('overdracht', 'Overdrachtsdocument van de voorschoolse voorziening');

/** §3.3: the evidence for an aanvraag zonder toestemming van ouders, each present or missing. */
const ZONDER_TOESTEMMING: readonly ChecklistItem[] = [
  sll('zt_zorgen', 'Langdurige, gedeelde zorgen over de leerling'),
  sll('zt_ondersteuning', 'Intensieve ondersteuning door de school'),
  sll('zt_andere_school', 'Ouders meer dan eens verteld dat een andere school beter past'),
  sll('zt_aanmelding_aangekondigd', 'Aanmelding bij het SWV aan ouders aangekondigd'),
  sll('zt_reactietermijn', 'Ouders hadden ten minste 5 werkdagen om te reageren'),
  sll('zt_verzenddatum', 'Datum van verzending aan ouders meegedeeld'),
];

/** §3.2 per kind of aanvraag (onderinstroom: the overdrachtsdocument replaces OPP, OT and LVS). */
export const CHECKLIST_ITEMS: Readonly<Record<AanvraagSoort, readonly ChecklistItem[]>> = {
  zij_instroom: [FORMULIER, OPP, OPP_RECENT, HANDELINGSDEEL, ZIENSWIJZE, OT, LVS],
  onderinstroom: [FORMULIER, OVERDRACHT],
  herindicatie: [FORMULIER, OPP, OPP_RECENT, HANDELINGSDEEL, ZIENSWIJZE, LVS],
  aanpassing_categorie: [FORMULIER, OPP],
  zonder_toestemming: [FORMULIER_ZT, OPP, OPP_RECENT, OT, LVS, ...ZONDER_TOESTEMMING],
};

/** Same day `months` calendar months earlier, clamped to the month's last day (31-8 → 28/29-2). */
function monthsBefore(d: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  let dd = day;
  while (!isIsoDate(isoDate(y, m, dd))) dd -= 1;
  return isoDate(y, m, dd);
}

/** §3.2: the OPP is dated at most 6 calendar months before the ontvangstdatum (boundary included). */
export function oppRecent(oppDate: IsoDate, ontvangenOp: IsoDate): boolean {
  return compareIsoDates(oppDate, monthsBefore(ontvangenOp, OPP_MAX_MAANDEN)) >= 0;
}

/** §3.3: ouders were informed at least 5 werkdagen before the aanvraag was sent. */
export function ouderReactietermijnOk(
  geinformeerdOp: IsoDate,
  verzondenOp: IsoDate,
  closingDays: readonly IsoDate[] = [],
): boolean {
  return werkdagenBetween(geinformeerdOp, verzondenOp, closingDays) >= OUDERS_REACTIE_WERKDAGEN;
}

export interface CompletenessDocument {
  readonly kind: DocumentKind;
  readonly documentDate: IsoDate | null;
}

export interface CompletenessInput {
  readonly soort: AanvraagSoort;
  readonly ontvangenOp: IsoDate;
  readonly documents: readonly CompletenessDocument[];
  readonly ticks: Readonly<Record<string, 'ok' | 'ontbreekt'>>;
}

export type ChecklistResult = ChecklistItem & {
  readonly status: ChecklistStatus;
  readonly detail: string | null;
};

type Evaluated = { status: ChecklistStatus; detail: string | null };

const present = (
  docs: readonly CompletenessDocument[],
  kind: DocumentKind,
  missing: string,
): Evaluated =>
  docs.some((d) => d.kind === kind)
    ? { status: 'ok', detail: null }
    : { status: 'ontbreekt', detail: missing };

function evaluateOppRecent(input: CompletenessInput): Evaluated {
  const opps = input.documents.filter((d) => d.kind === 'opp');
  if (opps.length === 0) return { status: 'ontbreekt', detail: 'Er is geen OPP toegevoegd.' };
  const dates = opps.flatMap((d) => (d.documentDate === null ? [] : [d.documentDate]));
  const latest = dates.sort(compareIsoDates).at(-1);
  if (latest === undefined)
    return { status: 'open', detail: 'De datum van het OPP is niet ingevuld.' };
  return oppRecent(latest, input.ontvangenOp)
    ? { status: 'ok', detail: null }
    : { status: 'ontbreekt', detail: 'Het OPP is ouder dan 6 maanden op de ontvangstdatum.' };
}

function evaluateOt(docs: readonly CompletenessDocument[]): Evaluated {
  const n = docs.filter((d) => d.kind === 'ot_verslag').length;
  return n >= MIN_OT_VERSLAGEN
    ? { status: 'ok', detail: null }
    : { status: 'ontbreekt', detail: `${n} van de ${MIN_OT_VERSLAGEN} OT-verslagen aanwezig.` };
}

/** An SLL item: her tick; the aanvraagformulier also needs the document itself. */
function evaluateTick(input: CompletenessInput, key: string): Evaluated {
  if (key === 'aanvraagformulier' && !input.documents.some((d) => d.kind === 'aanvraagformulier')) {
    return { status: 'ontbreekt', detail: 'Er is geen aanvraagformulier toegevoegd.' };
  }
  const tick = input.ticks[key];
  return tick === undefined
    ? { status: 'open', detail: 'Nog niet afgevinkt.' }
    : { status: tick, detail: null };
}

function evaluateItem(input: CompletenessInput, it: ChecklistItem): Evaluated {
  if (it.source === 'sll') return evaluateTick(input, it.key);
  const docs = input.documents;
  const key: AppCheckKey = it.key;
  switch (key) {
    case 'opp_aanwezig':
      return present(docs, 'opp', 'Er is geen OPP toegevoegd.');
    case 'opp_recent':
      return evaluateOppRecent(input);
    case 'ot_verslagen':
      return evaluateOt(docs);
    case 'lvs':
      return present(docs, 'lvs', 'Er zijn geen LVS-gegevens toegevoegd.');
    case 'overdracht':
      return present(docs, 'overdracht', 'Er is geen overdrachtsdocument toegevoegd.');
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** §3.2/§3.3: every item of the soort's checklist with its status; complete when all are ok. */
export function evaluateCompleteness(input: CompletenessInput): {
  complete: boolean;
  items: readonly ChecklistResult[];
} {
  const items = CHECKLIST_ITEMS[input.soort].map((it) => ({ ...it, ...evaluateItem(input, it) }));
  return { complete: items.every((i) => i.status === 'ok'), items };
}
