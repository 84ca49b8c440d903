import { describe, it, expect } from 'vitest';
import {
  bothAanhouden,
  compareAdviezen,
  type AdviesKern,
} from '../../../electron/domain/unanimity';

const soHoog: AdviesKern = {
  conclusie: 'toelaatbaar',
  schoolsoort: 'SO',
  categorie: 'hoog',
  einddatum: '2027-07-31',
};

describe('compareAdviezen (§6)', () => {
  it('identical toelaatbaar advices are unanimous', () => {
    expect(compareAdviezen(soHoog, { ...soHoog })).toEqual({ unanimous: true, differences: [] });
  });

  it('a different conclusie is not unanimous and lists only the conclusie', () => {
    const r = compareAdviezen(soHoog, { ...soHoog, conclusie: 'niet_toelaatbaar' });
    expect(r.unanimous).toBe(false);
    expect(r.differences).toEqual([
      { field: 'conclusie', label: 'Conclusie', a: 'toelaatbaar', b: 'niet_toelaatbaar' },
    ]);
  });

  it('a different schoolsoort is not unanimous', () => {
    const sbo: AdviesKern = { ...soHoog, schoolsoort: 'SBO', categorie: null };
    const r = compareAdviezen(soHoog, sbo);
    expect(r.unanimous).toBe(false);
    expect(r.differences.map((d) => d.field)).toEqual(['schoolsoort', 'categorie']);
    expect(r.differences[0]).toMatchObject({ label: 'Schoolsoort', a: 'SO', b: 'SBO' });
  });

  it('a different categorie within SO is not unanimous', () => {
    const r = compareAdviezen(soHoog, { ...soHoog, categorie: 'midden' });
    expect(r.unanimous).toBe(false);
    expect(r.differences).toEqual([
      { field: 'categorie', label: 'Bekostigingscategorie', a: 'hoog', b: 'midden' },
    ]);
  });

  it('a different einddatum is not unanimous', () => {
    const r = compareAdviezen(soHoog, { ...soHoog, einddatum: '2028-07-31' });
    expect(r.unanimous).toBe(false);
    expect(r.differences).toEqual([
      { field: 'einddatum', label: 'Einddatum', a: '2027-07-31', b: '2028-07-31' },
    ]);
  });

  it('categorie does not count for SBO, which has none', () => {
    const sbo: AdviesKern = { ...soHoog, schoolsoort: 'SBO', categorie: null };
    expect(compareAdviezen(sbo, { ...sbo, categorie: 'laag' }).unanimous).toBe(true);
  });

  it('two niet toelaatbaar advices are unanimous whatever their other fields', () => {
    const nee: AdviesKern = { ...soHoog, conclusie: 'niet_toelaatbaar' };
    expect(compareAdviezen(nee, { ...nee, schoolsoort: 'SBO', einddatum: null }).unanimous).toBe(
      true,
    );
  });
});

describe('bothAanhouden', () => {
  it('is true only when both advices say aanhouden', () => {
    const aan: AdviesKern = {
      conclusie: 'aanhouden',
      schoolsoort: null,
      categorie: null,
      einddatum: null,
    };
    expect(bothAanhouden(aan, aan)).toBe(true);
    expect(compareAdviezen(aan, aan).unanimous).toBe(true);
    expect(bothAanhouden(aan, soHoog)).toBe(false);
    expect(bothAanhouden(soHoog, soHoog)).toBe(false);
  });
});
