// Pieces every letter of the SWV shares: the letterhead and the layout options.
import type { LayoutOptions } from './layout';
import { postcodePlaats } from './labels';
import type { SwvGegevens } from './types';

export function swvLetterhead(swv: SwvGegevens): LayoutOptions['letterhead'] {
  return {
    naam: swv.naam,
    regels: [
      `${swv.adres}  |  ${postcodePlaats(swv.postcode, swv.plaats)}`,
      `Samenwerkingsverband passend onderwijs  |  registratienummer ${swv.registratienummer}`,
    ],
  };
}
