import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { BRIEF_TEKST_SOORTEN, standaardTekst } from '../../electron/domain/brief-teksten';
import {
  client,
  login,
  openReadonly,
  startEmptyWithBeheerder,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Issue 10 · letter texts as the SWV's own: the beheerder edits a letter's standard text, each save
// is a new version, the next letter carries it and records its version; older letters stay as they
// were; bad input is refused in Dutch and saves nothing; only the beheerder may change a text. And
// printing a letter is audited.

const TODAY = '2026-11-25';
let t: TestBackend;
let beheer: Client, sll: Client, directeur: Client, deskundige: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  [beheer, sll, directeur, deskundige] = (await Promise.all(
    ['beheer', 'sll', 'directeur', 'psycho1'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client];
}, 60000);
afterAll(() => t.close());

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const textRows = (): number =>
  query<{ n: number }>('SELECT COUNT(*) AS n FROM brief_teksten')[0]!.n;
const tekstVersie = (briefId: number): number | null =>
  query<{ v: number | null }>('SELECT tekst_versie AS v FROM brieven WHERE id = ?', briefId)[0]!.v;

const used = new Set<number>();
async function aanvraagIn(state: string, as: Client, role: 'secretaris' | 'directeur') {
  const { rows } = await as.call('werk.mijn', { role, search: '', offset: 0, limit: 500 });
  const row = rows.find((r) => r.state === state && !used.has(r.id));
  if (!row) throw new Error(`demo has no aanvraag in ${state} left`);
  used.add(row.id);
  return row.id;
}

async function pdfText(briefId: number): Promise<string> {
  const file = await sll.call('brieven.get', { briefId });
  const { pages } = await extractPdfText(new Uint8Array(Buffer.from(file.dataBase64, 'base64')));
  return pages.join(' ').replace(/\s+/g, ' ');
}

async function verdaag(aanvraagId: number) {
  const stand = await sll.call('termijnen.get', { aanvraagId });
  await sll.call('verdaging.registreer', {
    aanvraagId,
    notifiedOn: TODAY,
    newEnd: '2027-06-01',
    reden: 'Een tweede deskundige is nodig.',
  });
  expect(stand.end).not.toBe('2027-06-01');
  const brieven = await sll.call('brieven.list', { aanvraagId });
  return brieven.filter((b) => b.kind === 'verdaging').at(-1)!.id;
}

const EIGEN_SLOT = 'Onze excuses voor het wachten, {leerling.naam}. Bel ons gerust.';

describe('letter texts', () => {
  let oudeBrief: number;

  it('start as the standard text of TLA (version 0) for every kind', async () => {
    const list = await beheer.call('briefteksten.list', {});
    expect(list).toHaveLength(BRIEF_TEKST_SOORTEN.length);
    for (const r of list) expect(r).toMatchObject({ versie: 0, versies: 0, createdAt: null });
    const v = await beheer.call('briefteksten.get', { soort: 'verdaging' });
    expect(v).toMatchObject({ versie: 0, huidigeVersie: 0 });
    expect(v.tekst).toEqual(standaardTekst('verdaging'));
    // A letter made now records the standard text.
    oudeBrief = await verdaag(await aanvraagIn('in_controle', sll, 'secretaris'));
    expect(tekstVersie(oudeBrief)).toBe(0);
  });

  it('refuses bad input with a Dutch message at the part, and saves nothing', async () => {
    const tekst = { ...standaardTekst('verdaging'), slot: 'Tot ziens, {leerling.adres}' };
    const bad = await beheer.fail('briefteksten.opslaan', {
      soort: 'verdaging',
      basisVersie: 0,
      tekst,
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toContainEqual({
      path: 'tekst.slot',
      message: 'Het invulveld {leerling.adres} bestaat niet. Kies een invulveld uit de lijst.',
    });
    const leeg = { ...standaardTekst('verdaging'), inleiding: ' ' };
    expect(
      (
        await beheer.fail('briefteksten.opslaan', {
          soort: 'verdaging',
          basisVersie: 0,
          tekst: leeg,
        })
      ).issues,
    ).toContainEqual({
      path: 'tekst.inleiding',
      message: 'Dit deel is verplicht: vul een tekst in.',
    });
    const open = { ...standaardTekst('verdaging'), slot: 'Tot {leerling.naam' };
    expect(
      (
        await beheer.fail('briefteksten.opslaan', {
          soort: 'verdaging',
          basisVersie: 0,
          tekst: open,
        })
      ).message,
    ).toContain("Er staat een '{' zonder '}' erna.");
    const zonder = { ...standaardTekst('verdaging'), nieuweTermijn: 'Wij beslissen later.' };
    expect(
      (
        await beheer.fail('briefteksten.opslaan', {
          soort: 'verdaging',
          basisVersie: 0,
          tekst: zonder,
        })
      ).message,
    ).toContain('moet het invulveld {beslistermijn.nieuw} bevatten');
    const same = await beheer.fail('briefteksten.opslaan', {
      soort: 'verdaging',
      basisVersie: 0,
      tekst: standaardTekst('verdaging'),
    });
    expect(same.message).toBe('De tekst is niet gewijzigd: er is geen nieuwe versie opgeslagen.');
    expect(textRows()).toBe(0);
  });

  it('may be changed by the beheerder only', async () => {
    const tekst = { ...standaardTekst('verdaging'), slot: EIGEN_SLOT };
    for (const c of [sll, directeur, deskundige]) {
      const r = await c.fail('briefteksten.opslaan', { soort: 'verdaging', basisVersie: 0, tekst });
      expect(r.code).toBe('forbidden');
      expect((await c.fail('briefteksten.list', {})).code).toBe('forbidden');
    }
    expect(textRows()).toBe(0);
  });

  it('saved as version 1 is used by the next letter, which records it; the older letter is unchanged', async () => {
    const voor = await pdfText(oudeBrief);
    const tekst = { ...standaardTekst('verdaging'), slot: EIGEN_SLOT };
    expect(
      await beheer.call('briefteksten.opslaan', { soort: 'verdaging', basisVersie: 0, tekst }),
    ).toEqual({ versie: 1 });
    const list = await beheer.call('briefteksten.list', {});
    expect(list.find((r) => r.soort === 'verdaging')).toMatchObject({
      versie: 1,
      versies: 1,
      createdAt: `${TODAY}T10:00:00.000Z`,
      door: expect.any(String),
    });
    const audit = query<{ action: string; details: string | null }>(
      "SELECT action, details FROM audit_log WHERE action = 'brieftekst.opslaan'",
    );
    expect(audit).toEqual([{ action: 'brieftekst.opslaan', details: null }]);

    const id = await aanvraagIn('in_controle', sll, 'secretaris');
    const nieuw = await verdaag(id);
    expect(tekstVersie(nieuw)).toBe(1);
    const text = await pdfText(nieuw);
    const naam = (await sll.call('aanvraag.get', { aanvraagId: id })).leerling.naam;
    expect(text).toContain(`Onze excuses voor het wachten, ${naam}. Bel ons gerust.`);
    expect(text).not.toContain('Wij streven ernaar eerder te beslissen.');
    // The legal core stays.
    expect(text).toContain('artikel 4:14, derde lid');

    expect(await pdfText(oudeBrief)).toBe(voor);
    expect(voor).toContain('Wij streven ernaar eerder te beslissen.');
    expect(tekstVersie(oudeBrief)).toBe(0);
  });

  it('refuses a save on top of an older version, and keeps every version to read', async () => {
    const tekst = { ...standaardTekst('verdaging'), slot: 'Een derde tekst.' };
    const stale = await beheer.fail('briefteksten.opslaan', {
      soort: 'verdaging',
      basisVersie: 0,
      tekst,
    });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('Intussen is versie 1 van deze brieftekst opgeslagen.');
    expect(textRows()).toBe(1);
    expect(
      await beheer.call('briefteksten.opslaan', { soort: 'verdaging', basisVersie: 1, tekst }),
    ).toEqual({ versie: 2 });
    const v1 = await beheer.call('briefteksten.get', { soort: 'verdaging', versie: 1 });
    expect(v1).toMatchObject({ versie: 1, huidigeVersie: 2 });
    expect(v1.tekst['slot']).toBe(EIGEN_SLOT);
    expect(v1.geschiedenis.map((g) => g.versie)).toEqual([2, 1, 0]);
    const v0 = await beheer.call('briefteksten.get', { soort: 'verdaging', versie: 0 });
    expect(v0.tekst).toEqual(standaardTekst('verdaging'));
    expect((await beheer.fail('briefteksten.get', { soort: 'verdaging', versie: 7 })).message).toBe(
      'Versie 7 van deze brieftekst bestaat niet.',
    );
    // Nothing is overwritten: both rows are there.
    expect(
      query<{ version: number }>(
        "SELECT version FROM brief_teksten WHERE kind = 'verdaging' ORDER BY version",
      ),
    ).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('previews the unsaved text in every letter that uses it, and saves nothing', async () => {
    const rows = textRows();
    const tekst = {
      ...standaardTekst('niet_afgegeven'),
      oudersBesluit: 'VOORBEELDZIN ouders voor {leerling.naam}.',
      schoolBesluit: 'VOORBEELDZIN school.',
    };
    const file = await beheer.call('briefteksten.voorbeeld', { soort: 'niet_afgegeven', tekst });
    const { pages, pageCount } = await extractPdfText(
      new Uint8Array(Buffer.from(file.dataBase64, 'base64')),
    );
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(text).toContain('VOORBEELDZIN ouders voor Sam Voorbeeld.');
    expect(text).toContain('VOORBEELDZIN school.');
    expect(text).toContain('De toelaatbaarheidsverklaring is niet afgegeven.');
    const bad = await beheer.fail('briefteksten.voorbeeld', {
      soort: 'niet_afgegeven',
      tekst: { ...tekst, oudersGroet: '{groet}' },
    });
    expect(bad.issues).toContainEqual({
      path: 'tekst.oudersGroet',
      message: 'Het invulveld {groet} bestaat niet. Kies een invulveld uit de lijst.',
    });
    expect(textRows()).toBe(rows);
  });

  it('gives a herindicatie its own text in the brief aan ouders and the bericht aan de school, with its version', async () => {
    // The demo's aanvragen ter besluitvorming are first aanvragen: the SLL records this one as a
    // herindicatie (with a reason, in its history), as she would after a mistake at intake.
    const id = await aanvraagIn('ter_besluitvorming', directeur, 'directeur');
    await sll.call('aanvraag.update', {
      aanvraagId: id,
      changes: { soort: 'herindicatie' },
      reden: 'Het is een verlenging van de huidige TLV.',
    });
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).soort).toBe('herindicatie');
    const tekst = {
      ...standaardTekst('herindicatie'),
      oudersBesluit: 'EIGEN HERINDICATIE: {leerling.naam} blijft tot en met {einddatum}.',
    };
    expect(
      await beheer.call('briefteksten.opslaan', { soort: 'herindicatie', basisVersie: 0, tekst }),
    ).toEqual({ versie: 1 });
    await directeur.call('besluit.adopt', { aanvraagId: id });
    const brieven = await sll.call('brieven.list', { aanvraagId: id });
    const ouders = brieven.find((b) => b.kind === 'brief_ouders')!;
    const school = brieven.find((b) => b.kind === 'bericht_school')!;
    expect(tekstVersie(ouders.id)).toBe(1);
    expect(tekstVersie(school.id)).toBe(1);
    expect(await pdfText(ouders.id)).toContain('EIGEN HERINDICATIE: ');
    expect(await pdfText(school.id)).toContain(
      'U heeft een nieuwe toelaatbaarheidsverklaring (herindicatie) aangevraagd',
    );
  });

  it('gives the TLV-verklaring of the next decision the edited text and its version', async () => {
    const tekst = {
      ...standaardTekst('verklaring'),
      verklaring:
        'Het bestuur van {swv.naam} verklaart dat {leerling.naam} toelaatbaar is tot {schoolsoort}.',
    };
    expect(
      await beheer.call('briefteksten.opslaan', { soort: 'verklaring', basisVersie: 0, tekst }),
    ).toEqual({ versie: 1 });
    const id = await aanvraagIn('ter_besluitvorming', directeur, 'directeur');
    const besluit = await directeur.call('besluit.adopt', { aanvraagId: id });
    const brieven = await sll.call('brieven.list', { aanvraagId: id });
    const verklaring = brieven.find((b) => b.kind === 'verklaring');
    expect(besluit.volgnummer).not.toBeNull();
    expect(tekstVersie(verklaring!.id)).toBe(1);
    expect(await pdfText(verklaring!.id)).toContain('Het bestuur van ');
    for (const b of brieven.filter((x) => x.kind === 'brief_ouders' || x.kind === 'bericht_school'))
      expect(tekstVersie(b.id)).toBe(0);
    const afschrift = brieven.find((b) => b.kind === 'afschrift_adviezen');
    if (afschrift) expect(tekstVersie(afschrift.id)).toBeNull();
  });
});

describe('printing a letter', () => {
  it('is audited for a reader of the dossier, and refused to others', async () => {
    const id = [...used][0]!;
    const brief = (await sll.call('brieven.list', { aanvraagId: id }))[0]!;
    expect(await sll.call('brieven.afdrukken', { briefId: brief.id })).toEqual({ ok: true });
    const rows = query<{ action: string; object_id: number }>(
      "SELECT action, object_id FROM audit_log WHERE action = 'brief.afdrukken'",
    );
    expect(rows).toEqual([{ action: 'brief.afdrukken', object_id: brief.id }]);
    expect((await beheer.fail('brieven.afdrukken', { briefId: brief.id })).code).toBe('forbidden');
    expect((await deskundige.fail('brieven.afdrukken', { briefId: brief.id })).code).toBe(
      'forbidden',
    );
    expect((await sll.fail('brieven.afdrukken', { briefId: 999999 })).code).toBe('not_found');
  });
});

describe('an empty install', () => {
  it('has the standard texts, previews them before the SWV is set up, and saves a version', async () => {
    const { t: leeg, beheer: bea } = await startEmptyWithBeheerder(
      () => new Date(`${TODAY}T10:00:00Z`),
    );
    try {
      const list = await bea.call('briefteksten.list', {});
      expect(list.map((r) => r.versie)).toEqual(Array<number>(BRIEF_TEKST_SOORTEN.length).fill(0));
      // No SWV details yet: the preview shows where they will stand.
      const file = await bea.call('briefteksten.voorbeeld', {
        soort: 'buiten_behandeling',
        tekst: standaardTekst('buiten_behandeling'),
      });
      const text = (
        await extractPdfText(new Uint8Array(Buffer.from(file.dataBase64, 'base64')))
      ).pages.join(' ');
      expect(text).toContain('Naam van uw samenwerkingsverband');
      expect(text).toContain('Uw aanvraag wordt buiten behandeling gesteld.');
      const tekst = { ...standaardTekst('buiten_behandeling'), groet: 'Hartelijke groet,' };
      expect(
        await bea.call('briefteksten.opslaan', {
          soort: 'buiten_behandeling',
          basisVersie: 0,
          tekst,
        }),
      ).toEqual({ versie: 1 });
    } finally {
      leeg.close();
    }
  });
});
