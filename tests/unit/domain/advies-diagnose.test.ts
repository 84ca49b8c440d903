import { describe, expect, it } from 'vitest';
import {
  adviesProblems,
  diagnoseZonderBron,
  periodeProblems,
} from '../../../electron/domain/advies';

describe('diagnoseZonderBron (§5: a diagnosis only with its source)', () => {
  it('warns for a diagnosis named without a source', () => {
    expect(diagnoseZonderBron('Sem heeft ADHD en heeft moeite met plannen.')).toEqual(['ADHD']);
    expect(diagnoseZonderBron('Er is sprake van autisme.')).toEqual(['autisme']);
  });

  it('accepts a diagnosis with its source in the same sentence', () => {
    expect(
      diagnoseZonderBron('Volgens het verslag van de GZ-psycholoog (2025) heeft Sem ADHD.'),
    ).toEqual([]);
    expect(diagnoseZonderBron('ADHD, vastgesteld door de kinderarts op 3-4-2024.')).toEqual([]);
  });

  it('does not mistake ordinary words for a diagnosis', () => {
    expect(
      diagnoseZonderBron('Sem is gebaat bij een vaste plek en een ADDitionele instructie.'),
    ).toEqual([]);
    expect(diagnoseZonderBron('Lotte leest graag en werkt taakgericht.')).toEqual([]);
  });
});

describe('advice rules (§5, §8)', () => {
  it('asks for the questions when the deskundige holds the aanvraag', () => {
    expect(
      adviesProblems({
        conclusie: 'aanhouden',
        schoolsoort: null,
        categorie: null,
        ingangsdatum: null,
        einddatum: null,
        onderbouwing: 'x',
        vragen: '',
      }),
    ).toContain('Schrijf de vragen aan de school op als u aanhoudt.');
  });

  it('requires a categorie for SO only and an einddatum on 31 July', () => {
    const base = {
      schoolsoort: 'SO' as const,
      categorie: null,
      ingangsdatum: '2026-08-01',
      einddatum: '2028-06-30',
    };
    const problems = periodeProblems(base);
    expect(problems).toContain('Kies de bekostigingscategorie (laag, midden of hoog) voor SO.');
    expect(problems).toContain('Een TLV eindigt op 31 juli (WEC art. 40 lid 15).');
    expect(
      periodeProblems({ ...base, schoolsoort: 'SBO', categorie: 'laag', einddatum: '2028-07-31' }),
    ).toEqual(['SBO kent geen bekostigingscategorie.']);
  });
});
