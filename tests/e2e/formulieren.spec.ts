import { expect, test, type Locator, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { addDays, toIsoDateFromInstant } from '../../electron/domain/calendar';
import { registration } from '../support/fixtures';
import { BeheerPage, SecretarisPage, TlaApp } from './pages';
import { typeDatum } from './pages/datum';
import { checkScreen, watchConsole } from './support';

const today = (): string => toIsoDateFromInstant(new Date());

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

/** Screens at 1440×900 and at 1280×720, both looked at (axe and a screenshot). */
async function bothSizes(page: Page, name: string): Promise<void> {
  await checkScreen(page, name);
  await page.setViewportSize({ width: 1280, height: 720 });
  await checkScreen(page, `${name}-1280`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/**
 * The headers and cells of a list that do not fit: cut off by their column (text columns may end in
 * '…') or lying (partly) outside the list's visible box.
 */
async function clippedCells(table: Locator, textColumns: readonly string[]): Promise<string[]> {
  return table.evaluate((el, ellipsis) => {
    const box = el.getBoundingClientRect();
    const headers = [...el.querySelectorAll('[role=columnheader]')].map((h) => h.textContent ?? '');
    const clipped: string[] = [];
    el.querySelectorAll('[role=row]').forEach((row) => {
      row.querySelectorAll('[role=columnheader], [role=cell]').forEach((cell, i) => {
        const header = headers[i] ?? '';
        if (cell.getBoundingClientRect().right > box.right + 0.5)
          clipped.push(`${header}: ${cell.textContent ?? ''} (outside the list)`);
        else if (cell.getAttribute('role') === 'cell' && ellipsis.includes(header)) return;
        else if (cell.scrollWidth > cell.clientWidth + 1)
          clipped.push(
            `${header}: ${cell.textContent ?? ''} (${cell.scrollWidth} > ${cell.clientWidth})`,
          );
      });
    });
    return clipped;
  }, textColumns);
}

// Issue 10, "Forms a hurried person can trust" and "Layout at 1280×720": the one Dutch date input
// (dd-mm-jjjj whatever the browser's language), the question before leaving a half-filled form,
// correcting a document's kind and date, a non-PDF refused when chosen, the state of a sluitingsdag,
// and the height of the viewer and the width of the columns at 1280×720.

test.describe('the date input in an English-language browser', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('14052016 is 14 May 2016, not 5 December; two-digit years are refused', async ({ page }) => {
    const problems = watchConsole(page);
    const app = new TlaApp(page);
    const secretaris = new SecretarisPage(app);
    await app.login('sll');
    await secretaris.nieuweAanvraag();

    const geboortedatum = page.getByLabel('Geboortedatum');
    await expect(geboortedatum).toHaveAttribute('placeholder', 'dd-mm-jjjj');
    await geboortedatum.pressSequentially('14052016');
    await geboortedatum.blur();
    await expect(geboortedatum).toHaveValue('14-05-2016');
    // The calendar shows the day it read: 14 May 2016, in Dutch.
    await page.getByRole('button', { name: 'Kalender openen' }).first().click();
    await expect(page.getByText('mei 2016')).toBeVisible();
    await checkScreen(page, 'formulieren-datum-kalender');
    await page.setViewportSize({ width: 1280, height: 720 });
    await checkScreen(page, 'formulieren-datum-kalender-1280');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });

    await geboortedatum.fill('1-5-16');
    await geboortedatum.blur();
    await expect(page.getByText('Typ het jaar voluit, met vier cijfers')).toBeVisible();
    await geboortedatum.fill('14/5/2016');
    await expect(page.getByText('Typ het jaar voluit, met vier cijfers')).toHaveCount(0);
    await geboortedatum.blur();
    await expect(geboortedatum).toHaveValue('14-05-2016');
    expect(problems).toEqual([]);
  });
});

test('leaving a half-filled form asks first: menu, back button, closing the window', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');
  await secretaris.nieuweAanvraag();
  await page.getByLabel('Naam leerling').fill('Half Ingevuld');

  // A menu link: the question, and "Blijven" keeps what was typed.
  await app.navLink('Mijn werk').click();
  const vraag = page.getByRole('dialog', { name: 'Weggaan zonder opslaan?' });
  await expect(vraag).toContainText(
    'U heeft gegevens ingevuld die nog niet zijn opgeslagen. Weggaan zonder opslaan?',
  );
  await checkScreen(page, 'formulieren-weggaan');
  await page.setViewportSize({ width: 1280, height: 720 });
  await checkScreen(page, 'formulieren-weggaan-1280');
  await page.setViewportSize({ width: 1440, height: 900 });
  await vraag.getByRole('button', { name: 'Blijven' }).click();
  await expect(vraag).toBeHidden();
  await expect(page.getByRole('heading', { name: /Nieuwe aanvraag/ })).toBeVisible();
  await expect(page.getByLabel('Naam leerling')).toHaveValue('Half Ingevuld');
  expect(page.url()).toMatch(/#\/nieuw$/);

  // The browser's back button: asked too; "Weggaan zonder opslaan" leaves.
  await page.goBack();
  await expect(vraag).toBeVisible();
  await expect(page.getByLabel('Naam leerling')).toHaveValue('Half Ingevuld');
  await vraag.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();

  // An untouched form leaves without a question.
  await secretaris.nieuweAanvraag();
  await app.navLink('Mijn werk').click();
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  await expect(vraag).toHaveCount(0);

  // Closing or reloading the window with unsaved data: the browser's own beforeunload question.
  await secretaris.nieuweAanvraag();
  await page.getByLabel('Naam leerling').fill('Half Ingevuld');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  expect(page.isClosed()).toBe(false);
  expect(problems).toEqual([]);
});

test('a new advice has no conclusion chosen; without one it is neither signed nor saved', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('ortho1');
  const rows = (
    (await app.api('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 200 }))
      .data as {
      rows: { id: number; state: string }[];
    }
  ).rows.filter((r) => r.state === 'in_advies');
  let id: number | null = null;
  for (const r of rows) {
    const mine = (await app.api('advies.mine', { aanvraagId: r.id })).data as {
      advies: unknown;
    } | null;
    if (mine !== null && mine.advies === null) {
      id = r.id;
      break;
    }
  }
  expect(id, 'the demo has an advice for ortho1 without a draft').not.toBeNull();
  await app.openAanvraag(id!);
  const form = page.getByRole('form', { name: 'Advies' });
  await expect(form.getByRole('radio')).toHaveCount(3);
  for (const radio of await form.getByRole('radio').all()) await expect(radio).not.toBeChecked();

  await form.getByLabel(/Onderbouwing/).fill('Een begin van de onderbouwing.');
  await expect(
    form.getByText('Het concept wordt bewaard zodra u een conclusie hebt gekozen.'),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await expect(form.getByText('Kies een conclusie.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const mine = (await app.api('advies.mine', { aanvraagId: id! })).data as { advies: unknown };
  expect(mine.advies).toBeNull();

  // Leaving now would lose the text: asked first.
  await app.navLink('Mijn werk').click();
  const vraag = page.getByRole('dialog', { name: 'Weggaan zonder opslaan?' });
  await expect(vraag).toBeVisible();
  await vraag.getByRole('button', { name: 'Blijven' }).click();
  await expect(vraag).toBeHidden();
  await expect(form.getByLabel(/Onderbouwing/)).toHaveValue('Een begin van de onderbouwing.');
  await checkScreen(page, 'formulieren-advies-zonder-conclusie');
  await page.setViewportSize({ width: 1280, height: 720 });
  await checkScreen(page, 'formulieren-advies-zonder-conclusie-1280');
  await page.setViewportSize({ width: 1440, height: 900 });
  // Leaving after all: nothing of it was saved.
  await app.navLink('Mijn werk').click();
  await vraag.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  expect(
    ((await app.api('advies.mine', { aanvraagId: id! })).data as { advies: unknown }).advies,
  ).toBeNull();
  expect(problems).toEqual([]);
});

test('a document’s kind and date are corrected with a reason, without a new upload', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('sll');
  const schoolId = ((await app.api('scholen.list', {})).data as { scholen: { id: number }[] }[])[0]!
    .scholen[0]!.id;
  const made = await app.api(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: 'Corry Correctie',
      ontvangenOp: today(),
      documents: [
        {
          kind: 'overig',
          fileName: 'opp-oktober.pdf',
          documentDate: addDays(today(), -400),
          dataBase64: (await onePagePdf()).toString('base64'),
        },
      ],
    }),
  );
  expect(made.ok, JSON.stringify(made.error)).toBe(true);
  await app.openAanvraag((made.data as { id: number }).id);

  await page.getByRole('button', { name: 'Soort of datum van opp-oktober.pdf corrigeren' }).click();
  const dialog = page.getByRole('dialog', { name: /Soort of datum corrigeren/ });
  await dialog.getByRole('textbox', { name: 'Soort document' }).click();
  await page.getByRole('option', { name: 'Ontwikkelingsperspectiefplan (OPP)' }).click();
  // A date in the future is refused, and nothing changes.
  await typeDatum(dialog.getByLabel('Documentdatum'), addDays(today(), 3));
  await dialog.getByLabel('Reden van de correctie').fill('Bij registratie als overig gelabeld.');
  await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('ligt in de toekomst');
  await typeDatum(dialog.getByLabel('Documentdatum'), addDays(today(), -20));
  await bothSizes(page, 'formulieren-document-corrigeren');
  await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole('list', { name: 'Correcties van opp-oktober.pdf' });
  await expect(history).toContainText('soort Overig → Ontwikkelingsperspectiefplan (OPP)');
  await expect(history).toContainText('Reden: Bij registratie als overig gelabeld.');
  await expect(
    page
      .getByRole('row', { name: /opp-oktober\.pdf/ })
      .getByText('Ontwikkelingsperspectiefplan (OPP)', { exact: true }),
  ).toBeVisible();
  await history.scrollIntoViewIfNeeded();
  await bothSizes(page, 'formulieren-document-gecorrigeerd');
  expect(problems).toEqual([]);
});

test('a file that is not a PDF is refused the moment it is chosen', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');
  await secretaris.nieuweAanvraag();
  await page.locator('input[type=file]').setInputFiles([
    {
      name: 'verslag.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Dit is geen PDF maar tekst.'),
    },
    { name: 'opp.pdf', mimeType: 'application/pdf', buffer: await onePagePdf() },
  ]);
  await expect(page.getByRole('alert')).toContainText(
    '‘verslag.pdf’ is geen PDF: de inhoud is van een ander soort bestand. Het is niet toegevoegd; kies de PDF zelf.',
  );
  await expect(page.getByRole('listitem', { name: 'opp.pdf' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'verslag.pdf' })).toHaveCount(0);
  await page.getByRole('alert').scrollIntoViewIfNeeded();
  await bothSizes(page, 'formulieren-geen-pdf');
  // Leave without keeping the chosen PDF.
  await app.navLink('Mijn werk').click();
  await page.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  expect(problems).toEqual([]);
});

test('a sluitingsdag added or removed shows as not yet saved until Opslaan', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const beheer = new BeheerPage(app);
  await app.login('beheer');
  await beheer.openInstellingen();
  const day = addDays(today(), 400);
  const saved = async () =>
    ((await app.api('instellingen.termijnen', {})).data as { sluitingsdagen: string[] })
      .sluitingsdagen;

  await beheer.voegSluitingsdagToe(day);
  const item = beheer.sluitingsdagen.getByRole('listitem', { name: /nog niet opgeslagen/ });
  await expect(item).toContainText('Nog niet opgeslagen');
  await expect(page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.')).toBeVisible();
  expect(await saved()).not.toContain(day);
  await item.scrollIntoViewIfNeeded();
  await bothSizes(page, 'formulieren-sluitingsdag-niet-opgeslagen');

  await page.getByRole('button', { name: 'Instellingen opslaan' }).first().click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await expect(beheer.sluitingsdagen.getByText('Nog niet opgeslagen')).toHaveCount(0);
  expect(await saved()).toContain(day);

  // Removing: struck through until saved, and it can be put back.
  const name = new RegExp(`^${String(Number(day.slice(8)))} `);
  const row = beheer.sluitingsdagen.getByRole('listitem', { name });
  await row.getByRole('button', { name: /verwijderen/ }).click();
  await expect(row).toContainText('Wordt verwijderd bij opslaan');
  await row.getByRole('button', { name: /terugzetten/ }).click();
  await expect(page.getByText('U heeft wijzigingen die nog niet zijn opgeslagen.')).toHaveCount(0);
  await row.getByRole('button', { name: /verwijderen/ }).click();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).first().click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  expect(await saved()).not.toContain(day);
  expect(problems).toEqual([]);
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Mijn werk and Termijnen clip no column', async ({ page }) => {
    const app = new TlaApp(page);
    const secretaris = new SecretarisPage(app);
    for (const user of ['sll', 'voorzitter']) {
      await app.login(user);
      const table = page.getByRole('table').first();
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      expect(await clippedCells(table, ['Leerling', 'School'])).toEqual([]);
      await checkScreen(page, `formulieren-mijn-werk-${user}-1280`);
    }
    await app.login('sll');
    await secretaris.openTermijnenDashboard();
    const termijnen = page.getByRole('table', { name: /Termijnen/ });
    await expect(termijnen.getByRole('row').nth(1)).toBeVisible();
    expect(await clippedCells(termijnen, ['Leerling', 'School'])).toEqual([]);
    await checkScreen(page, 'formulieren-termijnen-1280');
  });

  test('the viewer on the advice screen gets most of the height', async ({ page }) => {
    const app = new TlaApp(page);
    await app.login('ortho1');
    const rows = (
      (await app.api('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 200 }))
        .data as { rows: { id: number; state: string }[] }
    ).rows;
    const id = rows.find((r) => r.state === 'in_advies')!.id;
    await app.openAanvraag(id);
    const viewer = page.getByRole('region', { name: /^Document: / });
    await expect(viewer.getByRole('region', { name: 'Pagina’s' }).or(viewer)).toBeVisible();
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
    const box = (await viewer.boundingBox())!;
    expect(box.height, `viewer ${box.height}px high`).toBeGreaterThanOrEqual(0.6 * 720);
    // It fits on the screen: nothing of it below the window.
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    // One scroll area per pane: the page itself does not scroll.
    const main = page.locator('#inhoud');
    expect(await main.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await checkScreen(page, 'formulieren-adviesscherm-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await checkScreen(page, 'formulieren-adviesscherm');
  });
});
