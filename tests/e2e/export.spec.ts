import { expect, test, type Page } from '@playwright/test';
import { startFreshServer, type FreshServer } from './fresh-server';
import { AlleAanvragenPage, ExportKnop, SecretarisPage, TlaApp } from './pages';
import { checkScreen, checkScreenAtBothSizes, watchConsole } from './support';
import { leesCsv, leesXlsx } from '../support/xlsx';

// Issue 12 item 3 in Chromium: the SLL downloads Alle aanvragen as XLSX (Playwright's download
// event; the file read back by an independent reader and compared with the list) and as CSV, and
// the Termijnen dashboard as XLSX, on the demo; and on an empty install (its own server, base
// port + 13) an empty list exports a header-only file, not an error. Screens at 1440×900 and
// 1280×720 with axe, the export menu open.

test.describe.configure({ mode: 'serial' });

const FRESH_PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 13;
const VANDAAG = /^tlv-alle-aanvragen-\d{4}-\d{2}-\d{2}\.xlsx$/;

async function openMenuOpBeideMaten(page: Page, knop: ExportKnop, naam: string): Promise<void> {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await knop.openMenu();
    await checkScreen(page, `${naam}-${size.width}`);
    await knop.sluitMenu();
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('the SLL downloads Alle aanvragen as XLSX and CSV, and the Termijnen as XLSX', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const alle = new AlleAanvragenPage(app);
  const knop = new ExportKnop(page);
  await app.login('sll');
  await alle.open();
  await checkScreenAtBothSizes(page, 'export-alle-aanvragen');
  await openMenuOpBeideMaten(page, knop, 'export-alle-aanvragen-menu');

  const lijst = (await app.api('aanvragen.zoek', { limit: 500 })).data as {
    total: number;
    rows: { referentie: string; leerlingNaam: string; ontvangenOp: string }[];
  };
  const xlsx = await knop.download('Excel (.xlsx)');
  expect(xlsx.naam).toMatch(VANDAAG);
  const [blad] = await leesXlsx(xlsx.bytes);
  expect(blad!.sheet).toBe('Alle aanvragen');
  expect(blad!.data[0]!.slice(0, 3)).toEqual(['Kenmerk', 'Leerling', 'School']);
  expect(blad!.data.slice(1).map((c) => [c[0], c[1], c[5]])).toEqual(
    lijst.rows.map((r) => [r.referentie, r.leerlingNaam, new Date(`${r.ontvangenOp}T00:00:00Z`)]),
  );

  // With a search: the file holds what the list shows.
  await alle.zoek(lijst.rows[0]!.leerlingNaam);
  const csv = await knop.download('CSV (Excel NL)');
  expect(csv.naam).toMatch(/^tlv-alle-aanvragen-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rijen = leesCsv(csv.bytes);
  expect(rijen[0]![0]).toBe('Kenmerk');
  expect(rijen.slice(1).map((c) => c[1])).toContain(lijst.rows[0]!.leerlingNaam);
  const gezocht = (await app.api('aanvragen.zoek', { search: lijst.rows[0]!.leerlingNaam }))
    .data as { total: number };
  expect(rijen.length - 1).toBe(gezocht.total);

  const secretaris = new SecretarisPage(app);
  await secretaris.openTermijnenDashboard();
  await checkScreenAtBothSizes(page, 'export-termijnen');
  await openMenuOpBeideMaten(page, knop, 'export-termijnen-menu');
  const termijnen = await knop.download('Excel (.xlsx)');
  expect(termijnen.naam).toMatch(/^tlv-termijnen-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bladen = await leesXlsx(termijnen.bytes);
  expect(bladen.map((b) => b.sheet)).toEqual(['Termijnen - Alle open', 'Behaald en doorlooptijd']);
  expect(problems).toEqual([]);
});

let fresh: FreshServer;
test.afterAll(async () => {
  await fresh?.stop();
});

test('empty install: an empty Alle aanvragen exports a header-only XLSX', async ({ page }) => {
  test.setTimeout(180_000);
  fresh = await startFreshServer(FRESH_PORT);
  const problems = watchConsole(page);
  const app = new TlaApp(page, fresh.url);
  await page.goto(fresh.url);
  const beheerder = {
    naam: 'Bea Beheer',
    username: 'fb.export',
    password: 'Kwartel-Export-Rivier-42',
  };
  expect((await app.api('setup.createBeheerder', beheerder)).ok).toBe(true);
  await app.login(beheerder.username, beheerder.password);
  const sll = await app.api('users.create', {
    naam: 'Sanne Secretaris',
    username: 'sll.export',
    password: 'Merel-Vuurtoren-Kompas-31',
    roles: ['secretaris'],
  });
  expect(sll.ok, JSON.stringify(sll.error)).toBe(true);
  await app.login('sll.export', 'Merel-Vuurtoren-Kompas-31', 'Zeehond-Lantaarn-Weide-58');

  const alle = new AlleAanvragenPage(app);
  await alle.open();
  await expect(page.getByText('Er zijn nog geen aanvragen.')).toBeVisible();
  await checkScreenAtBothSizes(page, 'export-alle-aanvragen-leeg');
  const knop = new ExportKnop(page);
  const xlsx = await knop.download('Excel (.xlsx)');
  expect(xlsx.naam).toMatch(VANDAAG);
  const [blad] = await leesXlsx(xlsx.bytes);
  expect(blad!.data).toEqual([
    [
      'Kenmerk',
      'Leerling',
      'School',
      'Soort aanvraag',
      'Status',
      'Ontvangen',
      'Besluit',
      'Besluitdatum',
      'TLV-volgnummer',
      'Termijn',
      'Einde termijn',
      'Dagen over',
    ],
  ]);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(problems).toEqual([]);
});
