import { expect, test, type Page } from '@playwright/test';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { startFreshServer, type FreshServer } from './fresh-server';
import { EersteStartPage, JaarverslagKnop, TlaApp } from './pages';
import { checkScreenAtBothSizes, watchConsole } from './support';

// Issue 12 · the jaarverslag PDF in Chromium: the SLL opens Rapportages, goes to schooljaar
// 2025-2026, clicks "Jaarverslag 2025-2026 (PDF)" and the download arrives with its name, is a PDF
// and holds the year's figures; for a quarter the button names the school year the quarter ends
// in. On an empty install (its own server, base port + 17, with an SWV and an SLL set up through
// the API) the button makes the PDF of an empty year. Reads only: nothing of the demo is consumed
// (the export's audit row aside). Screens at 1440×900 and 1280×720 with axe.

test.describe.configure({ mode: 'serial' });

const FRESH_PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 17;

const kiezers = (page: Page) => page.getByRole('region', { name: 'Periode en indeling' });
const periodeLabel = (page: Page) => kiezers(page).locator('[aria-live="polite"]');

async function openRapportages(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Rapportages' }).click();
  await expect(page.getByRole('heading', { name: 'Rapportages', level: 2 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Aanvragen en besluiten' })).toBeVisible();
}

async function pdfTekst(bytes: Buffer): Promise<string> {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { pages } = await extractPdfText(new Uint8Array(bytes));
  return pages.join(' ').replace(/\s+/g, ' ');
}

test('the SLL downloads the jaarverslag of schooljaar 2025-2026 as a PDF', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const knop = new JaarverslagKnop(page);
  await app.login('sll');
  await openRapportages(page);
  await expect(periodeLabel(page)).toHaveText(/^schooljaar \d{4}-\d{4}$/);
  while ((await periodeLabel(page).textContent()) !== 'schooljaar 2025-2026') {
    const voor = await periodeLabel(page).textContent();
    await page.getByRole('button', { name: '‹ Vorige' }).click();
    await expect(periodeLabel(page)).not.toHaveText(voor ?? '');
  }
  await expect(knop.knop).toHaveText('Jaarverslag 2025-2026 (PDF)');
  await expect(knop.knop).toHaveAccessibleDescription(/jaarverslag van schooljaar 2025-2026/);
  await checkScreenAtBothSizes(page, 'jaarverslag-knop');

  const pdf = await knop.download();
  expect(pdf.naam).toBe('tlv-jaarverslag-2025-2026.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'Jaarverslag gemaakt' })).toHaveText(
    'Jaarverslag gemaakt: tlv-jaarverslag-2025-2026.pdf.',
  );
  const text = await pdfTekst(pdf.bytes);
  const k = (await app.api('rapportage.kengetallen', {
    periode: { soort: 'schooljaar', datum: '2026-01-15' },
  })) as { ok: true; data: { totaal: Record<string, number | null> } };
  expect(text).toContain('Jaarverslag toelaatbaarheidsverklaringen');
  expect(text).toContain('Schooljaar 2025-2026');
  expect(text).toContain(`Besloten ${k.data.totaal['besloten']} `);
  expect(text).toContain('Figuur 1. Doorlooptijd per maand');

  // A quarter: the jaarverslag is that of the school year the quarter ends in, and it says so.
  await kiezers(page).getByText('Kwartaal', { exact: true }).click();
  await expect(periodeLabel(page)).toHaveText(/^Q\d \d{4}$/);
  // The quarter of 31 July 2026 is Q3 2026, which ends in schooljaar 2026-2027.
  await expect(periodeLabel(page)).toHaveText('Q3 2026');
  await expect(knop.knop).toHaveText('Jaarverslag 2026-2027 (PDF)');
  await page.getByRole('button', { name: '‹ Vorige' }).click();
  await expect(periodeLabel(page)).toHaveText('Q2 2026');
  await expect(knop.knop).toHaveText('Jaarverslag 2025-2026 (PDF)');
  await expect(knop.knop).toHaveAccessibleDescription(
    /het schooljaar waarin de gekozen periode eindigt/,
  );
  await knop.knop.hover();
  await expect(page.getByRole('tooltip')).toContainText(
    'het schooljaar waarin de gekozen periode eindigt',
  );
  await checkScreenAtBothSizes(page, 'jaarverslag-knop-kwartaal', false);
  expect(problems).toEqual([]);
});

test.describe('an empty install', () => {
  let fresh: FreshServer;
  test.beforeAll(async () => {
    fresh = await startFreshServer(FRESH_PORT);
  });
  test.afterAll(async () => {
    await fresh.stop();
  });

  test('makes the jaarverslag of an empty year that says so', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watchConsole(page);
    const start = new EersteStartPage(page, fresh.url);
    const app = new TlaApp(page, fresh.url);
    const knop = new JaarverslagKnop(page);
    const beheerder = {
      naam: 'Bea Beheer',
      gebruikersnaam: 'fb.jaarverslag',
      wachtwoord: 'Kwartel-Zonnebloem-Rivier-42',
    };
    await start.open();
    await start.maakBeheerder(beheerder);
    await app.login(beheerder.gebruikersnaam, beheerder.wachtwoord);
    const swv = await app.api('swv.zetten', {
      naam: 'Samenwerkingsverband Passend Onderwijs De Vallei',
      registratienummer: 'po 2505',
      code: 'PO2505',
      adres: 'Stationsweg 12',
      postcode: '6711pl',
      plaats: 'Ede',
      telefoon: '0318 123 456',
      email: 'tlv@swv-devallei.nl',
      website: '',
      directeurUserId: null,
      bezwaaradvies: {
        soort: 'lbt',
        naam: 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)',
        adres: 'p/a Onderwijsgeschillen, Postbus 85191',
        postcode: '3508 AD',
        plaats: 'Utrecht',
      },
    });
    expect(swv.ok).toBe(true);
    const created = await app.api('users.create', {
      naam: 'Sanne Secretaresse',
      username: 'sll.jaarverslag',
      password: 'tijdelijk-Rode-Fiets-42',
      roles: ['secretaris'],
    });
    expect(created.ok).toBe(true);
    await app.logout();
    await app.login('sll.jaarverslag', 'tijdelijk-Rode-Fiets-42', 'Blauwe-Kraanvogel-Zomer-77');
    await openRapportages(page);
    await expect(page.getByText(/^Niets in schooljaar/)).toBeVisible();
    const jaar = await knop.schooljaar();
    expect(jaar).toMatch(/^\d{4}-\d{4}$/);
    const pdf = await knop.download();
    expect(pdf.naam).toBe(`tlv-jaarverslag-${jaar}.pdf`);
    const text = await pdfTekst(pdf.bytes);
    expect(text).toContain(
      `In schooljaar ${jaar} heeft Samenwerkingsverband Passend Onderwijs De Vallei geen aanvraag`,
    );
    expect(text).toContain('Ontvangen 0 ');
    await page.mouse.move(600, 500); // the tooltip of the button closes
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await checkScreenAtBothSizes(page, 'jaarverslag-lege-installatie');
    expect(problems).toEqual([]);
  });
});
