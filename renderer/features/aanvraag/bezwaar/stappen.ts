import { bezwaarStap } from '../../../../electron/contract/bezwaar';

// The forms of the bezwaar steps, taken from the contract's union (Awb 7:10 and onwards).
type Options = typeof bezwaarStap.options;
type OptionOf<S extends string> = Extract<Options[number], { shape: { stap: { value: S } } }>;

function option<S extends Options[number]['shape']['stap']['value']>(stap: S): OptionOf<S> {
  const found = bezwaarStap.options.find((o) => o.shape.stap.value === stap);
  if (found === undefined) throw new Error(`bezwaarstap ${stap} ontbreekt in het contract`);
  return found as OptionOf<S>;
}

/** The steps that record only their date. */
export type DatumStap = 'ontvangstbevestiging' | 'advies_gevraagd' | 'verdaagd' | 'gesloten';
export const datumStapSchemas = {
  ontvangstbevestiging: option('ontvangstbevestiging').omit({ stap: true }),
  advies_gevraagd: option('advies_gevraagd').omit({ stap: true }),
  verdaagd: option('verdaagd').omit({ stap: true }),
  gesloten: option('gesloten').omit({ stap: true }),
} satisfies Record<DatumStap, unknown>;

export const adviesOntvangenSchema = option('advies_ontvangen').omit({ stap: true });
export const beslistSchema = option('beslist').omit({ stap: true });
