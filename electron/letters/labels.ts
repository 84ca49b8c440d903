// Dutch wording shared by the letters, so the verklaring, the brief and the bericht never disagree.
import type { Categorie, Schoolsoort } from '../domain/types';

export const SCHOOLSOORT_VOLLEDIG: Readonly<Record<Schoolsoort, string>> = {
  SBO: 'Speciaal basisonderwijs (SBO)',
  SO: 'Speciaal onderwijs (SO)',
};

/** Lower-case form for use inside a sentence. */
export const SCHOOLSOORT_IN_ZIN: Readonly<Record<Schoolsoort, string>> = {
  SBO: 'het speciaal basisonderwijs (SBO)',
  SO: 'het speciaal onderwijs (SO)',
};

/** Categorie only matters for SO; for SBO it is never printed, even if the caller passed one. */
export function categorieVoor(
  schoolsoort: Schoolsoort,
  categorie: Categorie | null,
): Categorie | null {
  return schoolsoort === 'SO' ? categorie : null;
}

export function postcodePlaats(postcode: string, plaats: string): string {
  return `${postcode}  ${plaats}`.trim();
}
