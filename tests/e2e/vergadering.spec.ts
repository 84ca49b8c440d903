import { expect, test } from '@playwright/test';
import { addDays } from '../../electron/domain/calendar';
import {
  BeheerPage,
  BetrokkenenSection,
  besluitVanEindadviesTotVastgesteld,
  DeskundigeWorkspace,
  DirecteurPage,
  TlaApp,
  usernameOf,
  VergaderingPage,
  VoorzitterPage,
} from './pages';
import { checkSettledScreen, screenshotOf, watchConsole } from './support';

// Issue 5 in Chromium against the real backend: a TLA-vergadering for advices that differ, through
// the eindadvies to the decision; and the directeur-bestuurder returning an eindadvies, which comes
// back on the next meeting's agenda with the questions. Also the pool, reassignment and the advice
// form's drafts and corrections.

test.describe.configure({ mode: 'serial' });

const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const LATER = addDays(TODAY, 14);
const MOTIVERING = 'De vergadering ziet een blijvende behoefte aan een kleine, voorspelbare groep.';
const VRAGEN = 'Waarom is gekozen voor categorie midden en niet voor laag? Graag toelichten.';

test('a meeting decides on advices that differ; eindadvies and decision follow', async ({
  page,
}) => {
  // The meeting, a betrokkene recorded on the way, and the eindadvies up to the decision.
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const vergadering = new VergaderingPage(app);

  // The voorzitter plans two meetings and opens today's.
  await app.login('voorzitter');
  await vergadering.openJaarplan();
  await vergadering.planDatums([TODAY, LATER]);
  await expect(vergadering.jaarplanRij(LATER)).toBeVisible();
  await checkSettledScreen(page, 'voorzitter-vergaderingen');

  await vergadering.openVergadering(TODAY);
  const eerstePunt = vergadering.agendapunten('Adviezen niet unaniem').first();
  await expect(eerstePunt).toBeVisible();
  await expect(eerstePunt.getByText('verschilt').first()).toBeVisible();
  const id = await vergadering.aanvraagVan(eerstePunt);
  const eerste = (await app.toewijzingen(id)).find((t) => t.position === 1)?.naam ?? '';

  // §6: Jeroen van Dijk was the SC on this aanvraag: the voorzitter records him as betrokken.
  const { referentie } = (await app.api('aanvraag.get', { aanvraagId: id })).data as {
    referentie: string;
  };
  await app.openAanvraag(id);
  await new BetrokkenenSection(app).legVast(
    'Jeroen van Dijk',
    'Steunpuntcoördinator (SC) op deze aanvraag',
  );
  await vergadering.openJaarplan();
  await vergadering.openVergadering(TODAY);
  const punt = vergadering.agendapunten(referentie);

  // Attendees: the voorzitter, Jeroen van Dijk (who leaves this item) and the first deskundige of
  // this item, who advised on it and takes part.
  await vergadering.legAanwezigenVast([/Pieter Bakker/, /Jeroen van Dijk/, new RegExp(eerste)]);
  await expect(
    page.getByText(
      `Jeroen van Dijk is betrokken bij ${referentie} en neemt aan dat punt niet deel.`,
    ),
  ).toBeVisible();
  await expect(page.getByText(new RegExp(`${eerste} is betrokken bij`))).toHaveCount(0);
  await expect(punt.getByText(/Jeroen van Dijk · .* · aanwezig, verlaat dit punt/)).toBeVisible();
  await expect(punt.locator('p').filter({ hasText: 'Neemt deel aan dit punt' })).toContainText(
    eerste,
  );
  await checkSettledScreen(page, 'voorzitter-vergadermodus');
  await screenshotOf(punt, 'voorzitter-agendapunt');
  await page.setViewportSize({ width: 1280, height: 720 });
  await punt.scrollIntoViewIfNeeded();
  await checkSettledScreen(page, 'voorzitter-vergadermodus-1280');
  await screenshotOf(punt, 'voorzitter-agendapunt-1280');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The meeting's own advice, then the meeting is closed with its report.
  await vergadering.legUitkomstVast(punt, { conclusie: 'Toelaatbaar', motivering: MOTIVERING });
  await screenshotOf(punt, 'voorzitter-agendapunt-uitkomst');
  await vergadering.sluit();
  await checkSettledScreen(page, 'voorzitter-vergadering-verslag');

  // The eerste deskundige's eindadvies carries the meeting's reasoning, up to the decision.
  await besluitVanEindadviesTotVastgesteld(app, {
    aanvraagId: id,
    opsteller: usernameOf(eerste),
    gemotiveerdBesluit: MOTIVERING,
    screens: { eindadvies: 'deskundige-eindadvies-na-vergadering' },
  });
  expect(problems).toEqual([]);
});

test('a returned eindadvies comes back on the next agenda with the questions', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const voorzitter = new VoorzitterPage(app);
  const vergadering = new VergaderingPage(app);

  // The directeur-bestuurder returns an eindadvies with questions.
  await app.login('directeur');
  const row = await app.firstInState('directeur', 'ter_besluitvorming', 500);
  await app.openAanvraag(row.id);
  await new DirecteurPage(app).stuurTerug(VRAGEN);

  // The voorzitter reads them and puts the aanvraag on the next meeting's agenda.
  await app.login('voorzitter');
  await app.openAanvraag(row.id);
  await voorzitter.verwachtVragenVanDirecteur(VRAGEN);
  await checkSettledScreen(page, 'voorzitter-teruggestuurd');
  await voorzitter.agendeer();

  await vergadering.openJaarplan();
  await vergadering.openEerstvolgende(LATER);
  const punt = vergadering.agendapunten(row.referentie);
  await expect(punt.getByText('Teruggestuurd door de directeur-bestuurder')).toBeVisible();
  await expect(punt.getByText(VRAGEN)).toBeVisible();
  await checkSettledScreen(page, 'voorzitter-vergadermodus-teruggestuurd');
  expect(problems).toEqual([]);
});

test('pool absence, reassignment, advice drafts, the diagnosis hint and a correction', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const beheer = new BeheerPage(app);
  const deskundige = new DeskundigeWorkspace(app);
  const voorzitter = new VoorzitterPage(app);

  // The beheerder records an absence in the pool.
  await app.login('beheer');
  await beheer.openDeskundigenpool();
  await beheer.vulAfwezigheidIn('Lotte Bos', { totEnMet: addDays(TODAY, 7), reden: 'Verlof' });
  await checkSettledScreen(page, 'beheerder-afwezigheid');
  await beheer.legAfwezigheidVast('Lotte Bos');

  // A deskundige's draft is kept; a diagnosis without a source is pointed out.
  await app.login('ortho1');
  const row = await app.firstInState('deskundige', 'in_advies', 500);
  const id = row.id;
  await app.openAanvraag(id);
  // The form starts with no conclusion; a draft is kept once one is chosen.
  await page.getByLabel('Toelaatbaar', { exact: true }).check();
  await deskundige.onderbouwing.fill('Hij heeft ADHD en heeft daarom veel structuur nodig.');
  await expect(page.getByText('Diagnose zonder bron')).toBeVisible();
  await expect(page.getByText(/Concept bewaard om \d\d:\d\d/)).toBeVisible();
  await checkSettledScreen(page, 'deskundige-advies-concept');
  await deskundige.schrijfAdvies({
    conclusie: 'Toelaatbaar',
    onderbouwing:
      'Volgens het verslag van 2025 (GZ-psycholoog) heeft hij ADHD; hij heeft structuur nodig.',
  });
  await expect(page.getByText('Diagnose zonder bron')).toBeHidden();
  await deskundige.dienAdviesIn();

  // A submitted advice is corrected in a new version.
  await deskundige.corrigeerAdvies('Typefout in de onderbouwing hersteld.');
  await checkSettledScreen(page, 'deskundige-advies-corrigeren');
  await deskundige.dienCorrectieIn(2);

  // The voorzitter changes the tweede deskundige; the eerste, who has submitted, stays.
  await app.login('voorzitter');
  await app.openAanvraag(id);
  await voorzitter.vulToewijzingswijzigingIn('tweede', 'Langdurig afwezig.');
  await checkSettledScreen(page, 'voorzitter-toewijzing-wijzigen');
  await voorzitter.wijzigToewijzing();
  await voorzitter.vulToewijzingswijzigingIn('eerste', 'Andere planning.');
  await voorzitter.wijzigToewijzingGeweigerd('al ingediend');
  expect(problems).toEqual([]);
});
