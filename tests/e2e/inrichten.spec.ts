import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startFreshServer, type FreshServer } from './fresh-server';
import { BeheerPage, DocumentViewer, EersteStartPage, TlaApp, type SwvGegevens } from './pages';
import { checkScreen, checkScreenAtBothSizes, screenshotOf, watchConsole } from './support';

// Issue 10, item 1: on an EMPTY install the beheerder is created on the first-start screen, logs
// in, and finds the checklist of setting up on Mijn werk; fills in the SWV's details (bad input
// refused in Dutch, nothing saved), chooses a logo (SVG drawn to a PNG, then a PNG), sees a sample
// letter with the logo and chooses the directeur-bestuurder who signs. With the demo, the checklist
// says TLA is set up.

test.describe.configure({ mode: 'serial' });

const LOGO_DIR = fileURLToPath(new URL('../fixtures/logo/', import.meta.url));
const FRESH_PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 2;

const BEHEERDER = {
  naam: 'Fenna Inrichter',
  gebruikersnaam: 'fb.inrichten',
  wachtwoord: 'Vallei-Inrichten-2026!',
};

const SWV: SwvGegevens = {
  naam: 'Samenwerkingsverband Passend Onderwijs De Vallei',
  registratienummer: 'po 25-05',
  adres: 'Stationsweg 12',
  postcode: '6711pl',
  plaats: 'Ede',
  telefoon: '0318 123 456',
  email: 'tlv@swv-devallei.nl',
  website: 'www.swv-devallei.nl',
};

let fresh: FreshServer;
test.beforeAll(async () => {
  fresh = await startFreshServer(FRESH_PORT);
});
test.afterAll(async () => {
  await fresh?.stop();
});

test('empty install: the beheerder sets up the SWV from the first start', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const start = new EersteStartPage(page, fresh.url);
  await start.open();
  await expect(
    page.getByRole('region', { name: 'Ons eigen samenwerkingsverband inrichten' }),
  ).toBeVisible();
  await checkScreenAtBothSizes(page, 'inrichten-eerste-start', false);
  await start.maakBeheerder(BEHEERDER);
  await expect(page.getByText('uw startpagina wijst u de stappen van het inrichten')).toBeVisible();

  const app = new TlaApp(page, fresh.url);
  const beheer = new BeheerPage(app);
  await app.login(BEHEERDER.gebruikersnaam, BEHEERDER.wachtwoord);
  await expect(page.getByRole('heading', { name: 'Inrichten' })).toBeVisible();
  await beheer.verwachtStapStatus('Gegevens van het samenwerkingsverband', 'Nog te doen');
  await beheer.verwachtStapStatus('Schoolbesturen en scholen', 'Nog te doen');
  await beheer.verwachtStapStatus('Gebruikers', 'Nog te doen');
  await beheer.verwachtStapStatus('Deskundigenpool', 'Nog te doen');
  await beheer.verwachtStapStatus('Briefteksten', 'Niet verplicht');
  await checkScreenAtBothSizes(page, 'inrichten-checklist-leeg');

  // Step 1 from its link in the checklist.
  await beheer
    .inrichtenStap('Gegevens van het samenwerkingsverband')
    .getByRole('link', { name: 'Gegevens invullen' })
    .click();
  await expect(page.getByRole('heading', { name: 'Samenwerkingsverband', level: 2 })).toBeVisible();
  await expect(page.getByText('Nog niet ingevuld')).toBeVisible();
  await checkScreenAtBothSizes(page, 'inrichten-swv-leeg');

  // Bad input: Dutch messages at the fields, nothing saved.
  await beheer.vulSwvGegevensIn({ ...SWV, registratienummer: '25-05', postcode: '671 PL' });
  await beheer.swvFormulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(
    page.getByText('Vul het registratienummer in zoals DUO het kent, bijvoorbeeld PO 25-05.'),
  ).toBeVisible();
  await expect(
    page.getByText('Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.'),
  ).toBeVisible();
  expect(((await app.api('swv.get', {})).data as { ingesteld: boolean }).ingesteld).toBe(false);

  // The code follows the registration number; saved in its usual form.
  await beheer.vulSwvGegevensIn(SWV);
  await expect(beheer.swvVeld('Code in de TLV-volgnummers')).toHaveValue('PO2505');
  await beheer.slaSwvGegevensOp();
  await expect(beheer.swvVeld('Registratienummer')).toHaveValue('PO 25-05');
  await expect(beheer.swvVeld('Postcode')).toHaveValue('6711 PL');
  await expect(page.getByText('Nog niet ingevuld')).toHaveCount(0);

  // A file that is no picture is refused in Dutch; an SVG is drawn to a PNG; then a PNG.
  const logo = page.getByRole('region', { name: 'Logo' });
  const chooser = page.waitForEvent('filechooser');
  await logo.getByRole('button', { name: 'Logo kiezen' }).click();
  await (
    await chooser
  ).setFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('geen logo') });
  await expect(logo.getByRole('alert')).toHaveText(
    'Dit bestand is geen PNG- of SVG-afbeelding. Kies een PNG- of SVG-bestand.',
  );
  await beheer.kiesLogo(path.join(LOGO_DIR, 'logo.svg'));
  const svgLogo = (await app.api('swv.get', {})).data as {
    logo: { breedte: number; hoogte: number };
  };
  expect(svgLogo.logo).toMatchObject({ breedte: 1200, hoogte: 400 });
  await screenshotOf(logo, 'inrichten-logo-svg');
  await beheer.kiesLogo(path.join(LOGO_DIR, 'logo.png'));
  await expect(logo.getByText('600 × 200 pixels', { exact: true })).toBeVisible();
  await checkScreenAtBothSizes(page, 'inrichten-swv');

  // The sample letter: letterhead with the logo, the LBT in the bezwaarclausule.
  const dialog = await beheer.openVoorbeeldbrief();
  const viewer = new DocumentViewer(page, dialog);
  await expect(viewer.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, 'inrichten-voorbeeldbrief-1440');
  // The first page whole, and the second with the bezwaarclausule, as pictures to look at.
  await viewer.button('Hele pagina').click();
  await screenshotOf(viewer.drawnPage(1), 'inrichten-voorbeeldbrief-pagina-1');
  await viewer.pageAt(1).click();
  await page.keyboard.press('PageDown');
  await expect(viewer.pageLabel(2, 2)).toBeVisible();
  await screenshotOf(viewer.drawnPage(2), 'inrichten-voorbeeldbrief-pagina-2');
  await page.keyboard.press('Escape');

  // Back on Mijn werk: step 1 waits for the directeur-bestuurder who signs.
  await app.toMijnWerk();
  await beheer.verwachtStapStatus('Gegevens van het samenwerkingsverband', 'Bijna klaar');
  await expect(beheer.inrichtenStap('Gegevens van het samenwerkingsverband')).toContainText(
    'Kies nog de directeur-bestuurder',
  );
  await checkScreenAtBothSizes(page, 'inrichten-checklist');

  // Once a directeur-bestuurder exists (Gebruikers), the beheerder chooses who signs.
  const created = await app.api('users.create', {
    naam: 'Dirk de Directeur',
    username: 'd.directeur',
    password: 'Kwartel-Zonnebloem-Rivier-77',
    roles: ['directeur'],
  });
  expect(created.ok, JSON.stringify(created.error)).toBe(true);
  await beheer.openSamenwerkingsverband();
  await beheer.vulSwvGegevensIn({ ...SWV, directeur: 'Dirk de Directeur' });
  await beheer.slaSwvGegevensOp();
  await app.toMijnWerk();
  await beheer.verwachtStapStatus('Gegevens van het samenwerkingsverband', 'Klaar');
  await beheer.verwachtStapStatus('Gebruikers', 'Nog te doen');
  expect(problems).toEqual([]);
});

test('with the demo: the beheerder’s Mijn werk says TLA is set up', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const beheer = new BeheerPage(app);
  await app.login('beheer');
  await expect(page.getByRole('heading', { name: 'TLA is ingericht' })).toBeVisible();
  await beheer.verwachtStapStatus('Gegevens van het samenwerkingsverband', 'Klaar');
  await checkScreenAtBothSizes(page, 'inrichten-demo-ingericht');
  await beheer.openSamenwerkingsverband();
  await expect(beheer.swvVeld('Registratienummer')).toHaveValue('PO 25-05');
  await checkScreenAtBothSizes(page, 'inrichten-swv-demo');
  expect(problems).toEqual([]);
});
