import { expect, type Locator, type Page } from '@playwright/test';
import { EMPTY_URL } from '../playwright.config';
import type { TlaApp } from './shell';
import { typeDatum } from './datum';

/** The beheerder: users, the deskundigenpool and its absences, the office settings. */
export class BeheerPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async openGebruikers(): Promise<void> {
    await this.app.navLink('Gebruikers').click();
    await expect(this.page.getByRole('heading', { name: 'Gebruikers' })).toBeVisible();
  }

  async openDeskundigenpool(): Promise<void> {
    await this.app.navLink('Deskundigenpool').click();
    await expect(this.page.getByRole('heading', { name: 'Deskundigenpool' })).toBeVisible();
  }

  async vulAfwezigheidIn(naam: string, o: { totEnMet: string; reden: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Afwezigheid toevoegen voor ${naam}` }).click();
    await typeDatum(this.page.getByLabel('Tot en met'), o.totEnMet);
    await this.page.getByLabel('Reden').fill(o.reden);
  }

  async legAfwezigheidVast(naam: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
    await expect(this.page.getByText(`Afwezigheid van ${naam} vastgelegd.`)).toBeVisible();
  }

  async openInstellingen(): Promise<void> {
    await this.app.navLink('Instellingen').click();
    await expect(this.page.getByRole('heading', { name: 'Instellingen', level: 2 })).toBeVisible();
  }

  async voegSluitingsdagToe(datum: string): Promise<void> {
    await typeDatum(this.page.getByLabel('Sluitingsdag toevoegen'), datum);
    await this.page.getByRole('button', { name: 'Toevoegen' }).click();
  }

  get sluitingsdagen(): Locator {
    return this.page.getByRole('list', { name: 'Sluitingsdagen' });
  }

  async slaInstellingenOp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(this.page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  }
}

/** The first start of the app on an empty database: create the beheerder, or load the demo. */
export class EersteStartPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(EMPTY_URL);
    await expect(this.page.getByRole('heading', { name: 'Welkom bij TLA' })).toBeVisible();
  }

  async laadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Demo-omgeving laden' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'De demo-omgeving staat klaar' }),
    ).toBeVisible({ timeout: 60_000 });
  }

  async naarInloggen(): Promise<void> {
    await this.page.getByRole('button', { name: 'Naar inloggen' }).click();
    await expect(this.page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  }

  /** Creates the functioneel beheerder on the setup screen; then the login form shows. */
  async maakBeheerder(b: {
    naam: string;
    gebruikersnaam: string;
    wachtwoord: string;
  }): Promise<void> {
    const card = this.page.getByRole('region', {
      name: 'Ons eigen samenwerkingsverband inrichten',
    });
    await card.getByLabel('Naam', { exact: true }).fill(b.naam);
    await card.getByLabel('Gebruikersnaam').fill(b.gebruikersnaam);
    await card.getByLabel('Wachtwoord', { exact: true }).fill(b.wachtwoord);
    await card.getByLabel('Herhaal wachtwoord').fill(b.wachtwoord);
    await card.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await expect(this.page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  }
}
