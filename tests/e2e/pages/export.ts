import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';

/**
 * Issue 12: the "Exporteren" button of a list (Alle aanvragen, Termijnen): a menu with Excel
 * (.xlsx) and CSV (Excel NL); the file arrives as a browser download.
 */
export class ExportKnop {
  constructor(readonly page: Page) {}

  get knop(): Locator {
    return this.page.getByRole('button', { name: /^Exporteren/ });
  }

  /** Opens the menu (for a screenshot), without choosing. */
  async openMenu(): Promise<void> {
    await this.knop.click();
    await expect(this.page.getByRole('menuitem', { name: 'Excel (.xlsx)' })).toBeVisible();
    // Once its fade-in is over (a screenshot would catch it half transparent).
    await expect(this.page.getByRole('menu')).toHaveCSS('opacity', '1');
  }

  /** Closes the menu when it is open and waits until it is gone. */
  async sluitMenu(): Promise<void> {
    if ((await this.page.getByRole('menu').count()) > 0) await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toHaveCount(0);
  }

  /** Chooses a format and waits for the download; returns its suggested name and bytes. */
  async download(
    formaat: 'Excel (.xlsx)' | 'CSV (Excel NL)',
  ): Promise<{ naam: string; bytes: Buffer }> {
    await this.sluitMenu();
    await this.knop.click();
    const komt: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: formaat }).click();
    const download = await komt;
    const pad = await download.path();
    const bytes = fs.readFileSync(pad);
    await expect(this.knop).toHaveText(/^Exporteren/);
    return { naam: download.suggestedFilename(), bytes };
  }
}
