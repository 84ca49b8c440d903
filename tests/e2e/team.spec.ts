import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_USERS } from '../../electron/demo/dataset';
import { DeskundigeWorkspace, TlaApp } from './pages';
import { checkScreenAtBothSizes, watchConsole } from './support';

// Issue 13 · many at once, against a real TLA server (`electron/server/main.ts`: HTTPS on
// 127.0.0.1 with its self-signed certificate, the renderer served by it, the demo loaded): two
// deskundigen of the same aanvraag write their advice at the same time in their own browser;
// neither sees the other's until both are in; the voorzitter, with the aanvraag open all along,
// sees the unanimity appear without reloading. Then two secretaresses edit the same aanvraag: the
// second gets the conflict message and keeps what she typed.

// The config's demo servers take TLA_E2E_PORT and +1; this server takes +21 (the other specs'
// own servers use +2 … +17).
const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 21;
const BASE = `https://127.0.0.1:${PORT}/`;
const CONFLICT =
  'Iemand anders heeft deze aanvraag intussen gewijzigd. Uw wijziging is niet opgeslagen; laad de aanvraag opnieuw en probeer het nog eens.';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

let root: string;
let server: ChildProcess;
let api: APIRequestContext;

function usernameOf(naam: string): string {
  const user = DEMO_USERS.find((u) => u.naam === naam);
  if (!user) throw new Error(`no demo user named ${naam}`);
  return user.username;
}

/** Starts `npm run server`'s entry point and waits until it listens. */
async function startServer(): Promise<void> {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-team-'));
  const keyFile = path.join(root, 'master.key');
  fs.writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('TLA_')) env[k] = v;
  server = spawn(process.execPath, ['--import', 'tsx', 'electron/server/main.ts'], {
    cwd: REPO,
    env: {
      ...env,
      TLA_DATA_DIR: path.join(root, 'data'),
      TLA_MASTER_KEY_FILE: keyFile,
      TLA_SERVER_HOST: '127.0.0.1',
      TLA_SERVER_PORT: String(PORT),
      TLA_SERVE_RENDERER: 'ja',
      TLA_RENDERER_DIR: path.resolve(REPO, process.env.TLA_RENDERER_DIR ?? 'dist/renderer'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  server.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('luistert op')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`server ended (${code}): ${err}`)));
  });
}

async function call<T>(name: string, input: unknown, session?: string): Promise<T> {
  const r = await api.post('api/call', {
    data: { name, input, ...(session ? { session } : {}) },
  });
  const body = (await r.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.data as T;
}

async function login(username: string): Promise<string> {
  return (await call<{ session: string }>('auth.login', { username, password: DEMO_PASSWORD }))
    .session;
}

/** A browser of its own (own cookies, storage and session), trusting the self-signed certificate. */
async function desk(browser: Browser): Promise<{ page: Page; app: TlaApp; problems: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  return { page, app: new TlaApp(page, BASE), problems: watchConsole(page) };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000);
  await startServer();
  api = await playwright.request.newContext({ baseURL: BASE, ignoreHTTPSErrors: true });
  // From this machine (127.0.0.1), as the operator loads the demo.
  await call('setup.loadDemo', {});
});

test.afterAll(async () => {
  await api?.dispose();
  if (server && server.exitCode === null) {
    const ended = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await ended;
  }
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('two deskundigen advise at once; the voorzitter sees unanimity appear without a reload', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The voorzitter assigns two deskundigen to an aanvraag waiting to be assigned (through the
  // server, as the assignment screen would).
  const vz = await login('voorzitter');
  const werk = await call<{ rows: { id: number; state: string }[] }>(
    'werk.mijn',
    { role: 'voorzitter', search: '', offset: 0, limit: 200 },
    vz,
  );
  const open = werk.rows.find((r) => r.state === 'te_verdelen');
  expect(open, 'the demo has an aanvraag te verdelen').toBeDefined();
  const aanvraagId = open!.id;
  type Kandidaat = { deskundigeId: number; naam: string; eligible: boolean };
  const eerste = (
    await call<{ first: Kandidaat[] }>('toewijzing.candidates', { aanvraagId, eersteId: null }, vz)
  ).first.find((c) => c.eligible)!;
  const tweede = (
    await call<{ second: Kandidaat[] }>(
      'toewijzing.candidates',
      { aanvraagId, eersteId: eerste.deskundigeId },
      vz,
    )
  ).second.find((c) => c.eligible && c.deskundigeId !== eerste.deskundigeId)!;
  await call(
    'toewijzing.assign',
    { aanvraagId, eersteId: eerste.deskundigeId, tweedeId: tweede.deskundigeId },
    vz,
  );

  const voorzitter = await desk(browser);
  const a = await desk(browser);
  const b = await desk(browser);

  // The voorzitter opens the aanvraag and leaves it open: no advice to be seen yet.
  await voorzitter.app.login('voorzitter');
  await voorzitter.app.openAanvraag(aanvraagId);
  await voorzitter.app.expectState('In advies');
  await expect(voorzitter.page.getByText('Adviezen van de deskundigen')).toHaveCount(0);

  // Both deskundigen open it and write at the same time, each in their own browser.
  const deskA = new DeskundigeWorkspace(a.app);
  const deskB = new DeskundigeWorkspace(b.app);
  await a.app.login(usernameOf(eerste.naam));
  await b.app.login(usernameOf(tweede.naam));
  await a.app.openAanvraag(aanvraagId);
  await b.app.openAanvraag(aanvraagId);
  await deskA.verwachtAdviesformulier();
  await deskB.verwachtAdviesformulier();
  const tekstA = 'Advies A: het kind heeft een kleine groep met veel structuur nodig.';
  const tekstB = 'Advies B: de ondersteuningsbehoefte gaat de basisschool te boven.';
  await deskA.schrijfAdvies({ conclusie: 'Toelaatbaar', onderbouwing: tekstA });
  await deskB.schrijfAdvies({ conclusie: 'Toelaatbaar', onderbouwing: tekstB });

  // A signs first. B, still writing with the page open (it refreshes), sees nothing of A's, on
  // screen or through the server with her own session; her text stays as she typed it.
  await deskA.dienAdviesIn();
  await b.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const bSession = await b.page.evaluate(() => sessionStorage.getItem('tla.session'));
  await expect(b.page.locator('body')).not.toContainText(tekstA);
  await expect(deskB.onderbouwing).toHaveValue(tekstB);
  const bList = await b.page.evaluate(
    async ([id, session]) => {
      const r = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'advies.list', input: { aanvraagId: id }, session }),
      });
      return r.text();
    },
    [aanvraagId, bSession] as const,
  );
  expect(bList).not.toContain(tekstA);
  // Nor does A see B's draft, nor the voorzitter anything, until both are in.
  await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(a.page.locator('body')).not.toContainText(tekstB);
  await expect(voorzitter.page.locator('body')).not.toContainText(tekstA);

  // B signs. The voorzitter did nothing but look (a pointer over the page): the poll brings the
  // unanimity and both advices, no reload, no restart.
  await deskB.dienAdviesIn();
  const geladen = voorzitter.page.url();
  await voorzitter.page.mouse.move(400, 300);
  await expect(voorzitter.page.getByText('Unaniem', { exact: true }).first()).toBeVisible({
    timeout: 45_000,
  });
  await expect(voorzitter.page.locator('body')).toContainText(tekstA);
  await expect(voorzitter.page.locator('body')).toContainText(tekstB);
  expect(voorzitter.page.url()).toBe(geladen);
  await checkScreenAtBothSizes(voorzitter.page, 'team-voorzitter-unaniem');

  // Now each sees the other's (A by focusing the window again).
  await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(a.page.locator('body')).toContainText(tekstB, { timeout: 20_000 });

  for (const s of [voorzitter, a, b]) {
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  }
});

test('two secretaresses edit the same aanvraag: the second gets the conflict and keeps her input', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A second secretaresse, made by the beheerder; she chooses her own password at the first login.
  const beheer = await login('beheer');
  const tijdelijk = 'tijdelijk-Rode-Fiets-42';
  const eigen = 'Paarse-Olifant-Zwemt-Snel-81';
  await call(
    'users.create',
    { naam: 'Fatima el Amrani', username: 'sll2', password: tijdelijk, roles: ['secretaris'] },
    beheer,
  );

  const sanne = await desk(browser);
  const fatima = await desk(browser);
  await sanne.app.login('sll');
  await fatima.app.login('sll2', tijdelijk, eigen);

  const sll = await login('sll');
  const werk = await call<{ rows: { id: number; state: string }[] }>(
    'werk.mijn',
    { role: 'secretaris', search: '', offset: 0, limit: 200 },
    sll,
  );
  const row = werk.rows.find((r) => r.state === 'ontvangen' || r.state === 'in_controle');
  expect(row, 'the demo has an aanvraag in intake').toBeDefined();

  // Both open the same aanvraag and its edit dialog.
  for (const s of [sanne, fatima]) {
    await s.app.openAanvraag(row!.id);
    await s.page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  }
  const dialogOf = (p: Page) => p.getByRole('dialog', { name: 'Gegevens wijzigen' });

  // Sanne saves first.
  await dialogOf(sanne.page).getByLabel('Woonplaats').fill('Sittard');
  await dialogOf(sanne.page)
    .getByLabel('Reden van de wijziging')
    .fill('Verhuisd volgens de school');
  await dialogOf(sanne.page).getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(dialogOf(sanne.page)).toBeHidden();

  // Fatima, who opened it before, saves hers: refused with the message; her input stays.
  const fd = dialogOf(fatima.page);
  await fd.getByLabel('Groep').fill('7');
  await fd.getByLabel('Reden van de wijziging').fill('Telefoon van de ouders');
  await fd.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(fd.getByText(CONFLICT)).toBeVisible();
  await expect(fd.getByLabel('Groep')).toHaveValue('7');
  await expect(fd.getByLabel('Reden van de wijziging')).toHaveValue('Telefoon van de ouders');
  await checkScreenAtBothSizes(fatima.page, 'team-conflict');

  // She loads the current data: Sanne's woonplaats comes in, her own groep stays; saved now.
  await fd.getByRole('button', { name: /Laad de huidige gegevens/ }).click();
  await expect(fd.getByLabel('Woonplaats')).toHaveValue('Sittard');
  await expect(fd.getByLabel('Groep')).toHaveValue('7');
  await fd.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(fd).toBeHidden();

  // Nothing of the first is lost; the second is there too.
  const a = await call<{ leerling: { woonplaats: string; groep: number | null } }>(
    'aanvraag.get',
    { aanvraagId: row!.id },
    sll,
  );
  expect(a.leerling).toMatchObject({ woonplaats: 'Sittard', groep: 7 });
  for (const s of [sanne, fatima]) {
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  }
});

test('the meeting on two machines: what one records appears for the other; a stale list is refused', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The voorzitter and a plaatsvervangend voorzitter, each at their own machine, in one meeting.
  const beheer = await login('beheer');
  const tijdelijk = 'tijdelijk-Groene-Kano-17';
  const eigen = 'Blauwe-Reiger-Vliegt-Laag-64';
  await call(
    'users.create',
    { naam: 'Karin Smits', username: 'vz2', password: tijdelijk, roles: ['voorzitter'] },
    beheer,
  );
  const vz = await login('voorzitter');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  await call('vergadering.plan', { datums: [today] }, vz);
  const meeting = (await call<{ id: number; datum: string }[]>('vergadering.list', {}, vz)).find(
    (m) => m.datum === today,
  )!;

  const pieter = await desk(browser);
  const karin = await desk(browser);
  await pieter.app.login('voorzitter');
  await karin.app.login('vz2', tijdelijk, eigen);
  for (const s of [pieter, karin]) {
    await s.page.goto(`${BASE}#/vergadering/${meeting.id}`);
    await expect(s.page.getByRole('heading', { name: /TLA-vergadering van/ })).toBeVisible();
  }

  // Karin starts ticking attendees but does not save yet; Pieter records his list.
  await karin.page.getByRole('checkbox', { name: /Sanne de Vries/ }).check();
  await pieter.page.getByRole('checkbox', { name: /Pieter Bakker/ }).check();
  await pieter.page.getByRole('checkbox', { name: /Karin Smits/ }).check();
  await pieter.page.getByRole('button', { name: 'Aanwezigen vastleggen' }).click();
  await expect(pieter.page.getByText('Aanwezigen vastgelegd.')).toBeVisible();

  // Karin saves hers, made on the list before Pieter's: refused, her ticks stay.
  await karin.page.getByRole('button', { name: 'Aanwezigen vastleggen' }).click();
  await expect(
    karin.page.getByText(
      'Iemand anders heeft deze vergadering intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de vergadering opnieuw en probeer het nog eens.',
    ),
  ).toBeVisible();
  await expect(karin.page.getByRole('checkbox', { name: /Sanne de Vries/ })).toBeChecked();
  await checkScreenAtBothSizes(karin.page, 'team-vergadering-conflict');
  // The screen comes back to the window (focus): the recorded list is there to be shown.
  await karin.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await karin.page.getByRole('button', { name: 'Toon de vastgelegde aanwezigen' }).click();
  await expect(karin.page.getByRole('checkbox', { name: /Pieter Bakker/ })).toBeChecked();
  await expect(karin.page.getByRole('checkbox', { name: /Sanne de Vries/ })).not.toBeChecked();

  // Karin adds the secretaresse to the recorded list; Pieter, who changed nothing since, sees it
  // appear on his screen without a reload.
  await karin.page.getByRole('checkbox', { name: /Sanne de Vries/ }).check();
  await karin.page.getByRole('button', { name: 'Aanwezigen vastleggen' }).click();
  await expect(karin.page.getByText('Aanwezigen vastgelegd.')).toBeVisible();
  await pieter.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(pieter.page.getByRole('checkbox', { name: /Sanne de Vries/ })).toBeChecked();
  await expect(pieter.page.getByRole('checkbox', { name: /Karin Smits/ })).toBeChecked();
  await checkScreenAtBothSizes(pieter.page, 'team-vergadering');

  for (const s of [pieter, karin]) {
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  }
});
