import { expect, type Locator, type Page } from '@playwright/test';
import { typeDatum } from './datum';
import { field, type TlaApp } from './shell';

export interface AvgVerzoekInput {
  soort: 'Inzage (art. 15 AVG)' | 'Correctie (art. 16 AVG)' | 'Verwijdering (art. 17 AVG)';
  verzoekerNaam: string;
  adres: string;
  postcode: string;
  plaats: string;
  leerlingNaam: string;
  geboortedatum: string;
}

/** The register of requests of ouders (issue 11) and one request, as the SLL works with them. */
export class AvgPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async openRegister(): Promise<void> {
    await this.app.navLink('Verzoeken van ouders').click();
    await expect(this.page.getByRole('heading', { name: 'Verzoeken van ouders' })).toBeVisible();
  }

  get registreerDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Verzoek van ouders registreren' });
  }

  /** Opens the dialog and fills it; the date of receipt stays today. */
  async vulVerzoekIn(v: AvgVerzoekInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Verzoek registreren' }).click();
    const d = this.registreerDialog;
    await d.getByRole('radio', { name: v.soort }).check();
    await d.getByRole('radio', { name: 'Ouder of voogd' }).check();
    await d.getByLabel(field('Naam van de verzoeker')).fill(v.verzoekerNaam);
    await d.getByLabel(field('Adres')).fill(v.adres);
    await d.getByLabel(field('Postcode')).fill(v.postcode);
    await d.getByLabel(field('Plaats')).fill(v.plaats);
    await d.getByLabel(field('Naam van de leerling')).fill(v.leerlingNaam);
    await typeDatum(d.getByLabel(field('Geboortedatum leerling')), v.geboortedatum);
  }

  /** Registers and lands on the request's page; returns its kenmerk. */
  async registreer(): Promise<string> {
    await this.registreerDialog.getByRole('button', { name: 'Verzoek registreren' }).click();
    await expect(this.registreerDialog).toBeHidden();
    const kop = this.page.getByRole('heading', { level: 2, name: /^AVG-\d{4}-\d{4}:/ });
    await expect(kop).toBeVisible();
    return (await kop.textContent())!.split(':')[0]!;
  }

  /** Ticks the aanvraag as the pupil's and saves the link. */
  async koppel(referentie: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `${referentie} hoort bij de leerling` }).check();
    await this.page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await expect(this.page.getByRole('button', { name: 'Koppeling opslaan' })).toBeDisabled();
  }

  get brieven(): Locator {
    return this.page.getByRole('table', { name: 'Brieven van het verzoek' });
  }

  async maakOntvangstbevestiging(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ontvangstbevestiging maken' }).click();
    await expect(
      this.brieven.getByRole('cell', { name: 'Ontvangstbevestiging', exact: true }),
    ).toBeVisible();
  }

  async verleng(reden: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Termijn verlengen' }).click();
    const d = this.page.getByRole('dialog', { name: 'Termijn verlengen' });
    await d.getByLabel(field('Reden van de verlenging')).fill(reden);
    await d.getByRole('button', { name: 'Verlengen en brief maken' }).click();
    await expect(d).toBeHidden();
    await expect(
      this.brieven.getByRole('cell', {
        name: 'Verlenging van de termijn (art. 12 lid 3 AVG)',
        exact: true,
      }),
    ).toBeVisible();
  }

  /** The viewer dialog of the inzage PDF or a letter. */
  viewer(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }
}
