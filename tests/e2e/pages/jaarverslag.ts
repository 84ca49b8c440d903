import fs from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * Issue 12: the "Jaarverslag … (PDF)" button on Rapportages: the PDF of the school year of the
 * chosen period (or the one it ends in), offered as a browser download.
 */
export class JaarverslagKnop {
  constructor(readonly page: Page) {}

  get knop(): Locator {
    return this.page.getByRole('button', { name: /^Jaarverslag \d{4}-\d{4} \(PDF\)$/ });
  }

  /** The school year the button names, e.g. '2025-2026'. */
  async schooljaar(): Promise<string> {
    const tekst = (await this.knop.textContent()) ?? '';
    return /(\d{4}-\d{4})/.exec(tekst)?.[1] ?? '';
  }

  /** Clicks it, sees it is being made, and waits for the download; returns its name and bytes. */
  async download(): Promise<{ naam: string; bytes: Buffer }> {
    const komt: Promise<Download> = this.page.waitForEvent('download');
    await this.knop.click();
    const download = await komt;
    const bytes = fs.readFileSync(await download.path());
    await expect(this.knop).toBeEnabled();
    return { naam: download.suggestedFilename(), bytes };
  }
}
