// Dwangsom bij niet tijdig beslissen (Awb 4:17; rulebook §9): the exposure after an
// ingebrekestelling, shown to the SLL so a late decision is never a surprise.
import { addDays, addWeeks, compareIsoDates, daysBetween } from './calendar';
import type { IsoDate } from './types';

/** Awb 4:17 lid 1: at most 42 days. */
export const DWANGSOM_MAX_DAGEN = 42;
/** Awb 4:17 lid 3: the dwangsom runs from 2 weeks after the ingebrekestelling was received. */
export const DWANGSOM_WACHTTIJD_WEKEN = 2;
/** Awb 4:17 lid 2: euros per day for days 1–14, 15–28 and 29–42. */
export const DWANGSOM_TARIEVEN = [
  { uptoDay: 14, euroPerDag: 20 },
  { uptoDay: 28, euroPerDag: 30 },
  { uptoDay: 42, euroPerDag: 40 },
] as const;

export interface DwangsomExposure {
  /** First day for which the dwangsom is due (Awb 4:17 lid 3). */
  readonly startsOn: IsoDate;
  /** Days due so far, 0–42. */
  readonly days: number;
  /** Euros due so far, at most 1260. */
  readonly amount: number;
}

/** Awb 4:17 lid 2: €20 a day for the first 14 days, €30 for the next 14, €40 for the rest. */
export function dwangsomAmount(days: number): number {
  let amount = 0;
  let from = 0;
  for (const tier of DWANGSOM_TARIEVEN) {
    const inTier = Math.max(0, Math.min(days, tier.uptoDay) - from);
    amount += inTier * tier.euroPerDag;
    from = tier.uptoDay;
  }
  return amount;
}

/**
 * Awb 4:17: the dwangsom is due for every day in default from the day on which two weeks have passed
 * after the ingebrekestelling was received (received Mon 1-12-2025 → from Mon 15-12-2025), up to
 * `today` included, at most 42 days. It stops on the decision day (that day is not counted).
 * The ingebrekestelling is assumed to be received after the beslistermijn ended (the service
 * checks that).
 */
export function dwangsomExposure(input: {
  readonly ingebrekestellingOn: IsoDate;
  readonly today: IsoDate;
  readonly decidedOn: IsoDate | null;
}): DwangsomExposure {
  const startsOn = addWeeks(input.ingebrekestellingOn, DWANGSOM_WACHTTIJD_WEKEN);
  const decidedBeforeToday =
    input.decidedOn !== null && compareIsoDates(input.decidedOn, input.today) <= 0;
  const lastDay =
    decidedBeforeToday && input.decidedOn !== null ? addDays(input.decidedOn, -1) : input.today;
  const days = Math.min(DWANGSOM_MAX_DAGEN, Math.max(0, daysBetween(startsOn, lastDay) + 1));
  return { startsOn, days, amount: dwangsomAmount(days) };
}
