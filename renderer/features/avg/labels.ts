import type { OutputOf } from '../../../electron/contract';

// Display texts of the AVG register (issue 11): the lists' labels live in the domain; these are the
// screens' own words.

export type AvgRij = OutputOf<'avg.list'>['rows'][number];
export type AvgVerzoek = OutputOf<'avg.get'>;

/** A short name of the kind for tables: 'Inzage', 'Correctie', 'Verwijdering'. */
export const SOORT_KORT: Readonly<Record<AvgRij['soort'], string>> = {
  inzage: 'Inzage',
  correctie: 'Correctie',
  verwijdering: 'Verwijdering',
};
