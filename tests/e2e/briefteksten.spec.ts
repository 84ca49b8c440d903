import { expect, test, type Page } from '@playwright/test';
import { BRIEF_TEKST_SOORTEN } from '../../electron/domain/brief-teksten';
import { BriefTekstenPage, SecretarisPage, TlaApp } from './pages';
import { checkScreen, checkSettledScreen, screenshotOf, watchConsole } from './support';

// Issue 10 · letter texts as the SWV's own, in Chromium: the beheerder edits the text of the
// TLV-verklaring (an invulveld inserted with its button, a bad one refused as typed), previews it
// as a PDF and saves it as a new version; the next verklaring carries it. The letter viewer offers
// 'Afdrukken' and shows no reader's watermark on a letter, while a dossier document keeps its
// watermark and cannot be printed. Screens at 1440×900 and 1280×720.

// Eight screens, each at two sizes with axe: more than the default 90 s on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const EIGEN =
  'Het dagelijks bestuur van {swv.naam} verklaart dat de leerling toelaatbaar is tot {schoolsoort}. Kenmerk: ';

async function beideFormaten(page: Page, naam: string, settled = true): Promise<void> {
  const check = settled ? checkSettledScreen : checkScreen;
  await check(page, `${naam}-1440`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await check(page, `${naam}-1280`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('the beheerder edits the TLV-verklaring text, previews it and saves a new version', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const teksten = new BriefTekstenPage(app);
  await app.login('beheer');
  await teksten.open();
  await expect(teksten.rij('TLV-verklaring')).toContainText('Standaardtekst van TLA');
  // A header row and one row per kind of letter whose text the SWV may edit.
  await expect(teksten.lijst.getByRole('row')).toHaveCount(BRIEF_TEKST_SOORTEN.length + 1);
  await beideFormaten(page, 'briefteksten-lijst');

  await teksten.openEditor('TLV-verklaring');
  await expect(teksten.deel('verklaring')).toHaveValue(/verklaart op grond van artikel 18a/);
  // A bad invulveld is refused as it is typed, in Dutch, and saving is refused too.
  await teksten.vulDeelIn('verklaring', 'Verklaring voor {leerling.adres}.');
  await expect(teksten.melding('verklaring')).toContainText(
    'Het invulveld {leerling.adres} bestaat niet. Kies een invulveld uit de lijst.',
  );
  await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
  await expect(teksten.melding('verklaring')).toBeVisible();
  await checkScreen(page, 'briefteksten-editor-fout');

  // The new text, with an invulveld inserted at the cursor by its button.
  await teksten.vulDeelIn('verklaring', EIGEN);
  await teksten.voegInvulveldToe('verklaring', 'volgnummer');
  await expect(teksten.deel('verklaring')).toHaveValue(`${EIGEN}{volgnummer}`);
  await expect(teksten.melding('verklaring')).toHaveCount(0);
  await beideFormaten(page, 'briefteksten-editor');

  const voorbeeld = await teksten.openVoorbeeld('TLV-verklaring');
  await expect(voorbeeld.pageLabel(1, 1)).toBeVisible();
  await expect(voorbeeld.scope.locator('[data-watermark]')).toHaveCount(0);
  await beideFormaten(page, 'briefteksten-voorbeeld');
  await teksten.sluitVoorbeeld('TLV-verklaring');

  expect(await teksten.slaOp()).toBe(1);
  await expect(page.getByText('In gebruik: versie 1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Versie 1 bekijken' })).toBeVisible();
  // The standard text stays readable in the history.
  await page.getByRole('button', { name: 'Standaardtekst bekijken' }).click();
  const oud = page.getByRole('dialog', { name: 'Standaardtekst van TLA' });
  await expect(oud).toContainText('verklaart op grond van artikel 18a');
  await checkSettledScreen(page, 'briefteksten-versie');
  await oud.getByRole('button', { name: 'Sluiten' }).last().click();

  // Leaving with an unsaved change asks first; 'Blijven' keeps the change.
  await teksten.vulDeelIn('toelichting', 'Nog niet opgeslagen.');
  await page.getByRole('link', { name: '← Alle briefteksten' }).click();
  const vraag = page.getByRole('dialog', { name: 'Weggaan zonder opslaan?' });
  await vraag.getByRole('button', { name: 'Blijven' }).click();
  await expect(teksten.deel('toelichting')).toHaveValue('Nog niet opgeslagen.');
  await page.getByRole('link', { name: '← Alle briefteksten' }).click();
  await vraag.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(teksten.rij('TLV-verklaring')).toContainText('Versie 1');

  // A text that serves two letters shows a block per letter.
  await teksten.openEditor('Niet afgegeven');
  await expect(page.getByRole('heading', { name: 'Brief aan ouders', level: 3 })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Bericht aan de school', level: 3 }),
  ).toBeVisible();
  await expect(teksten.deel('schoolBesluit')).toHaveValue(
    'Het samenwerkingsverband geeft geen toelaatbaarheidsverklaring af voor {schoolsoort}.',
  );
  await beideFormaten(page, 'briefteksten-editor-twee-brieven');
  expect(problems).toEqual([]);
});

test('the next verklaring carries the text; a letter prints without watermark, a document keeps it', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);

  // The directeur-bestuurder adopts an eindadvies (over the API: the decision screen is not ours).
  await app.login('directeur');
  const werk = (await app.api('werk.mijn', {
    role: 'directeur',
    search: '',
    offset: 0,
    limit: 200,
  })) as { data: { rows: { id: number; state: string }[] } };
  const id = werk.data.rows.find((r) => r.state === 'ter_besluitvorming')?.id;
  expect(id, 'the demo has an aanvraag ter besluitvorming').toBeDefined();
  const besluit = (await app.api('besluit.adopt', { aanvraagId: id })) as {
    ok: boolean;
    data: { volgnummer: string | null };
  };
  expect(besluit.ok).toBe(true);
  expect(besluit.data.volgnummer).not.toBeNull();

  await app.login('sll');
  const tekst = (await secretaris.verklaringTekst(id!)).replace(/\s+/g, ' ');
  expect(tekst).toContain('Het dagelijks bestuur van ');
  expect(tekst).toContain(`Kenmerk: ${besluit.data.volgnummer}`);

  await app.openAanvraag(id!);
  await secretaris.verklaringEnBrieven
    .getByRole('button', { name: 'TLV-verklaring openen' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'TLV-verklaring' });
  const brief = dialog.getByRole('region', { name: 'Document: TLV-verklaring' });
  await expect(brief.locator('[data-page-number="1"][data-rendered="true"]')).toBeVisible();
  await expect(brief.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(brief.locator('[data-watermark]')).toHaveCount(0);
  await beideFormaten(page, 'brief-viewer');

  // Printing: the window's print is caught here; the letter's pages are what the print shows.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await brief.getByRole('button', { name: 'Afdrukken' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  const pagesToPrint = page.locator('body > [data-print-pages] > img');
  await expect(pagesToPrint).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tla-shell')).toBeHidden();
  await expect(pagesToPrint.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/brief-afdrukken-print.png', fullPage: true });
  // Chromium's own print of this page: one A4 sheet per page of the letter.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(pagesToPrint).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A dossier document in the same viewer: the reader's watermark, and no print.
  const naam = await secretaris.documenten
    .getByRole('button', { name: / openen$/ })
    .first()
    .getAttribute('aria-label');
  const document = await secretaris.openDocument(naam!.replace(/ openen$/, ''));
  await expect(document.drawnPage(1)).toBeVisible();
  await expect(document.drawnPage(1).locator('[data-watermark]')).toHaveCount(1);
  await expect(document.scope.getByRole('button', { name: 'Afdrukken' })).toHaveCount(0);
  await screenshotOf(document.scope, 'document-viewer-watermerk');
  expect(problems).toEqual([]);
});
