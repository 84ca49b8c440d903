import { expect, test } from '@playwright/test';
import { addDays } from '../../electron/domain/calendar';
import { startFreshServer, type FreshServer } from './fresh-server';
import { TlaApp, VergaderingPage } from './pages';
import { checkSettledScreen, screenshotOf, watchConsole } from './support';

// Rulebook §6 in Chromium: a TLA-vergadering holds an aanvraag with questions; the SLL sends them
// to the school (the letter's points prefilled with the meeting's questions) and records the
// answers; the aanvraag is then on the next meeting's agenda at once, with the questions beside it.

// A demo install of its own (this spec records an outcome and closes a meeting): TLA_E2E_PORT + 23.
const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 23;
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const LATER = addDays(TODAY, 14);
const VRAAG_1 = 'Hoe verliep het arrangement met de ambulant begeleider?';
const VRAAG_2 = 'Welke doelen uit het OPP zijn gehaald?';

let server: FreshServer;

test.beforeAll(async () => {
  server = await startFreshServer(PORT, { TLA_E2E_DEMO: '1' });
});
test.afterAll(async () => {
  await server?.stop();
});

test('held by the meeting: the questions go out, the answers bring it back on the next agenda', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  const vergadering = new VergaderingPage(app);

  // The voorzitter holds an item with two questions and closes the meeting.
  await app.login('voorzitter');
  expect((await app.api('vergadering.plan', { datums: [TODAY, LATER] })).ok).toBe(true);
  await vergadering.openJaarplan();
  await vergadering.openVergadering(TODAY);
  const eerste = vergadering.agendapunten('Adviezen niet unaniem').first();
  await expect(eerste).toBeVisible();
  const id = await vergadering.aanvraagVan(eerste);
  const { referentie } = (await app.api('aanvraag.get', { aanvraagId: id })).data as {
    referentie: string;
  };
  const punt = vergadering.agendapunten(referentie);
  await punt.getByLabel('Aanhouden met vragen').check();
  await punt.getByLabel('Vragen aan de school').fill(`1. ${VRAAG_1}\n2. ${VRAAG_2}`);
  await punt.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(punt.getByText('Uitkomst: aanhouden met vragen')).toBeVisible();
  await vergadering.sluit();

  // The SLL sends the meeting's questions: the letter's points come prefilled.
  // Until they are out, the aanvraag waits on her: the Termijnen list says so, and she finds it on
  // Mijn werk.
  await app.login('sll');
  await app.navLink('Termijnen').click();
  const termijn = page.getByRole('row').filter({ hasText: referentie });
  await expect(termijn).toContainText('Secretaresse leerlingenzaken');
  await termijn.scrollIntoViewIfNeeded();
  await screenshotOf(termijn, 'termijnen-vragen-versturen');
  await app.toMijnWerk();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(referentie);
  await app.openFromMijnWerk('Wacht op aanvulling');
  await expect(page.getByText(referentie, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antwoorden ontvangen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Vragen naar de school sturen' }).click();
  const vragen = page.getByRole('dialog', { name: 'Vragen naar de school sturen' });
  await expect(vragen.getByRole('textbox', { name: 'Punt 1', exact: true })).toHaveValue(VRAAG_1);
  await expect(vragen.getByRole('textbox', { name: 'Punt 2', exact: true })).toHaveValue(VRAAG_2);
  await checkSettledScreen(page, 'secretaris-vragen-vergadering');
  await vragen.getByRole('button', { name: 'Vragen versturen' }).click();
  await expect(vragen).toBeHidden();
  await app.expectState('Wacht op aanvulling');
  await expect(page.getByRole('button', { name: 'Vragen naar de school sturen' })).toHaveCount(0);

  // The answers arrive: the term runs again and the aanvraag goes back to the meeting.
  await page.getByRole('button', { name: 'Antwoorden ontvangen' }).click();
  const antwoorden = page.getByRole('dialog', { name: 'Antwoorden ontvangen' });
  await expect(
    antwoorden.getByText(/terug op de agenda van de volgende TLA-vergadering/),
  ).toBeVisible();
  await screenshotOf(antwoorden, 'secretaris-antwoorden-ontvangen');
  await antwoorden.getByRole('button', { name: 'Antwoorden ontvangen' }).click();
  await expect(antwoorden).toBeHidden();
  await app.expectState('Geagendeerd');

  // The voorzitter finds it on the next meeting's agenda, with what the meeting asked.
  await app.login('voorzitter');
  await vergadering.openJaarplan();
  await vergadering.openEerstvolgende(LATER);
  const terug = vergadering.agendapunten(referentie);
  await expect(terug.getByText('Aangehouden: antwoorden van de school ontvangen')).toBeVisible();
  await expect(terug.getByText('Vragen van de vergadering aan de school')).toBeVisible();
  await expect(terug.getByText(VRAAG_2)).toBeVisible();
  await terug.scrollIntoViewIfNeeded();
  await screenshotOf(terug, 'voorzitter-agendapunt-antwoorden');
  expect(problems).toEqual([]);
});
