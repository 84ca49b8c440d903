import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startFreshServer, type FreshServer } from './fresh-server';
import { TlaApp } from './pages';
import { LogboekPage, VernietigingPage } from './pages/bewaren';
import { checkScreenAtBothSizes, checkSettledScreen, watchConsole } from './support';

// Issue 11 · retention (§12, S7) and the Logboek (S6), on an install of its own three years after
// two decisions (tests/e2e/bewaren-server.ts): the beheerder proposes the dossier of those two that
// is due (the other is held by its bezwaar; the demo's older history is due too), the directeur-bestuurder approves, the verklaring opens; then the
// beheerder finds the destruction in the Logboek by kenmerk, exports it and checks the chain.

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 6;
let server: FreshServer;
let kenmerk = '';
let avgKenmerk = '';

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join(' ');
}

test.beforeAll(async () => {
  server = await startFreshServer(PORT, {}, 'tests/e2e/bewaren-server.ts');
});
test.afterAll(async () => {
  await server.stop();
});

test('the beheerder proposes the dossier that is due; the held one cannot be chosen', async ({
  page,
}) => {
  // Some 300 dossiers of the demo's history are due: the axe checks of the long list take a while.
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('beheer');
  const v = new VernietigingPage(page);
  await v.open();
  // The demo's history (two school years decided before 2026-09) is all due by now; the dossier
  // this install decided on 25 November 2026 is the one proposed here.
  await expect(v.rowWith('Te vernietigen').nth(100)).toBeVisible();
  const due = v.rowWith('Te vernietigen').filter({ hasText: '25 november 2026' });
  await expect(due).toHaveCount(1);
  kenmerk = await v.kenmerkOf(due);
  const held = v.rowWith('Vastgehouden');
  await expect(held).toContainText('Er loopt een bezwaar tegen het besluit.');
  await expect(held.getByRole('checkbox')).toBeDisabled();
  // The AVG register's request whose term passed, by kenmerk and kind only.
  const avg = v.avgVerzoeken.getByRole('row').filter({ hasText: 'Termijn verstreken op' });
  await expect(avg).toHaveCount(1);
  await expect(avg).toContainText('Inzage');
  await expect(v.avgVerzoeken).not.toContainText('Onbekend Kind');
  avgKenmerk = await v.kenmerkOf(avg);
  expect(avgKenmerk).toMatch(/^AVG-2026-\d{4}$/);
  await checkScreenAtBothSizes(page, 'vernietiging-beheerder');
  await v.stelVoor([kenmerk, avgKenmerk], '1 dossier en 1 AVG-verzoek');
  await checkSettledScreen(page, 'vernietiging-voorgesteld');
  expect(problems).toEqual([]);
});

test('the directeur approves; the verklaring opens and names the kenmerk', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('directeur');
  const v = new VernietigingPage(page);
  await v.open();
  await checkScreenAtBothSizes(page, 'vernietiging-directeur');
  await v.keurGoed(kenmerk);
  await v.voorstellen
    .getByRole('row')
    .filter({ hasText: kenmerk })
    .getByRole('button', { name: 'Verklaring openen' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Verklaring van vernietiging VV-/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('canvas').first()).toBeVisible();
  await expect(dialog.getByText(/^Pagina 1 van [12]$/)).toBeVisible();
  await checkSettledScreen(page, 'vernietiging-verklaring');
  await page.keyboard.press('Escape');
  // What the verklaring says: the kenmerk and who decided, never the pupil.
  const list = (await app.api('vernietiging.voorstellen', {})).data as { id: number }[];
  const pdf = (await app.api('vernietiging.verklaring', { voorstelId: list[0]!.id })).data as {
    dataBase64: string;
  };
  const text = await pdfText(Buffer.from(pdf.dataBase64, 'base64'));
  expect(text).toContain(kenmerk);
  expect(text).toContain(avgKenmerk);
  expect(text).not.toContain('Onbekend Kind');
  expect(text).toContain('Bas Beheer');
  expect(text).toContain('Ingrid Jansen');
  // The dossier itself is gone for the office too.
  const answer = await app.api('aanvragen.zoek', {
    search: kenmerk,
    states: [],
    ontvangenVan: null,
    ontvangenTot: null,
    schoolId: null,
    bestuurId: null,
    soort: null,
    offset: 0,
    limit: 5,
  });
  expect(JSON.stringify(answer)).toContain('(gegevens vernietigd)');
  expect(problems).toEqual([]);
});

test('the Logboek filters by kenmerk and action, exports CSV and verifies the chain', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  await app.login('beheer');
  const log = new LogboekPage(page);
  await log.open();
  await expect(log.table.getByRole('row').nth(1)).toBeVisible();
  await checkSettledScreen(page, 'logboek-alles');
  await log.filterKenmerk(kenmerk);
  await log.filterActie('Dossier vernietigd');
  await expect(log.teller).toHaveText('1 regel');
  await expect(log.table.getByRole('row').nth(1)).toContainText(`Aanvraag ${kenmerk}`);
  await expect(log.table.getByRole('row').nth(1)).toContainText('Ingrid Jansen');
  await expect(log.table.getByRole('row').nth(1)).toContainText('Deze computer');
  await log.controleer();
  await checkScreenAtBothSizes(page, 'logboek');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFNummer;Tijdstip;')).toBe(true);
  expect(csv).toContain(`Dossier vernietigd;vernietiging.dossier;Aanvraag ${kenmerk}`);
  expect(problems).toEqual([]);
});
