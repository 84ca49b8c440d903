import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lockDataFolder, type FolderLock } from '../../db/folder-lock';
import { databaseKey, openDatabase } from '../../db/open';
import { demoOpp } from '../../electron/demo/pdfs';
import { startFreshServer, type FreshServer } from './fresh-server';
import { BackupsPage, SecretarisPage, TlaApp } from './pages';
import { checkScreen, checkScreenAtBothSizes, watchConsole } from './support';

// Issue 11, item 2 "Corruption is never silent", end to end. One data folder is set up with the
// demo (an SWV, aanvragen with documents), one extra document of known content and a verified
// backup; it is stopped and kept as the template. Each case starts from a copy of it, damages one
// thing with the server stopped, starts the server again and looks at what the user sees:
//  (a) a page in the middle of tla.sqlite, (b) the header, (c) a frame of a WAL that still holds
//  committed frames (the server killed with SIGKILL after acknowledged writes), (d) a document blob
//  cut short or removed: the Dutch recovery screen, without stack trace, path or SQL, with the
//  restore offered; (a) is restored to a working app with the data;
//  (e) a document blob flipped in place (same length: the start check cannot see it): TLA starts,
//  the background check finds it, the beheerder is told which aanvraag and document and restores
//  that document from the backup; meanwhile the viewer says in Dutch that it cannot be opened.

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 10;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-e2e-corruptie-'));
const TEMPLATE = path.join(root, 'sjabloon');
const KEY = path.join(root, 'key');
const MAP = path.join(root, 'backups');
fs.mkdirSync(MAP);

/** Set up by the first test: the extra document and the aanvraag it belongs to. */
const bekend = {
  aanvraagId: 0,
  referentie: '',
  documentId: 0,
  fileName: 'verslag-corruptietest.pdf',
  sha256: '',
  aanvragen: 0,
  leerling: '',
};

let server: FreshServer | null = null;
test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops the server, waits until its process has let go of the data folder (its lock), and folds
 * the WAL into the database file, so that damage to the file is damage to what TLA reads.
 */
async function stopServer(data: string, fold = true): Promise<void> {
  await server?.stop();
  server = null;
  let lock: FolderLock | null = null;
  await expect
    .poll(() => (lock = lockDataFolder(path.join(data, 'tla.sqlite'))) !== null, {
      timeout: 60_000,
    })
    .toBe(true);
  try {
    if (fold) {
      const opened = openDatabase({
        file: path.join(data, 'tla.sqlite'),
        key: databaseKey(fs.readFileSync(KEY)),
      });
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      opened.close();
    }
  } finally {
    (lock as FolderLock | null)?.release();
  }
  if (fold) expect(walSize(data)).toBe(0);
  // The port too: the next server of this spec takes it.
  await sleep(500);
}

/** A copy of the template data folder for one case (the server of the template is stopped). */
function kopie(naam: string): { data: string; env: Record<string, string> } {
  const data = path.join(root, naam);
  fs.cpSync(TEMPLATE, data, { recursive: true });
  return { data, env: { TLA_DATA_DIR: data, TLA_KEY_FILE: KEY } };
}

/** XORs `length` bytes at `offset` of `file` with 0x5a (a flipped range, same length). */
function flip(file: string, offset: number, length: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const bytes = Buffer.alloc(length);
    const read = fs.readSync(fd, bytes, 0, length, offset);
    expect(read).toBe(length);
    for (let i = 0; i < length; i += 1) bytes[i] = (bytes[i] as number) ^ 0x5a;
    fs.writeSync(fd, bytes, 0, length, offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const walSize = (data: string): number =>
  fs.statSync(path.join(data, 'tla.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0;

/** Adds a demo PDF (for a made-up pupil) to the known aanvraag as the secretaresse. */
async function voegPdfToe(app: TlaApp, fileName: string, naam: string, seed: number) {
  const bytes = await demoOpp({
    leerling: { naam, geboortedatum: '2016-05-06', groep: 5 },
    school: { naam: 'De Regenboog' },
    datum: '2026-09-01',
    seed,
  });
  const r = await new SecretarisPage(app).importeerPdf(bekend.aanvraagId, { fileName, bytes });
  expect(r.ok).toBe(true);
}

const blobOf = (data: string, sha: string) =>
  path.join(data, 'documents', sha.slice(0, 2), `${sha}.bin`);

/** Nothing a secretaresse should never see: a stack trace, a path, SQL or an English error. */
async function expectNoTechnicalText(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(
    /SqliteError|SQLITE_|Error:|\bat \S+\.(ts|js)|\.sqlite|\/tmp\/|[A-Z]:\\/,
  );
  expect(text).not.toMatch(/\b(SELECT|INSERT|PRAGMA|UPDATE)\b/);
  expect(text).not.toContain(root);
}

/** The recovery screen with `probleem`, the backup offered, screenshots at both sizes. */
async function expectRecoveryScreen(page: Page, probleem: RegExp, name: string): Promise<void> {
  await expect(
    page.getByRole('heading', { name: 'TLA kan de gegevens niet openen' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Wat er mis is' })).toContainText(
    probleem,
  );
  const backups = new BackupsPage(new TlaApp(page, server!.url));
  await expect(backups.generaties.filter({ hasText: 'Handmatig' })).toHaveCount(1);
  await expect(backups.generaties.filter({ hasText: 'Handmatig' })).toContainText('Gecontroleerd');
  await expect(
    page.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).first(),
  ).toBeEnabled();
  await expectNoTechnicalText(page);
  await checkScreenAtBothSizes(page, name);
}

test('set-up: the demo with an extra document and a verified backup, kept as the template', async ({
  page,
}) => {
  test.setTimeout(240_000);
  server = await startFreshServer(PORT, {
    TLA_DATA_DIR: TEMPLATE,
    TLA_KEY_FILE: KEY,
    TLA_E2E_DEMO: '1',
  });
  const app = new TlaApp(page, server.url);
  await app.login('sll');
  const secretaris = new SecretarisPage(app);
  const bytes = await demoOpp({
    leerling: { naam: 'Corrie Testkind', geboortedatum: '2016-05-06', groep: 5 },
    school: { naam: 'De Regenboog' },
    datum: '2026-09-01',
    seed: 9101,
  });
  bekend.sha256 = createHash('sha256').update(bytes).digest('hex');
  // The first aanvraag of the demo that still takes documents.
  for (let id = 1; id <= 40 && bekend.aanvraagId === 0; id += 1) {
    const r = await secretaris.importeerPdf(id, { fileName: bekend.fileName, bytes });
    if (r.ok) bekend.aanvraagId = id;
  }
  expect(bekend.aanvraagId).toBeGreaterThan(0);
  const got = (await app.api('aanvraag.get', { aanvraagId: bekend.aanvraagId })).data as {
    referentie: string;
    leerling: { naam: string };
    documents: { id: number; fileName: string }[];
  };
  bekend.referentie = got.referentie;
  bekend.leerling = got.leerling.naam;
  bekend.documentId = got.documents.find((d) => d.fileName === bekend.fileName)!.id;

  await app.login('beheer');
  const backups = new BackupsPage(app);
  await backups.open();
  await backups.zetMap(MAP);
  await backups.maakHerstelsleutel();
  await backups.sluitHerstelsleutel();
  await backups.maakNu();
  await expect(backups.generaties.filter({ hasText: 'Handmatig' })).toContainText('Gecontroleerd');
  const tekst = await backups.generaties.filter({ hasText: 'Handmatig' }).innerText();
  bekend.aanvragen = Number(/(\d+) aanvragen/.exec(tekst)![1]);
  expect(bekend.aanvragen).toBeGreaterThan(0);
  await stopServer(TEMPLATE);
  expect(fs.existsSync(blobOf(TEMPLATE, bekend.sha256))).toBe(true);
});

test('(a) a flipped page in the middle of the database: the recovery screen; the restore brings the data back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { data, env } = kopie('a-pagina');
  const file = path.join(data, 'tla.sqlite');
  const pages = Math.floor(fs.statSync(file).size / 4096);
  expect(pages).toBeGreaterThan(10);
  flip(file, Math.floor(pages / 2) * 4096 + 700, 256);

  server = await startFreshServer(PORT, env);
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expectRecoveryScreen(
    page,
    /Het gegevensbestand van TLA is beschadigd/,
    'corruptie-a-pagina',
  );

  // Carried through: the restore, the login, the data.
  const backups = new BackupsPage(new TlaApp(page, server.url));
  await backups.vulTerugzettenIn();
  await checkScreen(page, 'corruptie-a-terugzetten');
  await backups.zetTerug();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await checkScreen(page, 'corruptie-a-na-terugzetten');
  const app = new TlaApp(page, server.url);
  await app.login('sll');
  await app.openAanvraag(bekend.aanvraagId);
  await expect(page.getByText(bekend.referentie).first()).toBeVisible();
  const secretaris = new SecretarisPage(app);
  await expect(secretaris.documenten).toContainText(bekend.fileName);
  const viewer = await secretaris.openDocument(bekend.fileName);
  await expect(viewer.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  await checkScreenAtBothSizes(page, 'corruptie-a-hersteld-dossier');
  const all = (await app.api('aanvraag.get', { aanvraagId: bekend.aanvraagId })).ok;
  expect(all).toBe(true);
  expect(fs.readdirSync(data).filter((n) => n.startsWith('apart-gezet-'))).toHaveLength(1);
  expect(problems).toEqual([]);
  await stopServer(data);
});

test('(b) a damaged header: the recovery screen', async ({ page }) => {
  test.setTimeout(120_000);
  const { env, data } = kopie('b-header');
  flip(path.join(data, 'tla.sqlite'), 0, 100);
  server = await startFreshServer(PORT, env);
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expectRecoveryScreen(
    page,
    /Het gegevensbestand van TLA kan niet worden gelezen/,
    'corruptie-b-header',
  );
  expect(problems).toEqual([]);
  await stopServer(data, false);
});

/** The WAL's frames that belong to its current generation (salts match) and end a commit. */
function walCommits(file: string): { frames: number; commits: number; pageSize: number } {
  const wal = fs.readFileSync(file);
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let frames = 0;
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    frames += 1;
    if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  }
  return { frames, commits, pageSize };
}

test('(c) a damaged WAL after a power cut: the recovery screen, not a start with writes missing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { env, data } = kopie('c-wal');
  server = await startFreshServer(PORT, env);
  const app = new TlaApp(page, server.url);
  await app.login('sll');
  // Acknowledged writes after the start: they are in the WAL only.
  await voegPdfToe(app, 'na-de-backup.pdf', 'Walter Frame', 9102);
  await server.kill();
  server = null;
  await sleep(500);
  const walFile = path.join(data, 'tla.sqlite-wal');
  const wal = walCommits(walFile);
  expect(wal.commits).toBeGreaterThan(0);
  // A byte range in the first frame's page: its checksum fails, SQLite drops it and every frame
  // after it, and with them the acknowledged commits.
  flip(walFile, 32 + 24 + 1000, 64);

  server = await startFreshServer(PORT, env);
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expectRecoveryScreen(
    page,
    /De laatste wijzigingen die in TLA zijn opgeslagen, ontbreken/,
    'corruptie-c-wal',
  );
  // What SQLite dropped is kept aside for whoever tries to recover it.
  expect(fs.readdirSync(data).filter((n) => n.endsWith('.bewaard'))).toHaveLength(1);
  expect(problems).toEqual([]);
  await stopServer(data, false);
});

test('(d) a document cut short, or removed: the recovery screen at start; just that document comes back from the backup and nothing entered since is lost', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const kort = kopie('d-kort');
  // Something entered after the backup, then a clean stop.
  server = await startFreshServer(PORT, kort.env);
  const app = new TlaApp(page, server.url);
  await app.login('sll');
  await voegPdfToe(app, 'na-de-backup.pdf', 'Lotte Later', 9103);
  await stopServer(kort.data);

  const blob = blobOf(kort.data, bekend.sha256);
  fs.truncateSync(blob, Math.floor(fs.statSync(blob).size / 2));
  server = await startFreshServer(PORT, kort.env);
  const problems = watchConsole(page);
  await page.goto(server.url);
  await expectRecoveryScreen(
    page,
    /1 document in de documentopslag is beschadigd of onvolledig/,
    'corruptie-d-kort',
  );
  const alleen = page.getByRole('region', {
    name: 'Alleen de documenten terugzetten (aanbevolen)',
  });
  await expect(alleen).toContainText('wat na de back-up is ingevoerd, blijft staan');
  await alleen.getByRole('button', { name: 'Documenten terugzetten uit de back-up' }).click();
  await expect(
    page.getByText('Het document is teruggezet uit de back-up. U kunt weer inloggen.'),
  ).toBeVisible({
    timeout: 60_000,
  });
  await checkScreen(page, 'corruptie-d-na-documenten');
  await app.login('sll');
  await app.openAanvraag(bekend.aanvraagId);
  const secretaris = new SecretarisPage(app);
  // The one entered after the backup is still there, and the restored one opens whole.
  await expect(secretaris.documenten).toContainText('na-de-backup.pdf');
  const viewer = await secretaris.openDocument(bekend.fileName);
  await expect(viewer.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  await stopServer(kort.data);

  const weg = kopie('d-weg');
  fs.rmSync(blobOf(weg.data, bekend.sha256));
  server = await startFreshServer(PORT, weg.env);
  await page.goto(server.url);
  await expectRecoveryScreen(page, /1 document ontbreekt in de documentopslag/, 'corruptie-d-weg');
  await expect(
    page.getByRole('button', { name: 'Documenten terugzetten uit de back-up' }),
  ).toBeEnabled();
  expect(problems).toEqual([]);
  await stopServer(weg.data);
});

test('(e) a document flipped in place: TLA runs, the beheerder is told which aanvraag and document and restores it; the viewer never shows wrong bytes', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { data, env } = kopie('e-omgedraaid');
  const blob = blobOf(data, bekend.sha256);
  const size = fs.statSync(blob).size;
  flip(blob, Math.floor(size / 2), 64);
  expect(fs.statSync(blob).size).toBe(size);

  server = await startFreshServer(PORT, env);
  const problems = watchConsole(page);
  const app = new TlaApp(page, server.url);
  // The length is right, so TLA starts; the full check after the start finds it.
  await app.login('beheer');
  const waarschuwing = page.getByRole('alert').filter({ hasText: 'Beschadigde gegevens gevonden' });
  await expect(waarschuwing).toBeVisible({ timeout: 60_000 });
  await expect(waarschuwing).toContainText('1 document in de documentopslag is beschadigd');
  const rij = waarschuwing.getByRole('row').filter({ hasText: bekend.referentie });
  await expect(rij).toContainText('Overig (versie 1)');
  await expect(rij).toContainText('Beschadigd');
  await expect(rij).toContainText(/Back-up van \d/);
  // The aanvraag by its reference, never by the pupil's name or the file's name.
  expect(await page.locator('body').innerText()).not.toContain(bekend.leerling);
  expect(await page.locator('body').innerText()).not.toContain(bekend.fileName);
  await expectNoTechnicalText(page);
  await checkScreenAtBothSizes(page, 'corruptie-e-beheerder-mijn-werk');
  await new BackupsPage(app).open();
  await expect(waarschuwing).toBeVisible();
  await checkScreenAtBothSizes(page, 'corruptie-e-beheerder-backups');

  // Meanwhile the secretaresse opens it: a Dutch message in the viewer, no page drawn.
  await app.login('sll');
  await app.openAanvraag(bekend.aanvraagId);
  const secretaris = new SecretarisPage(app);
  const viewer = await secretaris.openDocument(bekend.fileName);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(
    'Dit bestand is beschadigd in de documentopslag en kan niet worden geopend.',
  );
  await expect(viewer.pages).toHaveCount(0);
  await expectNoTechnicalText(page);
  await checkScreenAtBothSizes(page, 'corruptie-e-viewer');
  await page.keyboard.press('Escape');

  // The beheerder restores that one document from the backup.
  await app.login('beheer');
  await rij.getByRole('button', { name: /terugzetten uit de back-up$/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is teruggezet uit de back-up' }),
  ).toContainText(
    `Overig (versie 1) van aanvraag ${bekend.referentie} is teruggezet uit de back-up van`,
  );
  await expect(waarschuwing).toHaveCount(0);
  await checkScreen(page, 'corruptie-e-hersteld');

  // And it opens again, whole.
  await app.login('sll');
  await app.openAanvraag(bekend.aanvraagId);
  const weer = await secretaris.openDocument(bekend.fileName);
  await expect(weer.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  expect(problems).toEqual([]);
  await stopServer(data);
});
