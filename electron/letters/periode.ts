// The period of an advice or a TLV in words, shared by the afschrift of the adviezen and the minutes.
import { formatDutchDate } from '../domain/calendar';
import type { IsoDate } from '../domain/types';

/** '1 augustus 2027 tot en met 31 juli 2029' (or 't/m'); a missing date is left out, never guessed.
 *  null when neither date is known. */
export function periodeTekst(
  ingangsdatum: IsoDate | null,
  einddatum: IsoDate | null,
  totEnMet = 'tot en met',
): string | null {
  if (ingangsdatum && einddatum)
    return `${formatDutchDate(ingangsdatum)} ${totEnMet} ${formatDutchDate(einddatum)}`;
  if (ingangsdatum) return `vanaf ${formatDutchDate(ingangsdatum)}`;
  if (einddatum) return `${totEnMet} ${formatDutchDate(einddatum)}`;
  return null;
}
