import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { demoOpp } from '../../electron/demo/pdfs';
import { startFreshServer, type FreshServer } from './fresh-server';
import {
  AlleAanvragenPage,
  BeheerPage,
  BriefTekstenPage,
  DeskundigeWorkspace,
  DirecteurPage,
  EersteStartPage,
  SecretarisPage,
  TlaApp,
  VoorzitterPage,
  type Aanvraaggegevens,
  type SwvGegevens,
} from './pages';
import { DUO_VESTIGINGEN_CSV, ScholenPage } from './pages/scholen';
import { checkSettledScreen, screenshotOf, watchConsole } from './support';

// Issue 10: a real samenwerkingsverband goes live from an EMPTY install, without the demo. The
// beheerder sets up the SWV (details, logo), imports the schools from DUO's file (two bad rows
// refused by the preview), creates the users and the pool, makes the TLV-verklaring's text the
// SWV's own; then five users carry one aanvraag to the TLV-verklaring, whose PDF carries the SWV's
// name, number, edited text and logo; the SLL sends it with a date, finds it again in Alle
// aanvragen by its volgnummer and registers a bezwaar.

test.describe.configure({ mode: 'serial' });

const FRESH_PORT = Number(process.env.TLA_E2E_PORT ?? 4810) + 4;
const LOGO = fileURLToPath(new URL('../fixtures/logo/logo.png', import.meta.url));

const BEHEERDER = { naam: 'Bas Beheer', gebruikersnaam: 'bas', wachtwoord: 'Vallei-Beheer-2026!' };
const SWV: SwvGegevens = {
  naam: 'Samenwerkingsverband Passend Onderwijs Gelderse Vallei',
  registratienummer: 'PO 25-07',
  adres: 'Stationsweg 12',
  postcode: '6711 PL',
  plaats: 'Ede',
};
const EIGEN_TEKST =
  '{swv.naam} verklaart na het advies van twee deskundigen dat de leerling hieronder ' +
  'toelaatbaar is tot {schoolsoort} (tekst van Gelderse Vallei).';

/** The five people of the procedure; each chooses their own password at the first login. */
const MENSEN = {
  sll: {
    naam: 'Sanne Secretariaat',
    gebruikersnaam: 'sanne',
    rollen: ['Secretaresse leerlingenzaken'],
  },
  voorzitter: { naam: 'Victor Voorzitter', gebruikersnaam: 'victor', rollen: ['TLA-voorzitter'] },
  ortho: { naam: 'Olga Orthopedagoog', gebruikersnaam: 'olga', rollen: ['Deskundige'] },
  arts: { naam: 'Arjen Arts', gebruikersnaam: 'arjen', rollen: ['Deskundige'] },
  directeur: { naam: 'Door Directeur', gebruikersnaam: 'door', rollen: ['Directeur-bestuurder'] },
} as const;
const EERSTE = 'Eerste-Sleutel-Vallei-26!';
const EIGEN = 'Mijn-Eigen-Sleutel-Vallei-26!';

const LEERLING: Aanvraaggegevens = {
  leerling: 'Lotte Livegang',
  geboortedatum: '2016-03-14',
  groep: '5',
  woonplaats: 'Ede',
  gemeente: 'Ede',
  school: 'Zevensprong',
  soort: 'SO',
  categorie: 'Midden',
  ouders: 'Fam. Livegang',
  adres: 'Beukenlaan 3',
  postcode: '6711 BC',
  plaats: 'Ede',
};

let fresh: FreshServer;
test.beforeAll(async () => {
  fresh = await startFreshServer(FRESH_PORT);
});
test.afterAll(async () => {
  await fresh?.stop();
});

/** §3.2 for a zij-instroom: the documents, their kind guessed from the file name. */
async function dossierPdfs(): Promise<string[]> {
  fs.mkdirSync('test-results/fixtures', { recursive: true });
  const names = ['aanvraagformulier', 'opp', 'ot-verslag-1', 'ot-verslag-2', 'lvs'];
  return Promise.all(
    names.map(async (name, i) => {
      const file = `test-results/fixtures/${name}-lotte.pdf`;
      const bytes = await demoOpp({
        leerling: { naam: LEERLING.leerling, geboortedatum: LEERLING.geboortedatum, groep: 5 },
        school: { naam: 'OBS De Zevensprong' },
        datum: '2026-10-01',
        seed: 110 + i,
      });
      fs.writeFileSync(file, bytes);
      return file;
    }),
  );
}

/** How many images page 1 of a PDF paints (pdf.js's operator list, read in Node). */
async function imagesOnFirstPage(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const ops = await page.getOperatorList();
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const count = ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
  await pdf.destroy();
  return count;
}

test('an SWV goes live from an empty install: set up, one aanvraag to the TLV-verklaring, sent, found, bezwaar', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const problems = watchConsole(page);
  const start = new EersteStartPage(page, fresh.url);
  const app = new TlaApp(page, fresh.url);
  const beheer = new BeheerPage(app);

  // 1. The beheerder, on the first-start screen, and the SWV's details with its logo.
  await start.open();
  await start.maakBeheerder(BEHEERDER);
  await app.login(BEHEERDER.gebruikersnaam, BEHEERDER.wachtwoord);
  await expect(page.getByRole('heading', { name: 'Inrichten' })).toBeVisible();
  await beheer.openSamenwerkingsverband();
  await beheer.vulSwvGegevensIn(SWV);
  await beheer.slaSwvGegevensOp();
  await beheer.kiesLogo(LOGO);

  // 2. The schools from DUO's file: the preview refuses two rows; nothing before "Importeren".
  const scholen = new ScholenPage(app);
  await scholen.open();
  await scholen.importeerBestand(DUO_VESTIGINGEN_CSV, { toevoegen: 11, wijzigen: 0, geweigerd: 2 });
  await expect(scholen.tabel).toContainText('OBS De Zevensprong');

  // 3. The users and the pool; the directeur-bestuurder who signs.
  await beheer.openGebruikers();
  for (const m of Object.values(MENSEN))
    await beheer.maakGebruiker({ ...m, wachtwoord: EERSTE, rollen: [...m.rollen] });
  await beheer.openDeskundigenpool();
  await beheer.voegToeAanPool({
    gebruiker: MENSEN.ortho.naam,
    registratie: 'NVO 12345',
    disciplines: ['Orthopedagoog'],
  });
  await beheer.voegToeAanPool({
    gebruiker: MENSEN.arts.naam,
    registratie: 'BIG 99887766501',
    disciplines: ['Arts'],
    // §4: works for another board than the school's, so no conflict.
    werktVoor: [{ zoek: 'Wingerd', optie: /SBO De Wingerd/ }],
  });
  await beheer.openSamenwerkingsverband();
  await beheer.vulSwvGegevensIn({ ...SWV, directeur: MENSEN.directeur.naam });
  await beheer.slaSwvGegevensOp();

  // 4. The TLV-verklaring in the SWV's own words (a new version of its text).
  const versie = await new BriefTekstenPage(app).bewerkTekst('TLV-verklaring', {
    verklaring: EIGEN_TEKST,
  });
  expect(versie).toBe(1); // the first text of a fresh install
  await app.toMijnWerk();
  await beheer.verwachtStapStatus('Gegevens van het samenwerkingsverband', 'Klaar');
  await beheer.verwachtStapStatus('Schoolbesturen en scholen', 'Klaar');
  await beheer.verwachtStapStatus('Deskundigenpool', 'Klaar');
  await checkSettledScreen(page, 'go-live-ingericht');

  // 5. The SLL registers the aanvraag with its documents and completes the dossier.
  const secretaris = new SecretarisPage(app);
  await app.login(MENSEN.sll.gebruikersnaam, EERSTE, EIGEN);
  await secretaris.nieuweAanvraag();
  await secretaris.vulGegevensIn(LEERLING);
  await secretaris.voegDocumentenToe(await dossierPdfs());
  await secretaris.dateerDocument('opp-lotte.pdf', '2026-10-01');
  const id = await secretaris.registreer();
  await app.expectState('Ontvangen');
  // A document of the new dossier opens in the viewer (fetched from the click; every page there).
  await page.getByRole('button', { name: 'opp-lotte.pdf openen' }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.locator('[data-page-number="1"][data-rendered="true"]')).toBeVisible({
    timeout: 30_000,
  });
  const pagina = (await viewer.getByText(/^Pagina 1 van \d+$/).textContent()) ?? '';
  const pages = Number(/van (\d+)/.exec(pagina)?.[1]);
  await expect(viewer.locator('[data-page-number]')).toHaveCount(pages);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await secretaris.startControle();
  await secretaris.vinkAanwezigAan([
    /Aanvraagformulier aanwezig/,
    /Handelingsdeel ondertekend/,
    /Zienswijze van ouders/,
  ]);
  await secretaris.dossierCompleet();

  // 6. The voorzitter assigns; each deskundige advises on their own.
  const voorzitter = new VoorzitterPage(app);
  const deskundige = new DeskundigeWorkspace(app);
  await app.login(MENSEN.voorzitter.gebruikersnaam, EERSTE, EIGEN);
  await app.openAanvraag(id);
  await voorzitter.kiesDeskundigen(/Olga Orthopedagoog/, /Arjen Arts/);
  await voorzitter.wijsToe();
  await app.login(MENSEN.ortho.gebruikersnaam, EERSTE, EIGEN);
  await app.openAanvraag(id);
  await deskundige.schrijfAdvies({
    conclusie: 'Toelaatbaar',
    onderbouwing: 'Lotte heeft een kleine, voorspelbare groep nodig (advies een).',
  });
  await deskundige.dienAdviesIn();
  await app.login(MENSEN.arts.gebruikersnaam, EERSTE, EIGEN);
  await app.openAanvraag(id);
  await deskundige.schrijfAdvies({
    conclusie: 'Toelaatbaar',
    onderbouwing: 'Ook medisch is een kleine groep aangewezen (advies twee).',
  });
  await deskundige.dienAdviesIn();
  await deskundige.verwachtUnaniem();

  // 7. Eindadvies by the first deskundige; the voorzitter finds it in Mijn werk; the decision.
  await app.login(MENSEN.ortho.gebruikersnaam, EIGEN);
  await app.openAanvraag(id);
  await deskundige.verwachtEindadviesInOpmaak(/advies een/);
  await deskundige.dienEindadviesIn();
  await app.login(MENSEN.voorzitter.gebruikersnaam, EIGEN);
  const { referentie } = (await app.api('aanvraag.get', { aanvraagId: id })).data as {
    referentie: string;
  };
  await voorzitter.openGereedEindadviesUitMijnWerk(referentie);
  await voorzitter.legVoorAanDirecteur();
  await app.login(MENSEN.directeur.gebruikersnaam, EERSTE, EIGEN);
  await app.openAanvraag(id);
  await new DirecteurPage(app).stelVast();

  // 8. The TLV-verklaring: the SWV's name, number, edited text, signer and logo.
  await app.login(MENSEN.sll.gebruikersnaam, EIGEN);
  await app.openAanvraag(id);
  const tekst = (await secretaris.verklaringTekst(id)).replace(/\s+/g, ' ');
  expect(tekst).toContain(SWV.naam);
  expect(tekst).toContain('PO 25-07');
  expect(tekst).toContain('(tekst van Gelderse Vallei)');
  expect(tekst).toContain(MENSEN.directeur.naam);
  expect(tekst).not.toContain('PO 00-00');
  const volgnummer = /PO2507-\d{4}-\d{4}/.exec(tekst)?.[0];
  expect(volgnummer, 'a volgnummer with the SWV code').toBeDefined();
  const brieven = (await app.api('brieven.list', { aanvraagId: id })).data as {
    id: number;
    kind: string;
  }[];
  const verklaring = brieven.find((b) => b.kind === 'verklaring')!;
  const pdf = (await app.api('brieven.get', { briefId: verklaring.id })).data as {
    dataBase64: string;
  };
  expect(await imagesOnFirstPage(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).toBe(1);
  // The first page as the SLL sees it (looked at: the logo in the letterhead).
  await secretaris.verklaringEnBrieven
    .getByRole('button', { name: 'TLV-verklaring openen', exact: true })
    .click();
  const letter = page.getByRole('dialog').locator('canvas').first();
  await expect(letter).toBeVisible({ timeout: 30_000 });
  await screenshotOf(letter, 'go-live-verklaring-pagina-1');
  await page.keyboard.press('Escape');

  // 9. Sent with a date; found again by its volgnummer; a bezwaar registered.
  await secretaris.verzendBesluit();
  const alle = new AlleAanvragenPage(app);
  expect(await alle.vindOpVolgnummer(volgnummer!)).toBe(referentie);
  await app.expectState('Verzonden');
  await secretaris.registreerBezwaar('Door de ouders');
  await checkSettledScreen(page, 'go-live-bezwaar');
  expect(problems).toEqual([]);
});
