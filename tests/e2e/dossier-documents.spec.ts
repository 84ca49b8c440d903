import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { demoLargePdf, demoOpp } from '../../electron/demo/pdfs';
import { DeskundigeWorkspace, SecretarisPage, TlaApp, usernameOf } from './pages';
import { checkScreen, watchConsole } from './support';

// The documents of a dossier around the viewer: import by folder and by drag and drop (non-PDFs
// skipped with a note), a new version with a reason, the progress of the text index, the reader's
// last position, and private notes and bookmarks that no other deskundige sees.

const FIXTURES = 'test-results/fixtures-dossier-documents';

async function onePdf(seed: number): Promise<Uint8Array> {
  return demoOpp({
    leerling: { naam: 'Sem Map', geboortedatum: '2016-02-03', groep: 5 },
    school: { naam: 'De Regenboog' },
    datum: '2026-09-01',
    seed,
  });
}

/** A folder as a secretary gets it: PDFs, a sub-folder, and a file that is not a PDF. */
async function fixtureFolder(): Promise<string> {
  const dir = path.join(FIXTURES, 'dossier-sem');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'OT-verslagen'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'opp-sem.pdf'), await onePdf(1));
  fs.writeFileSync(path.join(dir, 'lvs-sem.pdf'), await onePdf(2));
  fs.writeFileSync(path.join(dir, 'OT-verslagen', 'ot-verslag-sem.pdf'), await onePdf(3));
  fs.writeFileSync(path.join(dir, 'OT-verslagen', 'scan-1.pdf'), await onePdf(4));
  fs.writeFileSync(path.join(dir, 'notities.txt'), 'geen pdf');
  return dir;
}

test('registration: a whole folder is imported, the non-PDF skipped with a note', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  const folder = await fixtureFolder();
  await app.login('sll');
  await secretaris.nieuweAanvraag();
  await secretaris.kiesMap(folder);

  const list = secretaris.toegevoegdeDocumenten;
  await expect(list.getByRole('listitem')).toHaveCount(4);
  // The kind is guessed from the name; the secretary checks it.
  await expect(secretaris.soortVan('opp-sem.pdf')).toHaveValue(
    'Ontwikkelingsperspectiefplan (OPP)',
  );
  await expect(secretaris.soortVan('ot-verslag-sem.pdf')).toHaveValue(
    'Verslag ondersteuningsteam (OT)',
  );
  // Named after nothing: the guess comes from its sub-folder.
  await expect(secretaris.soortVan('scan-1.pdf')).toHaveValue('Verslag ondersteuningsteam (OT)');
  await expect(secretaris.soortVan('lvs-sem.pdf')).toHaveValue('LVS-gegevens');
  await expect(secretaris.overgeslagen).toHaveText(
    '1 bestand is overgeslagen omdat het geen PDF is: dossier-sem/notities.txt.',
  );
  await secretaris.overgeslagen.scrollIntoViewIfNeeded();
  await checkScreen(page, 'dossier-documents-map-import');

  // The file button still takes single PDFs (one file input on the form).
  await secretaris.voegDocumentenToe(path.join(folder, 'opp-sem.pdf'));
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await secretaris.verwijderDocument('opp-sem.pdf');
  await expect(list.getByRole('listitem')).toHaveCount(4);

  // The secretary corrects a guess, then registers as before.
  await secretaris.kiesSoort('scan-1.pdf', 'Overig');
  await secretaris.dateerDocument('opp-sem.pdf', '2026-10-01');
  await secretaris.vulGegevensIn({
    leerling: 'Sem Map',
    geboortedatum: '2016-02-03',
    woonplaats: 'Ede',
    school: 'Regenboog',
    soort: 'SBO',
    ouders: 'Fam. Map',
    adres: 'Dorpsstraat 2',
    postcode: '6711 AB',
    plaats: 'Ede',
  });
  await secretaris.registreer();
  const docs = secretaris.documenten;
  await expect(docs.getByRole('row', { name: /\(versie 1\)$/ })).toHaveCount(4);
  await expect(docs.getByRole('row', { name: 'scan-1.pdf (versie 1)' })).toContainText('Overig');
  await expect(docs.getByRole('row', { name: 'ot-verslag-sem.pdf (versie 1)' })).toContainText(
    'Verslag ondersteuningsteam (OT)',
  );
  expect(problems).toEqual([]);
});

test('secretaris: drop a PDF, watch it become searchable, replace a document by a new version', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');
  await app.openFromMijnWerk('Ontvangen');

  // Dropped: a long PDF and a photo; the photo is skipped with a note.
  const big = Buffer.from(await demoLargePdf(150)).toString('base64');
  await secretaris.dropBestanden([
    { name: 'lvs-groot.pdf', type: 'application/pdf', base64: big },
    { name: 'foto.jpg', type: 'image/jpeg', base64: Buffer.from('jpeg').toString('base64') },
  ]);
  await expect(secretaris.overgeslagen).toHaveText(
    '1 bestand is overgeslagen omdat het geen PDF is: foto.jpg.',
  );
  await expect(secretaris.soortVan('lvs-groot.pdf')).toHaveValue('LVS-gegevens');
  await secretaris.overgeslagen.scrollIntoViewIfNeeded();
  await checkScreen(page, 'dossier-documents-drop');
  await secretaris.documentOpslaan();

  // The index runs off the UI thread; the list shows its progress, then the outcome.
  const row = secretaris.documentRij('lvs-groot.pdf', 1);
  await expect(row).toBeVisible();
  const progress = row.getByText(/^Tekst doorzoekbaar maken: \d+ van 150 pagina’s$/);
  await expect(progress.or(row.getByText('Doorzoekbaar', { exact: true }))).toBeVisible();
  if (await progress.isVisible()) await checkScreen(page, 'dossier-documents-index-voortgang');
  await expect(row.getByText('Doorzoekbaar', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(row.getByRole('progressbar')).toHaveCount(0);

  // A new version of the first document, with a reason.
  const first = secretaris.documenten.getByRole('row', { name: /\(versie 1\)$/ }).first();
  const oldName = (await first.getAttribute('aria-label'))!.replace(/ \(versie 1\)$/, '');
  const dialog = await secretaris.openNieuweVersie(oldName);
  await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(dialog.getByText('Kies de nieuwe versie (een PDF).')).toBeVisible();
  await expect(dialog.getByText(/Vul de reden van de vervanging in/)).toBeVisible();
  fs.mkdirSync(FIXTURES, { recursive: true });
  const newFile = path.join(FIXTURES, 'opp-ondertekend.pdf');
  fs.writeFileSync(newFile, await onePdf(9));
  await dialog.locator('input[type=file]').setInputFiles(newFile);
  await dialog.getByLabel('Reden van de vervanging').fill('Ondertekende versie ontvangen');
  await checkScreen(page, 'dossier-documents-nieuwe-versie');
  await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(dialog).toBeHidden();

  const v2 = secretaris.documentRij('opp-ondertekend.pdf', 2);
  await expect(v2.getByText('versie 2', { exact: true })).toBeVisible();
  await expect(v2.getByText('Reden: Ondertekende versie ontvangen')).toBeVisible();
  // The old one is listed under it (opened right after saving), read-only viewable.
  const v1 = secretaris.documentRij(oldName, 1);
  await expect(v1.getByText('versie 1 · vervangen')).toBeVisible();
  await checkScreen(page, 'dossier-documents-versies');
  await v2.getByRole('button', { name: 'Eerdere versies verbergen' }).click();
  await expect(v1).toHaveCount(0);
  await v2.getByRole('button', { name: 'Eerdere versies (1)' }).click();
  await v1.getByRole('button', { name: `${oldName} (versie 1) openen (alleen lezen)` }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByText(/versie 1 \(vervangen\)/)).toBeVisible();
  await expect(viewer.locator('[data-page-number="1"][data-rendered="true"]')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Nieuwe versie opslaan' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('deskundige: last position per reader, private notes and bookmarks', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);
  await app.login('ortho1');
  await app.openFromMijnWerk('In advies');
  const aanvraagId = app.currentAanvraagId();
  const [one, two] = (await app.toewijzingen(aanvraagId)).map((t) => usernameOf(t.naam));
  const other = one === 'ortho1' ? two! : one!;
  const dossier = deskundige.dossier;
  const viewer = deskundige.dossierViewer;

  // The OPP: the demo's document with more than one page.
  const detail = (await app.api('aanvraag.get', { aanvraagId })).data as {
    documents: { id: number; kind: string; fileName: string; vervangenDoorId: number | null }[];
  };
  const doc = detail.documents.find((d) => d.kind === 'opp' && d.vervangenDoorId === null)!;
  const last = 2;
  const choose = () => deskundige.kiesDocument(new RegExp(doc.fileName), doc.fileName);
  const pageLabel = (n: number) => viewer.pageLabel(n, last);
  const position = async () => (await app.api('document.positie', { documentId: doc.id })).data;
  await choose();
  await expect(pageLabel(1)).toBeVisible();

  // Read to the last page (zoomed in, so it fills the view): it is remembered for this reader.
  for (let i = 0; i < 3; i++) await viewer.button('Inzoomen').click();
  await viewer.pressEndFromFirstPage();
  await expect(pageLabel(last)).toBeVisible();
  await expect.poll(position).toEqual({ page: last });

  // Bookmark and note on this page, in the viewer's toolbar.
  await deskundige.zetBladwijzer();
  await expect(viewer.pageAt(last).locator('[data-bookmark]')).toHaveCount(1);
  await deskundige.vulNotitieIn(last, 'Vraag: is de OT-datum juist?');
  await checkScreen(page, 'dossier-documents-notitie-formulier');
  await deskundige.slaNotitieOp(last);

  // Mijn notities lists both, says they are private, and jumps to the page.
  const panel = deskundige.mijnNotities;
  await expect(panel.getByText('Alleen voor u zichtbaar')).toBeVisible();
  await panel.getByRole('button', { name: 'Mijn notities (2)' }).click();
  const items = panel
    .getByRole('list', { name: 'Mijn notities en bladwijzers' })
    .getByRole('button', {
      name: new RegExp(
        `^(Bladwijzer|Notitie) ${doc.fileName.replace(/\./g, '\\.')} · pagina ${last}`,
      ),
    });
  await expect(items).toHaveCount(2);
  await expect(panel.getByText('Vraag: is de OT-datum juist?')).toBeVisible();
  await viewer.pageAt(last).click();
  await page.keyboard.press('Home');
  await expect(pageLabel(1)).toBeVisible();
  await checkScreen(page, 'dossier-documents-mijn-notities');
  await items.first().click();
  await expect(viewer.pageAt(last)).toBeInViewport();
  await expect(pageLabel(last)).toBeVisible();

  // Ctrl+Shift+F goes to the dossier search (Ctrl+F is the viewer's own find).
  await page.keyboard.press('Control+Shift+F');
  await expect(deskundige.dossierZoeken).toBeFocused();

  // Reopened by the same reader (once the page has been remembered): at that page.
  await expect.poll(position).toEqual({ page: last });
  await page.reload();
  await choose();
  await expect(pageLabel(last)).toBeVisible();
  await expect(viewer.pageAt(last)).toBeInViewport();

  // Another deskundige on the same dossier starts at page 1 and sees none of these notes.
  await app.login(other);
  await app.openAanvraag(aanvraagId);
  await choose();
  await expect(pageLabel(1)).toBeVisible();
  await expect(dossier.getByRole('button', { name: 'Mijn notities (0)' })).toBeVisible();
  await expect(deskundige.bladwijzer).toHaveAttribute('aria-pressed', 'false');
  await expect(dossier.locator('[data-bookmark]')).toHaveCount(0);
  expect((await app.api('notitie.list', { aanvraagId })).data).toEqual({ notities: [] });
  expect(problems).toEqual([]);
});
