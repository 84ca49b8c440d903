import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startFreshServer, type FreshServer } from './fresh-server';
import { BackupsPage, TlaApp } from './pages';
import { checkScreen, checkScreenAtBothSizes, checkSettledScreen, watchConsole } from './support';

// Issue 11, item 3: the beheerder sets up backups with a herstelsleutel, makes one and sees it
// verified; the start pages warn before that. Then the database file of the same data folder is
// damaged (bytes flipped in a page): TLA starts on the Dutch recovery screen, restores the last
// backup, and the login works again.

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 2;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-backup-'));
const DATA = path.join(root, 'data');
const KEY = path.join(root, 'key');
const MAP = path.join(root, 'backups');
fs.mkdirSync(MAP);
const env = { TLA_DATA_DIR: DATA, TLA_KEY_FILE: KEY, TLA_E2E_BACKUP_TIMER: '0' };

let server: FreshServer | null = null;
test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

test('the beheerder sets up backups with a herstelsleutel, makes one and sees it verified', async ({
  page,
}) => {
  test.setTimeout(240_000);
  server = await startFreshServer(PORT, { ...env, TLA_E2E_DEMO: '1' });
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);

  // Before: the secretaresse's and the beheerder's start pages warn.
  await app.login('sll');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Er worden geen back-ups gemaakt' }),
  ).toBeVisible();
  await checkSettledScreen(page, 'backup-waarschuwing-secretaresse');
  await app.login('beheer');
  await expect(
    page.getByText(/Er worden geen back-ups gemaakt.*Ga naar Beheer › Back-ups/),
  ).toBeVisible();
  await checkSettledScreen(page, 'backup-waarschuwing-beheerder');

  const backups = new BackupsPage(app);
  await backups.open();
  await checkScreenAtBothSizes(page, 'backups-leeg');
  await page.getByLabel('Map voor de back-ups').fill(path.join(MAP, 'bestaat-niet'));
  await page.getByRole('button', { name: 'Map opslaan' }).click();
  await expect(page.getByText('Deze map bestaat niet (of is niet bereikbaar).')).toBeVisible();
  await backups.zetMap(MAP);

  await backups.maakHerstelsleutel();
  // Two lines of four groups.
  await expect(backups.sleutel).toHaveText(/^(([0-9A-Z]{4} - ){3}[0-9A-Z]{4}){2}$/);
  await checkScreen(page, 'backups-herstelsleutel');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/screens/backups-herstelsleutel-afdruk.png' });
  await page.emulateMedia({ media: 'screen' });
  await backups.sluitHerstelsleutel();

  // In the browser there is no folder dialog: the path is typed (the app has "Kies map…").
  await expect(page.getByRole('button', { name: 'Kies map…' })).toHaveCount(0);

  // The backup runs in the background: the screen shows that it runs and how far, and the rest of
  // TLA keeps answering meanwhile.
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  const loopt = page.getByRole('status').filter({ hasText: 'Er wordt een back-up gemaakt' });
  await expect(loopt).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Voortgang van de back-up' })).toBeVisible();
  await checkScreenAtBothSizes(page, 'backups-bezig', false);
  await expect(page.getByText('De back-up is gemaakt en gecontroleerd.')).toBeVisible({
    timeout: 120_000,
  });
  await expect(loopt).toHaveCount(0);
  // The one made by hand (the daily timer is off in this spec).
  const handmatig = backups.generaties.filter({ hasText: 'Handmatig' });
  await expect(handmatig).toHaveCount(1);
  await expect(handmatig).toContainText('Gecontroleerd');
  await checkScreenAtBothSizes(page, 'backups-gemaakt');

  // The restore dialog: what the generation holds, and the confirmation (not taken here).
  await backups.vulTerugzettenIn();
  await checkScreen(page, 'backups-terugzetten');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // After: no warning any more.
  await app.navLink(/Mijn werk/).click();
  await expect(page.getByText('TLA is ingericht').or(page.getByText('Inrichten'))).toBeVisible();
  await expect(page.getByText(/Er worden geen back-ups gemaakt/)).toHaveCount(0);
  expect(problems).toEqual([]);
  await server.stop();
  server = null;
});

test('a damaged database lands on the Dutch recovery screen; the last backup is restored and the login works', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Flip bytes in the middle of a page of the database file (the server stopped: WAL folded in).
  const file = path.join(DATA, 'tla.sqlite');
  const fd = fs.openSync(file, 'r+');
  const bytes = Buffer.alloc(256);
  fs.readSync(fd, bytes, 0, 256, 4096 * 5 + 700);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (bytes[i] as number) ^ 0x5a;
  fs.writeSync(fd, bytes, 0, 256, 4096 * 5 + 700);
  fs.closeSync(fd);

  server = await startFreshServer(PORT, env);
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expect(
    page.getByRole('heading', { name: 'TLA kan de gegevens niet openen' }),
  ).toBeVisible();
  await expect(page.getByText(/^Het gegevensbestand van TLA is beschadigd/)).toBeVisible();
  await expect(page.getByText(/SqliteError|at .*\.ts|\/tmp\//)).toHaveCount(0);
  const backups = new BackupsPage(new TlaApp(page, server.url));
  await expect(backups.generaties.filter({ hasText: 'Handmatig' })).toHaveCount(1);
  await checkScreenAtBothSizes(page, 'herstel-scherm');
  await backups.vulTerugzettenIn();
  await checkScreen(page, 'herstel-terugzetten');
  await backups.zetTerug();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await checkScreen(page, 'herstel-na-terugzetten');

  const app = new TlaApp(page, server.url);
  await app.login('sll');
  await expect(page.getByText(/aanvragen/i).first()).toBeVisible();
  await app.login('beheer');
  await backups.open();
  await expect(backups.generaties.nth(1)).toContainText('Gecontroleerd');
  // The damaged file was kept aside in the data folder.
  expect(fs.readdirSync(DATA).filter((n) => n.startsWith('apart-gezet-'))).toHaveLength(1);
  expect(problems).toEqual([]);
});
