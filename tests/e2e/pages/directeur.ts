import { type Page } from '@playwright/test';
import type { TlaApp } from './shell';

/** The directeur-bestuurder on an eindadvies ter besluitvorming: adopt it, or return it. */
export class DirecteurPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  /** Adopts the eindadvies as the decision and signs it. */
  async stelVast(): Promise<void> {
    await this.page.getByRole('button', { name: 'Eindadvies vaststellen' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Vaststellen en ondertekenen' })
      .click();
    await this.app.expectState('Besloten');
  }

  async openTerugsturen(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terugsturen met vragen' }).click();
  }

  /** Returns the eindadvies to the TLA-commissie with questions. */
  async stuurTerug(vragen: string): Promise<void> {
    await this.openTerugsturen();
    await this.page.getByLabel('Uw vragen aan de TLA-commissie').fill(vragen);
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Terugsturen met vragen' })
      .click();
    await this.app.expectState('Teruggestuurd');
  }
}
