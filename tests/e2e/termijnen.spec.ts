import { expect, test } from '@playwright/test';
import {
  addDays,
  compareIsoDates,
  formatDutchDate,
  toIsoDateFromInstant,
} from '../../electron/domain/calendar';
import { aanvullingTermEnd, beslistermijnMetOpschortingen } from '../../electron/domain/termijnen';
import { BeheerPage, DirecteurPage, SecretarisPage, TlaApp } from './pages';
import { checkScreen, watchConsole } from './support';

// Issue 3 in Chromium: the SLL asks a school for aanvulling, the dashboard shows the aanvraag as
// opgeschort, the aanvulling arrives, and the new end of the beslistermijn on the aanvraag page is
// exactly what the domain computes for the same dates. Then a decision is sent and a bezwaar
// registered. Every new screen gets axe and a screenshot.

test.describe.configure({ mode: 'serial' });

interface Detail {
  referentie: string;
  ontvangenOp: string;
}

async function detail(app: TlaApp, id: number): Promise<Detail> {
  return (await app.api('aanvraag.get', { aanvraagId: id })).data as Detail;
}

test('aanvulling suspends the beslistermijn; the new end equals the domain’s answer', async ({
  page,
}) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');

  const today = toIsoDateFromInstant(new Date());
  const target = (await secretaris.termijnenOverzicht()).find((r) => r.state === 'in_controle');
  expect(target, 'the demo has an aanvraag in controle').toBeDefined();
  const id = target!.id;
  const { referentie, ontvangenOp } = await detail(app, id);
  // A request some days ago (not before receipt), the aanvulling three days later (not after today).
  const earliest = addDays(today, -6);
  const requested = compareIsoDates(ontvangenOp, earliest) > 0 ? ontvangenOp : earliest;
  const received =
    compareIsoDates(addDays(requested, 3), today) > 0 ? today : addDays(requested, 3);
  const settings = (await app.api('instellingen.termijnen', {})).data as {
    sluitingsdagen: string[];
  };

  await secretaris.openTermijnenDashboard();
  await checkScreen(page, 'termijnen-dashboard');

  await app.openAanvraag(id);
  await app.expectState('In controle');
  await expect(page.getByRole('region', { name: 'Volledigheid van het dossier' })).toBeVisible();
  await checkScreen(page, 'termijnen-checklist');
  await expect(secretaris.termijnen.getByText('Einde beslistermijn')).toBeVisible();
  await secretaris.termijnen.scrollIntoViewIfNeeded();
  await checkScreen(page, 'termijnen-sectie');

  // Ask for aanvulling: 10 werkdagen, two missing items.
  await secretaris.vulAanvullingsverzoekIn({
    verzoekdatum: requested,
    werkdagen: 10,
    punten: ['Het aanvraagformulier, ondertekend door beide ouders.', 'Het tweede OT-verslag.'],
  });
  await checkScreen(page, 'termijnen-aanvulling-vragen');
  await secretaris.vraagAanvulling();

  // The dashboard shows it as opgeschort.
  await secretaris.openTermijnenDashboard();
  await secretaris.toonAlleen('Opgeschort');
  const row = secretaris.dashboardRij(referentie);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Opgeschort');
  await checkScreen(page, 'termijnen-dashboard-opgeschort');

  // The aanvulling arrives; the clock runs again from that day.
  await row.click();
  await expect(page).toHaveURL(new RegExp(`#/aanvraag/${id}$`));
  await secretaris.aanvullingOntvangen(received);

  const expected = beslistermijnMetOpschortingen({
    ontvangenOp,
    opschortingen: [
      {
        grond: 'awb_4_15_1a',
        start: requested,
        termEnd: aanvullingTermEnd(requested, 10, settings.sluitingsdagen),
        resumedOn: received,
      },
    ],
    today,
  });
  const section = secretaris.termijnen;
  await expect(section.getByText(formatDutchDate(expected.end), { exact: true })).toBeVisible();
  await expect(section.getByRole('table', { name: 'Opschortingen' })).toContainText(
    formatDutchDate(received),
  );
  await section.scrollIntoViewIfNeeded();
  // The header reads the same end date from aanvraag.get.
  await expect
    .soft(page.getByText(/Beslistermijn tot/))
    .toContainText(formatDutchDate(expected.end));
  await checkScreen(page, 'termijnen-sectie-na-aanvulling');

  // A verdaging to a date before the current end: the backend's Dutch message under the field.
  const verdaging = await secretaris.probeerVerdaging({
    einddatum: today,
    reden: 'De commissie komt pas later bijeen.',
  });
  await expect(verdaging.getByLabel('Nieuwe einddatum')).toHaveAccessibleDescription(
    /nieuwe einddatum moet na de huidige einddatum/,
  );
  await checkScreen(page, 'termijnen-verdaging-fout');
  await secretaris.annuleer(verdaging);

  const opschorting = await secretaris.openOpschorting();
  await expect(opschorting.getByRole('radiogroup', { name: /Wettelijke grond/ })).toBeVisible();
  await checkScreen(page, 'termijnen-opschorting');
  await secretaris.annuleer(opschorting);

  // A correction keeps its history.
  await secretaris.vulGegevenswijzigingIn({
    woonplaats: 'Veenendaal',
    reden: 'Verhuisd, volgens de school.',
  });
  await checkScreen(page, 'termijnen-gegevens-wijzigen');
  await secretaris.slaGegevenswijzigingOp();
  await expect(secretaris.gegevenswijzigingen).toContainText('Veenendaal');
  expect(problems).toEqual([]);
});

test('a sent decision: the SLL registers a bezwaar and sees its terms', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  await app.login('sll');
  const target = (await secretaris.termijnenOverzicht()).find(
    (r) => r.state === 'ter_besluitvorming',
  );
  expect(target, 'the demo has an aanvraag ter besluitvorming').toBeDefined();
  const id = target!.id;

  await app.login('directeur');
  await app.openAanvraag(id);
  await new DirecteurPage(app).stelVast();

  await app.login('sll');
  await app.openAanvraag(id);
  await secretaris.verzendBesluit();

  await secretaris.registreerBezwaar('Door de school');
  const bezwaar = secretaris.bezwaar;
  await expect(bezwaar.getByText('Bezwaar op tijd ingediend')).toBeVisible();
  await expect(bezwaar.getByRole('table', { name: 'Stappen van het bezwaar' })).toBeVisible();
  await checkScreen(page, 'termijnen-bezwaar');

  await secretaris.legBezwaarstapVast('Ontvangstbevestiging');
  await expect(
    bezwaar.getByRole('row', { name: /Ontvangstbevestiging verstuurd/ }),
  ).not.toContainText('Vastleggen');
  await expect(secretaris.verklaringEnBrieven.getByText(/ontvangst/i).first()).toBeVisible();
  await secretaris.termijnen.scrollIntoViewIfNeeded();
  await checkScreen(page, 'termijnen-sectie-besloten');
  expect(problems).toEqual([]);
});

test('the beheerder sets the office closing days', async ({ page }) => {
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const beheer = new BeheerPage(app);
  await app.login('beheer');
  await beheer.openInstellingen();
  await beheer.voegSluitingsdagToe('2026-12-24');
  await expect(beheer.sluitingsdagen).toContainText('24 december 2026');
  await beheer.slaInstellingenOp();
  await checkScreen(page, 'beheer-instellingen');
  const saved = (await app.api('instellingen.termijnen', {})).data as { sluitingsdagen: string[] };
  expect(saved.sluitingsdagen).toContain('2026-12-24');
  expect(problems).toEqual([]);
});
