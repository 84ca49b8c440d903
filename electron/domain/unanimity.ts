// Unanimity of the two deskundigenadviezen (rulebook §6).
import type { Categorie, Conclusie, IsoDate, Schoolsoort } from './types';

/** The deciding fields of an advice. */
export interface AdviesKern {
  conclusie: Conclusie;
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  einddatum: IsoDate | null;
}

export type AdviesVeld = 'conclusie' | 'schoolsoort' | 'categorie' | 'einddatum';

export const ADVIES_VELD_LABELS: Readonly<Record<AdviesVeld, string>> = {
  conclusie: 'Conclusie',
  schoolsoort: 'Schoolsoort',
  categorie: 'Bekostigingscategorie',
  einddatum: 'Einddatum',
};

/** One field on which the advices differ; `a`/`b` are the raw values (the UI maps them to labels). */
export interface AdviesVerschil {
  readonly field: AdviesVeld;
  readonly label: string;
  readonly a: string | null;
  readonly b: string | null;
}

export interface AdviesVergelijking {
  readonly unanimous: boolean;
  readonly differences: readonly AdviesVerschil[];
}

function verschil(field: AdviesVeld, a: string | null, b: string | null): AdviesVerschil[] {
  return a === b ? [] : [{ field, label: ADVIES_VELD_LABELS[field], a, b }];
}

// §5: SBO has no bekostigingscategorie, so a stray categorie on an SBO advice does not count.
function effectiveCategorie(k: AdviesKern): Categorie | null {
  return k.schoolsoort === 'SO' ? k.categorie : null;
}

/**
 * §6: unanimous = same conclusie, and when toelaatbaar also the same schoolsoort, the same
 * categorie (SO) and the same einddatum. With different conclusies only the conclusie is listed:
 * the other fields then do not decide anything.
 */
export function compareAdviezen(a: AdviesKern, b: AdviesKern): AdviesVergelijking {
  const differences =
    a.conclusie !== b.conclusie || a.conclusie !== 'toelaatbaar'
      ? verschil('conclusie', a.conclusie, b.conclusie)
      : [
          ...verschil('schoolsoort', a.schoolsoort, b.schoolsoort),
          ...verschil('categorie', effectiveCategorie(a), effectiveCategorie(b)),
          ...verschil('einddatum', a.einddatum, b.einddatum),
        ];
  return { unanimous: differences.length === 0, differences };
}

/** §6: both aanhouden → the SLL sends their questions to the school (§3.4), no eindadvies. */
export function bothAanhouden(a: AdviesKern, b: AdviesKern): boolean {
  return a.conclusie === 'aanhouden' && b.conclusie === 'aanhouden';
}
