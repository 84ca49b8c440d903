import { expect, type Locator, type Page } from '@playwright/test';

/** Issue 12 · the TLV register and the herindicatie radar. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'TLV-register' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'TLV-register', level: 2 })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'TLV-register' });
  }

  /** The register row of a TLV by its volgnummer. */
  row(volgnummer: string): Locator {
    return this.table.getByRole('row').filter({ hasText: volgnummer });
  }

  async zoek(tekst: string): Promise<void> {
    await this.page.getByLabel('Zoeken').fill(tekst);
  }

  async kiesStatus(label: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** The herindicatie radar on Mijn werk ('TLV loopt af') or on Termijnen. */
  radar(titel: RegExp): Locator {
    return this.page.getByRole('region', { name: titel });
  }
}
