import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { DEMO_URL } from './playwright.config';

// Page objects for the screens (one per work area) and the checks every screen gets: no CSP
// violation, no serious or critical axe violation, a screenshot under test-results/screens/.

export const SCREENS_DIR = 'test-results/screens';

/** Collects CSP violations and page errors; assert with `expectCleanConsole`. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export async function checkScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true });
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe on ${name}`,
  ).toEqual([]);
}

export class TlaApp {
  constructor(
    readonly page: Page,
    readonly base = DEMO_URL,
  ) {}

  get origin(): string {
    return new URL(this.base).origin;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.goto(this.base);
    const logout = this.page.getByRole('button', { name: 'Uitloggen' });
    const loginButton = this.page.getByRole('button', { name: 'Inloggen' });
    await expect(logout.or(loginButton)).toBeVisible();
    if (await logout.isVisible()) await this.logout();
    await this.page.getByLabel('Gebruikersnaam').fill(username);
    await this.page.getByLabel('Wachtwoord').fill(password);
    await this.page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(this.page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(this.page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  }

  async openAanvraag(id: number): Promise<void> {
    await this.page.goto(`${this.origin}/#/aanvraag/${id}`);
    await expect(this.page.getByRole('link', { name: /Mijn werk/ }).first()).toBeVisible();
  }

  async expectState(label: string): Promise<void> {
    await expect(this.page.getByText(label, { exact: true }).first()).toBeVisible();
  }

  /** Calls the backend with this tab's own transport token and session, as a curious user could. */
  async api(
    name: string,
    input: unknown,
  ): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
    return this.page.evaluate(
      async ([n, i]) => {
        const res = await fetch('/api/call', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-TLA-Token': sessionStorage.getItem('tla.transportToken') ?? '',
          },
          body: JSON.stringify({
            name: n,
            input: i,
            session: sessionStorage.getItem('tla.session') ?? undefined,
          }),
        });
        return res.json();
      },
      [name, input] as const,
    );
  }

  currentAanvraagId(): number {
    const m = /#\/aanvraag\/(\d+)/.exec(this.page.url());
    if (!m) throw new Error(`not on an aanvraag page: ${this.page.url()}`);
    return Number(m[1]);
  }
}

/** The advice form of the deskundige workspace. */
export async function fillAdvies(
  page: Page,
  o: { conclusie: 'Toelaatbaar' | 'Niet toelaatbaar'; onderbouwing: string },
): Promise<void> {
  await page.getByLabel(o.conclusie, { exact: true }).check();
  if (o.conclusie === 'Toelaatbaar') {
    await page.getByLabel('SO', { exact: true }).check();
    await page.getByLabel('Midden').check();
    await page.getByLabel('Ingangsdatum').fill('2027-01-01');
    await page.getByRole('button', { name: '2 schooljaren' }).click();
  }
  await page.getByLabel(/Onderbouwing/).fill(o.onderbouwing);
  await page
    .getByLabel('Doelen van de plaatsing')
    .fill('Zelfstandig werken en taakgericht blijven.');
}

export async function submitAdvies(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}
