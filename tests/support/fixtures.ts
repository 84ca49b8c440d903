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
