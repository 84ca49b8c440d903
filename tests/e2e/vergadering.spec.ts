import { expect, test, type Page } from '@playwright/test';
import { addDays, formatDutchDate } from '../../electron/domain/calendar';
import { checkScreen, fillAdvies, submitAdvies, TlaApp, watchConsole } from './support';

// Issue 5 in Chromium against the real backend: a TLA-vergadering for advices that differ, through
// the eindadvies to the decision; and the directeur-bestuurder returning an eindadvies, which comes
// back on the next meeting's agenda with the questions. Also the pool, reassignment and the advice
// form's drafts and corrections.

test.describe.configure({ mode: 'serial' });

const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const LATER = addDays(TODAY, 14);
const USERNAMES: Readonly<Record<string, string>> = {
  'Marleen Visser': 'ortho1',
  'Thomas de Groot': 'psycho1',
};
const MOTIVERING = 'De vergadering ziet een blijvende behoefte aan een kleine, voorspelbare groep.';
const VRAGEN = 'Waarom is gekozen voor categorie midden en niet voor laag? Graag toelichten.';

interface WorkRow {
  id: number;
  referentie: string;
  state: string;
}

async function rowsIn(app: TlaApp, role: string, state: string): Promise<WorkRow[]> {
  const r = await app.api('werk.mijn', { role, search: '', offset: 0, limit: 500 });
  return ((r.data as { rows: WorkRow[] }).rows ?? []).filter((x) => x.state === state);
}

/** checkScreen once nothing is loading any more (a Mantine Loader with aria-label fails axe). */
async function check(page: Page, name: string): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await checkScreen(page, name);
}

async function openVergaderingen(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Vergaderingen' }).click();
  await expect(page.getByRole('heading', { name: 'Vergaderingen', level: 2 })).toBeVisible();
}

async function planDatums(page: Page, datums: readonly string[]): Promise<void> {
  for (const d of datums) {
    await page.getByLabel('Vergaderdatum').fill(d);
    await page.getByRole('button', { name: 'Datum toevoegen' }).click();
  }
  await page.getByRole('button', { name: /plannen$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /gepland/ })).toBeVisible();
}

test('a meeting decides on advices that differ; eindadvies and decision follow', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);

  await app.login('voorzitter');
  await openVergaderingen(page);
  await planDatums(page, [TODAY, LATER]);
  await expect(page.getByRole('row', { name: new RegExp(formatDutchDate(LATER)) })).toBeVisible();
  await check(page, 'voorzitter-vergaderingen');

  await page
    .getByRole('link', { name: `Vergadering van ${formatDutchDate(TODAY)} openen` })
    .click();
  await expect(page.getByRole('heading', { name: /TLA-vergadering van/ })).toBeVisible();
  const punt = page.getByRole('article').filter({ hasText: 'Adviezen niet unaniem' }).first();
  await expect(punt).toBeVisible();
  await expect(punt.getByText('verschilt').first()).toBeVisible();
  const href = await punt.getByRole('link', { name: /openen$/ }).getAttribute('href');
  const id = Number(/(\d+)$/.exec(href ?? '')?.[1]);
  const aanvraag = (await app.api('aanvraag.get', { aanvraagId: id })).data as {
    toewijzingen: { position: number; naam: string }[];
  };
  const eerste = aanvraag.toewijzingen.find((t) => t.position === 1)?.naam ?? '';

  // Attendees: the voorzitter, a deskundige VO, and the first deskundige of this item (warned).
  await page.getByRole('checkbox', { name: /Pieter Bakker/ }).check();
  await page.getByRole('checkbox', { name: /Jeroen van Dijk/ }).check();
  await page.getByRole('checkbox', { name: new RegExp(eerste) }).check();
  await page.getByRole('button', { name: 'Aanwezigen vastleggen' }).click();
  await expect(page.getByText('Aanwezigen vastgelegd.')).toBeVisible();
  await expect(page.getByText(new RegExp(`${eerste} is betrokken bij`)).first()).toBeVisible();
  await expect(punt.getByText(/aanwezig, verlaat dit punt/)).toBeVisible();
  await check(page, 'voorzitter-vergadermodus');
  await punt.screenshot({ path: 'test-results/screens/voorzitter-agendapunt.png' });

  await punt.getByLabel('Toelaatbaar', { exact: true }).check();
  await punt.getByLabel('SO', { exact: true }).check();
  await punt.getByLabel('Midden').check();
  await punt.getByLabel('Ingangsdatum').fill('2027-01-01');
  await punt.getByRole('button', { name: '2 schooljaren' }).click();
  await punt.getByLabel('Motivering').fill(MOTIVERING);
  await punt.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(punt.getByText('Uitkomst: advies van de vergadering')).toBeVisible();
  await punt.screenshot({ path: 'test-results/screens/voorzitter-agendapunt-uitkomst.png' });

  await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Vergadering sluiten' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Verslag' })).toBeInViewport();
  await expect(page.getByText(/Pagina 1 van \d+/)).toBeVisible();
  await check(page, 'voorzitter-vergadering-verslag');

  await app.login(USERNAMES[eerste] ?? 'ortho1');
  await app.openAanvraag(id);
  await app.expectState('Eindadvies in opmaak');
  await expect(page.getByLabel('Gemotiveerd besluit')).toHaveValue(MOTIVERING);
  await check(page, 'deskundige-eindadvies-na-vergadering');
  await page.getByRole('button', { name: 'Eindadvies ondertekenen en indienen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await app.login('voorzitter');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Voorleggen aan directeur-bestuurder' }).click();
  await app.expectState('Ter besluitvorming');

  await app.login('directeur');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Eindadvies vaststellen' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Vaststellen en ondertekenen' })
    .click();
  await app.expectState('Besloten');
  expect(problems).toEqual([]);
});

test('a returned eindadvies comes back on the next agenda with the questions', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);

  await app.login('directeur');
  const [row] = await rowsIn(app, 'directeur', 'ter_besluitvorming');
  expect(row).toBeDefined();
  const id = row!.id;
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Terugsturen met vragen' }).click();
  await page.getByLabel('Uw vragen aan de TLA-commissie').fill(VRAGEN);
  await page.getByRole('dialog').getByRole('button', { name: 'Terugsturen met vragen' }).click();
  await app.expectState('Teruggestuurd');

  await app.login('voorzitter');
  await app.openAanvraag(id);
  await expect(page.getByText(/met deze vragen/)).toBeVisible();
  await expect(page.getByText(VRAGEN).first()).toBeVisible();
  await check(page, 'voorzitter-teruggestuurd');
  await page.getByRole('button', { name: 'Agenderen voor TLA-vergadering' }).click();
  await app.expectState('Geagendeerd');

  await openVergaderingen(page);
  // Wait for the year plan itself (a table or its empty state) before deciding to plan a date.
  const next = page.getByRole('row').filter({ hasText: 'Eerstvolgende' });
  await expect(next.or(page.getByText('Nog geen vergaderingen gepland'))).toBeVisible();
  if ((await next.count()) === 0) await planDatums(page, [LATER]);
  await next.getByRole('link', { name: /openen$/ }).click();
  const punt = page.getByRole('article').filter({ hasText: row!.referentie });
  await expect(punt.getByText('Teruggestuurd door de directeur-bestuurder')).toBeVisible();
  await expect(punt.getByText(VRAGEN)).toBeVisible();
  await check(page, 'voorzitter-vergadermodus-teruggestuurd');
  expect(problems).toEqual([]);
});

test('pool absence, reassignment, advice drafts, the diagnosis hint and a correction', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);

  await app.login('beheer');
  await page.getByRole('link', { name: 'Deskundigenpool' }).click();
  await page.getByRole('button', { name: 'Afwezigheid toevoegen voor Lotte Bos' }).click();
  await page.getByLabel('Tot en met').fill(addDays(TODAY, 7));
  await page.getByLabel('Reden').fill('Verlof');
  await check(page, 'beheerder-afwezigheid');
  await page.getByRole('button', { name: 'Afwezigheid vastleggen' }).click();
  await expect(page.getByText('Afwezigheid van Lotte Bos vastgelegd.')).toBeVisible();

  await app.login('ortho1');
  const [row] = await rowsIn(app, 'deskundige', 'in_advies');
  expect(row).toBeDefined();
  const id = row!.id;
  await app.openAanvraag(id);
  await page
    .getByLabel(/Onderbouwing/)
    .fill('Hij heeft ADHD en heeft daarom veel structuur nodig.');
  await expect(page.getByText('Diagnose zonder bron')).toBeVisible();
  await expect(page.getByText(/Concept bewaard om \d\d:\d\d/)).toBeVisible();
  await check(page, 'deskundige-advies-concept');
  await fillAdvies(page, {
    conclusie: 'Toelaatbaar',
    onderbouwing:
      'Volgens het verslag van 2025 (GZ-psycholoog) heeft hij ADHD; hij heeft structuur nodig.',
  });
  await expect(page.getByText('Diagnose zonder bron')).toBeHidden();
  await submitAdvies(page);
  await page.getByRole('button', { name: 'Advies corrigeren' }).click();
  await page.getByLabel('Reden van de correctie').fill('Typefout in de onderbouwing hersteld.');
  await check(page, 'deskundige-advies-corrigeren');
  await page.getByRole('button', { name: 'Correctie ondertekenen en indienen' }).click();
  await expect(page.getByText('Correctie ingediend als versie 2.')).toBeVisible();

  await app.login('voorzitter');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Andere tweede deskundige toewijzen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Reden van de wijziging').fill('Langdurig afwezig.');
  await check(page, 'voorzitter-toewijzing-wijzigen');
  await dialog.getByRole('button', { name: 'Toewijzing wijzigen' }).click();
  await expect(page.getByText('De toewijzing is gewijzigd.')).toBeVisible();
  await page.getByRole('button', { name: 'Andere eerste deskundige toewijzen' }).click();
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Reden van de wijziging').fill('Andere planning.');
  await dialog.getByRole('button', { name: 'Toewijzing wijzigen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('al ingediend');
  expect(problems).toEqual([]);
});
