import { expect, test, type Page } from '@playwright/test';
import {
  addDays,
  compareIsoDates,
  formatDutchDate,
  toIsoDateFromInstant,
} from '../../electron/domain/calendar';
import { aanvullingTermEnd, beslistermijnMetOpschortingen } from '../../electron/domain/termijnen';
import { checkScreen, TlaApp, watchConsole } from './support';

// Issue 3 in Chromium: the SLL asks a school for aanvulling, the dashboard shows the aanvraag as
// opgeschort, the aanvulling arrives, and the new end of the beslistermijn on the aanvraag page is
// exactly what the domain computes for the same dates. Then a decision is sent and a bezwaar
// registered. Every new screen gets axe and a screenshot.

test.describe.configure({ mode: 'serial' });

interface DashboardRow {
  id: number;
  referentie: string;
  state: string;
}
interface Detail {
  referentie: string;
  ontvangenOp: string;
}

async function dashboardRows(app: TlaApp): Promise<DashboardRow[]> {
  const r = await app.api('termijnen.dashboard', { periode: 'schooljaar' });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return (r.data as { rows: DashboardRow[] }).rows;
}

async function detail(app: TlaApp, id: number): Promise<Detail> {
  return (await app.api('aanvraag.get', { aanvraagId: id })).data as Detail;
}

function termijnenSection(page: Page) {
  return page.getByRole('region', { name: 'Termijnen' });
}

async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Termijnen' }).click();
  await expect(page.getByRole('heading', { name: 'Termijnen', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: /Termijnen/ })).toBeVisible();
}

test('aanvulling suspends the beslistermijn; the new end equals the domain’s answer', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('sll');

  const today = toIsoDateFromInstant(new Date());
  const rows = await dashboardRows(app);
  const target = rows.find((r) => r.state === 'in_controle');
  expect(target, 'the demo has an aanvraag in controle').toBeDefined();
  const id = target!.id;
  const { referentie, ontvangenOp } = await detail(app, id);
  // A request some days ago (not before receipt), the aanvulling three days later (not after today).
  const earliest = addDays(today, -6);
  const requested = compareIsoDates(ontvangenOp, earliest) > 0 ? ontvangenOp : earliest;
  const received =
    compareIsoDates(addDays(requested, 3), today) > 0 ? today : addDays(requested, 3);
  const settings = (await app.api('instellingen.termijnen', {})).data as {
    sluitingsdagen: string[];
  };

  await openDashboard(page);
  await checkScreen(page, 'termijnen-dashboard');

  await app.openAanvraag(id);
  await app.expectState('In controle');
  await expect(page.getByRole('region', { name: 'Volledigheid van het dossier' })).toBeVisible();
  await checkScreen(page, 'termijnen-checklist');
  await expect(termijnenSection(page).getByText('Einde beslistermijn')).toBeVisible();
  await termijnenSection(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'termijnen-sectie');

  // Ask for aanvulling: 10 werkdagen, two missing items.
  await page.getByRole('button', { name: 'Aanvulling vragen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aanvulling vragen' });
  await dialog.getByLabel('Datum van het verzoek').fill(requested);
  await dialog.getByRole('textbox', { name: 'Termijn (werkdagen)' }).fill('10');
  await dialog
    .getByRole('textbox', { name: 'Punt 1', exact: true })
    .fill('Het aanvraagformulier, ondertekend door beide ouders.');
  await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
  await dialog.getByRole('textbox', { name: 'Punt 2', exact: true }).fill('Het tweede OT-verslag.');
  await checkScreen(page, 'termijnen-aanvulling-vragen');
  await dialog.getByRole('button', { name: 'Aanvulling vragen' }).click();
  await expect(dialog).toBeHidden();
  await app.expectState('Wacht op aanvulling');
  await expect(page.getByRole('region', { name: 'Brieven' })).toBeVisible();

  // The dashboard shows it as opgeschort.
  await openDashboard(page);
  await page
    .getByRole('radiogroup', { name: 'Welke aanvragen tonen' })
    .getByText('Opgeschort', { exact: true })
    .click();
  const row = page.getByRole('row', { name: new RegExp(referentie) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Opgeschort');
  await checkScreen(page, 'termijnen-dashboard-opgeschort');

  // The aanvulling arrives; the clock runs again from that day.
  await row.click();
  await expect(page).toHaveURL(new RegExp(`#/aanvraag/${id}$`));
  await page.getByRole('button', { name: 'Aanvulling ontvangen' }).click();
  const ontvangen = page.getByRole('dialog', { name: 'Aanvulling ontvangen' });
  await ontvangen.getByLabel('Ontvangen op').fill(received);
  await ontvangen.getByRole('button', { name: 'Aanvulling ontvangen' }).click();
  await expect(ontvangen).toBeHidden();
  await app.expectState('In controle');

  const expected = beslistermijnMetOpschortingen({
    ontvangenOp,
    opschortingen: [
      {
        grond: 'awb_4_15_1a',
        start: requested,
        termEnd: aanvullingTermEnd(requested, 10, settings.sluitingsdagen),
        resumedOn: received,
      },
    ],
    today,
  });
  const section = termijnenSection(page);
  await expect(section.getByText(formatDutchDate(expected.end), { exact: true })).toBeVisible();
  await expect(section.getByRole('table', { name: 'Opschortingen' })).toContainText(
    formatDutchDate(received),
  );
  await section.scrollIntoViewIfNeeded();
  // The header reads the same end date from aanvraag.get.
  await expect
    .soft(page.getByText(/Beslistermijn tot/))
    .toContainText(formatDutchDate(expected.end));
  await checkScreen(page, 'termijnen-sectie-na-aanvulling');

  // A verdaging to a date before the current end: the backend's Dutch message under the field.
  await section.getByRole('button', { name: 'Verdaging registreren' }).click();
  const verdaging = page.getByRole('dialog', { name: 'Verdaging registreren' });
  await verdaging.getByLabel('Nieuwe einddatum').fill(today);
  await verdaging.getByLabel('Reden van de verdaging').fill('De commissie komt pas later bijeen.');
  await verdaging.getByRole('button', { name: 'Verdaging registreren' }).click();
  await expect(verdaging.getByLabel('Nieuwe einddatum')).toHaveAccessibleDescription(
    /nieuwe einddatum moet na de huidige einddatum/,
  );
  await checkScreen(page, 'termijnen-verdaging-fout');
  await verdaging.getByRole('button', { name: 'Annuleren' }).click();

  await section.getByRole('button', { name: 'Opschorting registreren' }).click();
  const opschorting = page.getByRole('dialog', { name: 'Opschorting registreren' });
  await expect(opschorting.getByRole('radiogroup', { name: /Wettelijke grond/ })).toBeVisible();
  await checkScreen(page, 'termijnen-opschorting');
  await opschorting.getByRole('button', { name: 'Annuleren' }).click();

  // A correction keeps its history.
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const wijzigen = page.getByRole('dialog', { name: 'Gegevens wijzigen' });
  await wijzigen.getByLabel('Woonplaats').fill('Veenendaal');
  await wijzigen.getByLabel(/Reden van de wijziging/).fill('Verhuisd, volgens de school.');
  await checkScreen(page, 'termijnen-gegevens-wijzigen');
  await wijzigen.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(wijzigen).toBeHidden();
  await expect(page.getByRole('table', { name: 'Wijzigingen van de gegevens' })).toContainText(
    'Veenendaal',
  );
  expect(problems).toEqual([]);
});

test('a sent decision: the SLL registers a bezwaar and sees its terms', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('sll');
  const target = (await dashboardRows(app)).find((r) => r.state === 'ter_besluitvorming');
  expect(target, 'the demo has an aanvraag ter besluitvorming').toBeDefined();
  const id = target!.id;

  await app.login('directeur');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Eindadvies vaststellen' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Vaststellen en ondertekenen' })
    .click();
  await app.expectState('Besloten');

  await app.login('sll');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Besluit verzenden' }).click();
  await app.expectState('Verzonden');

  const bezwaar = page.getByRole('region', { name: 'Bezwaar' });
  await expect(bezwaar).toBeVisible();
  await bezwaar.getByLabel('Door de school').check();
  await bezwaar.getByRole('button', { name: 'Bezwaar registreren' }).click();
  await app.expectState('In bezwaar');
  await expect(bezwaar.getByText('Bezwaar op tijd ingediend')).toBeVisible();
  await expect(bezwaar.getByRole('table', { name: 'Stappen van het bezwaar' })).toBeVisible();
  await checkScreen(page, 'termijnen-bezwaar');

  await bezwaar.getByRole('button', { name: /Vastleggen: Ontvangstbevestiging/ }).click();
  const stap = page.getByRole('dialog', { name: 'Ontvangstbevestiging' });
  await stap.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(stap).toBeHidden();
  await expect(
    bezwaar.getByRole('row', { name: /Ontvangstbevestiging verstuurd/ }),
  ).not.toContainText('Vastleggen');
  const brieven = page.getByRole('region', { name: 'Verklaring en brieven' });
  await expect(brieven.getByText(/ontvangst/i).first()).toBeVisible();
  await termijnenSection(page).scrollIntoViewIfNeeded();
  await checkScreen(page, 'termijnen-sectie-besloten');
  expect(problems).toEqual([]);
});

test('the beheerder sets the office closing days', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('beheer');
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 2 })).toBeVisible();
  await page.getByLabel('Sluitingsdag toevoegen').fill('2026-12-24');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('list', { name: 'Sluitingsdagen' })).toContainText(
    '24 december 2026',
  );
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await checkScreen(page, 'beheer-instellingen');
  const saved = (await app.api('instellingen.termijnen', {})).data as { sluitingsdagen: string[] };
  expect(saved.sluitingsdagen).toContain('2026-12-24');
  expect(problems).toEqual([]);
});
