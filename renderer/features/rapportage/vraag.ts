import type { InputOf } from '../../../electron/contract';
import { addDays, isIsoDate, toIsoDateFromInstant } from '../../../electron/domain/calendar';
import { periodOf, type PeriodKind } from '../../../electron/domain/doorlooptijd';
import { INDELINGEN, type Indeling } from '../../../electron/domain/rapportage';

// The question a report screen asks, kept in the address (#/rapportages?soort=…&datum=…&indeling=…)
// so that the list behind a figure and the way back keep the period and the breakdown.

export type PeriodeSoort = PeriodKind | 'vrij';
export const PERIODE_SOORTEN: readonly PeriodeSoort[] = [
  'maand',
  'kwartaal',
  'schooljaar',
  'kalenderjaar',
  'vrij',
];
export const PERIODE_SOORT_LABELS: Readonly<Record<PeriodeSoort, string>> = {
  maand: 'Maand',
  kwartaal: 'Kwartaal',
  schooljaar: 'Schooljaar',
  kalenderjaar: 'Kalenderjaar',
  vrij: 'Vrije periode',
};

export interface Vraag {
  soort: PeriodeSoort;
  /** A day in the period (maand … kalenderjaar). */
  datum: string;
  /** The free range (vrij); may be incomplete while being typed. */
  van: string | null;
  tot: string | null;
  indeling: Indeling;
}

export const vandaag = (): string => toIsoDateFromInstant(new Date());

export function leesVraag(q: string | undefined): Vraag {
  const p = new URLSearchParams(q ?? '');
  const soort = PERIODE_SOORTEN.find((s) => s === p.get('soort')) ?? 'schooljaar';
  const datum = p.get('datum');
  const van = p.get('van');
  const tot = p.get('tot');
  return {
    soort,
    datum: datum !== null && isIsoDate(datum) ? datum : vandaag(),
    van: van !== null && isIsoDate(van) ? van : null,
    tot: tot !== null && isIsoDate(tot) ? tot : null,
    indeling: INDELINGEN.find((i) => i === p.get('indeling')) ?? 'geen',
  };
}

export function schrijfVraag(v: Vraag, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  p.set('soort', v.soort);
  if (v.soort === 'vrij') {
    if (v.van !== null) p.set('van', v.van);
    if (v.tot !== null) p.set('tot', v.tot);
  } else p.set('datum', v.datum);
  p.set('indeling', v.indeling);
  for (const [k, value] of Object.entries(extra)) p.set(k, value);
  return p.toString();
}

/** The procedure's period, or null while a free range is incomplete or ends before it starts. */
export function periodeInput(v: Vraag): InputOf<'rapportage.kengetallen'>['periode'] | null {
  if (v.soort !== 'vrij') return { soort: v.soort, datum: v.datum };
  if (v.van === null || v.tot === null || v.tot < v.van) return null;
  return { soort: 'vrij', van: v.van, tot: v.tot };
}

/** A day in the period before (-1) or after (+1) the one of `v`. */
export function verschuif(v: Vraag, richting: -1 | 1): Vraag {
  if (v.soort === 'vrij') return v;
  const p = periodOf(v.datum, v.soort);
  return { ...v, datum: richting < 0 ? addDays(p.from, -1) : addDays(p.to, 1) };
}
