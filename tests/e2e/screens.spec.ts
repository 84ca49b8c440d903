import { expect, test } from '@playwright/test';
import { EMPTY_URL } from './playwright.config';
import { checkScreen, TlaApp, watchConsole } from './support';

// Every screen: a screenshot under test-results/screens/, an axe check (no serious or critical
// violations) and no CSP violation. The first-start screens run against an empty database.

test('first start: create the beheerder or load the demo', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(EMPTY_URL);
  await expect(page.getByRole('heading', { name: 'Welkom bij TLA' })).toBeVisible();
  await checkScreen(page, 'eerste-start');
  await page.getByRole('button', { name: 'Demo-omgeving laden' }).click();
  await expect(page.getByRole('heading', { name: 'De demo-omgeving staat klaar' })).toBeVisible({
    timeout: 60_000,
  });
  await checkScreen(page, 'eerste-start-demo-geladen');
  await page.getByRole('button', { name: 'Naar inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await checkScreen(page, 'inloggen');
  await page.getByLabel('Gebruikersnaam').fill('sll');
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord-123');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('Gebruikersnaam of wachtwoord klopt niet.');
  expect(problems).toEqual([]);
});

test('Mijn werk for every role, and the beheer screens', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  for (const user of ['sll', 'voorzitter', 'ortho1', 'directeur', 'beheer']) {
    await app.login(user);
    await checkScreen(page, `mijn-werk-${user}`);
  }
  await page.getByRole('link', { name: 'Gebruikers' }).click();
  await expect(page.getByRole('heading', { name: 'Gebruikers' })).toBeVisible();
  await checkScreen(page, 'beheer-gebruikers');
  await page.getByRole('link', { name: 'Deskundigenpool' }).click();
  await expect(page.getByRole('heading', { name: 'Deskundigenpool' })).toBeVisible();
  await checkScreen(page, 'beheer-deskundigenpool');
  expect(problems).toEqual([]);
});

test('the aanvraag page in each role and state', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const byState = async (role: string, state: string) => {
    const r = (await app.api('werk.mijn', { role, search: '', offset: 0, limit: 200 })).data as {
      rows: { id: number; state: string }[];
    };
    const row = r.rows.find((x) => x.state === state);
    expect(row, `${role} has an aanvraag in ${state}`).toBeDefined();
    return row!.id;
  };
  await app.login('sll');
  await app.openAanvraag(await byState('secretaris', 'ontvangen'));
  await checkScreen(page, 'aanvraag-secretaris-ontvangen');
  await app.login('voorzitter');
  await app.openAanvraag(await byState('voorzitter', 'te_verdelen'));
  await expect(page.getByRole('button', { name: 'Deskundigen toewijzen' })).toBeVisible();
  await checkScreen(page, 'aanvraag-voorzitter-te-verdelen');
  await app.openAanvraag(await byState('voorzitter', 'geagendeerd'));
  await expect(page.getByText('Niet unaniem', { exact: true }).first()).toBeVisible();
  await checkScreen(page, 'aanvraag-voorzitter-geagendeerd');
  await app.login('directeur');
  await app.openAanvraag(await byState('directeur', 'ter_besluitvorming'));
  await checkScreen(page, 'aanvraag-directeur-ter-besluitvorming');
  await page.getByRole('button', { name: 'Terugsturen met vragen' }).click();
  await checkScreen(page, 'aanvraag-directeur-terugsturen');
  expect(problems).toEqual([]);
});
