import type { InputOf } from '../../electron/contract';

type Registration = InputOf<'aanvraag.register'>;

/**
 * A valid registration of a fictional pupil at `schoolId` (zij-instroom, SO midden, parents
 * agree); tests name what matters to them in `overrides`, documents included.
 */
export function registration(
  schoolId: number,
  overrides: Partial<Registration> & Pick<Registration, 'documents'>,
): Registration {
  return {
    soort: 'zij_instroom',
    leerlingNaam: 'Fleur Testkind',
    leerlingGeboortedatum: '2016-03-04',
    groep: 5,
    woonplaats: 'Ede',
    gemeente: 'Ede',
    schoolId,
    schoolsoort: 'SO',
    categorie: 'midden',
    gewensteStartdatum: null,
    oudersNaam: 'Fam. Testkind',
    oudersAdres: 'Dorpsstraat 1',
    oudersPostcode: '6711 AA',
    oudersPlaats: 'Ede',
    oudersAkkoord: true,
    begeleiderNaam: null,
    begeleiderNotitie: null,
    ontvangenOp: '2026-09-01',
    ...overrides,
  };
}

/** A complete advice toelaatbaar SO midden until 31 July 2028; tests override what matters to them. */
export const advies = (aanvraagId: number, overrides: Partial<InputOf<'advies.submit'>> = {}) => ({
  aanvraagId,
  conclusie: 'toelaatbaar' as const,
  schoolsoort: 'SO' as const,
  categorie: 'midden' as const,
  ingangsdatum: '2026-11-01',
  einddatum: '2028-07-31',
  onderbouwing: 'Fleur heeft behoefte aan een kleine groep met veel structuur.',
  doelen: 'Zelfstandig werken.',
  contextAdvies: 'Jaarlijks evalueren.',
  vragen: null,
  ...overrides,
});
