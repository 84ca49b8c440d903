import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { typeDatum } from './datum';
import type { TlaApp } from './shell';

/** The DUO fixtures (tests/fixtures/duo/generate.ts): 8 schools of 3 boards, 2 refused rows. */
export const DUO_FIXTURES = path.resolve('tests/fixtures/duo');
export const DUO_VESTIGINGEN_CSV = path.join(DUO_FIXTURES, 'vestigingen.csv');
export const DUO_VESTIGINGEN_XLSX = path.join(DUO_FIXTURES, 'vestigingen.xlsx');
export const DUO_BESTUREN_CSV = path.join(DUO_FIXTURES, 'besturen.csv');

/** A school as the form "School toevoegen" asks it. */
export interface SchoolGegevens {
  /** The board, as the option reads: "<naam> (<bestuursnummer>)". */
  bestuur?: string | RegExp;
  naam?: string;
  brin?: string;
  vestiging?: string;
  adres?: string;
  postcode?: string;
  plaats?: string;
  gemeente?: string;
}

/**
 * The beheerder's "Scholen en besturen": the list of boards with their schools, adding, editing and
 * ending them, and the import of DUO's file with its preview.
 */
export class ScholenPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Scholen en besturen', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Scholen en besturen' })).toBeVisible();
  }

  get tabel(): Locator {
    return this.page.getByRole('table', { name: 'Schoolbesturen en scholen' });
  }

  /** The row of a board or school by its exact name. */
  rij(naam: string): Locator {
    return this.tabel
      .getByRole('row')
      .filter({ has: this.page.getByText(naam, { exact: true }) })
      .first();
  }

  dialoog(titel: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: titel });
  }

  /** A step of the row's "Acties" menu. */
  async actie(naam: string, stap: string): Promise<void> {
    await this.page.getByRole('button', { name: `Acties voor ${naam}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: stap, exact: true }).click();
  }

  // Import ---------------------------------------------------------------------------------------

  /** Chooses a DUO file and waits for the preview (nothing is saved yet). */
  async kiesImportbestand(file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Importeren uit DUO-bestand' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Importeren uit een bestand van DUO' }),
    ).toBeVisible();
    await this.page.getByTestId('importinput').setInputFiles(file);
    await expect(this.page.getByRole('heading', { name: 'Voorbeeld' })).toBeVisible();
  }

  /** The preview's one-line summary. */
  get samenvatting(): Locator {
    return this.page.getByTestId('importsamenvatting');
  }

  /** Shows only the rows with this outcome ('Geweigerd', 'Toevoegen', …, or 'Alle'). */
  async toonRegels(uitkomst: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Toon regels' })
      .getByText(new RegExp(`^${uitkomst} \\(`))
      .click();
  }

  /** The rows of the preview as shown now. */
  get voorbeeldregels(): Locator {
    return this.page.getByTestId('importregel');
  }

  /** Imports what the preview shows; the button names the counts. */
  async importeer(o: { toevoegen: number; wijzigen: number }): Promise<void> {
    await this.page
      .getByRole('button', {
        name: `Importeren (${o.toevoegen} toevoegen, ${o.wijzigen} wijzigen)`,
      })
      .click();
    await expect(this.page.getByText(/^De import is klaar:/)).toBeVisible();
  }

  /**
   * The whole import of a DUO file (for the empty-install story): choose, check the counts of the
   * preview, import, back to the list.
   */
  async importeerBestand(
    file: string,
    verwacht: { toevoegen: number; wijzigen: number; geweigerd: number },
  ): Promise<void> {
    await this.kiesImportbestand(file);
    await expect(this.samenvatting).toContainText(`${verwacht.toevoegen} toevoegen`);
    await expect(this.samenvatting).toContainText(`${verwacht.wijzigen} wijzigen`);
    await expect(this.samenvatting).toContainText(`${verwacht.geweigerd} geweigerd`);
    await this.importeer(verwacht);
    await this.terugNaarLijst();
  }

  async terugNaarLijst(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await expect(this.tabel).toBeVisible();
  }

  // By hand --------------------------------------------------------------------------------------

  /** Fills the open school dialog; only the given fields are touched. */
  async vulSchoolIn(dialog: Locator, s: SchoolGegevens): Promise<void> {
    if (s.bestuur !== undefined) {
      await dialog.getByRole('textbox', { name: 'Bestuur', exact: true }).click();
      await this.page.getByRole('option', { name: s.bestuur }).click();
    }
    if (s.naam !== undefined)
      await dialog.getByRole('textbox', { name: 'Naam van de school', exact: true }).fill(s.naam);
    if (s.brin !== undefined)
      await dialog.getByRole('textbox', { name: 'BRIN', exact: true }).fill(s.brin);
    if (s.vestiging !== undefined)
      await dialog.getByRole('textbox', { name: 'Vestiging', exact: true }).fill(s.vestiging);
    if (s.adres !== undefined)
      await dialog.getByRole('textbox', { name: 'Adres', exact: true }).fill(s.adres);
    if (s.postcode !== undefined)
      await dialog.getByRole('textbox', { name: 'Postcode', exact: true }).fill(s.postcode);
    if (s.plaats !== undefined)
      await dialog.getByRole('textbox', { name: 'Plaats', exact: true }).fill(s.plaats);
    if (s.gemeente !== undefined) {
      await dialog.getByRole('textbox', { name: 'Gemeente', exact: true }).fill(s.gemeente);
      await dialog.getByRole('textbox', { name: 'Gemeente', exact: true }).press('Tab');
    }
  }

  /** Opens "School toevoegen" (for a board, from its row; else from the top) and fills it. */
  async vulNieuweSchoolIn(s: SchoolGegevens & { vanBestuur?: string }): Promise<Locator> {
    if (s.vanBestuur !== undefined) await this.actie(s.vanBestuur, 'School toevoegen');
    else await this.page.getByRole('button', { name: 'School toevoegen', exact: true }).click();
    const dialog = this.dialoog('School toevoegen');
    await this.vulSchoolIn(dialog, s);
    return dialog;
  }

  async voegSchoolToe(s: SchoolGegevens & { naam: string; vanBestuur?: string }): Promise<void> {
    const dialog = await this.vulNieuweSchoolIn(s);
    await dialog.getByRole('button', { name: 'School toevoegen' }).click();
    await expect(this.page.getByText(`${s.naam} is toegevoegd.`)).toBeVisible();
    await expect(this.rij(s.naam)).toBeVisible();
  }

  async wijzigSchool(naam: string, s: SchoolGegevens): Promise<void> {
    await this.actie(naam, 'Wijzigen');
    const dialog = this.dialoog('School wijzigen');
    await this.vulSchoolIn(dialog, s);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText(`${s.naam ?? naam} is opgeslagen.`)).toBeVisible();
  }

  /** Adds a board (the aanvrager of its schools). */
  async voegBestuurToe(b: {
    naam: string;
    bestuursnummer: string;
    plaats?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Bestuur toevoegen', exact: true }).click();
    const dialog = this.dialoog('Bestuur toevoegen');
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill(b.naam);
    await dialog
      .getByRole('textbox', { name: 'Bestuursnummer', exact: true })
      .fill(b.bestuursnummer);
    if (b.plaats !== undefined)
      await dialog.getByRole('textbox', { name: 'Plaats', exact: true }).fill(b.plaats);
    await dialog.getByRole('button', { name: 'Bestuur toevoegen' }).click();
    await expect(this.page.getByText(`${b.naam} is toegevoegd.`)).toBeVisible();
  }

  /** Opens "Wijzigen" of a board and types its new name, without saving. */
  async vulBestuursnaamIn(naam: string, nieuw: string): Promise<Locator> {
    await this.actie(naam, 'Wijzigen');
    const dialog = this.dialoog('Bestuur wijzigen');
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill(nieuw);
    return dialog;
  }

  /** Renames a board (e.g. one an import created as "Bestuur 41901"). */
  async hernoemBestuur(naam: string, nieuw: string): Promise<void> {
    const dialog = await this.vulBestuursnaamIn(naam, nieuw);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText(`${nieuw} is opgeslagen.`)).toBeVisible();
  }

  /** Opens "Beëindigen" of a school (or board) and types the date, without confirming. */
  async vulEindeIn(naam: string, datum: string): Promise<Locator> {
    await this.actie(naam, 'Beëindigen');
    const dialog = this.dialoog(/beëindigen:/);
    await typeDatum(dialog.getByLabel('Beëindigd per'), datum);
    return dialog;
  }

  /** Ends a school (or board) per a date; the row then says so. */
  async beeindig(naam: string, datum: string, datumTekst: string): Promise<void> {
    const dialog = await this.vulEindeIn(naam, datum);
    await dialog.getByRole('button', { name: 'Beëindigen' }).click();
    await expect(this.page.getByText(`${naam} is beëindigd per ${datumTekst}.`)).toBeVisible();
    await expect(this.rij(naam)).toContainText(`Beëindigd per ${datumTekst}`);
  }
}
