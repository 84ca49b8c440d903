import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import type { ApiAnswer, TlaApp } from './shell';
import { DocumentViewer } from './viewer';
import { typeDatum } from './datum';

/** The particulars of a new aanvraag, as the registration form asks them. */
export interface Aanvraaggegevens {
  leerling: string;
  geboortedatum: string;
  groep?: string;
  woonplaats: string;
  /** The pupil's gemeente; without it the one the form guesses from the woonplaats is kept. */
  gemeente?: string;
  /** Typed into the school picker; the first suggestion is taken. */
  school: string;
  soort: 'SO' | 'SBO';
  categorie?: 'Laag' | 'Midden' | 'Hoog';
  ouders: string;
  adres: string;
  postcode: string;
  plaats: string;
}

/** A file dropped on a drop zone: its name, MIME type and bytes in base64. */
export interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

/** A row of the termijnen dashboard as termijnen.dashboard returns it. */
export interface DashboardRow {
  id: number;
  referentie: string;
  state: string;
}

/**
 * The secretaris (SLL): registering an aanvraag with its documents, the completeness check, the
 * terms (aanvulling, verdaging, opschorting, corrections), the documents of a dossier, sending the
 * decision and the bezwaar.
 */
export class SecretarisPage {
  constructor(readonly app: TlaApp) {}

  get page(): Page {
    return this.app.page;
  }

  // Registration --------------------------------------------------------------------------------

  async nieuweAanvraag(): Promise<void> {
    await this.app.navLink('Nieuwe aanvraag').click();
    await expect(this.page.getByRole('heading', { name: /Nieuwe aanvraag/ })).toBeVisible();
  }

  async vulGegevensIn(g: Aanvraaggegevens): Promise<void> {
    await this.page.getByLabel('Naam leerling').fill(g.leerling);
    await typeDatum(this.page.getByLabel('Geboortedatum'), g.geboortedatum);
    if (g.groep !== undefined)
      await this.page.getByRole('textbox', { name: 'Groep' }).fill(g.groep);
    await this.page.getByLabel('Woonplaats').fill(g.woonplaats);
    await this.page.getByLabel('Woonplaats').blur();
    if (g.gemeente !== undefined) await this.gemeente.fill(g.gemeente);
    const school = this.page.getByRole('textbox', { name: /Verwijzende school/ });
    await school.click();
    await school.fill(g.school);
    await this.page.getByRole('option').first().click();
    await this.page.getByLabel(g.soort, { exact: true }).check();
    if (g.categorie !== undefined) await this.page.getByLabel(g.categorie).check();
    await this.page.getByLabel('Naam ouder(s)').fill(g.ouders);
    await this.page.getByLabel('Adres').fill(g.adres);
    await this.page.getByLabel('Postcode').fill(g.postcode);
    await this.page.getByRole('textbox', { name: 'Plaats', exact: true }).fill(g.plaats);
  }

  /** The field of the pupil's gemeente on the registration form. */
  get gemeente(): Locator {
    return this.page.getByRole('textbox', { name: 'Gemeente (woongemeente van de leerling)' });
  }

  /** The documents added to the form so far. */
  get toegevoegdeDocumenten(): Locator {
    return this.page.getByRole('list', { name: 'Toegevoegde documenten' });
  }

  /** Adds PDFs with the file button (one file input on the form); each shows up in the list. */
  async voegDocumentenToe(files: string | string[]): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(files);
    for (const file of [files].flat())
      await expect(
        this.page.getByRole('listitem', { name: path.basename(file) }).last(),
      ).toBeVisible();
  }

  /** 'Map kiezen' opens the folder picker (the same input as the PDF button, in folder mode). */
  async kiesMap(folder: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Map kiezen' }).click();
    await (await chooser).setFiles(folder);
  }

  /** Drops files on the PDF drop zone the way the browser does: a DataTransfer in a drop event. */
  async dropBestanden(files: DroppedFile[]): Promise<void> {
    await this.page.getByTestId('pdf-dropzone').evaluate((el, list) => {
      const data = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], f.name, { type: f.type }));
      }
      el.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      el.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, files);
  }

  /** The note under the upload that names the files skipped (not a PDF). */
  get overgeslagen(): Locator {
    return this.page.getByTestId('skipped-note');
  }

  /** The kind of a document to add, as guessed from its name (or folder) or chosen. */
  soortVan(fileName: string): Locator {
    return this.page.getByRole('textbox', { name: `Soort document van ${fileName}` });
  }

  async kiesSoort(fileName: string, soort: string): Promise<void> {
    await this.soortVan(fileName).click();
    await this.page.getByRole('option', { name: soort }).click();
  }

  async dateerDocument(fileName: string, datum: string): Promise<void> {
    await typeDatum(this.page.getByLabel(`Documentdatum van ${fileName}`), datum);
  }

  /** Takes the last document of that name off the form again. */
  async verwijderDocument(fileName: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `${fileName} verwijderen` })
      .last()
      .click();
  }

  /** Registers the aanvraag and returns its id (from the page it opens). */
  async registreer(): Promise<number> {
    await this.page.getByRole('button', { name: 'Aanvraag registreren' }).click();
    await this.page.waitForURL(/#\/aanvraag\/\d+/);
    return this.app.currentAanvraagId();
  }

  // The completeness check (§3.2) -----------------------------------------------------------------

  async startControle(): Promise<void> {
    await this.page.getByRole('button', { name: 'Controle starten' }).click();
  }

  /** Ticks 'Aanwezig' for checklist items the app cannot see itself. */
  async vinkAanwezigAan(items: RegExp[]): Promise<void> {
    for (const item of items)
      await this.page
        .getByRole('row', { name: item })
        .getByText('Aanwezig', { exact: true })
        .click();
  }

  async dossierCompleet(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dossier compleet' }).click();
    await this.app.expectState('Te verdelen');
  }

  // Terms ---------------------------------------------------------------------------------------

  /** The termijnen dashboard through the API (this school year). */
  async termijnenOverzicht(): Promise<DashboardRow[]> {
    const r = await this.app.api('termijnen.dashboard', { periode: 'schooljaar' });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    return (r.data as { rows: DashboardRow[] }).rows;
  }

  async openTermijnenDashboard(): Promise<void> {
    await this.app.navLink('Termijnen').click();
    await expect(this.page.getByRole('heading', { name: 'Termijnen', level: 2 })).toBeVisible();
    await expect(this.page.getByRole('table', { name: /Termijnen/ })).toBeVisible();
  }

  /** Filters the dashboard ('Opgeschort', …). */
  async toonAlleen(filter: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Welke aanvragen tonen' })
      .getByText(filter, { exact: true })
      .click();
  }

  dashboardRij(referentie: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(referentie) });
  }

  /** The Termijnen section of the aanvraag page. */
  get termijnen(): Locator {
    return this.page.getByRole('region', { name: 'Termijnen' });
  }

  async vulAanvullingsverzoekIn(o: {
    verzoekdatum: string;
    werkdagen: number;
    punten: string[];
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Aanvulling vragen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Aanvulling vragen' });
    await typeDatum(dialog.getByLabel('Datum van het verzoek'), o.verzoekdatum);
    await dialog.getByRole('textbox', { name: 'Termijn (werkdagen)' }).fill(String(o.werkdagen));
    for (const [i, punt] of o.punten.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
      await dialog.getByRole('textbox', { name: `Punt ${i + 1}`, exact: true }).fill(punt);
    }
  }

  /** Sends the request filled in: the beslistermijn waits, a letter goes out. */
  async vraagAanvulling(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Aanvulling vragen' });
    await dialog.getByRole('button', { name: 'Aanvulling vragen' }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectState('Wacht op aanvulling');
    await expect(this.page.getByRole('region', { name: 'Brieven' })).toBeVisible();
  }

  async aanvullingOntvangen(op: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Aanvulling ontvangen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Aanvulling ontvangen' });
    await dialog.getByLabel('Ontvangen op').fill(op);
    await dialog.getByRole('button', { name: 'Aanvulling ontvangen' }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectState('In controle');
  }

  /** Tries a verdaging; returns its dialog, still open when the backend refused it. */
  async probeerVerdaging(o: { einddatum: string; reden: string }): Promise<Locator> {
    await this.termijnen.getByRole('button', { name: 'Verdaging registreren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Verdaging registreren' });
    await typeDatum(dialog.getByLabel('Nieuwe einddatum'), o.einddatum);
    await dialog.getByLabel('Reden van de verdaging').fill(o.reden);
    await dialog.getByRole('button', { name: 'Verdaging registreren' }).click();
    return dialog;
  }

  async openOpschorting(): Promise<Locator> {
    await this.termijnen.getByRole('button', { name: 'Opschorting registreren' }).click();
    return this.page.getByRole('dialog', { name: 'Opschorting registreren' });
  }

  async annuleer(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
  }

  async vulGegevenswijzigingIn(o: { woonplaats: string; reden: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Gegevens wijzigen' });
    await dialog.getByLabel('Woonplaats').fill(o.woonplaats);
    await dialog.getByLabel(/Reden van de wijziging/).fill(o.reden);
  }

  async slaGegevenswijzigingOp(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Gegevens wijzigen' });
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The history of corrections of the particulars. */
  get gegevenswijzigingen(): Locator {
    return this.page.getByRole('table', { name: 'Wijzigingen van de gegevens' });
  }

  // The decision, its letters and the bezwaar ---------------------------------------------------

  get verklaringEnBrieven(): Locator {
    return this.page.getByRole('region', { name: 'Verklaring en brieven' });
  }

  /** The text of the TLV-verklaring the app made for an aanvraag, read from its PDF. */
  async verklaringTekst(aanvraagId: number): Promise<string> {
    const brieven = (await this.app.api('brieven.list', { aanvraagId })).data as {
      id: number;
      kind: string;
    }[];
    const verklaring = brieven.find((b) => b.kind === 'verklaring');
    expect(verklaring).toBeDefined();
    const pdf = (await this.app.api('brieven.get', { briefId: verklaring!.id })).data as {
      dataBase64: string;
    };
    return (await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).pages.join(
      '\n',
    );
  }

  /** Opens "Besluit verzenden": the dialog that asks the day the decision was sent. */
  async openVerzenden(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Besluit verzenden' }).click();
    return this.page.getByRole('dialog', { name: 'Besluit verzenden' });
  }

  /**
   * Sends the decision: on `op` (default: the dialog's today), ending in `status` (Verzonden, or
   * Buiten behandeling for that decision).
   */
  async verzendBesluit(o: { op?: string; status?: string } = {}): Promise<void> {
    const dialog = await this.openVerzenden();
    if (o.op !== undefined) await typeDatum(dialog.getByLabel('Verzonden op'), o.op);
    await dialog.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectState(o.status ?? 'Verzonden');
  }

  /** Awb 4:5: proposes to the directeur-bestuurder to put the aanvraag buiten behandeling. */
  async stelBuitenBehandelingVoor(): Promise<void> {
    await this.page.getByRole('button', { name: 'Buiten behandeling voorstellen' }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Voorstellen aan de directeur-bestuurder' })
      .click();
    await this.app.expectState('Buiten behandeling voorgesteld');
  }

  get bezwaar(): Locator {
    return this.page.getByRole('region', { name: 'Bezwaar' });
  }

  /** Registers a bezwaar against the sent decision, by whom ('Door de school', …). */
  async registreerBezwaar(door: string): Promise<void> {
    await expect(this.bezwaar).toBeVisible();
    await this.bezwaar.getByLabel(door).check();
    await this.bezwaar.getByRole('button', { name: 'Bezwaar registreren' }).click();
    await this.app.expectState('In bezwaar');
  }

  /** Records a step of the bezwaar ('Ontvangstbevestiging', …). */
  async legBezwaarstapVast(stap: string): Promise<void> {
    await this.bezwaar.getByRole('button', { name: new RegExp(`Vastleggen: ${stap}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: stap });
    await dialog.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(dialog).toBeHidden();
  }

  // The documents of a dossier ------------------------------------------------------------------

  /** Saves the documents dropped or chosen on an existing aanvraag. */
  async documentOpslaan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Document opslaan' }).click();
  }

  get documenten(): Locator {
    return this.page.getByRole('table', { name: 'Documenten van het dossier' });
  }

  /** The row of one version of a document. */
  documentRij(fileName: string, versie: number): Locator {
    return this.page.getByRole('row', { name: `${fileName} (versie ${versie})` });
  }

  /** Opens the dialog for a new version of a document; returns it. */
  async openNieuweVersie(fileName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Nieuwe versie van ${fileName}` }).click();
    return this.page.getByRole('dialog');
  }

  /** Opens a stored document from Documenten in the viewer dialog. */
  async openDocument(fileName: string): Promise<DocumentViewer> {
    await this.page.getByRole('button', { name: `${fileName} openen` }).click();
    return new DocumentViewer(
      this.page,
      this.page.getByRole('dialog').getByRole('region', { name: `Document: ${fileName}` }),
    );
  }

  /** Adds a PDF to an aanvraag the way the import does, over the HTTP transport. */
  async importeerPdf(
    aanvraagId: number,
    pdf: { fileName: string; bytes: Uint8Array },
  ): Promise<ApiAnswer> {
    return this.app.api('aanvraag.addDocument', {
      aanvraagId,
      kind: 'overig',
      fileName: pdf.fileName,
      documentDate: null,
      dataBase64: Buffer.from(pdf.bytes).toString('base64'),
    });
  }
}
