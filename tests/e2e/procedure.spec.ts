import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { demoOpp } from '../../electron/demo/pdfs';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { checkScreen, fillAdvies, submitAdvies, TlaApp, watchConsole } from './support';

// The whole procedure played by five different users in Chromium against the real backend:
// SLL → voorzitter → deskundige 1 → deskundige 2 → deskundige 1 eindadvies → voorzitter →
// directeur-bestuurder → SLL, ending with the TLV-verklaring PDF, whose text is read and checked.

test.describe.configure({ mode: 'serial' });

const PUPIL = 'Fenna Procedure';
const ADVICE_1 =
  'Fenna heeft behoefte aan een kleine groep met veel voorspelbaarheid (advies een).';

/** §3.2 for a zij-instroom: the kind of each file is guessed from its name by the upload form. */
async function fixturePdfs(): Promise<string[]> {
  fs.mkdirSync('test-results/fixtures', { recursive: true });
  const names = [
    'aanvraagformulier-fenna',
    'opp-fenna',
    'ot-verslag-1-fenna',
    'ot-verslag-2-fenna',
    'lvs-fenna',
  ];
  return Promise.all(
    names.map(async (name, i) => {
      const file = `test-results/fixtures/${name}.pdf`;
      const bytes = await demoOpp({
        leerling: { naam: PUPIL, geboortedatum: '2016-05-04', groep: 6 },
        school: { naam: 'De Regenboog' },
        datum: '2026-09-01',
        seed: 70 + i,
      });
      fs.writeFileSync(file, bytes);
      return file;
    }),
  );
}

async function register(page: Page, app: TlaApp): Promise<number> {
  await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
  await expect(page.getByRole('heading', { name: /Nieuwe aanvraag/ })).toBeVisible();
  await checkScreen(page, 'secretaris-nieuwe-aanvraag');
  await page.getByLabel('Naam leerling').fill(PUPIL);
  await page.getByLabel('Geboortedatum').fill('2016-05-04');
  await page.getByRole('textbox', { name: 'Groep' }).fill('6');
  await page.getByLabel('Woonplaats').fill('Ede');
  const school = page.getByRole('textbox', { name: /Verwijzende school/ });
  await school.click();
  await school.fill('Regenboog');
  await page.getByRole('option').first().click();
  await page.getByLabel('SO', { exact: true }).check();
  await page.getByLabel('Midden').check();
  await page.getByLabel('Naam ouder(s)').fill('Fam. Procedure');
  await page.getByLabel('Adres').fill('Dorpsstraat 1');
  await page.getByLabel('Postcode').fill('6711 AB');
  await page.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Ede');
  await page.locator('input[type=file]').setInputFiles(await fixturePdfs());
  await expect(page.getByRole('listitem', { name: 'lvs-fenna.pdf' })).toBeVisible();
  // The OPP must be dated at most 6 months before the ontvangstdatum (§3.2).
  await page.getByLabel('Documentdatum van opp-fenna.pdf').fill('2026-10-01');
  await page.getByRole('button', { name: 'Aanvraag registreren' }).click();
  await page.waitForURL(/#\/aanvraag\/\d+/);
  return app.currentAanvraagId();
}

test('five users carry one aanvraag from registration to the TLV-verklaring', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);

  await app.login('sll');
  const id = await register(page, app);
  await app.expectState('Ontvangen');
  await page.getByRole('button', { name: 'Controle starten' }).click();
  // The app computed the OPP, OT and LVS items; the SLL ticks what it cannot see (§3.2).
  for (const item of [
    /Aanvraagformulier aanwezig/,
    /Handelingsdeel ondertekend/,
    /Zienswijze van ouders/,
  ]) {
    await page.getByRole('row', { name: item }).getByText('Aanwezig', { exact: true }).click();
  }
  await checkScreen(page, 'secretaris-checklist');
  await page.getByRole('button', { name: 'Dossier compleet' }).click();
  await app.expectState('Te verdelen');

  await app.login('voorzitter');
  await app.openAanvraag(id);
  await page.getByRole('radio', { name: /Marleen Visser/ }).check();
  await page.getByRole('radio', { name: /Karim El Amrani/ }).check();
  await checkScreen(page, 'voorzitter-toewijzen');
  await page.getByRole('button', { name: 'Deskundigen toewijzen' }).click();
  await app.expectState('In advies');

  await app.login('ortho1');
  await app.openAanvraag(id);
  await fillAdvies(page, { conclusie: 'Toelaatbaar', onderbouwing: ADVICE_1 });
  await checkScreen(page, 'deskundige-advies');
  await submitAdvies(page);

  await app.login('arts1');
  await app.openAanvraag(id);
  await expect(page.getByLabel(/Onderbouwing/)).toBeVisible();
  await expect(page.getByText(ADVICE_1)).toHaveCount(0);
  await fillAdvies(page, {
    conclusie: 'Toelaatbaar',
    onderbouwing: 'Advies twee: ook een kleine groep nodig.',
  });
  await submitAdvies(page);
  await expect(page.getByText('Unaniem', { exact: true }).first()).toBeVisible();

  await app.login('ortho1');
  await app.openAanvraag(id);
  await app.expectState('Eindadvies in opmaak');
  await expect(page.getByLabel('Gemotiveerd besluit')).toHaveValue(/advies een/);
  await checkScreen(page, 'deskundige-eindadvies');
  await page.getByRole('button', { name: 'Eindadvies ondertekenen en indienen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ondertekenen en indienen' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await app.login('voorzitter');
  await app.openAanvraag(id);
  await page.getByRole('button', { name: 'Voorleggen aan directeur-bestuurder' }).click();
  await app.expectState('Ter besluitvorming');

  await app.login('directeur');
  await app.openAanvraag(id);
  await checkScreen(page, 'directeur-besluitvorming');
  await page.getByRole('button', { name: 'Eindadvies vaststellen' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Vaststellen en ondertekenen' })
    .click();
  await app.expectState('Besloten');

  await app.login('sll');
  await app.openAanvraag(id);
  await expect(page.getByRole('heading', { name: 'Verklaring en brieven' })).toBeVisible();
  await checkScreen(page, 'secretaris-brieven');
  const brieven = (await app.api('brieven.list', { aanvraagId: id })).data as {
    id: number;
    kind: string;
  }[];
  const verklaring = brieven.find((b) => b.kind === 'verklaring');
  expect(verklaring).toBeDefined();
  const pdf = (await app.api('brieven.get', { briefId: verklaring!.id })).data as {
    dataBase64: string;
  };
  const text = (
    await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))
  ).pages.join('\n');
  expect(text).toMatch(/PO2505-\d{4}-\d{4}/);
  expect(text).toContain(PUPIL);
  expect(text).toContain('4 mei 2016');
  expect(text).toContain('Speciaal onderwijs (SO)');
  expect(text).toContain('1 januari 2027');
  expect(text).toContain('31 juli 2029');
  await page.getByRole('button', { name: 'Besluit verzenden' }).click();
  await app.expectState('Verzonden');
  expect(problems).toEqual([]);
});
