import { expect, test, type Page } from '@playwright/test';
import { startFreshServer, type FreshServer } from './fresh-server';
import { EersteStartPage, TlaApp } from './pages';
import { checkScreenAtBothSizes, watchConsole } from './support';

// Issue 12, reports in Chromium: the SLL opens Rapportages, changes the period and the breakdown,
// and clicks a figure through to the aanvragen behind it; every section of the table and every
// chart (with its table) is looked at, at 1440×900 and 1280×720, with axe. A deskundige has no menu
// entry and the procedure refuses. An empty install (a fresh server on TLA_E2E_PORT + 11) says that
// the period is empty instead of showing zeros or empty charts. Reads only: nothing of the demo is
// consumed.

const FRESH_PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 11;

const menu = (page: Page) => page.getByRole('navigation');
const kiezers = (page: Page) => page.getByRole('region', { name: 'Periode en indeling' });
const periodeLabel = (page: Page) => kiezers(page).locator('[aria-live="polite"]');
const rapportages = (page: Page) => menu(page).getByRole('link', { name: 'Rapportages' });

async function openRapportages(page: Page): Promise<void> {
  await rapportages(page).click();
  await expect(page.getByRole('heading', { name: 'Rapportages', level: 2 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Aanvragen en besluiten' })).toBeVisible();
}

async function toonGrafieken(page: Page, name: string): Promise<void> {
  for (const titel of [
    'Doorlooptijd per maand',
    'Behaald per maand',
    'Aanvragen per bestuur',
    'TLV’s die eindigen per maand',
  ]) {
    const kaart = page.getByRole('region', { name: titel });
    await expect(kaart).toBeVisible();
  }
  await page.getByRole('region', { name: 'Aanvragen per bestuur' }).scrollIntoViewIfNeeded();
  await checkScreenAtBothSizes(page, `${name}-grafieken`);
  // Each chart's table alternative, where the chart has something to show.
  for (const titel of [
    'Doorlooptijd per maand',
    'Behaald per maand',
    'Aanvragen per bestuur',
    'TLV’s die eindigen per maand',
  ]) {
    const kaart = page.getByRole('region', { name: titel });
    const tabel = kaart.getByRole('tab', { name: 'Tabel' });
    if ((await tabel.count()) === 0) continue;
    await tabel.click();
    await expect(kaart.getByRole('table')).toBeVisible();
  }
  await page.getByRole('region', { name: 'Aanvragen per bestuur' }).scrollIntoViewIfNeeded();
  await checkScreenAtBothSizes(page, `${name}-grafieken-tabel`);
}

test.describe.configure({ mode: 'serial' });

test('the SLL reads the report, changes period and breakdown, and opens the aanvragen behind a figure', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('sll');
  await openRapportages(page);
  // The school year of today, in total.
  await expect(periodeLabel(page)).toHaveText(/^schooljaar \d{4}-\d{4}$/);
  await checkScreenAtBothSizes(page, 'rapportages-schooljaar');

  // Every section of the table.
  for (const [tab, name] of [
    ['Doorlooptijd en termijn', 'doorlooptijd'],
    ['Opschortingen en verdagingen', 'opschortingen'],
    ['Bezwaren', 'bezwaren'],
    ['TLV’s die eindigen', 'tlv'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('table', { name: tab })).toBeVisible();
    await checkScreenAtBothSizes(page, `rapportages-${name}`);
  }
  await page.getByRole('tab', { name: 'Aanvragen en besluiten' }).click();
  await toonGrafieken(page, 'rapportages-schooljaar');

  // Per bestuur: one row per board under the total.
  await page.getByRole('textbox', { name: 'Indeling' }).click();
  await page.getByRole('option', { name: 'Schoolbestuur' }).click();
  const tabel = page.getByRole('table', { name: 'Aanvragen en besluiten' });
  await expect(tabel.getByRole('columnheader', { name: 'Schoolbestuur' })).toBeVisible();
  const rijen = tabel.locator('tbody tr');
  expect(await rijen.count()).toBeGreaterThan(2);
  await checkScreenAtBothSizes(page, 'rapportages-per-bestuur');

  // A board's 'Ontvangen' is a link to its aanvragen: the list has exactly that many.
  const eerste = rijen.nth(1);
  const bestuur = (await eerste.getByRole('rowheader').textContent())!.trim();
  const link = eerste.getByRole('link', { name: /^Ontvangen, / });
  const aantal = Number((await link.textContent())!.trim());
  expect(aantal).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole('heading', { name: 'Ontvangen', level: 2 })).toBeVisible();
  await expect(page.getByText(`${bestuur} · schooljaar`)).toBeVisible();
  await expect(page.getByText(aantal === 1 ? '1 aanvraag' : `${aantal} aanvragen`)).toBeVisible();
  await checkScreenAtBothSizes(page, 'rapportages-lijst');

  // Back to the report as it was; then another period (a quarter, the one before).
  await page.getByRole('link', { name: '‹ Terug naar de rapportage' }).click();
  await expect(tabel.getByRole('columnheader', { name: 'Schoolbestuur' })).toBeVisible();
  await kiezers(page).getByText('Kwartaal', { exact: true }).click();
  await expect(periodeLabel(page)).toHaveText(/^Q\d \d{4}$/);
  const kwartaal = (await periodeLabel(page).textContent())!;
  await page.getByRole('button', { name: '‹ Vorige' }).click();
  await expect(periodeLabel(page)).toHaveText(/^Q\d \d{4}$/);
  await expect(periodeLabel(page)).not.toHaveText(kwartaal);
  await checkScreenAtBothSizes(page, 'rapportages-kwartaal');

  // A month long ago: it says so, and the charts say there is nothing to draw.
  await kiezers(page).getByText('Vrije periode', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Van' }).fill('01-01-2019');
  await page.getByRole('textbox', { name: 'Tot en met' }).fill('31-01-2019');
  await page.getByRole('textbox', { name: 'Tot en met' }).press('Tab');
  await expect(page.getByText('Niets in 1 januari 2019 t/m 31 januari 2019')).toBeVisible();
  await expect(page.getByText(/Geen besluiten genomen van/).first()).toBeVisible();
  await checkScreenAtBothSizes(page, 'rapportages-leeg');
  expect(problems).toEqual([]);
});

test('a deskundige has no Rapportages and the backend refuses', async ({ page }) => {
  const app = new TlaApp(page);
  await app.login('psycho1');
  await expect(menu(page).getByRole('link', { name: 'Mijn werk' })).toBeVisible();
  await expect(rapportages(page)).toHaveCount(0);
  const answer = await app.api('rapportage.kengetallen', {
    periode: { soort: 'schooljaar', datum: '2026-10-01' },
  });
  expect(answer.ok).toBe(false);
  expect(JSON.stringify(answer)).toContain('forbidden');
  await page.goto(`${app.base}#/rapportages`);
  await expect(page.getByRole('heading', { name: 'Rapportages', level: 2 })).toHaveCount(0);
});

test.describe('an empty install', () => {
  let fresh: FreshServer;
  test.beforeAll(async () => {
    fresh = await startFreshServer(FRESH_PORT);
  });
  test.afterAll(async () => {
    await fresh.stop();
  });

  test('says the period is empty; no NaN, no empty chart without words', async ({ page }) => {
    test.setTimeout(180_000);
    const start = new EersteStartPage(page, fresh.url);
    const app = new TlaApp(page, fresh.url);
    const beheerder = {
      naam: 'Bea Beheer',
      gebruikersnaam: 'fb.rapport',
      wachtwoord: 'Kwartel-Zonnebloem-Rivier-42',
    };
    await start.open();
    await start.maakBeheerder(beheerder);
    await app.login(beheerder.gebruikersnaam, beheerder.wachtwoord);
    const created = await app.api('users.create', {
      naam: 'Sanne Secretaresse',
      username: 'sll.leeg',
      password: 'tijdelijk-Rode-Fiets-42',
      roles: ['secretaris'],
    });
    expect(created.ok).toBe(true);
    await app.logout();
    await app.login('sll.leeg', 'tijdelijk-Rode-Fiets-42', 'Blauwe-Kraanvogel-Zomer-77');
    await openRapportages(page);
    await expect(page.getByText(/^Niets in schooljaar/)).toBeVisible();
    await expect(
      page.getByText('Geen aanvragen ontvangen in schooljaar', { exact: false }),
    ).toBeVisible();
    await expect(
      page.getByText('Geen afgegeven TLV eindigt in de komende twaalf maanden.'),
    ).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NaN');
    await checkScreenAtBothSizes(page, 'rapportages-lege-installatie');
  });
});
