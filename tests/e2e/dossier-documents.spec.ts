import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_USERS } from '../../electron/demo/dataset';
import { demoLargePdf, demoOpp } from '../../electron/demo/pdfs';
import { checkScreen, TlaApp, watchConsole } from './support';

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

/** Drops files on a drop zone the way the browser does: a DataTransfer in a drop event. */
async function dropFiles(
  zone: Locator,
  files: { name: string; type: string; base64: string }[],
): Promise<void> {
  await zone.evaluate((el, list) => {
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

async function openFirst(page: Page, state: string, nth = 0): Promise<void> {
  await page
    .getByRole('table', { name: 'Aanvragen' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: state, exact: true }) })
    .nth(nth)
    .click();
  await expect(page.getByText(state, { exact: true }).first()).toBeVisible();
}

test('registration: a whole folder is imported, the non-PDF skipped with a note', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const folder = await fixtureFolder();
  await app.login('sll');
  await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
  await expect(page.getByRole('heading', { name: /Nieuwe aanvraag/ })).toBeVisible();

  // 'Map kiezen' opens the folder picker (the same input as the PDF button, in folder mode).
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Map kiezen' }).click();
  await (await chooser).setFiles(folder);

  const list = page.getByRole('list', { name: 'Toegevoegde documenten' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  // The kind is guessed from the name; the secretary checks it.
  await expect(page.getByRole('textbox', { name: 'Soort document van opp-sem.pdf' })).toHaveValue(
    'Ontwikkelingsperspectiefplan (OPP)',
  );
  await expect(
    page.getByRole('textbox', { name: 'Soort document van ot-verslag-sem.pdf' }),
  ).toHaveValue('Verslag ondersteuningsteam (OT)');
  // Named after nothing: the guess comes from its sub-folder.
  await expect(page.getByRole('textbox', { name: 'Soort document van scan-1.pdf' })).toHaveValue(
    'Verslag ondersteuningsteam (OT)',
  );
  await expect(page.getByRole('textbox', { name: 'Soort document van lvs-sem.pdf' })).toHaveValue(
    'LVS-gegevens',
  );
  await expect(page.getByTestId('skipped-note')).toHaveText(
    '1 bestand is overgeslagen omdat het geen PDF is: dossier-sem/notities.txt.',
  );
  await page.getByTestId('skipped-note').scrollIntoViewIfNeeded();
  await checkScreen(page, 'dossier-documents-map-import');

  // The file button still takes single PDFs (one file input on the form).
  await page.locator('input[type=file]').setInputFiles(path.join(folder, 'opp-sem.pdf'));
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await page.getByRole('button', { name: 'opp-sem.pdf verwijderen' }).last().click();
  await expect(list.getByRole('listitem')).toHaveCount(4);

  // The secretary corrects a guess, then registers as before.
  await page.getByRole('textbox', { name: 'Soort document van scan-1.pdf' }).click();
  await page.getByRole('option', { name: 'Overig' }).click();
  await page.getByLabel('Documentdatum van opp-sem.pdf').fill('2026-10-01');
  await page.getByLabel('Naam leerling').fill('Sem Map');
  await page.getByLabel('Geboortedatum').fill('2016-02-03');
  await page.getByLabel('Woonplaats').fill('Ede');
  const school = page.getByRole('textbox', { name: /Verwijzende school/ });
  await school.click();
  await school.fill('Regenboog');
  await page.getByRole('option').first().click();
  await page.getByLabel('SBO', { exact: true }).check();
  await page.getByLabel('Naam ouder(s)').fill('Fam. Map');
  await page.getByLabel('Adres').fill('Dorpsstraat 2');
  await page.getByLabel('Postcode').fill('6711 AB');
  await page.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Ede');
  await page.getByRole('button', { name: 'Aanvraag registreren' }).click();
  await page.waitForURL(/#\/aanvraag\/\d+/);
  const docs = page.getByRole('table', { name: 'Documenten van het dossier' });
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
  await app.login('sll');
  await openFirst(page, 'Ontvangen');

  // Dropped: a long PDF and a photo; the photo is skipped with a note.
  const big = Buffer.from(await demoLargePdf(150)).toString('base64');
  await dropFiles(page.getByTestId('pdf-dropzone'), [
    { name: 'lvs-groot.pdf', type: 'application/pdf', base64: big },
    { name: 'foto.jpg', type: 'image/jpeg', base64: Buffer.from('jpeg').toString('base64') },
  ]);
  await expect(page.getByTestId('skipped-note')).toHaveText(
    '1 bestand is overgeslagen omdat het geen PDF is: foto.jpg.',
  );
  await expect(page.getByRole('textbox', { name: 'Soort document van lvs-groot.pdf' })).toHaveValue(
    'LVS-gegevens',
  );
  await page.getByTestId('skipped-note').scrollIntoViewIfNeeded();
  await checkScreen(page, 'dossier-documents-drop');
  await page.getByRole('button', { name: 'Document opslaan' }).click();

  // The index runs off the UI thread; the list shows its progress, then the outcome.
  const row = page.getByRole('row', { name: 'lvs-groot.pdf (versie 1)' });
  await expect(row).toBeVisible();
  const progress = row.getByText(/^Tekst doorzoekbaar maken: \d+ van 150 pagina’s$/);
  await expect(progress.or(row.getByText('Doorzoekbaar', { exact: true }))).toBeVisible();
  if (await progress.isVisible()) await checkScreen(page, 'dossier-documents-index-voortgang');
  await expect(row.getByText('Doorzoekbaar', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(row.getByRole('progressbar')).toHaveCount(0);

  // A new version of the first document, with a reason.
  const first = page
    .getByRole('table', { name: 'Documenten van het dossier' })
    .getByRole('row', { name: /\(versie 1\)$/ })
    .first();
  const oldName = (await first.getAttribute('aria-label'))!.replace(/ \(versie 1\)$/, '');
  await page.getByRole('button', { name: `Nieuwe versie van ${oldName}` }).click();
  const dialog = page.getByRole('dialog');
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

  const v2 = page.getByRole('row', { name: 'opp-ondertekend.pdf (versie 2)' });
  await expect(v2.getByText('versie 2', { exact: true })).toBeVisible();
  await expect(v2.getByText('Reden: Ondertekende versie ontvangen')).toBeVisible();
  // The old one is listed under it (opened right after saving), read-only viewable.
  const v1 = page.getByRole('row', { name: `${oldName} (versie 1)` });
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

/** The usernames of the two deskundigen assigned to the aanvraag on screen. */
async function assigned(app: TlaApp): Promise<string[]> {
  const got = await app.api('aanvraag.get', { aanvraagId: app.currentAanvraagId() });
  const detail = got.data as { toewijzingen: { naam: string }[] };
  return detail.toewijzingen.map((t) => DEMO_USERS.find((u) => u.naam === t.naam)!.username);
}

test('deskundige: last position per reader, private notes and bookmarks', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('ortho1');
  await openFirst(page, 'In advies');
  const aanvraagId = app.currentAanvraagId();
  const [one, two] = await assigned(app);
  const other = one === 'ortho1' ? two! : one!;
  const dossier = page.getByRole('region', { name: 'Dossier' });

  // The OPP: the demo's document with more than one page.
  const detail = (await app.api('aanvraag.get', { aanvraagId })).data as {
    documents: { id: number; kind: string; fileName: string; vervangenDoorId: number | null }[];
  };
  const doc = detail.documents.find((d) => d.kind === 'opp' && d.vervangenDoorId === null)!;
  const last = 2;
  const choose = async (): Promise<void> => {
    await dossier.getByRole('textbox', { name: 'Document uit het dossier' }).click();
    await page.getByRole('option', { name: new RegExp(doc.fileName) }).click();
    await expect(dossier.getByRole('region', { name: `Document: ${doc.fileName}` })).toBeVisible();
  };
  await choose();
  const pageLabel = (n: number) => dossier.getByText(`Pagina ${n} van ${last}`, { exact: true });
  await expect(pageLabel(1)).toBeVisible();

  // Read to the last page (zoomed in, so it fills the view): it is remembered for this reader.
  for (let i = 0; i < 3; i++) await dossier.getByRole('button', { name: 'Inzoomen' }).click();
  await dossier.locator('[data-page-number="1"]').click();
  await page.keyboard.press('End');
  await expect(pageLabel(last)).toBeVisible();
  await expect
    .poll(async () => (await app.api('document.positie', { documentId: doc.id })).data)
    .toEqual({ page: last });

  // Bookmark and note on this page, in the viewer's toolbar.
  const bookmark = dossier.getByRole('button', { name: 'Bladwijzer', exact: true });
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await expect(dossier.locator(`[data-page-number="${last}"] [data-bookmark]`)).toHaveCount(1);
  await dossier.getByRole('button', { name: 'Notitie', exact: true }).click();
  const form = page.getByRole('form', { name: `Notitie bij pagina ${last}` });
  await expect(
    form.getByText('Alleen voor u zichtbaar; komt niet in brieven of exports.'),
  ).toBeVisible();
  await form.getByLabel(`Notitie bij pagina ${last}`).fill('Vraag: is de OT-datum juist?');
  await checkScreen(page, 'dossier-documents-notitie-formulier');
  await form.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(form).toBeHidden();

  // Mijn notities lists both, says they are private, and jumps to the page.
  const panel = dossier.getByRole('region', { name: /Mijn notities/ });
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
  await dossier.locator(`[data-page-number="${last}"]`).click();
  await page.keyboard.press('Home');
  await expect(pageLabel(1)).toBeVisible();
  await checkScreen(page, 'dossier-documents-mijn-notities');
  await items.first().click();
  await expect(dossier.locator(`[data-page-number="${last}"]`)).toBeInViewport();
  await expect(pageLabel(last)).toBeVisible();

  // Ctrl+Shift+F goes to the dossier search (Ctrl+F is the viewer's own find).
  await page.keyboard.press('Control+Shift+F');
  await expect(dossier.getByRole('textbox', { name: 'Zoeken in dossier' })).toBeFocused();

  // Reopened by the same reader (once the page has been remembered): at that page.
  await expect
    .poll(async () => (await app.api('document.positie', { documentId: doc.id })).data)
    .toEqual({ page: last });
  await page.reload();
  await choose();
  await expect(pageLabel(last)).toBeVisible();
  await expect(dossier.locator(`[data-page-number="${last}"]`)).toBeInViewport();

  // Another deskundige on the same dossier starts at page 1 and sees none of these notes.
  await app.login(other);
  await app.openAanvraag(aanvraagId);
  await choose();
  await expect(pageLabel(1)).toBeVisible();
  await expect(dossier.getByRole('button', { name: 'Mijn notities (0)' })).toBeVisible();
  await expect(dossier.getByRole('button', { name: 'Bladwijzer', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(dossier.locator('[data-bookmark]')).toHaveCount(0);
  expect((await app.api('notitie.list', { aanvraagId })).data).toEqual({ notities: [] });
  expect(problems).toEqual([]);
});
