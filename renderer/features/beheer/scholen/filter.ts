import { vestigingscode } from '../../../../electron/domain/scholen';
import type { Besturen } from '../../../lib/scholen';

const norm = (s: string | null): string => (s ?? '').toLowerCase();

/**
 * The boards and schools a search names: a board that matches keeps all its schools, otherwise a
 * board is kept with the schools that match (name, BRIN/vestigingscode, place, gemeente, address).
 * `beeindigd` false leaves out ended boards and schools (`actief` as the backend decided).
 */
export function filterBesturen(besturen: Besturen, zoek: string, beeindigd: boolean): Besturen {
  const q = zoek.trim().toLowerCase();
  const result: Besturen = [];
  for (const b of besturen) {
    if (!beeindigd && !b.actief) continue;
    const scholen = b.scholen.filter((s) => beeindigd || s.actief);
    if (q === '') {
      result.push({ ...b, scholen });
      continue;
    }
    const bestuurMatch = [b.naam, b.bestuursnummer, b.plaats].some((v) => norm(v).includes(q));
    const matching = bestuurMatch
      ? scholen
      : scholen.filter((s) =>
          [
            s.naam,
            vestigingscode(s.brin, s.vestiging),
            s.plaats,
            s.gemeente,
            s.adres,
            s.postcode,
          ].some((v) => norm(v).includes(q)),
        );
    if (bestuurMatch || matching.length > 0) result.push({ ...b, scholen: matching });
  }
  return result;
}
