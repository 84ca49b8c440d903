// §6: the dates of a TLA-vergadering. A meeting is planned for today or later, and closed (its
// minutes made) on or after the day it is held.
import { compareIsoDates, formatDutchDate } from './calendar';
import type { IsoDate } from './types';

/** Null when `datum` may be planned today; otherwise why not, in Dutch. */
export function vergaderingPlanProblem(datum: IsoDate, today: IsoDate): string | null {
  if (compareIsoDates(datum, today) >= 0) return null;
  return `${formatDutchDate(datum)} ligt in het verleden. Plan een vergadering op vandaag of later.`;
}

/** Null when a meeting of `datum` may be closed today; otherwise why not, in Dutch. */
export function vergaderingSluitProblem(datum: IsoDate, today: IsoDate): string | null {
  if (compareIsoDates(today, datum) >= 0) return null;
  return `Deze vergadering is op ${formatDutchDate(datum)}. U kunt haar sluiten op of na die dag.`;
}
