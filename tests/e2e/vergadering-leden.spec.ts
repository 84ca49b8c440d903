import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../electron/demo/dataset';
import { startFreshServer, type FreshServer } from './fresh-server';
import { TlaApp, VergaderingPage } from './pages';
import { checkScreenAtBothSizes, screenshotOf, watchConsole } from './support';

// Issue 13 · the members of a TLA-vergadering follow it on their own machines. The voorzitter, in
// one Chromium context, records who is present and an outcome; a deskundige who is present, in
// another, finds the meeting on Mijn werk, sees the agenda with both advices, and sees the outcome
// appear without a reload. On the item where the member is betrokken they see no pupil.

// A demo install of its own (this spec records attendance and an outcome, which the config's shared
// demo server keeps for the specs after it): TLA_E2E_PORT + 22 (the others use +2 … +21).
const PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 22;
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const MOTIVERING = 'De vergadering ziet geen blijvende behoefte: eerst een arrangement proberen.';

let server: FreshServer;

test.beforeAll(async () => {
  server = await startFreshServer(PORT, { TLA_E2E_DEMO: '1' });
});
test.afterAll(async () => {
  await server?.stop();
});

interface Punt {
  aanvraagId: number;
  referentie: string;
  leerlingNaam: string;
  adviezen: { naam: string }[];
}
interface Vergadering {
  id: number;
  agenda: Punt[];
  kandidaten: { userId: number; naam: string; rol: string }[];
}

async function desk(browser: Browser): Promise<{ page: Page; app: TlaApp; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  return { page, app: new TlaApp(page, server.url), problems: watchConsole(page) };
}

async function data<T>(app: TlaApp, name: string, input: unknown): Promise<T> {
  const r = await app.api(name, input);
  expect(r.ok, `${name}: ${r.error?.message}`).toBe(true);
  return r.data as T;
}

test('a member follows the meeting on their own machine; the outcome appears without a reload', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const vz = await desk(browser);
  await vz.app.login('voorzitter');
  await data(vz.app, 'vergadering.plan', { datums: [TODAY] });
  const meeting = (
    await data<{ id: number; datum: string }[]>(vz.app, 'vergadering.list', {})
  ).find((m) => m.datum === TODAY)!;
  const view = await data<Vergadering>(vz.app, 'vergadering.get', { vergaderingId: meeting.id });
  expect(view.agenda).toHaveLength(2);
  const [a, b] = view.agenda as [Punt, Punt];
  // A deskundige who advised on neither item; recorded as the SC on item b (§6: leaves that item).
  const adviseurs = new Set([...a.adviezen, ...b.adviezen].map((x) => x.naam));
  const lid = view.kandidaten.find((k) => k.rol.includes('Deskundige') && !adviseurs.has(k.naam))!;
  await data(vz.app, 'betrokkenen.add', {
    aanvraagId: b.aanvraagId,
    userId: lid.userId,
    rol: 'steunpuntcoordinator',
  });

  // The member logs in at their own machine: nothing to follow yet.
  const member = await desk(browser);
  await member.app.login(DEMO_USERS.find((u) => u.naam === lid.naam)!.username);
  const volgen = member.page.getByRole('link', {
    name: /^Vergadering van .* volgen$/,
  });
  expect(await data(member.app, 'vergadering.mijn', {})).toEqual([]);
  await expect(
    member.page
      .getByRole('table', { name: 'Aanvragen' })
      .or(member.page.getByText('Er wacht niets op u.')),
  ).toBeVisible();
  await expect(volgen).toHaveCount(0);
  // Not on the presentielijst: the meeting's address shows nothing of it.
  await member.page.goto(`${server.url}#/vergadering/${meeting.id}/volgen`);
  await expect(
    member.page.getByText('U staat niet op de presentielijst van deze vergadering.'),
  ).toBeVisible();
  await member.page.goto(`${server.url}#/werk`);

  // The voorzitter records who is present, on the meeting screen.
  const vergadering = new VergaderingPage(vz.app);
  await vz.page.goto(`${server.url}#/vergadering/${meeting.id}`);
  await expect(vz.page.getByRole('heading', { name: /TLA-vergadering van/ })).toBeVisible();
  await vergadering.legAanwezigenVast([/Pieter Bakker/, new RegExp(lid.naam)]);

  // The member's Mijn werk shows the meeting when the window comes back (focus), and opens it.
  await member.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(volgen).toBeVisible();
  await checkScreenAtBothSizes(member.page, 'leden-mijn-werk');
  await volgen.click();
  await expect(member.page.getByRole('heading', { name: /TLA-vergadering van/ })).toBeVisible();
  const puntA = member.page.getByRole('article').filter({ hasText: a.referentie });
  await expect(
    puntA.getByRole('heading', { name: `1. ${a.referentie} · ${a.leerlingNaam}` }),
  ).toBeVisible();
  await expect(
    puntA.getByRole('table', { name: `Adviezen ${a.referentie} naast elkaar` }),
  ).toBeVisible();
  await expect(puntA.getByText('verschilt').first()).toBeVisible();
  await expect(puntA.getByText('nog geen uitkomst vastgelegd')).toBeVisible();
  const puntB = member.page.getByRole('article').nth(1);
  await expect(
    puntB.getByRole('heading', { name: '2. U neemt aan dit punt niet deel.' }),
  ).toBeVisible();
  // Nothing of item b anywhere on the member's screen.
  const text = (await member.page.locator('body').innerText()).toString();
  expect(text).not.toContain(b.leerlingNaam);
  expect(text).not.toContain(b.referentie);
  // No tools of the voorzitter.
  await expect(member.page.getByRole('button', { name: 'Uitkomst vastleggen' })).toHaveCount(0);
  await expect(member.page.getByRole('checkbox')).toHaveCount(0);
  await checkScreenAtBothSizes(member.page, 'leden-volgen');
  await screenshotOf(puntB, 'leden-punt-niet-deel');

  // The voorzitter records the meeting's advice on item a.
  const punt = vergadering.agendapunten(a.referentie);
  await vergadering.legUitkomstVast(punt, {
    conclusie: 'Niet toelaatbaar',
    motivering: MOTIVERING,
  });
  // The voorzitter's item (its head is the members' too): unchanged for them, with the link.
  await expect(punt.getByRole('link', { name: `Aanvraag ${a.referentie} openen` })).toBeVisible();
  await screenshotOf(punt, 'leden-voorzitter-punt');

  // The member's screen shows it without a reload (the window's focus, as when they look back).
  await member.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(puntA.getByText('Uitkomst: advies van de vergadering')).toBeVisible();
  await expect(puntA.getByText(MOTIVERING)).toBeVisible();
  await puntB.scrollIntoViewIfNeeded();
  await checkScreenAtBothSizes(member.page, 'leden-volgen-uitkomst');
  await screenshotOf(puntA, 'leden-punt-uitkomst');

  for (const s of [vz, member]) {
    expect(s.problems).toEqual([]);
    await s.page.context().close();
  }
});
