import { expect, test } from '@playwright/test';
import { BeheerPage, DirecteurPage, EersteStartPage, TlaApp, VoorzitterPage } from './pages';
import { checkScreen, watchConsole } from './support';

// Every screen: a screenshot under test-results/screens/, an axe check (no serious or critical
// violations) and no CSP violation. The first-start screens run against an empty database.

test('first start: create the beheerder or load the demo', async ({ page }) => {
  const problems = watchConsole(page);
  const eersteStart = new EersteStartPage(page);
  await eersteStart.open();
  await checkScreen(page, 'eerste-start');
  await eersteStart.laadDemo();
  await checkScreen(page, 'eerste-start-demo-geladen');
  await eersteStart.naarInloggen();
  await checkScreen(page, 'inloggen');
  await new TlaApp(page).loginFails(
    'sll',
    'fout-wachtwoord-123',
    'Gebruikersnaam of wachtwoord klopt niet.',
  );
  expect(problems).toEqual([]);
});

test('Mijn werk for every role, and the beheer screens', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const beheer = new BeheerPage(app);
  for (const user of ['sll', 'voorzitter', 'ortho1', 'directeur', 'beheer']) {
    await app.login(user);
    await checkScreen(page, `mijn-werk-${user}`);
  }
  await beheer.openGebruikers();
  await checkScreen(page, 'beheer-gebruikers');
  await beheer.openDeskundigenpool();
  await checkScreen(page, 'beheer-deskundigenpool');
  expect(problems).toEqual([]);
});

test('the aanvraag page in each role and state', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const voorzitter = new VoorzitterPage(app);
  const inState = async (role: string, state: string): Promise<number> =>
    (await app.firstInState(role, state, 200)).id;

  await app.login('sll');
  await app.openAanvraag(await inState('secretaris', 'ontvangen'));
  await checkScreen(page, 'aanvraag-secretaris-ontvangen');

  await app.login('voorzitter');
  await app.openAanvraag(await inState('voorzitter', 'te_verdelen'));
  await expect(voorzitter.toewijzenKnop).toBeVisible();
  await checkScreen(page, 'aanvraag-voorzitter-te-verdelen');
  await app.openAanvraag(await inState('voorzitter', 'geagendeerd'));
  await voorzitter.verwachtNietUnaniem();
  await checkScreen(page, 'aanvraag-voorzitter-geagendeerd');

  await app.login('directeur');
  await app.openAanvraag(await inState('directeur', 'ter_besluitvorming'));
  await checkScreen(page, 'aanvraag-directeur-ter-besluitvorming');
  await new DirecteurPage(app).openTerugsturen();
  await checkScreen(page, 'aanvraag-directeur-terugsturen');
  expect(problems).toEqual([]);
});
