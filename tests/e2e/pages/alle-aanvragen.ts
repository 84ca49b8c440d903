import { expect, type Locator, type Page } from '@playwright/test';
import type { TlaApp } from './shell';

/**
 * Alle aanvragen (secretaris, voorzitter, directeur): every aanvraag in every state, with one search
 * box (kenmerk, leerling, school, TLV volgnummer) and filters (status, period, bestuur, school,
 * soort). Also the steps on the aanvraag page that end a dossier: withdrawal and archiving.
 */
export class AlleAanvragenPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  get tabel(): Locator {
    return this.page.getByRole('table', { name: 'Alle aanvragen' });
  }

  /** The rows of the list (the header row not counted). */
  get rijen(): Locator {
    return this.tabel.getByRole('rowgroup').last().getByRole('row');
  }

  get zoekveld(): Locator {
    return this.page.getByRole('searchbox', { name: 'Zoeken' });
  }

  /** The line above the list: '12 aanvragen', '1 aanvraag'. */
  get teller(): Locator {
    return this.page.getByText(/^(\d[\d.]* aanvragen|1 aanvraag)$/);
  }

  async open(): Promise<void> {
    await this.app.navLink('Alle aanvragen').click();
    await expect(this.page.getByRole('heading', { name: 'Alle aanvragen' })).toBeVisible();
    await expect(this.teller).toBeVisible();
  }

  /** Types `tekst` in the search box and waits until the list answers it (the table is not busy). */
  async zoek(tekst: string): Promise<void> {
    await this.zoekveld.fill(tekst);
    await expect(this.page.locator('[role="table"][aria-busy="true"]')).toHaveCount(0);
  }

  /** The row whose label starts with the kenmerk (each row's label reads all its columns). */
  rij(referentie: string): Locator {
    return this.tabel.getByRole('row', { name: new RegExp(`^${escape(referentie)},`) });
  }

  /**
   * Finds a decided aanvraag by its TLV volgnummer, in any state (verzonden, in bezwaar,
   * gearchiveerd …): exactly one row. Opens it unless `open` is false; returns its kenmerk.
   */
  async vindOpVolgnummer(volgnummer: string, o: { open?: boolean } = {}): Promise<string> {
    await this.open();
    await this.zoek(volgnummer);
    await expect(this.teller).toHaveText('1 aanvraag');
    const rij = this.rijen.first();
    await expect(rij).toContainText(volgnummer);
    const label = (await rij.getAttribute('aria-label')) ?? '';
    const referentie = label.split(',')[0] ?? '';
    if (o.open !== false) {
      await rij.click();
      await this.page.waitForURL(/#\/aanvraag\/\d+/);
      await expect(this.page.getByText(referentie).first()).toBeVisible();
    }
    return referentie;
  }

  // Filters ---------------------------------------------------------------------------------------

  get filterknop(): Locator {
    return this.page.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
  }

  get filters(): Locator {
    return this.page.getByRole('region', { name: 'Filters' });
  }

  async openFilters(): Promise<void> {
    if ((await this.filterknop.getAttribute('aria-expanded')) !== 'true')
      await this.filterknop.click();
    await expect(this.filters).toBeVisible();
  }

  /** Chooses a status: a group ('Lopend (alle)', 'Bezwaar (alle)' …) or one state ('Gearchiveerd'). */
  async kiesStatus(status: string): Promise<void> {
    await this.openFilters();
    await this.filters.getByRole('textbox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await expect(this.page.locator('[role="table"][aria-busy="true"]')).toHaveCount(0);
  }

  async wisFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(this.filterknop).toHaveText('Filters');
  }

  // Ending a dossier on the aanvraag page -----------------------------------------------------------

  /** §10: the school withdrew its aanvraag; the SLL registers it with the reason. */
  async registreerIntrekking(reden: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Intrekking registreren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Intrekking registreren' });
    await dialog.getByLabel('Reden van de intrekking').fill(reden);
    await dialog.getByRole('button', { name: 'Intrekking registreren' }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectState('Ingetrokken');
  }

  /** The step on the aanvraag page (the confirmation has a button of that name too). */
  get archiveerknop(): Locator {
    return this.page
      .getByRole('region', { name: 'Volgende stap' })
      .getByRole('button', { name: 'Archiveren', exact: true });
  }

  /** Opens the confirmation of archiving (it says what archiving means). */
  async openArchiveren(): Promise<Locator> {
    await this.archiveerknop.click();
    return this.page.getByRole('dialog', { name: 'Aanvraag archiveren?' });
  }

  async archiveer(): Promise<void> {
    const dialog = await this.openArchiveren();
    await dialog.getByRole('button', { name: 'Archiveren' }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectState('Gearchiveerd');
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
