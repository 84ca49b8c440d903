import type { Locator } from '@playwright/test';
import { isoToDutch } from '../../../renderer/lib/dutchDate';

/** Types a date as a Dutch user does, dd-mm-jjjj (the tests keep their dates as JJJJ-MM-DD). */
export async function typeDatum(field: Locator, iso: string): Promise<void> {
  await field.fill(isoToDutch(iso));
}
