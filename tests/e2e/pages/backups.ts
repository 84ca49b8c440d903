import { expect, type Locator, type Page } from '@playwright/test';
import type { TlaApp } from './shell';

/** Beheer › Back-ups and the recovery screen (issue 11). */
export class BackupsPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.navLink('Back-ups').click();
    await expect(this.page.getByRole('heading', { name: 'Back-ups', level: 2 })).toBeVisible();
  }

  async zetMap(map: string): Promise<void> {
    await this.page.getByLabel('Map voor de back-ups').fill(map);
    await this.page.getByRole('button', { name: 'Map opslaan' }).click();
    await expect(this.page.getByText('De map is opgeslagen.')).toBeVisible();
  }

  /** Makes the herstelsleutel and stops at the dialog that shows it once. */
  async maakHerstelsleutel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Herstelsleutel maken' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Herstelsleutel maken' })
      .click();
    await expect(this.page.getByRole('dialog', { name: 'Uw herstelsleutel' })).toBeVisible();
  }

  get sleutel(): Locator {
    return this.page
      .getByRole('dialog', { name: 'Uw herstelsleutel' })
      .locator('[data-herstelsleutel]');
  }

  async sluitHerstelsleutel(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Uw herstelsleutel' });
    await expect(dialog.getByRole('button', { name: 'Sluiten' })).toBeDisabled();
    await dialog.getByLabel(/afgedrukt of overgeschreven/).check();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(/^Gemaakt op /)).toBeVisible();
  }

  async maakNu(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(this.page.getByText('De back-up is gemaakt en gecontroleerd.')).toBeVisible();
  }

  get generaties(): Locator {
    return this.page.getByRole('table', { name: /Generaties|Back-ups/ }).getByRole('row');
  }

  /** Opens "Terugzetten…" of the newest generation and confirms the replacement. */
  async vulTerugzettenIn(herstelsleutel?: string): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Back-up van .* terugzetten$/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Back-up terugzetten' });
    await expect(dialog).toBeVisible();
    if (herstelsleutel !== undefined)
      await dialog.getByLabel('Herstelsleutel').fill(herstelsleutel);
    await dialog.getByLabel(/Ik begrijp dat de huidige gegevens worden vervangen/).check();
  }

  async zetTerug(): Promise<void> {
    await this.page
      .getByRole('dialog', { name: 'Back-up terugzetten' })
      .getByRole('button', { name: 'Terugzetten' })
      .click();
    await expect(this.page.getByText(/is teruggezet/)).toBeVisible({ timeout: 60_000 });
  }
}
