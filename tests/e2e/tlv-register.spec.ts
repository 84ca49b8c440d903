import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { startFreshServer, type FreshServer } from './fresh-server';
import { DirecteurPage, TlaApp } from './pages';
import { RegisterPage } from './pages/register';
import { checkScreenAtBothSizes, checkSettledScreen, watchConsole } from './support';

// Issue 12 · the TLV register and the herindicatie radar, on an install of its own
// (tests/e2e/register-server.ts: the demo, one TLV decided on 25 November 2026 that ends on
// 31 July 2028, the clock on 1 March 2028): the directeur decides another aanvraag and its TLV
// appears in the register; the SLL sees both on the radar ('TLV loopt af'), makes the letter to
// the school and opens the link dialog; the beheerder sets the months.

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 12;
let server: FreshServer;
let volgnummer = '';

test.beforeAll(async () => {
  server = await startFreshServer(PORT, {}, 'tests/e2e/register-server.ts');
});
test.afterAll(async () => {
  await server.stop();
});

test('a decided aanvraag appears in the register; its row opens the aanvraag', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('directeur');
  await app.openFromMijnWerk('Ter besluitvorming');
  const aanvraagId = app.currentAanvraagId();
  await new DirecteurPage(app).stelVast();
  const lijst = (
    await app.api('tlvRegister.lijst', {
      status: null,
      schoolId: null,
      schoolsoort: null,
      van: null,
      tot: null,
      zoek: '',
    })
  ).data as { rows: { aanvraagId: number; volgnummer: string }[] };
  volgnummer = lijst.rows.find((r) => r.aanvraagId === aanvraagId)!.volgnummer;
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.row(volgnummer)).toContainText('Lopend');
  await checkScreenAtBothSizes(page, 'tlv-register');
  await register.zoek(volgnummer);
  await expect(register.table.getByRole('row')).toHaveCount(2); // the header and the one row
  await register.zoek('niemand-heet-zo');
  await expect(page.getByText('Niets gevonden.')).toBeVisible();
  await checkSettledScreen(page, 'tlv-register-niets-gevonden');
  await register.zoek(volgnummer);
  await register.row(volgnummer).click();
  await expect(page).toHaveURL(new RegExp(`#/aanvraag/${aanvraagId}$`));
  expect(problems).toEqual([]);
});

test('the radar shows the TLVs that end within 6 months; the SLL makes the letter', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('sll');
  const register = new RegisterPage(page);
  // The demo's history has many TLVs ending on the same 31 July; the newest stand on top.
  const radarRows = (
    (await app.api('tlvRegister.radar', {})).data as { rows: { stand: string }[] }
  ).rows.filter((r) => r.stand !== 'herindicatie_gekoppeld');
  expect(radarRows.length).toBeGreaterThanOrEqual(2);
  const radar = register.radar(new RegExp(`^TLV loopt af: ${radarRows.length}$`));
  await expect(radar).toBeVisible();
  await expect(radar.getByRole('row').filter({ hasText: volgnummer })).toContainText(
    'School nog niet geïnformeerd',
  );
  await checkScreenAtBothSizes(page, 'werk-tlv-loopt-af');
  await radar.getByRole('button', { name: `Brief einde TLV ${volgnummer} maken` }).click();
  await expect(radar.getByRole('status')).toContainText('is gemaakt en als verzonden vastgelegd');
  await expect(radar.getByRole('row').filter({ hasText: volgnummer })).toContainText(
    'Brief verzonden, wacht op herindicatie',
  );
  const lijst = (
    await app.api('tlvRegister.lijst', {
      status: null,
      schoolId: null,
      schoolsoort: null,
      van: null,
      tot: null,
      zoek: volgnummer,
    })
  ).data as { rows: { aanvraagId: number }[] };
  const brieven = (await app.api('brieven.list', { aanvraagId: lijst.rows[0]!.aanvraagId }))
    .data as { kind: string }[];
  expect(brieven.map((b) => b.kind)).toContain('einde_tlv');
  await radar.getByRole('button', { name: `Herindicatie koppelen aan TLV ${volgnummer}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Herindicatie koppelen' });
  await expect(dialog.getByText('Geen herindicatie gevonden.')).toBeVisible();
  await checkSettledScreen(page, 'herindicatie-koppelen');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await app.navLink('Termijnen').click();
  const alle = ((await app.api('tlvRegister.radar', {})).data as { rows: unknown[] }).rows.length;
  await expect(register.radar(new RegExp(`^Herindicatieradar: ${alle} TLV’s`))).toBeVisible();
  await checkScreenAtBothSizes(page, 'termijnen-herindicatieradar');

  // The many that end on one 31 July: all their letters in one step, one PDF to print.
  const open = (
    (await app.api('tlvRegister.radar', {})).data as { rows: { stand: string }[] }
  ).rows.filter((r) => r.stand === 'open').length;
  expect(open).toBeGreaterThanOrEqual(2);
  const volleRadar = register.radar(new RegExp(`^Herindicatieradar: ${alle} TLV’s`));
  await volleRadar.getByRole('button', { name: `Brieven maken voor alle ${open}` }).click();
  const bulk = page.getByRole('dialog', { name: 'Brieven einde TLV maken' });
  await expect(bulk).toContainText(`TLA maakt ${open} brieven`);
  await page.waitForTimeout(300); // the dialog's fade-in, for the picture
  await checkSettledScreen(page, 'herindicatie-brieven-maken');
  const download = page.waitForEvent('download');
  await bulk.getByRole('button', { name: `${open} brieven maken` }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^brieven-einde-tlv-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = fs.readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(volleRadar.getByRole('status')).toContainText(
    `${open} brieven zijn gemaakt en als vandaag verzonden vastgelegd`,
  );
  await expect(volleRadar).toContainText('Nog te informeren: 0;');
  await expect(volleRadar.getByRole('button', { name: /^Brieven maken voor alle/ })).toHaveCount(0);
  await checkScreenAtBothSizes(page, 'termijnen-herindicatie-brieven-gemaakt');
  expect(problems).toEqual([]);
});

test('the beheerder sets the months of the radar; the register is not in their menu', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('beheer');
  await expect(app.navLink('TLV-register')).toHaveCount(0);
  await app.navLink('Instellingen').click();
  const field = page.getByLabel('Signaleren vanaf … maanden vóór de einddatum');
  await expect(field).toHaveValue('6');
  // The field keeps the value between 1 and 24 (the contract refuses others: integration test).
  await field.fill('4');
  await page
    .getByRole('region', { name: 'Herindicatieradar' })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Herindicatieradar' }).getByText('Opgeslagen.'),
  ).toBeVisible();
  await checkScreenAtBothSizes(page, 'instellingen-herindicatie');
  expect(
    ((await app.api('instellingen.herindicatie', {})).data as { maanden: number }).maanden,
  ).toBe(4);
  expect(problems).toEqual([]);
});
