import { expect, test, type Locator, type Page } from '@playwright/test';
import { oddPdfCorpus } from '../support/odd-pdf-corpus';
import { DeskundigeWorkspace, SecretarisPage, TlaApp, type DocumentViewer } from './pages';
import { checkScreen, watchConsole } from './support';

// The read-only dossier viewer of a deskundige: search across the dossier, open a hit at its page,
// the watermark with the reader's name, and the keyboard.

test('a deskundige searches the dossier and opens a hit at its page', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);
  await app.login('ortho1');
  const me = await app.me();

  // An aanvraag in advies, opened from Mijn werk.
  await app.openFromMijnWerk('In advies');
  const dossier = deskundige.dossier;
  const viewer = deskundige.dossierViewer;
  const search = deskundige.dossierZoeken;
  await expect(search).toBeVisible();

  // The first page is on screen and carries the watermark with the reader's name.
  const firstPage = viewer.pageAt(1);
  await expect(firstPage).toBeVisible();
  await expect(firstPage.locator('[data-watermark] > span').first()).toHaveAttribute(
    'data-text',
    new RegExp(me),
  );
  await expect(page.getByRole('button', { name: /download|opslaan|afdrukken|print/i })).toHaveCount(
    0,
  );

  // Ctrl+Shift+F goes to the dossier search (Ctrl+F is find in the open document).
  await firstPage.click();
  await page.keyboard.press('Control+Shift+F');
  await expect(search).toBeFocused();

  // Every demo page says it is fictional: a hit list across documents and pages.
  await search.fill('Fictief');
  const hits = dossier.getByRole('list', { name: 'Zoekresultaten' }).getByRole('button');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('strong').first()).toHaveText(/fictief/i);

  // Open a hit on a later page if there is one, in another document than the first if possible.
  const labels = await hits.allTextContents();
  const parsed = labels.map((t, i) => ({ i, page: Number(/pagina (\d+)/.exec(t)?.[1] ?? '1') }));
  const target = [...parsed].reverse().find((h) => h.page > 1) ?? parsed[0]!;
  const hit = hits.nth(target.i);
  const fileName = (await hit.textContent())!.split(' · ')[0]!;
  await hit.click();
  await expect(dossier.getByRole('region', { name: `Document: ${fileName}` })).toBeVisible();
  const shown = viewer.pageAt(target.page);
  await expect(shown).toBeInViewport();
  await expect(dossier.getByText(new RegExp(`^Pagina ${target.page} van \\d+$`))).toBeVisible();
  await expect(shown.locator('canvas')).toBeVisible();
  // The searched word is found again in the opened document: highlighted on that page, the
  // current hit there, and the page stays in view.
  await expect(dossier.getByRole('textbox', { name: /Zoeken in document/ })).toHaveValue('Fictief');
  await expect(shown.locator('[data-find-mark]').first()).toBeVisible();
  await expect(shown.locator('[data-find-mark][data-current]')).toHaveCount(1);
  await expect(shown).toBeInViewport();
  await expect(shown.locator('[data-watermark] > span').first()).toHaveAttribute(
    'data-text',
    new RegExp(me),
  );
  await checkScreen(page, 'viewer-dossier-zoeken');

  // Keyboard: Home to the first page, End to the last.
  await shown.click();
  await page.keyboard.press('Home');
  await expect(viewer.pageAt(1)).toBeInViewport();
  await page.keyboard.press('End');
  await expect(viewer.pages.last()).toBeInViewport();

  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(viewer.pageAt(2)).toBeInViewport();

  // Rotate a quarter turn: the page lies on its side; 'Hele pagina' fits it in the pane.
  const one = viewer.pageAt(1);
  const portrait = (await one.boundingBox())!;
  expect(portrait.height).toBeGreaterThan(portrait.width);
  await viewer.rotate(1);
  await viewer.button('Hele pagina').click();
  await expect(viewer.button('Hele pagina')).toHaveAttribute('aria-pressed', 'true');
  const pane = (await dossier.getByRole('region', { name: /^Document:/ }).boundingBox())!;
  await expect.poll(async () => (await one.boundingBox())!.height).toBeLessThan(pane.height);

  await expect(one.locator('canvas')).toBeVisible();
  await checkScreen(page, 'viewer-gedraaid-hele-pagina');

  expect(problems).toEqual([]);
});

/**
 * Logs in as a deskundige, opens an aanvraag in advies and its OPP (more than one page); returns
 * the workspace and the viewer of the OPP.
 */
async function openOpp(
  page: Page,
): Promise<{ app: TlaApp; deskundige: DeskundigeWorkspace; opp: DocumentViewer }> {
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);
  await app.login('ortho1');
  await app.openFromMijnWerk('In advies');
  const opp = await deskundige.kiesDocument(/: OPP\.pdf/, 'OPP.pdf');
  await expect(opp.drawnPage(1)).toBeVisible();
  return { app, deskundige, opp };
}

/** The box of `inner` lies within the box of `outer`. */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  expect(a.width).toBeGreaterThan(0);
  expect(a.x).toBeGreaterThanOrEqual(b.x);
  expect(a.y).toBeGreaterThanOrEqual(b.y);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 1);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height + 1);
}

test('find in the document: Ctrl+F, highlighted hits, the hit list, Enter and Escape', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const { opp } = await openOpp(page);
  const viewer = opp.scope;
  const pageCount = await opp.pageCount();

  // Ctrl+F from the page focuses the find field of the viewer, not the dossier search.
  await opp.pageAt(1).click();
  await page.keyboard.press('Control+f');
  const field = viewer.getByRole('textbox', { name: 'Zoeken in document' });
  await expect(field).toBeFocused();

  // Every demo page carries 'Fictief demonstratiedocument'; case and accents do not matter.
  await field.fill('FICTIËF DEMONSTRATIE');
  const list = viewer.getByRole('list', { name: 'Treffers in dit document' });
  const hits = list.getByRole('button');
  await expect(viewer.getByText(/^1 van \d+ treffers?$/)).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThanOrEqual(pageCount);
  await expect(hits.first()).toContainText('p. 1');
  await expect(hits.first().locator('strong')).toHaveText(/fictief demonstratie/i);

  // The hits on the rendered first page are marked over the page; the current one differs.
  const first = opp.pageAt(1);
  const marks = first.locator('[data-find-mark]');
  await expect(marks.first()).toBeVisible();
  await expectInside(marks.first(), first);
  await expect(viewer.locator('[data-find-mark][data-current]')).toHaveCount(1);
  await expect(first.locator('[data-find-mark][data-current]')).toBeInViewport();

  // A hit in the list on the last page: that page is shown with its current mark in view.
  const lastHit = hits.last();
  const lastPage = Number(/p\. (\d+)/.exec((await lastHit.textContent())!)![1]);
  expect(lastPage).toBe(pageCount);
  await lastHit.click();
  const last = opp.pageAt(lastPage);
  await expect(last).toBeInViewport();
  await expect(last.locator('[data-find-mark][data-current]')).toBeInViewport();
  await expect(viewer.getByText(`${count} van ${count} treffers`)).toBeVisible();
  await checkScreen(page, 'viewer-zoeken-in-document');

  // Enter goes on to the next hit (round to the first), Shift+Enter back.
  await field.press('Enter');
  await expect(viewer.getByText(`1 van ${count} treffers`)).toBeVisible();
  await expect(first.locator('[data-find-mark][data-current]')).toBeInViewport();
  await field.press('Shift+Enter');
  await expect(viewer.getByText(`${count} van ${count} treffers`)).toBeVisible();

  // Turned a quarter, the marks turn with the page and stay on it.
  await opp.rotate(1);
  await expect(first.locator('[data-find-mark]').first()).toBeVisible();
  await expectInside(first.locator('[data-find-mark]').first(), first);
  const turned = (await first.locator('[data-find-mark]').first().boundingBox())!;
  expect(turned.height).toBeGreaterThan(turned.width);

  // Nothing found says so; Escape closes find and its marks.
  await field.fill('zebrapadvogel');
  await expect(viewer.getByText('Niets gevonden')).toBeVisible();
  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(viewer.locator('[data-find-mark]')).toHaveCount(0);

  expect(problems).toEqual([]);
});

test('thumbnails jump to a page; zoom keys; printing shows no page', async ({ page }) => {
  const problems = watchConsole(page);
  const { opp } = await openOpp(page);
  const viewer = opp.scope;
  const pageCount = await opp.pageCount();
  expect(pageCount).toBeGreaterThan(1);

  // Start at the first page (the reader's last position may be elsewhere).
  await opp.pageAt(1).click();
  await page.keyboard.press('Home');

  const toggle = opp.button('Overzicht');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const overview = viewer.getByRole('navigation', { name: 'Paginaoverzicht' });
  const thumbs = overview.getByRole('button');
  await expect(thumbs).toHaveCount(pageCount);
  await expect(thumbs.first()).toHaveAttribute('aria-current', 'page');
  // Drawn after the pages, but drawn.
  await expect(thumbs.first().locator('canvas')).toBeVisible();

  // A click on the last thumbnail shows that page and marks its thumbnail as current.
  // (dossier-documents.spec.ts may have bookmarked that page: "Pagina N, met bladwijzer".)
  await overview
    .getByRole('button', { name: new RegExp(`^Pagina ${pageCount}(, met bladwijzer)?$`) })
    .click();
  await expect(opp.pageAt(pageCount)).toBeInViewport();
  await expect(thumbs.last()).toHaveAttribute('aria-current', 'page');
  await expect(thumbs.last().locator('canvas')).toBeVisible();
  await checkScreen(page, 'viewer-paginaoverzicht');

  // Enter on a focused thumbnail works the same.
  await thumbs.first().focus();
  await page.keyboard.press('Enter');
  await expect(opp.pageAt(1)).toBeInViewport();

  // + and − zoom from the keyboard (in steps); the keys are announced.
  const scroller = viewer.locator('[aria-keyshortcuts*="PageDown"]');
  await expect(scroller).toHaveAttribute('aria-keyshortcuts', /Home End Plus Minus Control\+F/);
  const before = await opp.zoomPercent();
  await scroller.focus();
  await page.keyboard.press('+');
  await expect.poll(() => opp.zoomPercent()).toBeGreaterThan(before);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => opp.zoomPercent()).toBeLessThan(before);

  // The overview can be closed again.
  await toggle.click();
  await expect(overview).toBeHidden();

  // No context menu over a page (Chromium would offer 'Save image as…' on a canvas).
  const menuPrevented = await opp
    .pageAt(1)
    .locator('canvas')
    .evaluate(
      (c) => !c.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
    );
  expect(menuPrevented).toBe(true);

  // Printing the window shows no page, only why.
  await page.emulateMedia({ media: 'print' });
  await expect(viewer.getByText('Afdrukken is niet toegestaan.')).toBeVisible();
  await expect(opp.pageAt(1)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(viewer.getByText('Afdrukken is niet toegestaan.')).toBeHidden();

  expect(problems).toEqual([]);
});

test('viewer and form sit in resizable panes; the split is remembered', async ({ page }) => {
  const problems = watchConsole(page);
  const { deskundige } = await openOpp(page);
  const dossier = deskundige.dossier;
  const separator = page.getByRole('separator', {
    name: 'Breedte van dossier en formulier aanpassen',
  });
  await expect(separator).toBeVisible();
  const width = async (): Promise<number> => (await dossier.boundingBox())!.width;
  const before = await width();

  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(width).toBeLessThan(before - 20);
  const narrowed = await width();
  // The viewer follows its pane: the page is drawn again at the new width.
  await expect(deskundige.dossierViewer.drawnPage(1)).toBeVisible();

  // After a reload the panes keep the chosen split.
  await page.reload();
  await expect(deskundige.dossierViewer.drawnPage(1)).toBeVisible();
  await expect.poll(width).toBeLessThan(before - 20);
  expect(Math.abs((await width()) - narrowed)).toBeLessThan(4);

  // Back with the other arrow.
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(width).toBeGreaterThan(narrowed + 20);

  expect(problems).toEqual([]);
});

test('a document opens again at the page where the reader left it', async ({ page }) => {
  const problems = watchConsole(page);
  const { app, deskundige, opp } = await openOpp(page);
  const pageCount = await opp.pageCount();
  expect(pageCount).toBeGreaterThan(1);
  await opp.pressEndFromFirstPage();
  await expect(opp.pageAt(pageCount)).toBeInViewport();
  const indicator = opp.scope.getByText(new RegExp(`^Pagina \\d+ van ${pageCount}$`));
  const shownPage = async (): Promise<number> =>
    Number(/Pagina (\d+)/.exec((await indicator.textContent()) ?? '')?.[1] ?? '0');
  await expect.poll(shownPage).toBeGreaterThan(1);
  const shown = await shownPage();

  // Leave the aanvraag and come back: the viewer opens at that page, not at page 1.
  await app.toMijnWerk();
  await page.goBack();
  const reopened = await deskundige.kiesDocument(/: OPP\.pdf/, 'OPP.pdf');
  await expect(reopened.drawnPage(shown)).toBeInViewport();
  await expect(reopened.pageLabel(shown, pageCount)).toBeVisible();

  expect(problems).toEqual([]);
});

test('fit width and fit page shrink a very large page into the pane (below 25 %)', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');
  const rows = await app.workRows('secretaris', 200);
  // The last aanvraag in ontvangen (viewer-corpus.spec.ts imports its corpus into the first).
  const aanvraagId = rows.filter((r) => r.state === 'ontvangen').at(-1)!.id;
  const huge = (await oddPdfCorpus()).find((p) => p.id === 'huge-page')!;
  const added = await secretaris.importeerPdf(aanvraagId, huge);
  expect(added.ok).toBe(true);
  await app.openAanvraag(aanvraagId);
  const viewer = await secretaris.openDocument(huge.fileName);
  await expect(viewer.drawnPage(1)).toBeVisible();
  const scroller = viewer.scope.locator('[aria-label="Pagina’s"]');
  const fits = async (): Promise<{ page: number; pane: number; paneHeight: number; h: number }> => {
    const pane = await scroller.evaluate((e) => ({ w: e.clientWidth, h: e.clientHeight }));
    const box = await viewer.pageAt(1).evaluate((e) => ({
      w: e.getBoundingClientRect().width,
      h: e.getBoundingClientRect().height,
    }));
    return { page: box.w, pane: pane.w, paneHeight: pane.h, h: box.h };
  };
  // 14400 pt wide in a pane of about 1100 px: about 7 %, where fitting used to stop at 25 %.
  const byWidth = await fits();
  expect(byWidth.page).toBeLessThanOrEqual(byWidth.pane);
  expect(byWidth.page).toBeGreaterThan(byWidth.pane - 60);
  expect(await viewer.zoomPercent()).toBeLessThan(25);
  await page.screenshot({ path: 'test-results/screens/viewer-heel-grote-pagina.png' });

  await viewer.button('Hele pagina').click();
  await expect.poll(async () => (await fits()).h).toBeLessThanOrEqual(byWidth.paneHeight);
  // Zooming in from there goes in sane steps (10 %, 25 %, …), not straight to 50 %.
  await scroller.focus();
  await page.keyboard.press('+');
  await expect(viewer.zoom).toHaveText('10%');
  expect(problems).toEqual([]);
});
