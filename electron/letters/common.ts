// Pieces every letter of the SWV shares: the letterhead and the layout options.
import type { LayoutOptions } from './layout';
import { postcodePlaats } from './labels';
import type { SwvGegevens } from './types';

export function swvLetterhead(swv: SwvGegevens): LayoutOptions['letterhead'] {
  const contact = [
    swv.telefoon ? `telefoon ${swv.telefoon}` : '',
    swv.email ?? '',
    swv.website ?? '',
  ].filter((x) => x !== '');
  return {
    naam: swv.naam,
    regels: [
      `${swv.adres}  |  ${postcodePlaats(swv.postcode, swv.plaats)}`,
      ...(contact.length > 0 ? [contact.join('  |  ')] : []),
      `Samenwerkingsverband passend onderwijs  |  registratienummer ${swv.registratienummer}`,
    ],
    ...(swv.logo ? { logo: swv.logo } : {}),
  };
}
