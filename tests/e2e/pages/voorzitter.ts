import { expect, type Locator, type Page } from '@playwright/test';
import { formatDutchDate } from '../../../electron/domain/calendar';
import type { TlaApp } from './shell';
import { vulConclusieIn, type Conclusie, type Tlv } from './tlv-velden';
import { typeDatum } from './datum';

/**
 * The voorzitter on an aanvraag: assigning the deskundigen (and changing them), putting the
 * eindadvies before the directeur-bestuurder, and a returned eindadvies back on the agenda.
 */
export class VoorzitterPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  get toewijzenKnop(): Locator {
    return this.page.getByRole('button', { name: 'Deskundigen toewijzen' });
  }

  async kiesDeskundigen(eerste: RegExp, tweede: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: eerste }).check();
    await this.page.getByRole('radio', { name: tweede }).check();
  }

  async wijsToe(): Promise<void> {
    await this.toewijzenKnop.click();
    await this.app.expectState('In advies');
  }

  /** The two advices differ. */
  async verwachtNietUnaniem(): Promise<void> {
    await expect(this.page.getByText('Niet unaniem', { exact: true }).first()).toBeVisible();
  }

  /** Opens the change of the eerste or tweede deskundige, takes the first candidate, gives why. */
  async vulToewijzingswijzigingIn(positie: 'eerste' | 'tweede', reden: string): Promise<void> {
    await this.page.getByRole('button', { name: `Andere ${positie} deskundige toewijzen` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio').first().check();
    await dialog.getByLabel('Reden van de wijziging').fill(reden);
  }

  async wijzigToewijzing(): Promise<void> {
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Toewijzing wijzigen' })
      .click();
    await expect(this.page.getByText('De toewijzing is gewijzigd.')).toBeVisible();
  }

  /** The change is refused; the dialog says why. */
  async wijzigToewijzingGeweigerd(melding: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Toewijzing wijzigen' }).click();
    await expect(dialog.getByRole('alert')).toContainText(melding);
  }

  /** §7: the signed eindadvies waits in the voorzitter's Mijn werk; opens it from there. */
  async openGereedEindadviesUitMijnWerk(referentie: string): Promise<void> {
    await this.app.toMijnWerk();
    const row = this.page
      .getByRole('table', { name: 'Aanvragen' })
      .getByRole('row')
      .filter({ hasText: referentie });
    await expect(row.getByRole('cell', { name: 'Eindadvies gereed', exact: true })).toBeVisible();
    await row.click();
    await this.app.expectState('Eindadvies gereed');
  }

  async legVoorAanDirecteur(): Promise<void> {
    await this.page.getByRole('button', { name: 'Voorleggen aan directeur-bestuurder' }).click();
    await this.app.expectState('Ter besluitvorming');
  }

  /** A returned eindadvies shows the directeur-bestuurder's questions. */
  async verwachtVragenVanDirecteur(vragen: string): Promise<void> {
    await expect(this.page.getByText(/met deze vragen/)).toBeVisible();
    await expect(this.page.getByText(vragen).first()).toBeVisible();
  }

  async agendeer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Agenderen voor TLA-vergadering' }).click();
    await this.app.expectState('Geagendeerd');
  }
}

export interface Uitkomst {
  conclusie: Conclusie;
  tlv?: Tlv;
  motivering: string;
}

/** The voorzitter's TLA-vergaderingen: the year plan, and a meeting with its agenda. */
export class VergaderingPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  async openJaarplan(): Promise<void> {
    await this.app.navLink('Vergaderingen').click();
    await expect(this.page.getByRole('heading', { name: 'Vergaderingen', level: 2 })).toBeVisible();
  }

  async planDatums(datums: readonly string[]): Promise<void> {
    for (const d of datums) {
      await typeDatum(this.page.getByLabel('Vergaderdatum'), d);
      await this.page.getByRole('button', { name: 'Datum toevoegen' }).click();
    }
    await this.page.getByRole('button', { name: /plannen$/ }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /gepland/ })).toBeVisible();
  }

  /** The row of a meeting in the year plan. */
  jaarplanRij(datum: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(formatDutchDate(datum)) });
  }

  async openVergadering(datum: string): Promise<void> {
    await this.page
      .getByRole('link', { name: `Vergadering van ${formatDutchDate(datum)} openen` })
      .click();
    await expect(this.page.getByRole('heading', { name: /TLA-vergadering van/ })).toBeVisible();
  }

  /** Opens the next meeting; plans one on `anders` first when the plan holds none. */
  async openEerstvolgende(anders: string): Promise<void> {
    // Wait for the year plan itself (a table or its empty state) before deciding to plan a date.
    const next = this.page.getByRole('row').filter({ hasText: 'Eerstvolgende' });
    await expect(next.or(this.page.getByText('Nog geen vergaderingen gepland'))).toBeVisible();
    if ((await next.count()) === 0) await this.planDatums([anders]);
    await next.getByRole('link', { name: /openen$/ }).click();
  }

  /** The agenda items holding `text`. */
  agendapunten(text: string): Locator {
    return this.page.getByRole('article').filter({ hasText: text });
  }

  /** The aanvraag an agenda item is about (from its link). */
  async aanvraagVan(punt: Locator): Promise<number> {
    const href = await punt.getByRole('link', { name: /openen$/ }).getAttribute('href');
    return Number(/(\d+)$/.exec(href ?? '')?.[1]);
  }

  async legAanwezigenVast(aanwezigen: RegExp[]): Promise<void> {
    for (const naam of aanwezigen) await this.page.getByRole('checkbox', { name: naam }).check();
    await this.page.getByRole('button', { name: 'Aanwezigen vastleggen' }).click();
    await expect(this.page.getByText('Aanwezigen vastgelegd.')).toBeVisible();
  }

  /** The meeting's own advice on an item whose advices differ. */
  async legUitkomstVast(punt: Locator, uitkomst: Uitkomst): Promise<void> {
    await vulConclusieIn(punt, uitkomst.conclusie, uitkomst.tlv);
    await punt.getByLabel('Motivering').fill(uitkomst.motivering);
    await punt.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Uitkomst vastleggen' })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
    await expect(punt.getByText('Uitkomst: advies van de vergadering')).toBeVisible();
  }

  /** Closes the meeting: its report follows, as a PDF. */
  async sluit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Vergadering sluiten' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Vergadering sluiten' })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
    await expect(this.page.getByRole('heading', { name: 'Verslag' })).toBeInViewport();
    await expect(this.page.getByText(/Pagina 1 van \d+/)).toBeVisible();
  }
}
