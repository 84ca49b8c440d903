import { expect, test } from '@playwright/test';
import { DeskundigeWorkspace, TlaApp } from './pages';
import { watchConsole } from './support';

// Independence (LBT 108582): the second deskundige cannot see the first's advice before submitting
// their own, neither on screen nor by calling the HTTP API with their own session. And a role
// cannot call another role's procedures.

// The demo's first-advice text starts with the pupil's name and then this sentence.
const FIRST_ADVICE = 'heeft behoefte aan onderwijs in een kleine groep met veel structuur';

test('the second deskundige sees nothing of the first advice, on screen or through the API', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const deskundige = new DeskundigeWorkspace(app);

  // The second deskundige, on every dossier still waiting for their advice.
  await app.login('kjp1');
  const pending = (await app.workRows('deskundige', 100)).filter((r) => r.state === 'in_advies');
  expect(pending.length).toBeGreaterThan(0);
  for (const row of pending) {
    await app.openAanvraag(row.id);
    await deskundige.verwachtAdviesformulier();
    await expect(page.locator('body')).not.toContainText(FIRST_ADVICE);
    for (const [name, input] of [
      ['advies.list', { aanvraagId: row.id }],
      ['eindadvies.get', { aanvraagId: row.id }],
      ['aanvraag.get', { aanvraagId: row.id }],
      ['advies.mine', { aanvraagId: row.id }],
    ] as const) {
      const r = await app.api(name, input);
      expect(r.ok, name).toBe(true);
      expect(JSON.stringify(r.data), name).not.toContain(FIRST_ADVICE);
    }
    const list = (await app.api('advies.list', { aanvraagId: row.id })).data as {
      adviezen: unknown[];
      unanimity: unknown;
    };
    expect(list.adviezen).toEqual([]);
    expect(list.unanimity).toBeNull();
  }
  expect(problems).toEqual([]);

  // The test means something only if the first advice exists: its author sees it submitted.
  await app.login('psycho1');
  for (const row of pending) {
    const mine = (await app.api('advies.mine', { aanvraagId: row.id })).data as {
      advies: { status: string; onderbouwing: string };
    };
    expect(mine.advies.status).toBe('ingediend');
    expect(mine.advies.onderbouwing).toContain(FIRST_ADVICE);
  }
});

test('an unassigned deskundige gets no dossier', async ({ page }) => {
  const app = new TlaApp(page);
  await app.login('mw1');
  const r = await app.api('aanvraag.get', { aanvraagId: 1 });
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe('not_found');
  await app.openAanvraag(1);
  await expect(page.getByText(/bestaat niet of u hebt er geen toegang toe/)).toBeVisible();
});

test('a role cannot call another role’s procedures', async ({ page }) => {
  const app = new TlaApp(page);

  // A deskundige cannot decide, nor make users, nor register an aanvraag.
  await app.login('ortho1');
  const adopt = await app.api('besluit.adopt', { aanvraagId: 1 });
  expect(adopt.error?.code).toBe('forbidden');
  expect(adopt.error?.message).toBe('U hebt geen toegang tot deze functie.');
  const register = await app.api('users.create', {
    naam: 'X',
    username: 'xxx',
    password: 'lang-genoeg-wachtwoord-1',
    roles: ['directeur'],
  });
  expect(register.error?.code).toBe('forbidden');
  await expect(app.navLink('Nieuwe aanvraag')).toHaveCount(0);

  // The SLL cannot assign deskundigen, nor decide.
  await app.login('sll');
  expect(
    (await app.api('toewijzing.assign', { aanvraagId: 1, eersteId: 1, tweedeId: 2 })).error?.code,
  ).toBe('forbidden');
  expect((await app.api('besluit.adopt', { aanvraagId: 1 })).error?.code).toBe('forbidden');
});
