import { expect, type Locator, type Page } from '@playwright/test';
import { EMPTY_URL } from '../playwright.config';
import { ROLE_LABELS } from '../../../electron/domain/types';
import { field, type TlaApp } from './shell';
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
    await this.actie(naam, 'Afwezigheid toevoegen');
    await typeDatum(this.page.getByLabel('Tot en met'), o.totEnMet);
    await this.page.getByLabel('Reden').fill(o.reden);
  }

  async legAfwezigheidVast(naam: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
    await expect(this.page.getByText(`Afwezigheid van ${naam} vastgelegd.`)).toBeVisible();
  }

  /** A row's "Acties" menu (users or pool) and one of its steps. */
  async actie(naam: string, stap: string): Promise<void> {
    await this.page.getByRole('button', { name: `Acties voor ${naam}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: stap, exact: true }).click();
  }

  /** The dialog open now, by its title. */
  dialoog(titel: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: titel });
  }

  /** The row of a user in Gebruikers. */
  gebruiker(naam: string): Locator {
    return this.page
      .getByRole('table', { name: 'Gebruikers' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: naam }) });
  }

  /** Gebruikers: fills "Nieuwe gebruiker" (roles by their Dutch label) without saving. */
  async vulNieuweGebruikerIn(u: {
    naam: string;
    gebruikersnaam: string;
    wachtwoord: string;
    rollen: readonly string[];
  }): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Nieuwe gebruiker' });
    await form.getByLabel(field('Naam')).fill(u.naam);
    await form.getByLabel(field('Gebruikersnaam')).fill(u.gebruikersnaam);
    await form.getByLabel(field('Eerste wachtwoord')).fill(u.wachtwoord);
    for (const rol of u.rollen) await form.getByLabel(rol, { exact: true }).check();
  }

  /**
   * Gebruikers: creates a user. Their first password must be changed at their first login:
   * `app.login(gebruikersnaam, wachtwoord, eigenWachtwoord)` does that.
   */
  async maakGebruiker(u: {
    naam: string;
    gebruikersnaam: string;
    wachtwoord: string;
    rollen: readonly string[];
  }): Promise<void> {
    await this.vulNieuweGebruikerIn(u);
    await this.page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await expect(this.page.getByText(`${u.naam} is aangemaakt.`)).toBeVisible();
    await expect(this.gebruiker(u.naam)).toContainText('Moet wachtwoord wijzigen');
  }

  /** Gebruikers: the status a row shows (Actief, Gedeactiveerd, Geblokkeerd tot …, …). */
  async verwachtStatus(naam: string, status: string | RegExp): Promise<void> {
    await expect(this.gebruiker(naam).getByRole('cell').nth(3)).toHaveText(status);
  }

  /** Gebruikers: opens "Deactiveren" of a user (the dialog says what happens), without confirming. */
  async openDeactiveren(naam: string): Promise<Locator> {
    await this.actie(naam, 'Deactiveren');
    return this.dialoog(`${naam} deactiveren`);
  }

  async deactiveer(naam: string): Promise<void> {
    const dialog = await this.openDeactiveren(naam);
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await expect(this.page.getByText(`${naam} is gedeactiveerd.`)).toBeVisible();
    await this.verwachtStatus(naam, 'Gedeactiveerd');
  }

  async activeer(naam: string): Promise<void> {
    await this.actie(naam, 'Activeren');
    await this.dialoog(`${naam} activeren`).getByRole('button', { name: 'Activeren' }).click();
    await expect(this.page.getByText(`${naam} is weer actief.`)).toBeVisible();
  }

  /** Gebruikers: fills "Wachtwoord resetten" with a temporary password, without confirming. */
  async vulWachtwoordResettenIn(naam: string, tijdelijk: string): Promise<Locator> {
    await this.actie(naam, 'Wachtwoord resetten');
    const dialog = this.dialoog(`Wachtwoord van ${naam} resetten`);
    await dialog.getByLabel(field('Tijdelijk wachtwoord')).fill(tijdelijk);
    return dialog;
  }

  /** Gebruikers: a temporary password, to be changed by the user at their next login. */
  async resetWachtwoord(naam: string, tijdelijk: string): Promise<void> {
    const dialog = await this.vulWachtwoordResettenIn(naam, tijdelijk);
    await dialog.getByRole('button', { name: 'Wachtwoord resetten' }).click();
    await expect(this.page.getByText(`${naam} heeft een tijdelijk wachtwoord`)).toBeVisible();
    await this.verwachtStatus(naam, 'Moet wachtwoord wijzigen');
  }

  /** Gebruikers: lifts the lock after too many failed logins. */
  async ontgrendel(naam: string): Promise<void> {
    await this.actie(naam, 'Ontgrendelen');
    await this.dialoog(`${naam} ontgrendelen`)
      .getByRole('button', { name: 'Ontgrendelen' })
      .click();
    await expect(this.page.getByText(`${naam} is ontgrendeld en kan weer inloggen.`)).toBeVisible();
    await this.verwachtStatus(naam, 'Actief');
  }

  /** Gebruikers: a new name and the roles (by their Dutch labels) of a user. */
  async bewerkGebruiker(
    naam: string,
    o: { naam?: string; rollen?: readonly string[] },
  ): Promise<void> {
    await this.actie(naam, 'Bewerken');
    const dialog = this.dialoog(`${naam} bewerken`);
    if (o.naam !== undefined) await dialog.getByLabel(field('Naam')).fill(o.naam);
    if (o.rollen !== undefined)
      for (const rol of Object.values(ROLE_LABELS))
        await dialog.getByLabel(rol, { exact: true }).setChecked(o.rollen.includes(rol));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      this.page.getByText(`De gegevens van ${o.naam ?? naam} zijn opgeslagen.`),
    ).toBeVisible();
  }

  /** The row of a member in the Deskundigenpool. */
  poolLid(naam: string): Locator {
    return this.page
      .getByRole('table', { name: 'Deskundigen' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: naam }) });
  }

  /** "Werkt voor": picks organisations by what one types to find them and the option's name. */
  private async kiesOrganisaties(
    scope: Locator,
    kiezen: readonly { zoek: string; optie: string | RegExp }[],
  ): Promise<void> {
    const input = scope.getByLabel('Werkt voor (onafhankelijkheid)');
    for (const k of kiezen) {
      await input.click();
      await input.fill(k.zoek);
      await this.page.getByRole('option', { name: k.optie }).click();
    }
    await input.press('Escape');
  }

  /** Deskundigenpool: adds a user with the role deskundige to the pool. */
  async voegToeAanPool(o: {
    gebruiker: string;
    registratie: string;
    disciplines: readonly string[];
    werktVoor?: readonly { zoek: string; optie: string | RegExp }[];
  }): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Deskundige toevoegen aan de pool' });
    await form.getByLabel(field('Gebruiker')).click();
    await this.page.getByRole('option', { name: new RegExp(`^${o.gebruiker} \\(`) }).click();
    await form.getByLabel(field('Registratie')).fill(o.registratie);
    for (const d of o.disciplines) await form.getByLabel(d, { exact: true }).check();
    await this.kiesOrganisaties(form, o.werktVoor ?? []);
    await form.getByRole('button', { name: 'Toevoegen aan de pool' }).click();
    await expect(this.page.getByText(`${o.gebruiker} staat nu in de pool.`)).toBeVisible();
    await expect(this.poolLid(o.gebruiker)).toBeVisible();
  }

  /** Deskundigenpool: opens Bewerken of a member and adds organisations to "Werkt voor". */
  async vulWerktVoorIn(
    naam: string,
    kiezen: readonly { zoek: string; optie: string | RegExp }[],
  ): Promise<Locator> {
    await this.actie(naam, 'Bewerken');
    const dialog = this.dialoog(`${naam} bewerken`);
    await this.kiesOrganisaties(dialog, kiezen);
    return dialog;
  }

  /** Saves the pool member's dialog; the screen says so. */
  async slaPoolLidOp(naam: string): Promise<void> {
    await this.dialoog(`${naam} bewerken`).getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText(`De gegevens van ${naam} zijn opgeslagen.`)).toBeVisible();
  }

  /** Deskundigenpool: ends a membership (the member moves to "Beëindigde lidmaatschappen"). */
  async beeindigLidmaatschap(naam: string): Promise<void> {
    await this.actie(naam, 'Lidmaatschap beëindigen');
    await this.dialoog(`Lidmaatschap van ${naam} beëindigen`)
      .getByRole('button', { name: 'Lidmaatschap beëindigen' })
      .click();
    await expect(this.page.getByText(`Het lidmaatschap van ${naam} is beëindigd.`)).toBeVisible();
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
