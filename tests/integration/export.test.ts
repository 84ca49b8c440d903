import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf } from '../../electron/contract';
import type { ExportBron } from '../../electron/contract/export';
import {
  BESLUIT_UITKOMST_LABELS,
  LIJST_TERMIJN_LABELS,
} from '../../electron/domain/export-lijsten';
import { AANVRAAG_SOORT_LABELS } from '../../electron/domain/types';
import { STATE_LABELS } from '../../electron/domain/workflow';
import { EXPORT_BRONNEN } from '../../electron/services/export/bronnen';
import { seedAanvragen } from '../bench/seed';
import { advies, registration } from '../support/fixtures';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';
import { dag, leesCsv, leesXlsx, zipEntries } from '../support/xlsx';

// Issue 12 · exports through the real procedure table on the demo: the file holds what the list
// holds (read back by an independent reader and compared with the list's own answer, types too),
// with the screen's filters; who may export; one audit row per export without personal data; and
// no advice text in any bron's file.

const TODAY = '2026-12-03';
const now = new Date(`${TODAY}T10:00:00Z`);
const NAAM = 'Zoë Çelik-Ångström';
const MARKER = 'Adviestekst-merkteken-9b1f';

let t: TestBackend;
let sll: Client, voorzitter: Client, directeur: Client, psycho: Client, beheer: Client;

type Antwoord = OutputOf<'export.maak'>;
type Zoek = OutputOf<'aanvragen.zoek'>;

const bytesOf = (r: Antwoord): Buffer => Buffer.from(r.dataBase64, 'base64');

function auditExports(): { details: string | null; actor: number | null }[] {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        `SELECT details, actor_user_id AS actor FROM audit_log WHERE action = 'export' ORDER BY id`,
      )
      .all() as { details: string | null; actor: number | null }[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  // Decided aanvragen beside the demo's (which has none yet): besluit, volgnummer, bezwaartermijn.
  seedAanvragen(t.dbPath, t.key, 60);
  [sll, voorzitter, directeur, psycho, beheer] = (await Promise.all(
    ['sll', 'voorzitter', 'directeur', 'psycho1', 'beheer'].map((u) => login(t.backend, u)),
  )) as [Client, Client, Client, Client, Client];
  const schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  await sll.call(
    'aanvraag.register',
    registration(schoolId, { leerlingNaam: NAAM, ontvangenOp: '2026-11-30', documents: [] }),
  );
  await sll.call(
    'aanvraag.register',
    registration(schoolId, {
      leerlingNaam: '=HYPERLINK("http://x";"Klik")',
      ontvangenOp: '2026-11-29',
      begeleiderNaam: 'Mw. Begeleider',
      begeleiderNotitie: `${MARKER} notitie van de begeleider`,
      documents: [],
    }),
  );
  // A draft advice with the marker in every text field, by an assigned deskundige.
  const db = openReadonly(t);
  const assigned = db
    .prepare(
      `SELECT t.aanvraag_id AS id, u.username FROM toewijzingen t
         JOIN deskundigen d ON d.id = t.deskundige_id JOIN users u ON u.id = d.user_id
         JOIN aanvragen a ON a.id = t.aanvraag_id
       WHERE t.active = 1 AND a.state = 'in_advies'
         AND NOT EXISTS (SELECT 1 FROM adviezen v
           WHERE v.aanvraag_id = t.aanvraag_id AND v.deskundige_id = t.deskundige_id)
       LIMIT 1`,
    )
    .get() as { id: number; username: string } | undefined;
  db.close();
  expect(assigned).toBeDefined();
  const deskundige = await login(t.backend, assigned!.username);
  await deskundige.call(
    'advies.saveDraft',
    advies(assigned!.id, {
      onderbouwing: `${MARKER} onderbouwing`,
      doelen: `${MARKER} doelen`,
      contextAdvies: `${MARKER} context`,
      vragen: `${MARKER} vragen`,
    }),
  );
}, 120000);
afterAll(() => t.close());

const maak = (input: InputOf<'export.maak'>, as: Client = sll) => as.call('export.maak', input);

const alleAanvragen = (zoekInput: Partial<InputOf<'aanvragen.zoek'>> = {}) =>
  sll.call('aanvragen.zoek', { ...zoekInput, limit: 500 });

/** A row of the list as the export should hold it (only what the list shows). */
function verwacht(r: Zoek['rows'][number]) {
  return {
    kenmerk: r.referentie,
    leerling: r.leerlingNaam,
    school: r.schoolNaam,
    soort: AANVRAAG_SOORT_LABELS[r.soort],
    status: STATE_LABELS[r.state],
    ontvangen: dag(r.ontvangenOp),
    besluit: r.besluit === null ? null : BESLUIT_UITKOMST_LABELS[r.besluit.uitkomst],
    besluitdatum: r.besluit === null ? null : dag(r.besluit.datum),
    volgnummer: r.volgnummer,
    termijn: r.termijn === null ? null : LIJST_TERMIJN_LABELS[r.termijn.soort],
    einde: r.termijn === null ? null : dag(r.termijn.einde),
    dagenOver: r.termijn?.dagenOver ?? null,
  };
}

describe('Alle aanvragen as XLSX', () => {
  it('holds every row of the list, in its order, with real dates and numbers', async () => {
    const lijst = await alleAanvragen();
    expect(lijst.total).toBeGreaterThan(20);
    const r = await maak({ bron: 'alle-aanvragen', parameters: {}, formaat: 'xlsx' });
    expect(r.fileName).toBe('tlv-alle-aanvragen-2026-12-03.xlsx');
    expect(r.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.rijen).toBe(lijst.total);
    const [blad] = await leesXlsx(bytesOf(r));
    expect(blad!.sheet).toBe('Alle aanvragen');
    const [kop, ...rijen] = blad!.data;
    expect(kop).toEqual([
      'Kenmerk',
      'Leerling',
      'School',
      'Soort aanvraag',
      'Status',
      'Ontvangen',
      'Besluit',
      'Besluitdatum',
      'TLV-volgnummer',
      'Termijn',
      'Einde termijn',
      'Dagen over',
    ]);
    expect(rijen.length).toBe(lijst.total);
    const gelezen = rijen.map((c) => ({
      kenmerk: c[0],
      leerling: c[1],
      school: c[2],
      soort: c[3],
      status: c[4],
      ontvangen: c[5],
      besluit: c[6],
      besluitdatum: c[7],
      volgnummer: c[8],
      termijn: c[9],
      einde: c[10],
      dagenOver: c[11],
    }));
    expect(gelezen).toEqual(lijst.rows.map(verwacht));
    const metTermijn = rijen.find((c) => c[11] !== null)!;
    expect(typeof metTermijn[11]).toBe('number');
    expect(metTermijn[5]).toBeInstanceOf(Date);
    // Decided aanvragen: their decision and its date are in the file.
    expect(lijst.rows.filter((x) => x.besluit !== null).length).toBeGreaterThan(0);
    expect(rijen.some((c) => c[7] instanceof Date && typeof c[8] === 'string')).toBe(true);
  });

  it('takes the filters and the search of the screen, and keeps a diacritic intact', async () => {
    const r = await maak({
      bron: 'alle-aanvragen',
      parameters: { search: 'Çelik' },
      formaat: 'xlsx',
    });
    const [blad] = await leesXlsx(bytesOf(r));
    expect(blad!.data.slice(1).map((c) => c[1])).toEqual([NAAM]);

    const filters = { states: ['in_advies' as const], ontvangenVan: '2026-01-01' };
    const lijst = await alleAanvragen(filters);
    expect(lijst.total).toBeGreaterThan(0);
    const gefilterd = await maak({ bron: 'alle-aanvragen', parameters: filters, formaat: 'xlsx' });
    const [b2] = await leesXlsx(bytesOf(gefilterd));
    expect(b2!.data.slice(1).map((c) => c[0])).toEqual(lijst.rows.map((x) => x.referentie));
  });

  it('writes a formula-like name as text, never as a formula', async () => {
    const r = await maak({
      bron: 'alle-aanvragen',
      parameters: { search: 'HYPERLINK' },
      formaat: 'xlsx',
    });
    const [blad] = await leesXlsx(bytesOf(r));
    expect(blad!.data[1]![1]).toBe('=HYPERLINK("http://x";"Klik")');
    expect(zipEntries(bytesOf(r)).get('xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
  });

  it('exports a list without rows as a header only, not as an error', async () => {
    const r = await maak({
      bron: 'alle-aanvragen',
      parameters: { search: 'niemand-heet-zo' },
      formaat: 'xlsx',
    });
    expect(r.rijen).toBe(0);
    const [blad] = await leesXlsx(bytesOf(r));
    expect(blad!.data.length).toBe(1);
  });
});

describe('Alle aanvragen as CSV', () => {
  it('opens with the BOM and ;, dates dd-mm-jjjj, the diacritic intact and formulas defused', async () => {
    const r = await maak({ bron: 'alle-aanvragen', parameters: {}, formaat: 'csv' });
    expect(r.fileName).toBe('tlv-alle-aanvragen-2026-12-03.csv');
    const bytes = bytesOf(r);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [kop, ...rijen] = leesCsv(bytes);
    expect(kop![0]).toBe('Kenmerk');
    expect(kop!.length).toBe(12);
    const lijst = await alleAanvragen();
    expect(rijen.length).toBe(lijst.total);
    const zoe = rijen.find((c) => c[1] === NAAM)!;
    expect(zoe[5]).toBe('30-11-2026');
    expect(rijen.find((c) => c[1]!.includes('HYPERLINK'))![1]).toBe(
      `'=HYPERLINK("http://x";"Klik")`,
    );
    for (const [i, c] of rijen.entries()) expect(c[0]).toBe(lijst.rows[i]!.referentie);
  });
});

describe('Termijnen', () => {
  it('exports the open aanvragen of the chosen list and the figures of the period', async () => {
    const dashboard = await sll.call('termijnen.dashboard', { periode: 'schooljaar' });
    const r = await maak({ bron: 'termijnen', parameters: {}, formaat: 'xlsx' });
    expect(r.fileName).toBe('tlv-termijnen-2026-12-03.xlsx');
    const [open, cijfers] = await leesXlsx(bytesOf(r));
    expect(open!.sheet).toBe('Termijnen - Alle open');
    expect(open!.data.slice(1).map((c) => [c[0], c[4], c[5]])).toEqual(
      dashboard.rows.map((x) => [x.referentie, dag(x.end), x.daysLeft]),
    );
    expect(cijfers!.sheet).toBe('Behaald en doorlooptijd');
    expect(cijfers!.data.slice(1).map((c) => [c[0], c[1], c[2]])).toEqual(
      [dashboard.current, dashboard.previous].map((p) => [
        p.label,
        p.decided,
        p.behaaldPercentage === null ? null : p.behaaldPercentage / 100,
      ]),
    );
    expect(r.rijen).toBe(dashboard.rows.length + 2);

    const opgeschort = await maak({
      bron: 'termijnen',
      parameters: { lijst: 'opgeschort', periode: 'maand' },
      formaat: 'csv',
    });
    const csv = leesCsv(bytesOf(opgeschort));
    expect(csv[0]).toEqual(['Termijnen - Opgeschort']);
    const verwacht = dashboard.rows.filter((x) => x.suspended).map((x) => x.referentie);
    expect(csv.slice(2, 2 + verwacht.length).map((c) => c[0])).toEqual(verwacht);
  });
});

/** Every bron with parameters that fit it: a new bron is a compile error here until it is added. */
const ELKE_BRON: { [B in ExportBron]: InputOf<'export.maak'> & { bron: B } } = {
  'alle-aanvragen': { bron: 'alle-aanvragen', parameters: {}, formaat: 'xlsx' },
  termijnen: { bron: 'termijnen', parameters: {}, formaat: 'xlsx' },
  rapportage: {
    bron: 'rapportage',
    parameters: { periode: { soort: 'schooljaar', datum: '2026-10-01' }, indeling: 'school' },
    formaat: 'xlsx',
  },
  'tlv-register': {
    bron: 'tlv-register',
    parameters: { status: null, schoolId: null, schoolsoort: null, van: null, tot: null, zoek: '' },
    formaat: 'xlsx',
  },
};

describe('progress', () => {
  it('tells the one making an export how far it is, and nobody else', async () => {
    expect(await sll.call('export.voortgang', {})).toBeNull();
    const bezig = sll.call('export.maak', {
      bron: 'alle-aanvragen',
      parameters: {},
      formaat: 'xlsx',
    });
    const tijdens = await sll.call('export.voortgang', {});
    const ander = await voorzitter.call('export.voortgang', {});
    const klaar = await bezig;
    expect(tijdens).not.toBeNull();
    expect(['lezen', 'schrijven']).toContain(tijdens?.fase);
    expect(tijdens!.gedaan).toBeLessThanOrEqual(klaar.rijen);
    expect(ander).toBeNull();
    expect(await sll.call('export.voortgang', {})).toBeNull();
  });
});

describe('who may export, and the log', () => {
  it('lets the office export every bron and refuses a deskundige and the beheerder', async () => {
    expect(Object.keys(ELKE_BRON).sort()).toEqual(Object.keys(EXPORT_BRONNEN).sort());
    const voor = auditExports().length;
    for (const input of Object.values(ELKE_BRON)) {
      for (const c of [psycho, beheer])
        expect((await c.fail('export.maak', input)).code).toBe('forbidden');
    }
    expect(auditExports().length).toBe(voor);
    for (const input of Object.values(ELKE_BRON))
      for (const c of [sll, voorzitter, directeur])
        expect((await maak(input, c)).rijen).toBeGreaterThanOrEqual(0);
  });

  it('writes one audit row per export, with the bron, format and count and no personal data', async () => {
    const voor = auditExports();
    const r = await maak({
      bron: 'alle-aanvragen',
      parameters: { search: 'Çelik' },
      formaat: 'csv',
    });
    const na = auditExports();
    expect(na.length).toBe(voor.length + 1);
    expect(na.at(-1)!.details).toBe(`alle-aanvragen csv ${r.rijen}`);
    const db = openReadonly(t);
    const id = (db.prepare(`SELECT id FROM users WHERE username = 'sll'`).get() as { id: number })
      .id;
    db.close();
    expect(na.at(-1)!.actor).toBe(id);
  });

  it('refuses bad input in Dutch and writes nothing', async () => {
    const voor = auditExports().length;
    const onbekend = await sll.fail('export.maak', {
      bron: 'leerlingen',
      parameters: {},
      formaat: 'xlsx',
    });
    expect(onbekend.code).toBe('invalid_input');
    expect(onbekend.message).toMatch(/exporteren/);
    const periode = await sll.fail('export.maak', {
      bron: 'alle-aanvragen',
      parameters: { ontvangenVan: '2026-10-01', ontvangenTot: '2026-09-01' },
      formaat: 'csv',
    });
    expect(periode.code).toBe('invalid_input');
    const formaat = await sll.fail('export.maak', {
      bron: 'termijnen',
      parameters: {},
      formaat: 'pdf',
    });
    expect(formaat.code).toBe('invalid_input');
    expect(auditExports().length).toBe(voor);
  });
});

describe('no advice text in any export', () => {
  it('finds neither the seeded marker nor any advice text of the demo in any bron, in either format', async () => {
    const db = openReadonly(t);
    const teksten = (
      db
        .prepare(
          `SELECT onderbouwing AS t FROM adviezen UNION SELECT doelen FROM adviezen
           UNION SELECT context_advies FROM adviezen UNION SELECT vragen FROM adviezen
           UNION SELECT motivering FROM eindadviezen UNION SELECT doelen FROM eindadviezen
           UNION SELECT begeleider_notitie FROM aanvragen`,
        )
        .all() as { t: string | null }[]
    )
      .map((r) => r.t)
      .filter((x): x is string => x !== null && x.length >= 15);
    db.close();
    expect(teksten.filter((x) => x.includes(MARKER)).length).toBeGreaterThanOrEqual(4);
    expect(teksten.length).toBeGreaterThan(10);
    for (const input of Object.values(ELKE_BRON)) {
      for (const formaat of ['xlsx', 'csv'] as const) {
        const r = await maak({ ...input, formaat });
        const bytes = bytesOf(r);
        const inhoud =
          formaat === 'xlsx' ? [...zipEntries(bytes).values()].join('\n') : bytes.toString('utf8');
        expect(inhoud.length).toBeGreaterThan(100);
        expect(inhoud, `${input.bron} ${formaat}`).not.toContain(MARKER);
        for (const tekst of teksten)
          expect(inhoud.includes(tekst.slice(0, 40)), `${input.bron} ${formaat}`).toBe(false);
      }
    }
  });
});
