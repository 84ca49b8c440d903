// §5: the rules an advice (and the eindadvies, §7) must meet before it can be signed.
import { isJuly31 } from './tlv-period';
import type { Categorie, Conclusie, IsoDate, Schoolsoort } from './types';

export interface AdviesInhoud {
  readonly conclusie: Conclusie;
  readonly schoolsoort: Schoolsoort | null;
  readonly categorie: Categorie | null;
  readonly ingangsdatum: IsoDate | null;
  readonly einddatum: IsoDate | null;
  readonly onderbouwing: string;
  readonly vragen: string | null;
}

/** Dutch problems that block signing; empty when the advice may be submitted. */
export function adviesProblems(a: AdviesInhoud): readonly string[] {
  const problems: string[] = [];
  if (a.onderbouwing.trim().length === 0) {
    problems.push('Beschrijf de onderwijs- en ondersteuningsbehoeften (onderbouwing).');
  }
  if (a.conclusie === 'aanhouden') {
    if (!a.vragen || a.vragen.trim().length === 0) {
      problems.push('Schrijf de vragen aan de school op als u aanhoudt.');
    }
    return problems;
  }
  if (a.conclusie === 'toelaatbaar') problems.push(...periodeProblems(a));
  return problems;
}

/** A TLV needs schoolsoort, categorie for SO only, and a period ending on 31 July (§5, §8). */
export function periodeProblems(a: {
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  ingangsdatum: IsoDate | null;
  einddatum: IsoDate | null;
}): string[] {
  const problems: string[] = [];
  if (a.schoolsoort === null) problems.push('Kies de schoolsoort (SBO of SO).');
  if (a.schoolsoort === 'SO' && a.categorie === null) {
    problems.push('Kies de bekostigingscategorie (laag, midden of hoog) voor SO.');
  }
  if (a.schoolsoort === 'SBO' && a.categorie !== null) {
    problems.push('SBO kent geen bekostigingscategorie.');
  }
  if (a.ingangsdatum === null) problems.push('Vul de ingangsdatum in.');
  if (a.einddatum === null) problems.push('Vul de einddatum in.');
  else if (!isJuly31(a.einddatum))
    problems.push('Een TLV eindigt op 31 juli (WEC art. 40 lid 15).');
  if (a.ingangsdatum !== null && a.einddatum !== null && a.einddatum <= a.ingangsdatum) {
    problems.push('De einddatum ligt niet na de ingangsdatum.');
  }
  return problems;
}

/** Diagnoses and classifications that §5 allows only with their source. */
const DIAGNOSES = [
  'ADHD',
  'ADD',
  'ASS',
  'autisme',
  'autismespectrumstoornis',
  'PDD-NOS',
  'ODD',
  'gedragsstoornis',
  'dyslexie',
  'dyscalculie',
  'DCD',
  'TOS',
  'hechtingsstoornis',
  'angststoornis',
  'depressie',
  'PTSS',
  'verstandelijke beperking',
  'syndroom van Down',
  'epilepsie',
  'FASD',
] as const;

/** Words that name where a diagnosis comes from (a report, a practitioner, a date). */
const SOURCE =
  /\b(volgens|bron|onderzoek|verslag|rapport|gediagnosticeerd door|vastgesteld door|psychiater|GZ-psycholoog|kinderarts|\(\d{4}\)|\d{1,2}-\d{1,2}-\d{4})\b/i;

/**
 * §5: motivation is written in terms of ondersteuningsbehoeften; a diagnosis may be named only with
 * its source. Returns the diagnoses named in a sentence without a source — a gentle warning, never a
 * block (the deskundige decides).
 */
export function diagnoseZonderBron(text: string): readonly string[] {
  const found = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (SOURCE.test(sentence)) continue;
    for (const d of DIAGNOSES) {
      const pattern = new RegExp(
        `(^|[^\\p{L}])${d.replace(/[()]/g, '\\$&')}($|[^\\p{L}])`,
        d === d.toUpperCase() ? 'u' : 'iu',
      );
      if (pattern.test(sentence)) found.add(d);
    }
  }
  return [...found];
}
