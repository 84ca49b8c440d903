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

  // Issue 10 · the SWV itself (Beheer, Samenwerkingsverband) and the checklist of setting up.

  async openSamenwerkingsverband(): Promise<void> {
    await this.app.navLink('Samenwerkingsverband').click();
    await expect(
      this.page.getByRole('heading', { name: 'Samenwerkingsverband', level: 2 }),
    ).toBeVisible();
  }

  /** The form of the SWV's details (one save for all its sections). */
  get swvFormulier(): Locator {
    return this.page.getByRole('form', { name: 'Gegevens van het samenwerkingsverband' });
  }

  /** A field of the SWV's form by its label (with or without the asterisk of a required one). */
  swvVeld(label: string): Locator {
    return this.swvFormulier.getByLabel(new RegExp(`^${label}( \\*)?$`));
  }

  /** Fills the SWV's details; the code follows from the registration number unless given. */
  async vulSwvGegevensIn(g: SwvGegevens): Promise<void> {
    const f = this.swvFormulier;
    await this.swvVeld('Naam van het samenwerkingsverband').fill(g.naam);
    await this.swvVeld('Registratienummer').fill(g.registratienummer);
    if (g.code !== undefined) await this.swvVeld('Code in de TLV-volgnummers').fill(g.code);
    await this.swvVeld('Adres').fill(g.adres);
    await this.swvVeld('Postcode').fill(g.postcode);
    await this.swvVeld('Plaats').fill(g.plaats);
    if (g.telefoon !== undefined) await f.getByLabel('Telefoon').fill(g.telefoon);
    if (g.email !== undefined) await f.getByLabel('E-mail').fill(g.email);
    if (g.website !== undefined) await f.getByLabel('Website').fill(g.website);
    if (g.directeur !== undefined) {
      await f.getByLabel('Directeur-bestuurder die de brieven ondertekent').click();
      await this.page.getByRole('option', { name: g.directeur, exact: true }).click();
    }
    if (g.eigenCommissie !== undefined) {
      await f.getByLabel('Een eigen bezwaaradviescommissie van het samenwerkingsverband').check();
      const c = g.eigenCommissie;
      await this.swvVeld('Naam van de commissie').fill(c.naam);
      await this.swvVeld('Adres van de commissie').fill(c.adres);
      await this.swvVeld('Postcode van de commissie').fill(c.postcode);
      await this.swvVeld('Plaats van de commissie').fill(c.plaats);
    }
  }

  async slaSwvGegevensOp(): Promise<void> {
    await this.swvFormulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect(this.page.getByText('De gegevens zijn opgeslagen.')).toBeVisible();
  }

  /** Chooses a logo file (PNG or SVG); it is saved at once. */
  async kiesLogo(bestand: string): Promise<void> {
    const logo = this.page.getByRole('region', { name: 'Logo' });
    const chooser = this.page.waitForEvent('filechooser');
    await logo.getByRole('button', { name: /Logo kiezen|Ander logo kiezen/ }).click();
    await (await chooser).setFiles(bestand);
    await expect(logo.getByText('Het logo is opgeslagen')).toBeVisible();
    await expect(
      logo.getByRole('img', { name: 'Logo van het samenwerkingsverband' }),
    ).toBeVisible();
  }

  async verwijderLogo(): Promise<void> {
    const logo = this.page.getByRole('region', { name: 'Logo' });
    await logo.getByRole('button', { name: 'Logo verwijderen' }).click();
    await expect(logo.getByText('Het logo is verwijderd.')).toBeVisible();
  }

  /** Opens the sample letter in the viewer and waits for its first page. */
  async openVoorbeeldbrief(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Voorbeeldbrief bekijken' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Voorbeeldbrief' });
    await expect(dialog.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    return dialog;
  }

  /** The checklist of setting up on the beheerder's Mijn werk. */
  get inrichtenStappen(): Locator {
    return this.page.getByRole('list', { name: 'Stappen van het inrichten' });
  }

  /** One step of the checklist by its title ('Gegevens van het samenwerkingsverband', …). */
  inrichtenStap(titel: string): Locator {
    return this.inrichtenStappen.getByRole('listitem').filter({ hasText: titel });
  }

  async verwachtStapStatus(titel: string, status: string): Promise<void> {
    await expect(this.inrichtenStap(titel).getByText(status, { exact: true })).toBeVisible();
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
  /** `base`: the empty install to start (by default the e2e's EMPTY server). */
  constructor(
    readonly page: Page,
    readonly base = EMPTY_URL,
  ) {}


  async open(): Promise<void> {
    await this.page.goto(this.base);
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

/** The SWV's details as the e2e fills them in (Beheer, Samenwerkingsverband). */
export interface SwvGegevens {
  naam: string;
  registratienummer: string;
  /** Left to the proposal from the registration number when absent. */
  code?: string;
  adres: string;
  postcode: string;
  plaats: string;
  telefoon?: string;
  email?: string;
  website?: string;
  /** The name of the directeur-bestuurder who signs. */
  directeur?: string;
  /** The SWV's own bezwaar commissie instead of the LBT (the default). */
  eigenCommissie?: { naam: string; adres: string; postcode: string; plaats: string };
}
