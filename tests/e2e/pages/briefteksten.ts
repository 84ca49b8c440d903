import { expect, type Locator, type Page } from '@playwright/test';
import type { TlaApp } from './shell';
import { DocumentViewer } from './viewer';

/**
 * Beheer, Briefteksten: the list of letters with the version of their text in use, and a letter's
 * editor (a textarea per part by its key, the invulvelden as buttons, Voorbeeld, Opslaan, versions).
 */
export class BriefTekstenPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Briefteksten', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Briefteksten', level: 2 })).toBeVisible();
  }

  get lijst(): Locator {
    return this.page.getByRole('table', { name: 'Briefteksten' });
  }

  /** The row of a letter in the list, by its label (e.g. 'TLV-verklaring'). */
  rij(label: string): Locator {
    return this.lijst
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: label }) });
  }

  /** Opens a letter's editor from the list. */
  async openEditor(label: string): Promise<void> {
    await this.page.getByRole('link', { name: `${label} bewerken` }).click();
    await expect(this.page.getByRole('heading', { name: `Brieftekst: ${label}` })).toBeVisible();
  }

  /** A part's textarea by its key (domain/brief-teksten.ts, e.g. 'verklaring', 'oudersInleiding'). */
  deel(key: string): Locator {
    return this.page.locator(`textarea[data-deel="${key}"]`);
  }

  /** Replaces a part's text. */
  async vulDeelIn(key: string, tekst: string): Promise<void> {
    await this.deel(key).fill(tekst);
  }

  /** A part: its textarea, its invulveld buttons and its message. */
  veld(key: string): Locator {
    return this.page.locator(`[data-deel-veld="${key}"]`);
  }

  /** Puts the cursor at the end of a part and inserts an invulveld with its button. */
  async voegInvulveldToe(key: string, naam: string): Promise<void> {
    const area = this.deel(key);
    await area.focus();
    await area.press('Control+End');
    await this.veld(key)
      .getByRole('button', {
        name: new RegExp(`^Invulveld \\{${naam.replace('.', '\\.')}\\} invoegen`),
      })
      .click();
  }

  /** The Dutch message under a part (the domain's check as typed, or the backend's). */
  melding(key: string): Locator {
    return this.veld(key).locator('[id$="-error"]');
  }

  /** Opens the preview of the (unsaved) text: the viewer with the example letters. */
  async openVoorbeeld(label: string): Promise<DocumentViewer> {
    await this.page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Voorbeeld: ${label}` });
    const viewer = new DocumentViewer(
      this.page,
      dialog.getByRole('region', { name: `Document: Voorbeeld: ${label}` }),
    );
    await expect(viewer.drawnPage(1)).toBeVisible();
    return viewer;
  }

  async sluitVoorbeeld(label: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: `Voorbeeld: ${label}` });
    await dialog
      .getByRole('button', { name: /sluiten|close/i })
      .first()
      .click();
    await expect(dialog).toBeHidden();
  }

  /** Saves the text as a new version and waits for the confirmation; returns the version. */
  async slaOp(): Promise<number> {
    await this.page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    const status = this.page.getByText(/^Opgeslagen als versie \d+\./);
    await expect(status).toBeVisible();
    return Number(/versie (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  }

  /**
   * Edits a letter's text from anywhere in the app: Briefteksten, the letter, each part given its
   * new text, saved as a new version (returned).
   */
  async bewerkTekst(label: string, delen: Readonly<Record<string, string>>): Promise<number> {
    await this.open();
    await this.openEditor(label);
    for (const [key, tekst] of Object.entries(delen)) await this.vulDeelIn(key, tekst);
    return this.slaOp();
  }
}
