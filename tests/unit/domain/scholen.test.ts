import { describe, expect, it } from 'vitest';
import {
  bestuurEindeProblem,
  bestuurVoorSchoolProblem,
  dutchPlaceName,
  gemeenteVoorWoonplaats,
  heeftGeenNaam,
  isActief,
  isBestuursnummer,
  isBrin,
  isKiesbaar,
  isVestiging,
  naamloosBestuur,
  normaliseBrin,
  normalisePostcode,
  sameName,
  schoolEindeProblem,
  schoolHeropenenProblem,
  schoolKeuzeProblem,
  vestigingscode,
} from '../../../electron/domain/scholen';

describe('DUO formats', () => {
  it('a BRIN is two digits and two letters', () => {
    expect(isBrin('12AB')).toBe(true);
    expect(isBrin(normaliseBrin(' 30rb '))).toBe(true);
    for (const bad of ['', '12A', '12ABC', 'AB12', '1234', '12A1', '12ab'])
      expect(isBrin(bad), bad).toBe(false);
  });

  it('a vestiging is two digits; with the BRIN it is DUO’s vestigingscode', () => {
    expect(isVestiging('00')).toBe(true);
    expect(isVestiging('01')).toBe(true);
    for (const bad of ['0', '000', 'AB', '']) expect(isVestiging(bad), bad).toBe(false);
    expect(vestigingscode('12AB', '01')).toBe('12AB01');
  });

  it('a bestuursnummer (bevoegd gezag) is five digits', () => {
    expect(isBestuursnummer('41234')).toBe(true);
    for (const bad of ['4123', '412345', '4123A', ''])
      expect(isBestuursnummer(bad), bad).toBe(false);
  });

  it('a postcode is written 1234 AB; 0…, SA, SD and SS are not Dutch postcodes', () => {
    expect(normalisePostcode('6711pl')).toBe('6711 PL');
    expect(normalisePostcode(' 6711 PL ')).toBe('6711 PL');
    for (const bad of ['0711 PL', '6711 SA', '6711 SS', '6711 SD', '67111 PL', '6711P', 'abcd ef'])
      expect(normalisePostcode(bad), bad).toBeNull();
  });

  it('place names in DUO’s capitals get the case of a letter', () => {
    expect(dutchPlaceName('EDE')).toBe('Ede');
    expect(dutchPlaceName("'S-HERTOGENBOSCH")).toBe("'s-Hertogenbosch");
    expect(dutchPlaceName('CAPELLE AAN DEN IJSSEL')).toBe('Capelle aan den IJssel');
    expect(dutchPlaceName('BERGEN OP ZOOM')).toBe('Bergen op Zoom');
    expect(dutchPlaceName('NOORD-BEVELAND')).toBe('Noord-Beveland');
    expect(dutchPlaceName('DEN HAAG')).toBe('Den Haag');
    expect(dutchPlaceName('SÚDWEST-FRYSLÂN')).toBe('Súdwest-Fryslân');
    expect(dutchPlaceName('NUENEN, GERWEN EN NEDERWETTEN')).toBe('Nuenen, Gerwen en Nederwetten');
    // Already in mixed case: left as the file has it.
    expect(dutchPlaceName('De Wolden')).toBe('De Wolden');
  });

  it('names are the same when only case and spaces differ', () => {
    expect(sameName('OBS DE WEGWIJZER', 'OBS De  Wegwijzer ')).toBe(true);
    expect(sameName('OBS De Wegwijzer', 'OBS De Wegwijzers')).toBe(false);
    expect(sameName(null, '')).toBe(true);
  });
});

describe('ended boards and schools', () => {
  it('is beëindigd from its end date on, not before', () => {
    expect(isActief(null, '2026-08-01')).toBe(true);
    expect(isActief('2026-08-01', '2026-07-31')).toBe(true);
    expect(isActief('2026-08-01', '2026-08-01')).toBe(false);
    expect(isActief('2026-08-01', '2026-09-01')).toBe(false);
  });

  it('a school is chosen only while it and its board are active', () => {
    expect(isKiesbaar({ eindDatum: null }, { eindDatum: null }, '2026-09-01')).toBe(true);
    expect(isKiesbaar({ eindDatum: null }, { eindDatum: '2026-08-01' }, '2026-09-01')).toBe(false);
    expect(isKiesbaar({ eindDatum: '2026-10-01' }, { eindDatum: null }, '2026-09-01')).toBe(true);
    expect(
      schoolKeuzeProblem(
        { naam: 'OBS Oud', eindDatum: '2026-08-01' },
        { naam: 'B', eindDatum: null },
        '2026-09-01',
      ),
    ).toBe('OBS Oud is beëindigd per 1 augustus 2026. Kies een andere school.');
    expect(
      schoolKeuzeProblem(
        { naam: 'S', eindDatum: null },
        { naam: 'B', eindDatum: null },
        '2026-09-01',
      ),
    ).toBeNull();
  });

  it('a school ends after the last day it sent an aanvraag, and not after its board', () => {
    const base = { laatsteOntvangst: '2026-03-12', bestuurEindDatum: null };
    expect(schoolEindeProblem({ ...base, eindDatum: '2026-03-13' })).toBeNull();
    expect(schoolEindeProblem({ ...base, eindDatum: '2026-03-12' })).toBe(
      'Deze school heeft op 12 maart 2026 nog een aanvraag ingediend; kies een einddatum na die dag.',
    );
    expect(schoolEindeProblem({ ...base, eindDatum: '2025-01-01' })).not.toBeNull();
    expect(
      schoolEindeProblem({
        eindDatum: '2026-09-01',
        laatsteOntvangst: null,
        bestuurEindDatum: '2026-08-01',
      }),
    ).toBe('Het bestuur wordt beëindigd per 1 augustus 2026; de school kan niet later eindigen.');
    expect(
      schoolEindeProblem({
        eindDatum: '2026-08-01',
        laatsteOntvangst: null,
        bestuurEindDatum: '2026-08-01',
      }),
    ).toBeNull();
  });

  it('a board ends only when its schools end on or before it', () => {
    expect(bestuurEindeProblem({ eindDatum: '2026-08-01', scholen: [] })).toBeNull();
    expect(
      bestuurEindeProblem({
        eindDatum: '2026-08-01',
        scholen: [
          { naam: 'A', eindDatum: '2026-07-01' },
          { naam: 'B', eindDatum: '2026-08-01' },
        ],
      }),
    ).toBeNull();
    expect(
      bestuurEindeProblem({
        eindDatum: '2026-08-01',
        scholen: [
          { naam: 'A', eindDatum: null },
          { naam: 'B', eindDatum: '2026-09-01' },
          { naam: 'C', eindDatum: null },
          { naam: 'D', eindDatum: null },
          { naam: 'E', eindDatum: '2026-01-01' },
        ],
      }),
    ).toBe(
      'Beëindig eerst de scholen van dit bestuur (uiterlijk per 1 augustus 2026) of verplaats ze naar een ander bestuur: A, B, C en nog 1.',
    );
  });

  it('no school joins or reopens under a board with an end date', () => {
    expect(bestuurVoorSchoolProblem({ naam: 'B', eindDatum: null })).toBeNull();
    expect(bestuurVoorSchoolProblem({ naam: 'Stichting X', eindDatum: '2027-08-01' })).toBe(
      'Stichting X wordt beëindigd per 1 augustus 2027; kies een ander bestuur.',
    );
    expect(schoolHeropenenProblem({ naam: 'B', eindDatum: null })).toBeNull();
    expect(schoolHeropenenProblem({ naam: 'B', eindDatum: '2026-08-01' })).toMatch(
      /^Het bestuur B wordt beëindigd per 1 augustus 2026\./,
    );
  });
});

describe('boards without a name, the pupil’s gemeente', () => {
  it('a board an import creates from its number alone is "Bestuur <nummer>"', () => {
    expect(naamloosBestuur('41234')).toBe('Bestuur 41234');
    expect(heeftGeenNaam({ naam: 'Bestuur 41234', bestuursnummer: '41234' })).toBe(true);
    expect(heeftGeenNaam({ naam: 'Stichting X', bestuursnummer: '41234' })).toBe(false);
  });

  it('guesses the gemeente from the woonplaats only when the schools tell one answer', () => {
    const scholen = [
      { plaats: 'Ede', gemeente: 'Ede' },
      { plaats: 'Bennekom', gemeente: 'Ede' },
      { plaats: 'Voorthuizen', gemeente: 'Barneveld' },
      { plaats: 'Grensdorp', gemeente: 'Noord' },
      { plaats: 'Grensdorp', gemeente: 'Zuid' },
      { plaats: 'Ergens', gemeente: null },
    ];
    expect(gemeenteVoorWoonplaats('ede', scholen)).toBe('Ede');
    expect(gemeenteVoorWoonplaats('Bennekom', scholen)).toBe('Ede');
    expect(gemeenteVoorWoonplaats(' voorthuizen ', scholen)).toBe('Barneveld');
    expect(gemeenteVoorWoonplaats('Grensdorp', scholen)).toBeNull();
    expect(gemeenteVoorWoonplaats('Amsterdam', scholen)).toBeNull();
    expect(gemeenteVoorWoonplaats('', scholen)).toBeNull();
  });
});
