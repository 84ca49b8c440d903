import { expect, test, type Page } from '@playwright/test';
import { DeskundigeWorkspace, TlaApp } from './pages';
import { TOKEN } from './playwright.config';
import { checkScreen, checkScreenAtBothSizes, watchConsole } from './support';

// Issue 13 · parts 2 and 6 in Chromium against the real backend.
//
// When the connection drops (every /api/call aborted by the browser, as when the network or the
// TLA server is gone): the calm banner, the advice being written keeps its text, its draft is saved
// by itself when the connection returns, and a submit that failed says so and can be repeated.
//
// The connection choice of the desktop app: the screens against a stand-in for the desktop's
// bridge (`window.tla`, injected before the page loads) whose `call` goes to this backend; the
// shell's side of that bridge is tested against the fake electron module and the real TLA server
// (tests/unit/electron/lifecycle.test.ts, tests/integration/tla-client.test.ts).

const BANNER =
  'De verbinding met de TLA-server is weg. Wat u schrijft blijft staan; we proberen het opnieuw.';

test('the connection drops while an advice is written: banner, text kept, draft saved on return, submit repeated', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);
  await app.login('ortho1');
  const row = await app.firstInState('deskundige', 'in_advies', 500);
  await app.openAanvraag(row.id);
  await deskundige.schrijfAdvies({
    conclusie: 'Toelaatbaar',
    onderbouwing: 'Volgens het OPP van 2026 heeft zij veel structuur en een kleine groep nodig.',
  });
  await expect(page.getByText(/Concept bewaard om \d\d:\d\d/)).toBeVisible();
  await expect(page.getByText(BANNER)).toBeHidden();

  // The connection drops.
  await page.route('**/api/call', (route) => route.abort('internetdisconnected'));
  const extra = ' Na de verbreking geschreven: de school kan dit niet bieden.';
  await deskundige.onderbouwing.press('End');
  await deskundige.onderbouwing.pressSequentially(extra);
  await expect(page.getByText(BANNER)).toBeVisible();
  await expect(page.getByText(/Concept nog niet bewaard: de verbinding is weg/)).toBeVisible();
  await expect(deskundige.onderbouwing).toHaveValue(new RegExp(`${extra}$`));

  // A submit while it is gone: it says so, nothing is half done, the form stays as it was.
  await page.getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /Het indienen is niet gelukt: de verbinding is weg/ }),
  ).toBeVisible();
  await expect(deskundige.onderbouwing).toHaveValue(new RegExp(`${extra}$`));
  await checkScreenAtBothSizes(page, 'verbinding-weg-advies', false);

  // The connection returns: the banner goes by itself and the draft is saved without a keystroke.
  const saved = page.waitForRequest(
    (r) => r.url().includes('/api/call') && (r.postData() ?? '').includes('advies.saveDraft'),
  );
  await page.unroute('**/api/call');
  await saved;
  await expect(page.getByText(BANNER)).toBeHidden();
  await expect(page.getByText(/Concept bewaard om \d\d:\d\d/)).toBeVisible();

  // The server has the text typed while the connection was gone.
  await page.reload();
  await expect(deskundige.onderbouwing).toHaveValue(new RegExp(`${extra}$`));

  // The submit, repeated, goes through once.
  await deskundige.dienAdviesIn();
  await expect(deskundige.onderbouwing).toBeHidden();
  await expect(page.getByText('Ingediend', { exact: true }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

const PIN =
  '6B:0E:4F:1A:9C:22:7D:3E:80:B1:55:C4:19:AF:E2:07:3D:91:6A:C8:0B:F4:27:5E:D3:68:A2:1C:94:7B:E5:9F';
const CHANGED =
  'De TLA-server laat een ander certificaat zien dan bij de eerste verbinding. Er is niets verstuurd. Misschien is dit niet de server van uw samenwerkingsverband: neem contact op met uw beheerder voordat u verder gaat.';

/** A stand-in for the desktop's bridge; its choice lives in sessionStorage so a reload keeps it. */
async function fakeDesktop(page: Page): Promise<void> {
  await page.addInitScript(
    ({ token, pin, changed }) => {
      const KEY = 'e2e.verbinding';
      const status = () => {
        const saved = window.sessionStorage.getItem(KEY);
        return saved === null ? { gekozen: false, modus: 'lokaal' } : JSON.parse(saved);
      };
      const w = window as unknown as Record<string, unknown>;
      w['tla'] = {
        call: async (envelope: { name: string }) => {
          // The server's certificate changed after it was pinned: the shell refuses every call.
          if (window.sessionStorage.getItem('e2e.ander') !== null && envelope.name === 'auth.login')
            return { ok: false, error: { code: 'forbidden', message: changed } };
          const r = await fetch('/api/call', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-TLA-Token': token },
            body: JSON.stringify(envelope),
          });
          return r.json();
        },
        verbinding: async (input: { actie: string; adres?: string; vingerafdruk?: string }) => {
          if (input.actie === 'status') return { ok: true, status: status() };
          if (input.actie === 'onderzoek') return { ok: true, status: status(), vingerafdruk: pin };
          if (input.actie === 'lokaal') {
            window.sessionStorage.setItem(KEY, JSON.stringify({ gekozen: true, modus: 'lokaal' }));
            return { ok: true, status: status() };
          }
          const chosen = { gekozen: true, modus: 'server', adres: input.adres, vingerafdruk: pin };
          window.sessionStorage.setItem(KEY, JSON.stringify(chosen));
          return { ok: true, status: chosen };
        },
      };
    },
    { token: TOKEN, pin: PIN, changed: CHANGED },
  );
}

test('the desktop asks once which TLA it talks to, shows the fingerprint, and changes only on purpose', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await fakeDesktop(page);
  const app = new TlaApp(page);
  await page.goto(app.base);

  // The first start: this computer is the default.
  await expect(page.getByRole('heading', { name: 'Waar staat uw TLA?' })).toBeVisible();
  await expect(page.getByLabel('Alleen op deze computer')).toBeChecked();
  await page.getByLabel('Verbinden met de TLA-server van ons samenwerkingsverband').check();
  await page.getByLabel('Adres van de TLA-server').fill('http://tla.swv.example:8443');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText(/alleen via https bereikbaar/)).toBeVisible();
  await page.getByLabel('Adres van de TLA-server').fill('https://tla.swv.example:8443');
  await checkScreenAtBothSizes(page, 'verbinding-kiezen');
  await page.getByRole('button', { name: 'Verder' }).click();

  // The fingerprint to compare, as the server prints it.
  await expect(page.getByRole('heading', { name: 'Vergelijk de vingerafdruk' })).toBeVisible();
  const shown = await page.getByLabel('SHA-256-vingerafdruk van het certificaat').innerText();
  expect(shown.replace(/\s+/g, ':')).toBe(PIN);
  await checkScreenAtBothSizes(page, 'verbinding-vingerafdruk');
  await page.getByRole('button', { name: 'Hij komt overeen: verbinden' }).click();

  // Pinned: the login screen says where it connects, and changing it asks first.
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('Verbinding: TLA-server https://tla.swv.example:8443')).toBeVisible();
  await page.getByRole('button', { name: 'Wijzigen…' }).click();
  await expect(page.getByRole('dialog', { name: 'Verbinding wijzigen?' })).toBeVisible();
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await checkScreen(page, 'verbinding-wijzigen-vraag');
  await page.getByRole('button', { name: 'Niet wijzigen' }).click();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();

  // Later the server shows another certificate: the login says so, in Dutch.
  await page.evaluate(() => window.sessionStorage.setItem('e2e.ander', '1'));
  await page.getByLabel('Gebruikersnaam').fill('sll');
  await page.getByLabel('Wachtwoord').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText(CHANGED)).toBeVisible();
  await checkScreenAtBothSizes(page, 'verbinding-ander-certificaat');

  // Back to this computer, on purpose.
  await page.getByRole('button', { name: 'Wijzigen…' }).click();
  await page.getByRole('button', { name: 'Verbinding wijzigen' }).click();
  await page.getByLabel('Alleen op deze computer').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText('Verbinding: Alleen op deze computer')).toBeVisible();
  expect(problems).toEqual([]);
});
