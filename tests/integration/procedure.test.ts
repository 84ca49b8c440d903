import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAanvraagformulier, demoOpp } from '../../electron/demo/pdfs';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { verifyAuditChain } from '../../electron/services/audit';
import {
  client,
  login,
  startTestBackend,
  type Client,
  type TestBackend,
  openReadonly,
} from '../support/backend';
import { advies, registration } from '../support/fixtures';

// The whole procedure through the real procedure table on a real SQLite file, played by five users.

let t: TestBackend;
let sll: Client, voorzitter: Client, ortho: Client, arts: Client, directeur: Client, other: Client;
let schoolId: number;

const pdf = async (seed: number) =>
  Buffer.from(
    await demoAanvraagformulier({
      leerling: { naam: 'Fleur Testkind', geboortedatum: '2016-03-04', groep: 5 },
      school: { naam: 'De Proefschool' },
      datum: '2026-09-01',
      seed,
    }),
  ).toString('base64');

/** §3.2 for a zij-instroom: formulier, a recent OPP, two OT-verslagen and LVS-gegevens. */
async function completeDossier() {
  const doc = async (
    kind: 'aanvraagformulier' | 'opp' | 'ot_verslag' | 'lvs',
    seed: number,
    documentDate: string,
  ) => ({
    kind,
    fileName: `${kind}-${seed}.pdf`,
    documentDate,
    dataBase64: await pdf(seed),
  });
  return [
    await doc('aanvraagformulier', 1, '2026-08-28'),
    await doc('opp', 2, '2026-06-01'),
    await doc('ot_verslag', 3, '2026-03-01'),
    await doc('ot_verslag', 4, '2026-06-15'),
    await doc('lvs', 5, '2026-07-01'),
  ];
}

/** The SLL ticks what the app cannot see (signatures, zienswijze), then declares it complete. */
async function tickAndComplete(aanvraagId: number) {
  for (const itemKey of ['aanvraagformulier', 'handelingsdeel_ondertekend', 'zienswijze_ouders']) {
    await sll.call('checklist.tick', { aanvraagId, itemKey, status: 'ok' });
  }
  return sll.call('aanvraag.markComplete', { aanvraagId });
}

/** A new complete aanvraag, assigned to Marleen Visser (1st) and Karim El Amrani (2nd). */
async function registerInAdvies(): Promise<number> {
  const { id } = await sll.call('aanvraag.register', await registerInput());
  await sll.call('aanvraag.startControle', { aanvraagId: id });
  await tickAndComplete(id);
  const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: null });
  const first = c.first.find((x) => x.naam === 'Marleen Visser')!.deskundigeId;
  const second = (
    await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: first })
  ).second.find((x) => x.naam === 'Karim El Amrani')!.deskundigeId;
  await voorzitter.call('toewijzing.assign', { aanvraagId: id, eersteId: first, tweedeId: second });
  return id;
}

async function registerInput(overrides: Record<string, unknown> = {}) {
  return { ...registration(schoolId, { documents: await completeDossier() }), ...overrides };
}

function count(table: string): number {
  const db = openReadonly(t);
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-09-15T10:00:00Z'));
  await client(t.backend).call('setup.loadDemo', {});
  [sll, voorzitter, ortho, arts, directeur, other] = (await Promise.all(
    ['sll', 'voorzitter', 'ortho1', 'arts1', 'directeur', 'psycho1'].map((u) =>
      login(t.backend, u),
    ),
  )) as [Client, Client, Client, Client, Client, Client];
  schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
}, 60000);

afterAll(() => t.close());

describe('the whole procedure', () => {
  let id: number;

  it('runs from registration to the TLV-verklaring', async () => {
    ({ id } = await sll.call('aanvraag.register', await registerInput()));
    expect((await sll.call('aanvraag.startControle', { aanvraagId: id })).state).toBe(
      'in_controle',
    );
    const blocked = await sll.fail('aanvraag.markComplete', { aanvraagId: id });
    expect(blocked.message).toBe('De checklist is nog niet compleet.');
    expect((await tickAndComplete(id)).state).toBe('te_verdelen');

    const c = await voorzitter.call('toewijzing.candidates', { aanvraagId: id, eersteId: null });
    const first = c.first.find((x) => x.naam === 'Marleen Visser')!;
    expect(first.eligible).toBe(true);
    expect(c.first.find((x) => x.naam === 'Karim El Amrani')!.eligible).toBe(false);
    const c2 = await voorzitter.call('toewijzing.candidates', {
      aanvraagId: id,
      eersteId: first.deskundigeId,
    });
    const second = c2.second.find((x) => x.naam === 'Karim El Amrani')!;
    expect(second.eligible).toBe(true);
    expect(
      (
        await voorzitter.call('toewijzing.assign', {
          aanvraagId: id,
          eersteId: first.deskundigeId,
          tweedeId: second.deskundigeId,
        })
      ).state,
    ).toBe('in_advies');

    expect((await ortho.call('advies.submit', advies(id))).state).toBe('in_advies');
    expect((await arts.call('advies.submit', advies(id))).state).toBe('eindadvies_in_opmaak');

    const list = await voorzitter.call('advies.list', { aanvraagId: id });
    expect(list.unanimity?.unanimous).toBe(true);
    const e = await ortho.call('eindadvies.get', { aanvraagId: id });
    expect(e.prefill?.uitkomst).toBe('tlv_afgegeven');
    expect(e.prefill?.motivering).toContain('kleine groep');
    // §7: the signed eindadvies waits on the voorzitter: in their Mijn werk, no longer the deskundige's.
    expect((await ortho.call('eindadvies.submit', { aanvraagId: id, ...e.prefill! })).state).toBe(
      'eindadvies_gereed',
    );
    const mijnWerk = async (c: Client, role: 'voorzitter' | 'deskundige') =>
      (await c.call('werk.mijn', { role, search: '', offset: 0, limit: 500 })).rows.map(
        (r) => r.id,
      );
    expect(await mijnWerk(voorzitter, 'voorzitter')).toContain(id);
    expect(await mijnWerk(ortho, 'deskundige')).not.toContain(id);
    const gereed = await voorzitter.call('aanvraag.get', { aanvraagId: id });
    expect(gereed.actions.map((a) => a.event)).toContain('presenteer');
    expect(gereed.events.at(-1)).toMatchObject({
      event: 'eindadvies_ingediend',
      toState: 'eindadvies_gereed',
      actorNaam: 'Marleen Visser',
    });
    const again = await ortho.fail('eindadvies.submit', { aanvraagId: id, ...e.prefill! });
    expect(again.message).toBe('Het eindadvies is al ingediend.');
    expect((await voorzitter.call('aanvraag.presenteer', { aanvraagId: id })).state).toBe(
      'ter_besluitvorming',
    );
    expect(await mijnWerk(voorzitter, 'voorzitter')).not.toContain(id);

    // The next volgnummer of the year after the demo's history (issue 12).
    const ro = openReadonly(t);
    const teller =
      (
        ro.prepare('SELECT laatste FROM volgnummer_tellers WHERE jaar = 2026').get() as
          { laatste: number } | undefined
      )?.laatste ?? 0;
    ro.close();
    const verwacht = `PO2505-2026-${String(teller + 1).padStart(4, '0')}`;
    const besluit = await directeur.call('besluit.adopt', { aanvraagId: id });
    expect(besluit.state).toBe('besloten');
    expect(besluit.volgnummer).toBe(verwacht);

    const brieven = await sll.call('brieven.list', { aanvraagId: id });
    expect(brieven.map((b) => b.kind).sort()).toEqual([
      'afschrift_adviezen',
      'bericht_school',
      'brief_ouders',
      'verklaring',
    ]);
    const verklaring = await sll.call('brieven.get', {
      briefId: brieven.find((b) => b.kind === 'verklaring')!.id,
    });
    const text = (
      await extractPdfText(new Uint8Array(Buffer.from(verklaring.dataBase64, 'base64')))
    ).pages.join('\n');
    expect(text).toContain(verwacht);
    expect(text).toContain('Fleur Testkind');
    expect(text).toMatch(/Speciaal onderwijs/);
    expect(text).toContain('31 juli 2028');
    // Awb 6:8: the day of sending is asked; not before the decision, not in the future.
    const early = await sll.fail('aanvraag.verzend', { aanvraagId: id, verzondenOp: '2026-09-14' });
    expect(early).toMatchObject({
      code: 'invalid_input',
      message: 'De verzenddatum ligt vóór de besluitdatum (15 september 2026).',
    });
    const late = await sll.fail('aanvraag.verzend', { aanvraagId: id, verzondenOp: '2026-09-16' });
    expect(late.message).toBe('De verzenddatum ligt in de toekomst.');
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe('besloten');
    expect(
      (await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: '2026-09-15' })).state,
    ).toBe('verzonden');
  });

  it('keeps an intact audit hash chain', () => {
    const db = openReadonly(t);
    try {
      expect(verifyAuditChain(db)).toBeNull();
    } finally {
      db.close();
    }
  });
});

describe('independence of the advices', () => {
  it('hides the first advice from the second deskundige until they submit their own', async () => {
    const id = await registerInAdvies();
    await ortho.call('advies.submit', advies(id, { onderbouwing: 'GEHEIM-ADVIES-EEN' }));

    const seen = JSON.stringify([
      await arts.call('advies.list', { aanvraagId: id }),
      await arts.call('eindadvies.get', { aanvraagId: id }),
      await arts.call('aanvraag.get', { aanvraagId: id }),
      await arts.call('advies.mine', { aanvraagId: id }),
      await arts.call('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 100 }),
    ]);
    expect(seen).not.toContain('GEHEIM-ADVIES-EEN');
    expect((await arts.call('advies.list', { aanvraagId: id })).adviezen).toEqual([]);
    expect((await arts.call('advies.list', { aanvraagId: id })).unanimity).toBeNull();

    await arts.call(
      'advies.submit',
      advies(id, {
        conclusie: 'niet_toelaatbaar',
        schoolsoort: null,
        categorie: null,
        ingangsdatum: null,
        einddatum: null,
      }),
    );
    const after = await arts.call('advies.list', { aanvraagId: id });
    expect(after.adviezen).toHaveLength(2);
    expect(after.unanimity?.unanimous).toBe(false);
    expect((await arts.call('aanvraag.get', { aanvraagId: id })).state).toBe('geagendeerd');
  });

  it('both aanhouden: the SLL is offered the questions of both, as the letter’s points', async () => {
    const id = await registerInAdvies();
    const aanhouden = (vragen: string) =>
      advies(id, {
        conclusie: 'aanhouden',
        schoolsoort: null,
        categorie: null,
        ingangsdatum: null,
        einddatum: null,
        vragen,
      });
    await ortho.call('advies.submit', aanhouden('Welke interventies zijn ingezet?'));
    // Before both are in, nothing of the first advice reaches the office's screen.
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).vragenVoorSchool).toEqual([]);
    await arts.call(
      'advies.submit',
      aanhouden('Is er een verslag van de jeugdarts?\nWelke interventies zijn ingezet?'),
    );
    const view = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(view.state).toBe('unaniem');
    expect(view.vragenVoorSchool).toEqual([
      'Welke interventies zijn ingezet?',
      'Is er een verslag van de jeugdarts?',
    ]);
    // The step itself is the office's: the first deskundige is offered no questions.
    expect((await ortho.call('aanvraag.get', { aanvraagId: id })).vragenVoorSchool).toEqual([]);
  });

  it('gives an unassigned deskundige nothing of the dossier', async () => {
    const { id } = await sll.call('aanvraag.register', await registerInput());
    const err = await other.fail('aanvraag.get', { aanvraagId: id });
    expect(err.code).toBe('not_found');
    expect((await other.fail('advies.list', { aanvraagId: id })).code).toBe('not_found');
  });
});

describe('roles', () => {
  it('refuses a deskundige adopting a decision and a secretaris assigning', async () => {
    expect((await ortho.fail('besluit.adopt', { aanvraagId: 1 })).code).toBe('forbidden');
    expect(
      (await sll.fail('toewijzing.assign', { aanvraagId: 1, eersteId: 1, tweedeId: 2 })).code,
    ).toBe('forbidden');
    expect((await client(t.backend).fail('werk.mijn', { role: 'secretaris' })).code).toBe(
      'unauthenticated',
    );
  });
});

describe('bad input changes nothing', () => {
  it('refuses a file that is not a PDF, an empty form, an unknown school and a bad date', async () => {
    const before = [count('aanvragen'), count('documenten')];
    const notPdf = await sll.fail(
      'aanvraag.register',
      await registerInput({
        documents: [
          {
            kind: 'opp',
            fileName: 'x.pdf',
            documentDate: null,
            dataBase64: Buffer.from('hallo wereld').toString('base64'),
          },
        ],
      }),
    );
    expect(notPdf.message).toContain('geen PDF');
    const empty = await sll.fail('aanvraag.register', {});
    expect(empty.code).toBe('invalid_input');
    expect(empty.message).toMatch(/[a-z]/);
    expect(
      (await sll.fail('aanvraag.register', await registerInput({ schoolId: 99999 }))).message,
    ).toBe('Deze school is onbekend. Kies een school uit de lijst.');
    expect(
      (await sll.fail('aanvraag.register', await registerInput({ ontvangenOp: '01-09-2026' })))
        .message,
    ).toBe('Vul een geldige datum in.');
    expect(
      (await sll.fail('aanvraag.register', await registerInput({ ontvangenOp: '2027-01-01' })))
        .message,
    ).toBe('De ontvangstdatum ligt in de toekomst.');
    expect([count('aanvragen'), count('documenten')]).toEqual(before);
  });

  it('refuses a second submit of the same advice', async () => {
    const row = (
      await ortho.call('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 500 })
    ).rows.find((r) => r.state === 'in_advies');
    expect(row).toBeDefined();
    await ortho.call('advies.submit', advies(row!.id));
    const second = await ortho.fail('advies.submit', advies(row!.id, { onderbouwing: 'anders' }));
    expect(second.message).toBe('Uw advies is al ingediend en kan niet meer worden gewijzigd.');
    expect(
      (await ortho.call('advies.mine', { aanvraagId: row!.id })).advies?.onderbouwing,
    ).not.toBe('anders');
  });
});

it('encrypts the database and the documents: a pupil name never appears in any written file', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const opp = Buffer.from(
    await demoOpp({
      leerling: { naam: 'Zyxwa Uniekenaam', geboortedatum: '2016-01-01', groep: 6 },
      school: { naam: 'S' },
      datum: '2026-09-01',
      seed: 3,
    }),
  );
  expect(opp.includes('Zyxwa')).toBe(false); // pdf-lib compresses text: check on the decoded text instead
  const { id } = await sll.call(
    'aanvraag.register',
    await registerInput({
      leerlingNaam: 'Zyxwa Uniekenaam',
      oudersNaam: 'Fam. Uniekenaam',
      documents: [
        {
          kind: 'opp',
          fileName: 'opp.pdf',
          documentDate: null,
          dataBase64: opp.toString('base64'),
        },
      ],
    }),
  );
  const docs = (await sll.call('aanvraag.get', { aanvraagId: id })).documents;
  const content = await sll.call('document.content', { documentId: docs[0]!.id });
  expect(
    (await extractPdfText(new Uint8Array(Buffer.from(content.dataBase64, 'base64')))).pages.join(
      ' ',
    ),
  ).toContain('Zyxwa Uniekenaam');
  expect(
    (await sll.call('werk.mijn', { role: 'secretaris', search: 'Zyxwa', offset: 0, limit: 10 }))
      .total,
  ).toBe(1);
  // Every file the app wrote: the database, its WAL and shared memory, and every document blob.
  const files = fs
    .readdirSync(t.dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile());
  expect(files.map((f) => f.name)).toEqual(
    expect.arrayContaining(['tla.sqlite', 'tla.sqlite-wal']),
  );
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(f.parentPath, f.name));
    expect(bytes.includes('Zyxwa'), f.name).toBe(false);
    expect(bytes.includes('Uniekenaam'), f.name).toBe(false);
    expect(bytes.includes('%PDF'), f.name).toBe(false);
    expect(bytes.includes('SQLite format 3'), f.name).toBe(false);
  }
});
