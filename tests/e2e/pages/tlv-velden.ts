import type { Locator, Page } from '@playwright/test';
import { typeDatum } from './datum';

// The fields of a TLV that an advice, an eindadvies and a meeting's outcome share: the conclusion
// and, when toelaatbaar, schoolsoort, categorie, ingangsdatum and duur.

export type Conclusie = 'Toelaatbaar' | 'Niet toelaatbaar';

export interface Tlv {
  soort: 'SO' | 'SBO';
  categorie: 'Laag' | 'Midden' | 'Hoog';
  ingangsdatum: string;
  duur: string;
}

/** The TLV of the stories: SO, categorie midden, from 1 January 2027 for two school years. */
export const SO_MIDDEN_TWEE_JAAR: Tlv = {
  soort: 'SO',
  categorie: 'Midden',
  ingangsdatum: '2027-01-01',
  duur: '2 schooljaren',
};

/** Fills the conclusion and, when toelaatbaar, the TLV, in `scope` (the page or one form). */
export async function vulConclusieIn(
  scope: Page | Locator,
  conclusie: Conclusie,
  tlv: Tlv = SO_MIDDEN_TWEE_JAAR,
): Promise<void> {
  await scope.getByLabel(conclusie, { exact: true }).check();
  if (conclusie !== 'Toelaatbaar') return;
  await scope.getByLabel(tlv.soort, { exact: true }).check();
  await scope.getByLabel(tlv.categorie).check();
  await typeDatum(scope.getByLabel('Ingangsdatum'), tlv.ingangsdatum);
  await scope.getByRole('button', { name: tlv.duur }).click();
}
