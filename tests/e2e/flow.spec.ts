import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { bezwaartermijn } from '../../electron/domain/bezwaar';
import { addDays, formatDutchDate } from '../../electron/domain/calendar';
import {
  BetrokkenenSection,
  DeskundigeWorkspace,
  DirecteurPage,
  SecretarisPage,
  TlaApp,
  VoorzitterPage,
} from './pages';
import { isoToDutch } from '../../renderer/lib/dutchDate';
import { checkSettledScreen, screenshotOf, watchConsole } from './support';

// Issue 10, "the flow reaches the right person", in Chromium against the demo: the signed eindadvies
// reaches the voorzitter's Mijn werk; "Besluit verzenden" asks the day of sending and says what
// follows; buiten behandeling is the directeur-bestuurder's decision; who is involved on the
// school's side is recorded and kept from the assignment; a login opens one's own Mijn werk.

test.describe.configure({ mode: 'serial' });

const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The screen at 1440×900 (the default) and at 1280×720, both checked and saved. */
async function beideFormaten(page: Page, name: string): Promise<void> {
  await checkSettledScreen(page, name);
  await page.setViewportSize({ width: 1280, height: 720 });
  await checkSettledScreen(page, `${name}-1280`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

let besloten = 0;

test('the signed eindadvies reaches the voorzitter’s Mijn werk', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);
  const voorzitter = new VoorzitterPage(app);

  await app.login('ortho1');
  const row = await app.firstInState('deskundige', 'eindadvies_in_opmaak', 500);
  await app.openAanvraag(row.id);
  await deskundige.dienEindadviesIn();
  // The deskundige reads what happens next and that nothing is left for them.
  await expect(
    page.getByText(
      'Het eindadvies is ondertekend. De TLA-voorzitter legt het nu voor aan de directeur-bestuurder. U hoeft niets te doen.',
    ),
  ).toBeVisible();
  await expect((await app.workRows('deskundige', 500)).map((r) => r.id)).not.toContain(row.id);

  await app.login('voorzitter');
  const rij = page.getByRole('row').filter({ hasText: row.referentie });
  await expect(rij.getByRole('cell', { name: 'Eindadvies gereed', exact: true })).toBeVisible();
  await beideFormaten(page, 'voorzitter-mijn-werk-eindadvies-gereed');
  await voorzitter.openGereedEindadviesUitMijnWerk(row.referentie);
  await expect(
    page.getByRole('button', { name: 'Voorleggen aan directeur-bestuurder' }),
  ).toBeVisible();
  await beideFormaten(page, 'voorzitter-eindadvies-gereed');
  await voorzitter.legVoorAanDirecteur();

  await app.login('directeur');
  await app.openAanvraag(row.id);
  await new DirecteurPage(app).stelVast();
  besloten = row.id;
  expect(problems).toEqual([]);
});

test('"Besluit verzenden" asks the day of sending and says when the bezwaartermijn ends', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  expect(besloten).toBeGreaterThan(0);

  await app.login('sll');
  await app.openAanvraag(besloten);
  const dialog = await secretaris.openVerzenden();
  const datum = dialog.getByLabel('Verzonden op');
  await expect(datum).toHaveValue(isoToDutch(TODAY));
  const einde = formatDutchDate(bezwaartermijn(TODAY).totEnMet);
  await expect(dialog.getByRole('status')).toContainText(`tot en met ${einde}`);
  await beideFormaten(page, 'secretaris-besluit-verzenden');

  // Not after today, not before the besluitdatum (today): refused, nothing saved.
  await datum.fill(isoToDutch(addDays(TODAY, 1)));
  await dialog.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(dialog.getByText(/Kies een datum op of voor|ligt in de toekomst/)).toBeVisible();
  await datum.fill(isoToDutch(addDays(TODAY, -1)));
  await dialog.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(dialog.getByText(/Kies een datum op of na|ligt vóór de besluitdatum/)).toBeVisible();
  expect(
    ((await app.api('aanvraag.get', { aanvraagId: besloten })).data as { state: string }).state,
  ).toBe('besloten');
  await secretaris.annuleer(dialog);

  await secretaris.verzendBesluit({ op: TODAY });
  const bezwaarView = (await app.api('bezwaar.get', { aanvraagId: besloten })).data;
  expect(bezwaarView).toBeNull();
  expect(problems).toEqual([]);
});

test('buiten behandeling is proposed by the SLL and decided by the directeur-bestuurder', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  const directeur = new DirecteurPage(app);

  // An aanvraag asked to be completed within 1 werkdag on the day it came in, long ago.
  await app.login('sll');
  const row = await app.firstInState('secretaris', 'in_controle', 500);
  const { ontvangenOp } = (await app.api('aanvraag.get', { aanvraagId: row.id })).data as {
    ontvangenOp: string;
  };
  await app.openAanvraag(row.id);
  await secretaris.vulAanvullingsverzoekIn({
    verzoekdatum: ontvangenOp,
    werkdagen: 1,
    punten: ['Het ondertekende handelingsdeel van het OPP'],
  });
  await secretaris.vraagAanvulling();
  await secretaris.stelBuitenBehandelingVoor();
  await expect(
    page.getByText(/De directeur-bestuurder beslist nu of de aanvraag buiten behandeling/),
  ).toBeVisible();

  await app.login('directeur');
  await app.openFromMijnWerk('Buiten behandeling voorgesteld');
  await expect(directeur.voorstelBuitenBehandeling).toContainText(
    'Het ondertekende handelingsdeel van het OPP',
  );
  await beideFormaten(page, 'directeur-buiten-behandeling');
  await directeur.stelBuitenBehandeling();
  await expect(page.getByText('Besluit buiten behandeling (Awb 4:5)')).toBeVisible();

  await app.login('sll');
  await app.openFromMijnWerk('Buiten behandeling besloten');
  await secretaris.verzendBesluit({ status: 'Buiten behandeling' });
  await expect(secretaris.bezwaar).toBeVisible();
  expect(problems).toEqual([]);
});

test('a betrokkene on the school’s side is recorded and kept from the assignment', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const betrokkenen = new BetrokkenenSection(app);

  await app.login('sll');
  const row = await app.firstInState('secretaris', 'ontvangen', 500);
  await app.openAanvraag(row.id);
  await betrokkenen.vulIn('Marleen Visser', 'Auteur van een verslag in het dossier');
  await beideFormaten(page, 'secretaris-betrokkenen');
  await betrokkenen.voegToe();
  await expect(betrokkenen.rij('Marleen Visser')).toContainText(
    'Auteur van een verslag in het dossier',
  );
  await screenshotOf(betrokkenen.section, 'secretaris-betrokkenen-vastgelegd');

  // At the assignment she is blocked, with the reason.
  await app.login('voorzitter');
  const teVerdelen = await app.firstInState('voorzitter', 'te_verdelen', 500);
  await app.openAanvraag(teVerdelen.id);
  await betrokkenen.legVast('Marleen Visser', 'Steunpuntcoördinator (SC) op deze aanvraag');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Marleen Visser' })
      .filter({ hasText: 'Is betrokken bij deze aanvraag' })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: /Marleen Visser/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('after "Dossier compleet" the page says what happens next', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('voorzitter');
  const row = await app.firstInState('voorzitter', 'te_verdelen', 500);
  await app.login('sll');
  await app.openAanvraag(row.id);
  const volgende = page.getByRole('region', { name: 'Volgende stap' });
  await expect(volgende).toContainText(
    'Het dossier is compleet. De TLA-voorzitter wijst nu twee deskundigen toe. U hoeft niets te doen.',
  );
  // Her own side step stays: registering that the school withdrew.
  await expect(volgende.getByRole('button', { name: 'Intrekking registreren' })).toBeVisible();
  await beideFormaten(page, 'secretaris-wat-nu-te-verdelen');
  expect(problems).toEqual([]);
});

test('logging in as another user opens their own Mijn werk, not the page left open', async ({
  page,
}) => {
  const app = new TlaApp(page);
  await app.login('sll');
  const row = await app.firstInState('secretaris', 'in_controle', 500);
  await app.openAanvraag(row.id);
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toHaveCount(0);
  // Log out here and let the next user log in in the same tab, without reloading it.
  await app.logout();
  await page.getByLabel('Gebruikersnaam').fill('voorzitter');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/werk');
  await expect(page.getByText(row.referentie)).toHaveCount(0);
});
