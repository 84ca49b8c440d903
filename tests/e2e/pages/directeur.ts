import { type Locator, type Page } from '@playwright/test';
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

  /** The proposal of the secretaresse to put the aanvraag buiten behandeling (Awb 4:5). */
  get voorstelBuitenBehandeling(): Locator {
    return this.page.getByRole('region', { name: 'Voorstel: buiten behandeling stellen' });
  }

  /** Decides buiten behandeling and signs it: the letter with the bezwaarclausule is made. */
  async stelBuitenBehandeling(): Promise<void> {
    await this.voorstelBuitenBehandeling
      .getByRole('button', { name: 'Buiten behandeling stellen', exact: true })
      .click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Buiten behandeling stellen en ondertekenen' })
      .click();
    await this.app.expectState('Buiten behandeling besloten');
  }

  /** Declines the proposal with a reason: the aanvraag waits for the school again. */
  async wijsBuitenBehandelingAf(reden: string): Promise<void> {
    await this.voorstelBuitenBehandeling
      .getByRole('button', { name: 'Niet buiten behandeling stellen' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Niet buiten behandeling stellen' });
    await dialog.getByLabel('Reden').fill(reden);
    await dialog.getByRole('button', { name: 'Niet buiten behandeling stellen' }).click();
    await this.app.expectState('Wacht op aanvulling');
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
