import { expect, type Locator, type Page } from '@playwright/test';
import type { TlaApp } from './shell';

/**
 * The aanvraag page's section of who is involved on the school's side (§4, §6), which the
 * secretaris and the voorzitter keep: a betrokkene is not assigned and leaves the meeting's item.
 */
export class BetrokkenenSection {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Betrokken aan de kant van de school' });
  }

  /** Picks a user (by name) and how they are involved (the label), and records it. */
  async vulIn(naam: string, rol: string): Promise<void> {
    await this.section.getByRole('textbox', { name: 'Medewerker' }).click();
    await this.page.getByRole('option', { name: new RegExp(naam) }).click();
    await this.section.getByRole('textbox', { name: 'Betrokken als' }).click();
    await this.page.getByRole('option', { name: rol }).click();
  }

  async voegToe(): Promise<void> {
    await this.section.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  }

  /** Records `naam` as betrokken in the way `rol` says; waits for the row. */
  async legVast(naam: string, rol: string): Promise<void> {
    await this.vulIn(naam, rol);
    await this.voegToe();
    await expect(this.rij(naam)).toBeVisible();
  }

  rij(naam: string): Locator {
    return this.section.getByRole('row').filter({ hasText: naam });
  }
}
