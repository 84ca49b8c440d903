import { expect, test } from '@playwright/test';
import { formatDutchDate, toIsoDateFromInstant } from '../../electron/domain/calendar';
import { avgTermijnEinde } from '../../electron/domain/avg-verzoeken';
import { AvgPage, DocumentViewer, TlaApp } from './pages';
import { checkScreen, checkScreenAtBothSizes, screenshotOf, watchConsole } from './support';

// Issue 11 item 5 in Chromium: the SLL registers an inzage request of ouders, links the pupil's
// aanvraag, confirms receipt, sees the request on her Mijn werk with the last day of its term,
// makes the inzage PDF and reads it in the viewer, and extends the term with a letter.

test.describe.configure({ mode: 'serial' });

test('an inzage request: registered, on Mijn werk with its deadline, the PDF opened, extended', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const avg = new AvgPage(app);
  await app.login('sll');

  // A pupil of the demo with an aanvraag in advies (documents in the dossier).
  const open = (await app.api('termijnen.dashboard', { periode: 'schooljaar' })).data as {
    rows: { id: number; state: string }[];
  };
  const row = open.rows.find((r) => r.state === 'in_advies');
  expect(row, 'the demo has an aanvraag in advies').toBeDefined();
  const dossier = (await app.api('aanvraag.get', { aanvraagId: row!.id })).data as {
    referentie: string;
    leerling: { naam: string; geboortedatum: string };
  };
  const today = toIsoDateFromInstant(new Date());
  const eerste = avgTermijnEinde({ ontvangenOp: today, verlengd: false }).end;
  const verlengd = avgTermijnEinde({ ontvangenOp: today, verlengd: true }).end;

  await avg.openRegister();
  await checkScreen(page, 'avg-register-leeg');
  await avg.vulVerzoekIn({
    soort: 'Inzage (art. 15 AVG)',
    verzoekerNaam: 'R. Ouderling',
    adres: 'Kastanjelaan 12',
    postcode: '6711 CD',
    plaats: 'Ede',
    leerlingNaam: dossier.leerling.naam,
    geboortedatum: dossier.leerling.geboortedatum,
  });
  await checkScreen(page, 'avg-registreren');
  const kenmerk = await avg.registreer();

  await expect(page.getByText(`${formatDutchDate(eerste)} (`)).toBeVisible();
  await expect(page.getByText('naam gelijk')).toBeVisible();
  await avg.koppel(dossier.referentie);
  await avg.maakOntvangstbevestiging();
  await checkScreenAtBothSizes(page, 'avg-verzoek');
  // The lower half of the page: the inzage section and the letters.
  await page.locator('#inhoud').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await checkScreen(page, 'avg-verzoek-onder');
  await page.getByRole('button', { name: 'Afhandelen' }).click();
  const afhandelen = page.getByRole('dialog', { name: 'Verzoek afhandelen' });
  await expect(afhandelen.getByRole('radio', { name: 'Toegewezen', exact: true })).toBeChecked();
  await checkScreen(page, 'avg-afhandelen');
  await afhandelen.getByRole('button', { name: 'Annuleren' }).click();
  await expect(afhandelen).toBeHidden();

  // Her Mijn werk: the open request with the last day of its term and its light.
  await app.toMijnWerk();
  const panel = page.getByRole('region', { name: /Verzoeken van ouders \(AVG\)/ });
  const rij = panel.getByRole('row').filter({ hasText: kenmerk });
  await expect(rij).toContainText(formatDutchDate(eerste));
  await expect(rij).toContainText('Op schema');
  await checkScreenAtBothSizes(page, 'avg-mijn-werk');

  // The inzage PDF, made in the backend, read in the app's viewer.
  await rij.getByRole('link', { name: kenmerk }).click();
  await page.getByRole('button', { name: 'Inzage-overzicht maken' }).click();
  const dialog = avg.viewer(`Inzage-overzicht ${kenmerk}`);
  const viewer = new DocumentViewer(page, dialog);
  await expect(viewer.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  const pages = await viewer.pageCount();
  expect(pages).toBeGreaterThan(3);
  await expect(viewer.pageLabel(1, pages)).toBeVisible();
  await expect(viewer.button('Afdrukken')).toBeVisible();
  await checkScreen(page, 'avg-inzage-pdf');
  // The chapter of the aanvraag, and the last page: a bijlage with its line at the foot.
  await viewer.button('Hele pagina').click();
  for (const n of [3, pages]) {
    await viewer.pageAt(n).scrollIntoViewIfNeeded();
    await expect(viewer.drawnPage(n)).toBeVisible({ timeout: 30_000 });
    await expect(viewer.pageLabel(n, pages)).toBeVisible();
    await screenshotOf(dialog, `avg-inzage-pagina-${n === pages ? 'laatste' : n}`);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The extension within the first month, with its letter.
  await avg.verleng('Het dossier bevat veel documenten die wij eerst moeten nalopen.');
  await expect(page.getByText(`${formatDutchDate(verlengd)} (`)).toBeVisible();
  await avg.brieven.getByRole('button', { name: /Verlenging van de termijn .* openen/ }).click();
  const brief = new DocumentViewer(
    page,
    avg.viewer('Verlenging van de termijn (art. 12 lid 3 AVG)'),
  );
  await expect(brief.drawnPage(1)).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, 'avg-verlengingsbrief');
  await page.keyboard.press('Escape');

  await avg.openRegister();
  await expect(page.getByRole('table', { name: /Verzoeken van ouders/ })).toContainText(kenmerk);
  await checkScreenAtBothSizes(page, 'avg-register');
  expect(problems).toEqual([]);
});

test('a correction and a request to delete: the dialogs, the history, the assessment; the voorzitter reads', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const avg = new AvgPage(app);
  await app.login('sll');
  const open = (await app.api('termijnen.dashboard', { periode: 'schooljaar' })).data as {
    rows: { id: number; state: string }[];
  };
  const row = open.rows.find((r) => r.state === 'in_controle');
  expect(row, 'the demo has an aanvraag in controle').toBeDefined();
  const dossier = (await app.api('aanvraag.get', { aanvraagId: row!.id })).data as {
    referentie: string;
    leerling: { naam: string; geboortedatum: string; woonplaats: string };
  };
  const leerling = {
    verzoekerNaam: 'R. Ouderling',
    adres: 'Kastanjelaan 12',
    postcode: '6711 CD',
    plaats: 'Ede',
    leerlingNaam: dossier.leerling.naam,
    geboortedatum: dossier.leerling.geboortedatum,
  };

  // Correctie: the woonplaats, with the reason; the aanvraag's history shows it.
  await avg.openRegister();
  await avg.vulVerzoekIn({ soort: 'Correctie (art. 16 AVG)', ...leerling });
  const kenmerk = await avg.registreer();
  await avg.koppel(dossier.referentie);
  await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
  const corrigeren = page.getByRole('dialog', { name: 'Gegevens corrigeren' });
  await corrigeren.getByLabel(/^Juiste waarde/).fill('Renkum');
  await corrigeren.getByLabel(/^Reden/).fill('De ouders zijn in september verhuisd.');
  await checkScreen(page, 'avg-corrigeren');
  await corrigeren.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await expect(corrigeren).toBeHidden();
  const correcties = page.getByRole('table', { name: 'Correcties' });
  await expect(correcties).toContainText('Woonplaats');
  await expect(correcties).toContainText(dossier.leerling.woonplaats);
  await expect(correcties).toContainText('Renkum');
  await page.locator('#inhoud').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await checkScreen(page, 'avg-correctie');
  const history = (await app.api('aanvraag.wijzigingen', { aanvraagId: row!.id })).data as {
    reden: string;
  }[];
  expect(history[0]!.reden).toContain(`Correctie op verzoek ${kenmerk}`);

  // Verwijdering: the aanvraag is still being decided, so it stays; only a refusal is possible.
  await avg.openRegister();
  await avg.vulVerzoekIn({ soort: 'Verwijdering (art. 17 AVG)', ...leerling });
  await avg.registreer();
  await avg.koppel(dossier.referentie);
  await expect(page.getByText('Op deze aanvraag is nog niet beslist')).toBeVisible();
  await checkScreen(page, 'avg-verwijdering');
  await page.getByRole('button', { name: 'Afhandelen' }).click();
  const afhandelen = page.getByRole('dialog', { name: 'Verzoek afhandelen' });
  await expect(afhandelen.getByRole('radio')).toHaveCount(1);
  await expect(afhandelen.getByRole('radio', { name: 'Afgewezen' })).toBeChecked();
  await afhandelen
    .getByLabel(/^Toelichting of reden/)
    .fill('Er is nog niet op de aanvraag beslist.');
  await afhandelen.getByRole('button', { name: 'Afhandelen en brief maken' }).click();
  await expect(afhandelen).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Brieven van het verzoek' }).getByRole('cell', {
      name: 'Antwoord op het verzoek',
      exact: true,
    }),
  ).toBeVisible();
  await checkScreen(page, 'avg-verwijdering-afgehandeld');

  // The voorzitter reads the register and a request, without any step.
  await app.login('voorzitter');
  await avg.openRegister();
  await expect(page.getByRole('button', { name: 'Verzoek registreren' })).toHaveCount(0);
  await page.getByRole('link', { name: kenmerk }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(kenmerk) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afhandelen' })).toHaveCount(0);
  await checkScreen(page, 'avg-verzoek-voorzitter');
  expect(problems).toEqual([]);
});
