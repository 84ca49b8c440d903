// Reading a date a Dutch user types, whatever the language of the OS or the browser. What is read
// and what is refused (never guessed):
//
//   14-05-2016, 14/5/2016, 14.5.2016, 14 5 2016   day, month, year (separators - / . or a space)
//   14052016                                      eight digits: ddmmjjjj
//   14 mei 2016, 14 mrt 2016                      a Dutch month name or its abbreviation
//   2016-05-14                                    JJJJ-MM-DD (year first, as pasted from a system)
//
// Refused with a Dutch message: a year of two digits (14-5-16: which century?), six or seven
// digits without separators (1452016: 1-4-52016 or 14-5-2016?), a month after 12, a day that does
// not exist (31-02-2016), a year before 1900 or after 2199, and anything else.

export type DateReading =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'refused'; message: string };

const EXAMPLE = 'bijvoorbeeld 14-05-2016';
const FORMAT_MESSAGE = `Typ de datum als dd-mm-jjjj, ${EXAMPLE}.`;
const YEAR_MESSAGE = `Typ het jaar voluit, met vier cijfers: ${EXAMPLE}.`;

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** JJJJ-MM-DD → dd-mm-jjjj (what the field shows); anything else as it is. */
export function isoToDutch(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m === null ? iso : `${m[3]}-${m[2]}-${m[1]}`;
}

/** A real calendar date written as JJJJ-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (value === null || value === undefined) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && realDate(Number(m[1]), Number(m[2]), Number(m[3])) === null;
}

/** Null when day, month and year make a real date; otherwise what is wrong, in Dutch. */
function realDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199) return `Controleer het jaar: ${year}.`;
  if (month < 1 || month > 12) return `Er is geen maand ${month}: ${FORMAT_MESSAGE}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1)
    return `Deze datum bestaat niet: ${pad(day)}-${pad(month)}-${year}.`;
  return null;
}

function dayMonthYear(day: string, month: number, year: string): DateReading {
  if (year.length !== 4) return { kind: 'refused', message: YEAR_MESSAGE };
  const y = Number(year);
  const d = Number(day);
  const wrong = realDate(y, month, d);
  if (wrong !== null) return { kind: 'refused', message: wrong };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(d)}` };
}

/** What the user typed, read as a date or refused with the reason (see the top of this file). */
export function readDutchDate(text: string): DateReading {
  const t = text.trim().toLowerCase();
  if (t === '') return { kind: 'empty' };

  let m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m !== null) return dayMonthYear(m[1]!, Number(m[2]), m[3]!);
  if (/^\d+$/.test(t))
    return { kind: 'refused', message: t.length === 6 ? YEAR_MESSAGE : FORMAT_MESSAGE };

  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m !== null) return dayMonthYear(m[3]!, Number(m[2]), m[1]!);

  m = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d+)$/.exec(t);
  if (m !== null) return dayMonthYear(m[1]!, Number(m[2]), m[3]!);

  m = /^(\d{1,2})[\s-]*([a-z]+)\.?[\s-]*(\d+)$/.exec(t);
  if (m !== null) {
    const month = MONTHS[m[2]!];
    if (month === undefined)
      return { kind: 'refused', message: `Onbekende maand "${m[2]}": ${FORMAT_MESSAGE}` };
    return dayMonthYear(m[1]!, month, m[3]!);
  }
  return { kind: 'refused', message: FORMAT_MESSAGE };
}

/** The reading of `text` within [min, max] (JJJJ-MM-DD, both optional). */
export function readDutchDateWithin(text: string, min?: string, max?: string): DateReading {
  const r = readDutchDate(text);
  if (r.kind !== 'date') return r;
  if (min !== undefined && r.iso < min)
    return { kind: 'refused', message: `Kies een datum op of na ${isoToDutch(min)}.` };
  if (max !== undefined && r.iso > max)
    return { kind: 'refused', message: `Kies een datum op of voor ${isoToDutch(max)}.` };
  return r;
}
