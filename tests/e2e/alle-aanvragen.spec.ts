import { expect, test, type Page } from '@playwright/test';
import { AlleAanvragenPage, DirecteurPage, SecretarisPage, TlaApp } from './pages';
import { checkSettledScreen, watchConsole } from './support';

// Issue 10 item 5 in Chromium on the demo server: after "Besluit verzenden" an aanvraag is gone from
// Mijn werk, and Alle aanvragen finds it by its TLV volgnummer and opens it; Mijn werk's search
// finds a school by name; the secretaris archives a withdrawn aanvraag and finds it under
// Gearchiveerd. Screens at 1440×900 and 1280×720, with axe.

test.describe.configure({ mode: 'serial' });

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** Both sizes, each a screenshot with axe; with `fits`, no column of the list cut off at either. */
async function screens(page: Page, name: string, table: string, fits = true): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(page.getByRole('table', { name: table })).toBeVisible();
    if (fits) expect(await cutOff(page, table), `${name} at ${size.width}`).toEqual([]);
    await checkSettledScreen(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(SIZES[0]);
}

/**
 * What of the table does not show whole: a column header or a cell of the rows in view that ends
 * beyond the table's right edge, or whose text is wider than its cell (cut off, with or without
 * an ellipsis). A school's name may take two lines; it counts as cut off only when a third is hidden.
 */
function cutOff(page: Page, table: string): Promise<string[]> {
  return page.getByRole('table', { name: table }).evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    const cells = [...el.querySelectorAll('[role="columnheader"], [role="cell"]')];
    return cells
      .filter((c) => {
        const box = c.getBoundingClientRect();
        const inner = c.firstElementChild ?? c;
        return (
          box.right > right + 0.5 ||
          c.scrollWidth > c.clientWidth + 1 ||
          inner.scrollWidth > inner.clientWidth + 1 ||
          inner.scrollHeight > inner.clientHeight + 1
        );
      })
      .map((c) => {
        const i = c.firstElementChild ?? c;
        return `${c.getAttribute('role')}: ${c.textContent ?? ''} (${c.scrollWidth}/${c.clientWidth}, ${i.scrollWidth}/${i.clientWidth}, ${i.scrollHeight}/${i.clientHeight})`;
      });
  });
}

test('a sent decision is found by its volgnummer in Alle aanvragen and opened', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  const alle = new AlleAanvragenPage(app);

  await app.login('directeur');
  const target = await app.firstInState('directeur', 'ter_besluitvorming', 50);
  await app.openAanvraag(target.id);
  await new DirecteurPage(app).stelVast();

  await app.login('sll');
  await app.openAanvraag(target.id);
  await secretaris.verzendBesluit();
  const besluit = (await app.api('aanvraag.get', { aanvraagId: target.id })).data as {
    besluit: { volgnummer: string };
  };
  const volgnummer = besluit.besluit.volgnummer;
  expect(volgnummer).toMatch(/^PO2505-\d{4}-\d{4}$/);

  // Sent, it waits on no one: Mijn werk has it no more.
  await app.toMijnWerk();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(volgnummer);
  await expect(page.getByText('Niets gevonden.')).toBeVisible();
  await expect(page.getByText(/vindt u bij Alle aanvragen/)).toBeVisible();

  const referentie = await alle.vindOpVolgnummer(volgnummer, { open: false });
  expect(referentie).toBe(target.referentie);
  const rij = alle.rij(referentie);
  await expect(rij).toContainText('Verzonden');
  await expect(rij).toContainText('Bezwaartermijn');
  await alle.openFilters();
  await screens(page, 'alle-aanvragen-gezocht', 'Alle aanvragen');

  await rij.click();
  await page.waitForURL(new RegExp(`#/aanvraag/${target.id}$`));
  await app.expectState('Verzonden');
  // A bezwaar can be registered from here; archiving waits until none can come in on time.
  await expect(secretaris.bezwaar).toBeVisible();
  await expect(alle.archiveerknop).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Alle aanvragen: every aanvraag with its filters; the office sees it, a deskundige not', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const alle = new AlleAanvragenPage(app);
  await app.login('voorzitter');
  await alle.open();
  const all = (await app.api('aanvragen.zoek', { limit: 1 })).data as { total: number };
  await expect(alle.teller).toHaveText(`${all.total} aanvragen`);

  await alle.kiesStatus('Verzonden');
  await expect(alle.rijen.first()).toContainText('Verzonden');
  const verzonden = (await app.api('aanvragen.zoek', { states: ['verzonden'], limit: 1 })).data as {
    total: number;
  };
  await expect(alle.teller).toHaveText(
    verzonden.total === 1 ? '1 aanvraag' : `${verzonden.total} aanvragen`,
  );
  await alle.kiesStatus('Lopend (alle)');
  await alle.filters.getByRole('textbox', { name: 'Soort aanvraag' }).click();
  await page.getByRole('option', { name: 'Zij-instroom' }).click();
  await expect(alle.filterknop).toHaveText('Filters (2)');
  await screens(page, 'alle-aanvragen-filters', 'Alle aanvragen');
  await alle.wisFilters();
  await expect(alle.teller).toHaveText(`${all.total} aanvragen`);

  // Need-to-know: a deskundige has no menu entry and the screen refuses.
  await app.login('ortho1');
  await expect(app.navLink('Alle aanvragen')).toHaveCount(0);
  await page.goto(`${app.origin}/#/aanvragen`);
  await expect(page.getByText('Niet beschikbaar in deze rol')).toBeVisible();
  expect((await app.api('aanvragen.zoek', {})).error?.code).toBe('forbidden');
  expect(problems).toEqual([]);
});

test('Mijn werk: searching "Wegwijzer" finds the rows of De Wegwijzer', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  await app.login('sll');
  const rows = (await app.workRows('secretaris', 500)) as unknown as { schoolNaam: string }[];
  const expected = rows.filter((r) => r.schoolNaam.includes('Wegwijzer')).length;
  expect(expected, 'the demo has aanvragen of De Wegwijzer waiting on the SLL').toBeGreaterThan(0);

  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Wegwijzer');
  const table = page.getByRole('table', { name: 'Aanvragen' });
  const body = table.getByRole('rowgroup').last().getByRole('row');
  await expect(body).toHaveCount(expected);
  for (const row of await body.all()) await expect(row).toContainText('De Wegwijzer');
  await expect(
    page.getByText(expected === 1 ? '1 aanvraag' : `${expected} aanvragen`),
  ).toBeVisible();
  // Mijn werk's own columns at 1280 px are item 9 of the issue (another part): looked at, not asserted.
  await screens(page, 'mijn-werk-gezocht', 'Aanvragen', false);
  expect(problems).toEqual([]);
});

test('the secretaris archives a withdrawn aanvraag and finds it under Gearchiveerd', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const alle = new AlleAanvragenPage(app);
  await app.login('sll');
  const target = await app.firstInState('secretaris', 'in_controle', 200);
  await app.openAanvraag(target.id);
  await alle.registreerIntrekking(
    'De school heeft de aanvraag ingetrokken (brief van de directeur).',
  );
  await expect(page.getByText(/nog niet in dit scherm/)).toHaveCount(0);

  const dialog = await alle.openArchiveren();
  await expect(dialog).toContainText('blijft het bewaard en leesbaar');
  await expect(dialog).toContainText('onder de status Gearchiveerd');
  await checkSettledScreen(page, 'archiveren-bevestigen');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await app.expectState('Ingetrokken');
  await alle.archiveer();
  await expect(alle.archiveerknop).toHaveCount(0);
  await checkSettledScreen(page, 'archiveren-gearchiveerd');

  await alle.open();
  await alle.kiesStatus('Gearchiveerd');
  await expect(alle.rij(target.referentie)).toContainText('Gearchiveerd');
  await alle.rij(target.referentie).click();
  await app.expectState('Gearchiveerd');
  expect(problems).toEqual([]);
});
