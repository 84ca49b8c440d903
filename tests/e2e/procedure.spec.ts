import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { demoOpp } from '../../electron/demo/pdfs';
import {
  besluitVanEindadviesTotVastgesteld,
  DeskundigeWorkspace,
  SecretarisPage,
  TlaApp,
  VoorzitterPage,
  type Aanvraaggegevens,
} from './pages';
import { checkScreen, watchConsole } from './support';

// The whole procedure played by five different users in Chromium against the real backend:
// SLL → voorzitter → deskundige 1 → deskundige 2 → deskundige 1 eindadvies → voorzitter →
// directeur-bestuurder → SLL, ending with the TLV-verklaring PDF, whose text is read and checked.

test.describe.configure({ mode: 'serial' });

const FENNA: Aanvraaggegevens = {
  leerling: 'Fenna Procedure',
  geboortedatum: '2016-05-04',
  groep: '6',
  woonplaats: 'Ede',
  school: 'Regenboog',
  soort: 'SO',
  categorie: 'Midden',
  ouders: 'Fam. Procedure',
  adres: 'Dorpsstraat 1',
  postcode: '6711 AB',
  plaats: 'Ede',
};
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
        leerling: { naam: FENNA.leerling, geboortedatum: FENNA.geboortedatum, groep: 6 },
        school: { naam: 'De Regenboog' },
        datum: '2026-09-01',
        seed: 70 + i,
      });
      fs.writeFileSync(file, bytes);
      return file;
    }),
  );
}

test('five users carry one aanvraag from registration to the TLV-verklaring', async ({ page }) => {
  // Five logins, eleven screens with axe, and the voorzitter's Mijn werk on the way (issue 10).
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const app = new TlaApp(page);
  const secretaris = new SecretarisPage(app);
  const voorzitter = new VoorzitterPage(app);
  const deskundige = new DeskundigeWorkspace(app);

  // The SLL registers the aanvraag with its documents.
  await app.login('sll');
  await secretaris.nieuweAanvraag();
  await checkScreen(page, 'secretaris-nieuwe-aanvraag');
  await secretaris.vulGegevensIn(FENNA);
  await secretaris.voegDocumentenToe(await fixturePdfs());
  // The OPP must be dated at most 6 months before the ontvangstdatum (§3.2).
  await secretaris.dateerDocument('opp-fenna.pdf', '2026-10-01');
  const id = await secretaris.registreer();
  await app.expectState('Ontvangen');

  // The app computed the OPP, OT and LVS items; the SLL ticks what it cannot see (§3.2).
  await secretaris.startControle();
  await secretaris.vinkAanwezigAan([
    /Aanvraagformulier aanwezig/,
    /Handelingsdeel ondertekend/,
    /Zienswijze van ouders/,
  ]);
  await checkScreen(page, 'secretaris-checklist');
  await secretaris.dossierCompleet();

  // The voorzitter assigns two deskundigen.
  await app.login('voorzitter');
  await app.openAanvraag(id);
  await voorzitter.kiesDeskundigen(/Marleen Visser/, /Karim El Amrani/);
  await checkScreen(page, 'voorzitter-toewijzen');
  await voorzitter.wijsToe();

  // Each advises on their own; the second sees nothing of the first.
  await app.login('ortho1');
  await app.openAanvraag(id);
  await deskundige.schrijfAdvies({ conclusie: 'Toelaatbaar', onderbouwing: ADVICE_1 });
  await checkScreen(page, 'deskundige-advies');
  await deskundige.dienAdviesIn();

  await app.login('arts1');
  await app.openAanvraag(id);
  await deskundige.verwachtAdviesformulier();
  await expect(page.getByText(ADVICE_1)).toHaveCount(0);
  await deskundige.schrijfAdvies({
    conclusie: 'Toelaatbaar',
    onderbouwing: 'Advies twee: ook een kleine groep nodig.',
  });
  await deskundige.dienAdviesIn();
  await deskundige.verwachtUnaniem();

  // Unanimous: the eerste deskundige's eindadvies, the voorzitter, the directeur-bestuurder.
  await besluitVanEindadviesTotVastgesteld(app, {
    aanvraagId: id,
    opsteller: 'ortho1',
    gemotiveerdBesluit: /advies een/,
    screens: { eindadvies: 'deskundige-eindadvies', besluitvorming: 'directeur-besluitvorming' },
  });

  // The SLL finds the verklaring and sends the decision.
  await app.login('sll');
  await app.openAanvraag(id);
  await expect(page.getByRole('heading', { name: 'Verklaring en brieven' })).toBeVisible();
  await checkScreen(page, 'secretaris-brieven');
  const text = await secretaris.verklaringTekst(id);
  expect(text).toMatch(/PO2505-\d{4}-\d{4}/);
  expect(text).toContain(FENNA.leerling);
  expect(text).toContain('4 mei 2016');
  expect(text).toContain('Speciaal onderwijs (SO)');
  expect(text).toContain('1 januari 2027');
  expect(text).toContain('31 juli 2029');
  await secretaris.verzendBesluit();
  expect(problems).toEqual([]);
});
