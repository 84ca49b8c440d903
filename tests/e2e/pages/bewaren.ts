import { expect, type Locator, type Page } from '@playwright/test';

/** Issue 11: Beheer › Vernietiging (the beheerder's list and the directeur's approval). */
export class VernietigingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Vernietiging' })
      .click();
    await expect(this.page.getByRole('heading', { level: 2 })).toHaveText(
      /Bewaartermijnen en vernietiging|Vernietiging van dossiers/,
    );
  }

  get lijst(): Locator {
    return this.page.getByRole('table', { name: 'Vernietigingslijst' });
  }

  get voorstellen(): Locator {
    return this.page.getByRole('table', { name: 'Voorstellen tot vernietiging' });
  }

  /** The row of the list with this status badge; its kenmerk is the second cell. */
  rowWith(status: 'Te vernietigen' | 'Vastgehouden'): Locator {
    return this.lijst.getByRole('row').filter({ hasText: status });
  }

  async kenmerkOf(row: Locator): Promise<string> {
    return (await row.getByRole('cell').nth(1).innerText()).trim();
  }

  get avgVerzoeken(): Locator {
    return this.page.getByRole('table', { name: 'AVG-verzoeken' });
  }

  /** Chooses each kenmerk (a dossier's or an AVG request's) and proposes; `wat` as the button says it. */
  async stelVoor(kenmerken: readonly string[], wat: string): Promise<void> {
    for (const kenmerk of kenmerken)
      await this.page.getByRole('checkbox', { name: `${kenmerk} kiezen` }).check();
    await this.page.getByRole('button', { name: `Stel vernietiging voor (${wat})` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Vernietiging voorstellen' });
    await dialog.getByRole('button', { name: 'Voorstellen' }).click();
    await expect(dialog).toBeHidden();
    for (const kenmerk of kenmerken)
      await expect(this.voorstellen.getByRole('row').filter({ hasText: kenmerk })).toContainText(
        'Wacht op goedkeuring',
      );
  }

  async keurGoed(kenmerk: string): Promise<void> {
    const row = this.voorstellen.getByRole('row').filter({ hasText: kenmerk });
    await row.getByRole('button', { name: 'Goedkeuren en vernietigen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Vernietiging goedkeuren' });
    await expect(dialog).toContainText(kenmerk);
    await dialog.getByRole('button', { name: 'Goedkeuren en vernietigen' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('status')).toContainText(
      /De gegevens zijn vernietigd\. Verklaring van vernietiging VV-\d{4}-\d{4} is gemaakt\./,
    );
  }
}

/** Issue 11: Beheer › Logboek. */
export class LogboekPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Logboek' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Logboek', level: 2 })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Logboek' });
  }

  get teller(): Locator {
    return this.page.getByText(/^\d+ regels?$/);
  }

  async filterKenmerk(kenmerk: string): Promise<void> {
    await this.page.getByLabel('Kenmerk aanvraag').fill(kenmerk);
  }

  async filterActie(label: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Actie' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async controleer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Controleer de keten' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'De keten is heel' }),
    ).toBeVisible();
  }
}
