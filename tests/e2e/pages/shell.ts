import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../electron/demo/dataset';
import { DEMO_URL } from '../playwright.config';

/** What every answer of the HTTP transport looks like. */
export interface ApiAnswer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** A row of Mijn werk as werk.mijn returns it. */
export interface WorkRow {
  id: number;
  referentie: string;
  state: string;
}

/**
 * The shell around every work area: logging in and out, opening an aanvraag, its state badge, Mijn
 * werk, and the backend called with this tab's own session (as a curious user could).
 */
export class TlaApp {
  constructor(
    readonly page: Page,
    readonly base = DEMO_URL,
  ) {}

  get origin(): string {
    return new URL(this.base).origin;
  }

  /**
   * Logs in and waits for Mijn werk. A password the beheerder set (a new user's first one, or a
   * reset) lands on "Nieuw wachtwoord kiezen": then `nieuwWachtwoord` is chosen there first (and
   * is the password from then on); without it such a login fails the test.
   */
  async login(username: string, password = DEMO_PASSWORD, nieuwWachtwoord?: string): Promise<void> {
    await this.openInloggen();
    await this.submitLogin(username, password);
    const werk = this.page.getByRole('heading', { name: 'Mijn werk' });
    await expect(werk.or(this.nieuwWachtwoordKop)).toBeVisible();
    if (await this.nieuwWachtwoordKop.isVisible()) {
      expect(nieuwWachtwoord, `${username} must choose a new password first`).toBeDefined();
      await this.kiesNieuwWachtwoord(password, nieuwWachtwoord!);
    }
    await expect(werk).toBeVisible();
  }

  /** The login form, after logging out whoever is logged in in this tab. */
  async openInloggen(): Promise<void> {
    await this.page.goto(this.base);
    const logout = this.page.getByRole('button', { name: 'Uitloggen' });
    const loginButton = this.page.getByRole('button', { name: 'Inloggen' });
    await expect(logout.or(loginButton)).toBeVisible();
    if (await logout.isVisible()) await this.logout();
  }

  private async submitLogin(username: string, password: string): Promise<void> {
    await this.page.getByLabel(field('Gebruikersnaam')).fill(username);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen' }).click();
  }

  /** The screen after a login with a password the beheerder set. */
  get nieuwWachtwoordKop(): Locator {
    return this.page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' });
  }

  /** Logs in with a password the beheerder set and stops at "Nieuw wachtwoord kiezen". */
  async loginTotNieuwWachtwoord(username: string, password: string): Promise<void> {
    await this.openInloggen();
    await this.submitLogin(username, password);
    await expect(this.nieuwWachtwoordKop).toBeVisible();
  }

  /** Fills "Nieuw wachtwoord kiezen" (the screen or the user menu's dialog) without saving. */
  async vulNieuwWachtwoordIn(huidig: string, nieuw: string, herhaling = nieuw): Promise<void> {
    const huidigVeld = this.page
      .getByLabel(field('Wachtwoord dat u van de beheerder kreeg'))
      .or(this.page.getByLabel(field('Huidig wachtwoord')));
    await huidigVeld.fill(huidig);
    await this.page.getByLabel(field('Nieuw wachtwoord')).fill(nieuw);
    await this.page.getByLabel(field('Herhaal het nieuwe wachtwoord')).fill(herhaling);
  }

  /** On "Nieuw wachtwoord kiezen": the new password, saved; then the app opens. */
  async kiesNieuwWachtwoord(huidig: string, nieuw: string): Promise<void> {
    await this.vulNieuwWachtwoordIn(huidig, nieuw);
    await this.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(this.nieuwWachtwoordKop).toBeHidden();
  }

  /** Any user: their own password through the user menu (their name in the header). */
  async wijzigEigenWachtwoord(naam: string, huidig: string, nieuw: string): Promise<void> {
    await this.page.getByRole('button', { name: naam, exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    await this.vulNieuwWachtwoordIn(huidig, nieuw);
    await this.page
      .getByRole('dialog', { name: 'Wachtwoord wijzigen' })
      .getByRole('button', { name: 'Wachtwoord wijzigen' })
      .click();
    const done = this.page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
    await expect(done.getByText('Uw wachtwoord is gewijzigd.')).toBeVisible();
    await done.locator('button', { hasText: 'Sluiten' }).click();
    await expect(done).toBeHidden();
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(this.page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  }

  /** A wrong password: the login form says so. */
  async loginFails(username: string, password: string, message: string): Promise<void> {
    // Wait for this attempt's answer: the alert of an earlier attempt may say the same.
    const answered = this.page.waitForResponse(
      (r) => r.url().includes('/api/call') && (r.request().postData() ?? '').includes('auth.login'),
    );
    await this.submitLogin(username, password);
    await answered;
    await expect(this.page.getByRole('alert')).toContainText(message);
  }

  /** The name of the user logged in. */
  async me(): Promise<string> {
    return ((await this.api('auth.me', {})).data as { naam: string }).naam;
  }

  async openAanvraag(id: number): Promise<void> {
    await this.page.goto(`${this.origin}/#/aanvraag/${id}`);
    await expect(this.page.getByRole('link', { name: /Mijn werk/ }).first()).toBeVisible();
  }

  async expectState(label: string): Promise<void> {
    await expect(this.page.getByText(label, { exact: true }).first()).toBeVisible();
  }

  currentAanvraagId(): number {
    const m = /#\/aanvraag\/(\d+)/.exec(this.page.url());
    if (!m) throw new Error(`not on an aanvraag page: ${this.page.url()}`);
    return Number(m[1]);
  }

  /** A link of the navigation (the main menu; a page may link to the same place elsewhere). */
  navLink(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name });
  }

  /** Back to Mijn werk through the navigation. */
  async toMijnWerk(): Promise<void> {
    await this.navLink(/Mijn werk/)
      .first()
      .click();
    await expect(this.page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  }

  /** Opens the nth aanvraag of Mijn werk whose state is `stateLabel`, and waits for its page. */
  async openFromMijnWerk(stateLabel: string, nth = 0): Promise<void> {
    await this.page
      .getByRole('table', { name: 'Aanvragen' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: stateLabel, exact: true }) })
      .nth(nth)
      .click();
    await this.expectState(stateLabel);
  }

  /** Mijn werk of `role` through the API (the first `limit` rows). */
  async workRows(role: string, limit: number): Promise<WorkRow[]> {
    const r = await this.api('werk.mijn', { role, search: '', offset: 0, limit });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    return (r.data as { rows: WorkRow[] }).rows;
  }

  /** The first row of Mijn werk of `role` in `state`; fails when there is none. */
  async firstInState(role: string, state: string, limit: number): Promise<WorkRow> {
    const row = (await this.workRows(role, limit)).find((r) => r.state === state);
    expect(row, `${role} has an aanvraag in ${state}`).toBeDefined();
    return row!;
  }

  /** The names of the deskundigen assigned to an aanvraag, by position (1 = eerste). */
  async toewijzingen(aanvraagId: number): Promise<{ position: number; naam: string }[]> {
    const got = await this.api('aanvraag.get', { aanvraagId });
    return (got.data as { toewijzingen: { position: number; naam: string }[] }).toewijzingen;
  }

  /** Calls the backend with this tab's own transport token and session, as a curious user could. */
  async api(name: string, input: unknown): Promise<ApiAnswer> {
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
}

/** A form field by its label, whether or not the label carries the asterisk of a required field. */
export function field(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** The demo username of a user by their name. */
export function usernameOf(naam: string): string {
  const user = DEMO_USERS.find((u) => u.naam === naam);
  if (!user) throw new Error(`no demo user named ${naam}`);
  return user.username;
}
