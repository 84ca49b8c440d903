import { describe, expect, it } from 'vitest';
import {
  adviesVelden,
  eindadviesVelden,
  periodeVelden,
  uitkomstVelden,
  type UitkomstFormulier,
} from '../../../electron/domain/advies-velden';

// What the reader filled in before switching the conclusie: every field has a value.
const periodeSO = {
  schoolsoort: 'SO',
  categorie: 'hoog',
  ingangsdatum: '2026-08-01',
  einddatum: '2028-07-31',
} as const;
const geenPeriode = { schoolsoort: null, categorie: null, ingangsdatum: null, einddatum: null };

const advies = {
  ...periodeSO,
  onderbouwing: 'Sem heeft een vaste plek nodig.',
  doelen: 'Zelfstandig werken.',
  contextAdvies: 'Terugplaatsing na twee jaar bekijken.',
  vragen: 'Wat is al geprobeerd?',
};

describe('periodeVelden (§5, §8)', () => {
  it('keeps the period of a granted TLV, with the categorie for SO', () => {
    expect(periodeVelden(periodeSO, true)).toEqual(periodeSO);
  });

  it('drops a categorie for SBO (SBO has none)', () => {
    expect(periodeVelden({ ...periodeSO, schoolsoort: 'SBO' }, true)).toEqual({
      ...periodeSO,
      schoolsoort: 'SBO',
      categorie: null,
    });
  });

  it('sends no period when no TLV is granted', () => {
    expect(periodeVelden(periodeSO, false)).toEqual(geenPeriode);
  });
});

describe('adviesVelden (§5: the advice of one deskundige)', () => {
  it('toelaatbaar: the period, no questions', () => {
    expect(adviesVelden({ ...advies, conclusie: 'toelaatbaar' })).toEqual({
      ...advies,
      conclusie: 'toelaatbaar',
      vragen: null,
    });
  });

  it('toelaatbaar for SBO: no categorie', () => {
    expect(adviesVelden({ ...advies, conclusie: 'toelaatbaar', schoolsoort: 'SBO' })).toMatchObject(
      { schoolsoort: 'SBO', categorie: null, einddatum: '2028-07-31' },
    );
  });

  it('niet toelaatbaar: neither period nor questions', () => {
    expect(adviesVelden({ ...advies, conclusie: 'niet_toelaatbaar' })).toEqual({
      ...advies,
      ...geenPeriode,
      conclusie: 'niet_toelaatbaar',
      vragen: null,
    });
  });

  it('aanhouden: the questions to the school, no period', () => {
    expect(adviesVelden({ ...advies, conclusie: 'aanhouden' })).toEqual({
      ...advies,
      ...geenPeriode,
      conclusie: 'aanhouden',
    });
  });

  it('leaves the written part as it is', () => {
    const out = adviesVelden({ ...advies, conclusie: 'niet_toelaatbaar' });
    expect(out.onderbouwing).toBe(advies.onderbouwing);
    expect(out.doelen).toBe(advies.doelen);
    expect(out.contextAdvies).toBe(advies.contextAdvies);
  });
});

describe('eindadviesVelden (§7)', () => {
  const eindadvies = { ...periodeSO, motivering: 'Gemotiveerd besluit.', doelen: 'Doelen.' };

  it('TLV afgeven: the period', () => {
    expect(eindadviesVelden({ ...eindadvies, uitkomst: 'tlv_afgegeven' })).toEqual({
      ...eindadvies,
      uitkomst: 'tlv_afgegeven',
    });
    expect(
      eindadviesVelden({ ...eindadvies, uitkomst: 'tlv_afgegeven', schoolsoort: 'SBO' }).categorie,
    ).toBeNull();
  });

  it('TLV niet afgeven: no period, the motivation stays', () => {
    expect(eindadviesVelden({ ...eindadvies, uitkomst: 'tlv_niet_afgegeven' })).toEqual({
      ...eindadvies,
      ...geenPeriode,
      uitkomst: 'tlv_niet_afgegeven',
    });
  });
});

describe('uitkomstVelden (§6: the outcome of the TLA-vergadering)', () => {
  const formulier: UitkomstFormulier = {
    soort: 'advies',
    conclusie: 'toelaatbaar',
    ...periodeSO,
    motivering: 'De vergadering adviseert SO.',
    vragen: 'Nog een vraag?',
  };

  it('an advice toelaatbaar: conclusie, period and motivering, no questions', () => {
    expect(uitkomstVelden(formulier)).toEqual({
      soort: 'advies',
      conclusie: 'toelaatbaar',
      ...periodeSO,
      motivering: 'De vergadering adviseert SO.',
    });
  });

  it('an advice niet toelaatbaar: no period', () => {
    expect(uitkomstVelden({ ...formulier, conclusie: 'niet_toelaatbaar' })).toEqual({
      soort: 'advies',
      conclusie: 'niet_toelaatbaar',
      ...geenPeriode,
      motivering: 'De vergadering adviseert SO.',
    });
  });

  it('an advice without a conclusie yet: no period (the contract asks for the conclusie)', () => {
    expect(uitkomstVelden({ ...formulier, conclusie: null })).toMatchObject({
      soort: 'advies',
      conclusie: null,
      ...geenPeriode,
    });
  });

  it('aanhouden: only the questions to the school', () => {
    expect(uitkomstVelden({ ...formulier, soort: 'aanhouden' })).toEqual({
      soort: 'aanhouden',
      vragen: 'Nog een vraag?',
    });
  });
});
