import { expect, type Locator, type Page } from '@playwright/test';
import type { TlaApp } from './shell';
import { vulConclusieIn, type Conclusie, type Tlv } from './tlv-velden';
import { DocumentViewer } from './viewer';

export interface Advies {
  conclusie: Conclusie;
  onderbouwing: string;
  /** When toelaatbaar; SO, midden, two school years by default. */
  tlv?: Tlv;
}

/**
 * The deskundige's workspace on an aanvraag: the advice form (draft, signing, correction), the
 * eindadvies of the eerste deskundige, and the dossier pane with its viewer.
 */
export class DeskundigeWorkspace {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  get onderbouwing(): Locator {
    return this.page.getByLabel(/Onderbouwing/);
  }

  /** The advice form is there (the deskundige has not submitted yet). */
  async verwachtAdviesformulier(): Promise<void> {
    await expect(this.onderbouwing).toBeVisible();
  }

  async schrijfAdvies(advies: Advies): Promise<void> {
    await vulConclusieIn(this.page, advies.conclusie, advies.tlv);
    await this.onderbouwing.fill(advies.onderbouwing);
    await this.page
      .getByLabel('Doelen van de plaatsing')
      .fill('Zelfstandig werken en taakgericht blijven.');
  }

  async dienAdviesIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ondertekenen en indienen' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ondertekenen en indienen' })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  /** Both advices are in and agree. */
  async verwachtUnaniem(): Promise<void> {
    await expect(this.page.getByText('Unaniem', { exact: true }).first()).toBeVisible();
  }

  /** Opens the correction of the submitted advice and gives the reason. */
  async corrigeerAdvies(reden: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Advies corrigeren' }).click();
    await this.page.getByLabel('Reden van de correctie').fill(reden);
  }

  async dienCorrectieIn(versie: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Correctie ondertekenen en indienen' }).click();
    await expect(this.page.getByText(`Correctie ingediend als versie ${versie}.`)).toBeVisible();
  }

  /** The eerste deskundige finds the eindadvies drafted, its reasoning prefilled. */
  async verwachtEindadviesInOpmaak(gemotiveerdBesluit: string | RegExp): Promise<void> {
    await this.app.expectState('Eindadvies in opmaak');
    await expect(this.page.getByLabel('Gemotiveerd besluit')).toHaveValue(gemotiveerdBesluit);
  }

  /** Signs the eindadvies: it then waits on the voorzitter (§7), as the page says. */
  async dienEindadviesIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Eindadvies ondertekenen en indienen' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ondertekenen en indienen' })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
    await this.app.expectState('Eindadvies gereed');
  }

  /** The dossier pane beside the form. */
  get dossier(): Locator {
    return this.page.getByRole('region', { name: 'Dossier' });
  }

  /** The search across every document of the dossier. */
  get dossierZoeken(): Locator {
    return this.dossier.getByRole('textbox', { name: 'Zoeken in dossier' });
  }

  /** The viewer of the dossier pane, whichever document it shows. */
  get dossierViewer(): DocumentViewer {
    return new DocumentViewer(this.page, this.dossier);
  }

  /** Picks a document (option matching `option`) and waits for its viewer. */
  async kiesDocument(option: RegExp, fileName: string): Promise<DocumentViewer> {
    await this.dossier.getByRole('textbox', { name: 'Document uit het dossier' }).click();
    await this.page.getByRole('option', { name: option }).click();
    const region = this.dossier.getByRole('region', { name: `Document: ${fileName}` });
    await expect(region).toBeVisible();
    return new DocumentViewer(this.page, region);
  }

  /** The bookmark button of the viewer's toolbar (pressed when the page has one). */
  get bladwijzer(): Locator {
    return this.dossier.getByRole('button', { name: 'Bladwijzer', exact: true });
  }

  /** Bookmarks the page on view. */
  async zetBladwijzer(): Promise<void> {
    await this.bladwijzer.click();
    await expect(this.bladwijzer).toHaveAttribute('aria-pressed', 'true');
  }

  /** The form of a private note on page `pagina`. */
  notitieformulier(pagina: number): Locator {
    return this.page.getByRole('form', { name: `Notitie bij pagina ${pagina}` });
  }

  /** Opens a note on the page on view (`pagina`): it says it is private; writes `tekst`. */
  async vulNotitieIn(pagina: number, tekst: string): Promise<void> {
    await this.dossier.getByRole('button', { name: 'Notitie', exact: true }).click();
    const form = this.notitieformulier(pagina);
    await expect(
      form.getByText('Alleen voor u zichtbaar; komt niet in brieven of exports.'),
    ).toBeVisible();
    await form.getByLabel(`Notitie bij pagina ${pagina}`).fill(tekst);
  }

  async slaNotitieOp(pagina: number): Promise<void> {
    const form = this.notitieformulier(pagina);
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expect(form).toBeHidden();
  }

  /** The panel 'Mijn notities' of the dossier pane. */
  get mijnNotities(): Locator {
    return this.dossier.getByRole('region', { name: /Mijn notities/ });
  }

  /** The viewer of the document `fileName` in the dossier pane. */
  viewerOf(fileName: string): DocumentViewer {
    return new DocumentViewer(
      this.page,
      this.dossier.getByRole('region', { name: `Document: ${fileName}` }),
    );
  }
}
