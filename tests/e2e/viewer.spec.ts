import { expect, test } from '@playwright/test';
import { checkScreen, TlaApp, watchConsole } from './support';

// The read-only dossier viewer of a deskundige: search across the dossier, open a hit at its page,
// the watermark with the reader's name, and the keyboard.

test('a deskundige searches the dossier and opens a hit at its page', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('ortho1');
  const me = (await app.api('auth.me', {})).data as { naam: string };

  // An aanvraag in advies, opened from Mijn werk.
  await page
    .getByRole('table', { name: 'Aanvragen' })
    .getByRole('row')
    .filter({ hasText: 'In advies' })
    .first()
    .click();
  await app.expectState('In advies');
  const dossier = page.getByRole('region', { name: 'Dossier' });
  const search = dossier.getByRole('textbox', { name: 'Zoeken in dossier' });
  await expect(search).toBeVisible();

  // The first page is on screen and carries the watermark with the reader's name.
  const firstPage = dossier.locator('[data-page-number="1"]');
  await expect(firstPage).toBeVisible();
  await expect(firstPage.locator('[data-watermark] > span').first()).toHaveAttribute(
    'data-text',
    new RegExp(me.naam),
  );
  await expect(page.getByRole('button', { name: /download|opslaan|afdrukken|print/i })).toHaveCount(
    0,
  );

  // Ctrl+F goes to the dossier search.
  await firstPage.click();
  await page.keyboard.press('Control+f');
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
  const shown = dossier.locator(`[data-page-number="${target.page}"]`);
  await expect(shown).toBeInViewport();
  await expect(dossier.getByText(new RegExp(`^Pagina ${target.page} van \\d+$`))).toBeVisible();
  await expect(shown.locator('canvas')).toBeVisible();
  await expect(shown.locator('[data-watermark] > span').first()).toHaveAttribute(
    'data-text',
    new RegExp(me.naam),
  );
  await checkScreen(page, 'viewer-dossier-zoeken');

  // Keyboard: Home to the first page, End to the last.
  await shown.click();
  await page.keyboard.press('Home');
  await expect(dossier.locator('[data-page-number="1"]')).toBeInViewport();
  await page.keyboard.press('End');
  await expect(dossier.locator('[data-page-number]').last()).toBeInViewport();

  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(dossier.locator('[data-page-number="2"]')).toBeInViewport();

  // Rotate a quarter turn: the page lies on its side; 'Hele pagina' fits it in the pane.
  const one = dossier.locator('[data-page-number="1"]');
  const portrait = (await one.boundingBox())!;
  expect(portrait.height).toBeGreaterThan(portrait.width);
  await dossier.getByRole('button', { name: 'Draai 90° rechtsom' }).click();
  await expect
    .poll(async () => {
      const box = (await one.boundingBox())!;
      return box.width > box.height;
    })
    .toBe(true);
  await dossier.getByRole('button', { name: 'Hele pagina' }).click();
  await expect(dossier.getByRole('button', { name: 'Hele pagina' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const pane = (await dossier.getByRole('region', { name: /^Document:/ }).boundingBox())!;
  await expect.poll(async () => (await one.boundingBox())!.height).toBeLessThan(pane.height);

  await expect(one.locator('canvas')).toBeVisible();
  await checkScreen(page, 'viewer-gedraaid-hele-pagina');

  expect(problems).toEqual([]);
});
