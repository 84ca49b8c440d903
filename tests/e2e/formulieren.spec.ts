import { expect, test } from '@playwright/test';
import { SecretarisPage, TlaApp } from './pages';
import { checkScreen, watchConsole } from './support';

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
