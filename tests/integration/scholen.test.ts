import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, ProcedureName } from '../../electron/contract';
import {
  BESTUREN,
  BESTUREN_HEADER,
  duoCsv,
  duoXlsx,
  VESTIGINGEN,
  VESTIGINGEN_HEADER,
  vestigingRow,
} from '../fixtures/duo/generate';
import { registration } from '../support/fixtures';
import {
  client,
  login,
  openReadonly,
  startEmptyWithBeheerder,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Issue 10, item 2: school boards and schools added, edited and ended by the beheerder (never
// deleted), the import of DUO's open data with its preview, and the pupil's gemeente.

const FIXTURES = path.join(import.meta.dirname, '../fixtures/duo');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

function count(t: TestBackend, table: string): number {
  const db = openReadonly(t);
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const bestand = (
  bytes: Buffer,
  fileName = 'vestigingen.csv',
  gemeenten: string[] | null = null,
) => ({
  fileName,
  dataBase64: bytes.toString('base64'),
  gemeenten,
});

describe('on an empty install', () => {
  let t: TestBackend;
  let beheer: Client;

  beforeAll(async () => {
    ({ t, beheer } = await startEmptyWithBeheerder(() => new Date('2026-09-15T10:00:00Z')));
  }, 60000);
  afterAll(() => t.close());

  it('starts with no schools', async () => {
    expect(await beheer.call('scholen.list', {})).toEqual([]);
  });

  it('the preview of DUO’s file says what each row would do, and saves nothing', async () => {
    const auditBefore = count(t, 'audit_log');
    const v = await beheer.call('scholen.importVoorbeeld', bestand(fixture('vestigingen.csv')));
    expect(v.bestand).toEqual({ soort: 'scholen', indeling: 'csv', rijen: 10 });
    expect(v.totalen).toEqual({
      toevoegen: 11,
      wijzigen: 0,
      ongewijzigd: 0,
      geweigerd: 2,
      overgeslagen: 0,
    });
    const geweigerd = v.regels.filter((r) => r.uitkomst === 'geweigerd');
    expect(geweigerd.map((r) => [r.regel, r.naam, r.redenen])).toEqual([
      [6, 'IKC Zonder BRIN', ['Het BRIN-nummer (INSTELLINGSCODE) ontbreekt.']],
      [11, 'CBS De Bron', ['De postcode 37711 XX is geen Nederlandse postcode (1234 AB).']],
    ]);
    const besturen = v.regels.filter((r) => r.soort === 'bestuur');
    expect(besturen.map((r) => [r.code, r.naam, r.uitkomst])).toEqual([
      ['41901', 'Bestuur 41901', 'toevoegen'],
      ['41902', 'Bestuur 41902', 'toevoegen'],
      ['41903', 'Bestuur 41903', 'toevoegen'],
    ]);
    // Windows-1252 read as such; DUO's capitals in place names in the case of a letter.
    const kbs = v.regels.find((r) => r.code === '93CB00')!;
    expect([kbs.naam, kbs.plaats]).toEqual(['KBS Sint-Mariënschool', 'Rhenen']);
    expect(v.gemeenten.map((g) => `${g.naam} ${g.aantal}`)).toEqual([
      'Barneveld 2',
      'Ede 3',
      'Rhenen 1',
      'Veenendaal 2',
      'Wageningen 2',
    ]);
    expect(await beheer.call('scholen.list', {})).toEqual([]);
    expect(count(t, 'audit_log')).toBe(auditBefore);
  });

  it('reads the same rows from XLSX, UTF-8 with a BOM, and a comma-separated file', async () => {
    const rows = VESTIGINGEN.map(vestigingRow);
    const csv = await beheer.call('scholen.importVoorbeeld', bestand(fixture('vestigingen.csv')));
    const xlsx = await beheer.call(
      'scholen.importVoorbeeld',
      bestand(await duoXlsx(VESTIGINGEN_HEADER, rows), 'vestigingen.xlsx'),
    );
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(fixture('vestigingen.csv').toString('latin1'), 'utf8'),
    ]);
    const comma = Buffer.from(
      [VESTIGINGEN_HEADER, ...rows]
        .map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))
        .join('\n'),
      'utf8',
    );
    expect(xlsx.bestand.indeling).toBe('xlsx');
    for (const other of [
      xlsx,
      await beheer.call('scholen.importVoorbeeld', bestand(utf8)),
      await beheer.call('scholen.importVoorbeeld', bestand(comma)),
    ]) {
      expect(other.regels).toEqual(csv.regels);
      expect(other.totalen).toEqual(csv.totalen);
    }
    // The committed XLSX fixture (for the e2e tests) is the same file as the CSV.
    const committed = await beheer.call(
      'scholen.importVoorbeeld',
      bestand(fixture('vestigingen.xlsx'), 'vestigingen.xlsx'),
    );
    expect(committed.regels).toEqual(csv.regels);
  });

  it('refuses a file that is not DUO’s, with a Dutch message, and saves nothing', async () => {
    const cases: [Buffer, string][] = [
      [
        Buffer.from('naam;plaats\r\nDe Akker;Ede\r\n'),
        'Dit bestand heeft niet de kolommen van DUO',
      ],
      [Buffer.from('"INSTELLINGSCODE";"VESTIGINGSNAAM"\r\n"91AA";"X"\r\n'), 'BEVOEGD GEZAG NUMMER'],
      [Buffer.from(`${VESTIGINGEN_HEADER.join(';')}\r\n`), 'alleen een kopregel'],
      [Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'Dit is geen CSV- of Excel-bestand'],
      [Buffer.from('PK\u0003\u0004nonsense'), 'kon niet als Excel-bestand'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'Oude Excel-bestanden (.xls)'],
    ];
    for (const [bytes, message] of cases) {
      const r = await beheer.fail('scholen.importVoorbeeld', bestand(bytes));
      expect(r.message, message).toContain(message);
    }
    const big = await beheer.fail('scholen.importVoorbeeld', {
      fileName: 'groot.csv',
      dataBase64: Buffer.alloc(11 * 1024 * 1024, 0x41).toString('base64'),
      gemeenten: null,
    });
    expect(big.message).toBe('Het bestand is te groot (hoogstens 10 MB).');
    expect(await beheer.call('scholen.list', {})).toEqual([]);
  });

  it('imports exactly what the preview showed, in one go, audited with counts only', async () => {
    const csv = fixture('vestigingen.csv');
    const v = await beheer.call('scholen.importVoorbeeld', bestand(csv));
    // Another file than the preview's, or a key that does not match: nothing happens.
    const other = Buffer.concat([csv, Buffer.from('\r\n')]);
    expect(
      (
        await beheer.fail('scholen.importeer', {
          ...bestand(other),
          sha256: v.sha256,
          sleutel: v.sleutel,
        })
      ).message,
    ).toBe('Dit is niet het bestand van het voorbeeld. Maak opnieuw een voorbeeld.');
    expect(
      (
        await beheer.fail('scholen.importeer', {
          ...bestand(csv, 'vestigingen.csv', ['Ede']),
          sha256: v.sha256,
          sleutel: v.sleutel,
        })
      ).code,
    ).toBe('conflict');
    expect(await beheer.call('scholen.list', {})).toEqual([]);

    const r = await beheer.call('scholen.importeer', {
      ...bestand(csv),
      sha256: v.sha256,
      sleutel: v.sleutel,
    });
    expect(r).toEqual({ toegevoegd: 11, gewijzigd: 0, geweigerd: 2 });
    const list = await beheer.call('scholen.list', {});
    expect(list.map((b) => [b.naam, b.bestuursnummer, b.scholen.length])).toEqual([
      ['Bestuur 41901', '41901', 3],
      ['Bestuur 41902', '41902', 3],
      ['Bestuur 41903', '41903', 2],
    ]);
    const toegevoegd = v.regels.filter((x) => x.soort === 'school' && x.uitkomst === 'toevoegen');
    expect(
      list
        .flatMap((b) => b.scholen)
        .map((s) => `${s.brin}${s.vestiging}`)
        .sort(),
    ).toEqual(toegevoegd.map((x) => x.code).sort());
    const zevensprong = list[0]!.scholen.find((s) => s.vestiging === '01')!;
    expect(zevensprong).toMatchObject({
      naam: 'OBS De Zevensprong, locatie Veldhuizen',
      adres: 'Veldhuizerweg 3 a',
      postcode: '6716 BB',
      plaats: 'Ede',
      gemeente: 'Ede',
      eindDatum: null,
      actief: true,
    });
    const db = openReadonly(t);
    const audit = db
      .prepare("SELECT object_id AS id, details FROM audit_log WHERE action = 'scholen.import'")
      .all();
    db.close();
    expect(audit).toEqual([{ id: null, details: 'besturen +3 ~0, scholen +8 ~0, geweigerd 2' }]);

    // The same file again: nothing to do.
    const again = await beheer.call('scholen.importVoorbeeld', bestand(csv));
    expect(again.totalen).toMatchObject({
      toevoegen: 0,
      wijzigen: 0,
      ongewijzigd: 8,
      geweigerd: 2,
    });
  });

  it('a stale preview is refused once the list changed in between', async () => {
    const boards = duoCsv(BESTUREN_HEADER, BESTUREN);
    const v = await beheer.call('scholen.importVoorbeeld', bestand(boards, 'besturen.csv'));
    expect(v.bestand.soort).toBe('besturen');
    expect(v.regels.map((r) => [r.code, r.uitkomst])).toEqual([
      ['41901', 'wijzigen'],
      ['41902', 'wijzigen'],
      ['41903', 'wijzigen'],
    ]);
    expect(v.regels[0]!.wijzigingen[0]).toEqual({
      veld: 'Naam',
      oud: 'Bestuur 41901',
      nieuw: 'Stichting Openbaar Onderwijs Valleiland',
    });
    const b = (await beheer.call('scholen.list', {}))[0]!;
    await beheer.call('bestuur.wijzig', {
      bestuurId: b.id,
      naam: 'Met de hand',
      bestuursnummer: b.bestuursnummer,
      adres: null,
      postcode: null,
      plaats: null,
    });
    const stale = await beheer.fail('scholen.importeer', {
      ...bestand(boards, 'besturen.csv'),
      sha256: v.sha256,
      sleutel: v.sleutel,
    });
    expect(stale.message).toBe(
      'De scholenlijst is gewijzigd sinds het voorbeeld. Bekijk het voorbeeld opnieuw en importeer dan.',
    );
    const fresh = await beheer.call('scholen.importVoorbeeld', bestand(boards, 'besturen.csv'));
    await beheer.call('scholen.importeer', {
      ...bestand(boards, 'besturen.csv'),
      sha256: fresh.sha256,
      sleutel: fresh.sleutel,
    });
    const names = (await beheer.call('scholen.list', {})).map((x) => x.naam);
    expect(names).toContain('Stichting Openbaar Onderwijs Valleiland');
    expect(names).toContain('Vereniging Christelijk Onderwijs De Heuvelrug');
  });

  it('adds, edits and ends boards and schools by hand; formats and uniqueness refused in Dutch', async () => {
    const bad = await beheer.fail('bestuur.toevoegen', {
      naam: '',
      bestuursnummer: '4190',
      adres: null,
      postcode: '1234',
      plaats: null,
    });
    expect(bad.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'naam: Vul de naam van het bestuur in.',
      'bestuursnummer: Een bestuursnummer (bevoegd gezag) heeft vijf cijfers, bijvoorbeeld 41234.',
      'postcode: Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.',
    ]);
    const dubbel = await beheer.fail('bestuur.toevoegen', {
      naam: 'Dubbel',
      bestuursnummer: '41901',
      adres: null,
      postcode: null,
      plaats: null,
    });
    expect(dubbel.message).toBe(
      'Er is al een bestuur met nummer 41901: Stichting Openbaar Onderwijs Valleiland.',
    );
    const besturenBefore = count(t, 'schoolbesturen');
    const { id: bestuurId } = await beheer.call('bestuur.toevoegen', {
      naam: 'Stichting Nieuw',
      bestuursnummer: '41999',
      adres: 'Laan 1',
      postcode: '6711ab',
      plaats: 'Ede',
    });
    expect(count(t, 'schoolbesturen')).toBe(besturenBefore + 1);
    const school: InputOf<'school.toevoegen'> = {
      bestuurId,
      naam: 'OBS Handwerk',
      brin: '94da',
      vestiging: '00',
      adres: null,
      postcode: null,
      plaats: 'Ede',
      gemeente: 'Ede',
    };
    const badSchool = await beheer.fail('school.toevoegen', {
      ...school,
      brin: '9ADA',
      vestiging: '1',
      gemeente: '',
    });
    expect(badSchool.issues?.map((i) => i.message)).toEqual([
      'Een BRIN-nummer heeft vier tekens: twee cijfers en twee letters, bijvoorbeeld 12AB.',
      'Een vestigingsnummer heeft twee cijfers, bijvoorbeeld 00 voor de hoofdvestiging.',
      'Vul de gemeente in.',
    ]);
    expect(
      (await beheer.fail('school.toevoegen', { ...school, brin: '91AA', vestiging: '01' })).message,
    ).toBe(
      'Er is al een school met BRIN 91AA en vestiging 01: OBS De Zevensprong, locatie Veldhuizen (Ede).',
    );
    const scholenBefore = count(t, 'scholen');
    const { id: schoolId } = await beheer.call('school.toevoegen', school);
    expect(count(t, 'scholen')).toBe(scholenBefore + 1);
    let row = (await beheer.call('scholen.list', {}))
      .find((b) => b.id === bestuurId)!
      .scholen.find((s) => s.id === schoolId)!;
    expect([row.brin, row.vestiging]).toEqual(['94DA', '00']);

    await beheer.call('school.wijzig', {
      ...school,
      schoolId,
      naam: 'OBS Handwerk en Kunst',
      vestiging: '02',
    });
    // A board with schools that have not ended cannot end.
    const blocked = await beheer.fail('bestuur.beeindig', { bestuurId, eindDatum: '2026-08-01' });
    expect(blocked.message).toBe(
      'Beëindig eerst de scholen van dit bestuur (uiterlijk per 1 augustus 2026) of verplaats ze naar een ander bestuur: OBS Handwerk en Kunst.',
    );
    await beheer.call('school.beeindig', { schoolId, eindDatum: '2026-08-01' });
    await beheer.call('bestuur.beeindig', { bestuurId, eindDatum: '2026-08-01' });
    const bestuur = (await beheer.call('scholen.list', {})).find((b) => b.id === bestuurId)!;
    row = bestuur.scholen[0]!;
    expect([
      bestuur.eindDatum,
      bestuur.actief,
      row.naam,
      row.vestiging,
      row.eindDatum,
      row.actief,
    ]).toEqual(['2026-08-01', false, 'OBS Handwerk en Kunst', '02', '2026-08-01', false]);
    // No school joins, or reopens under, a board with an end date; nothing is deleted.
    expect((await beheer.fail('school.toevoegen', { ...school, brin: '94DB' })).message).toBe(
      'Stichting Nieuw wordt beëindigd per 1 augustus 2026; kies een ander bestuur.',
    );
    expect((await beheer.fail('school.beeindig', { schoolId, eindDatum: null })).message).toMatch(
      /^Het bestuur Stichting Nieuw wordt beëindigd per 1 augustus 2026\./,
    );
    await beheer.call('bestuur.beeindig', { bestuurId, eindDatum: null });
    await beheer.call('school.beeindig', { schoolId, eindDatum: null });
    row = (await beheer.call('scholen.list', {})).find((b) => b.id === bestuurId)!.scholen[0]!;
    expect([row.eindDatum, row.actief]).toEqual([null, true]);
    expect(count(t, 'scholen')).toBe(scholenBefore + 1);
    const db = openReadonly(t);
    const actions = db
      .prepare(
        "SELECT action, details FROM audit_log WHERE object_type IN ('school', 'bestuur') AND object_id IN (?, ?) ORDER BY id",
      )
      .all(schoolId, bestuurId);
    db.close();
    expect(actions).toEqual([
      { action: 'bestuur.create', details: null },
      { action: 'school.create', details: null },
      { action: 'school.update', details: 'naam, vestiging' },
      { action: 'school.beeindig', details: '2026-08-01' },
      { action: 'bestuur.beeindig', details: '2026-08-01' },
      { action: 'bestuur.heropen', details: null },
      { action: 'school.heropen', details: null },
    ]);
  });
});

describe('with the demo: the pupil’s gemeente, ended schools and who may change schools', () => {
  let t: TestBackend;
  let sll: Client;
  let beheer: Client;
  let schoolId: number;

  beforeAll(async () => {
    t = startTestBackend(() => new Date('2026-09-15T10:00:00Z'));
    await client(t.backend).call('setup.loadDemo', {});
    sll = await login(t.backend, 'sll');
    beheer = await login(t.backend, 'beheer');
    schoolId = (await sll.call('scholen.list', {}))[0]!.scholen[0]!.id;
  }, 60000);
  afterAll(() => t.close());

  it('the demo’s schools carry DUO’s form, an address and a gemeente; its aanvragen a gemeente', async () => {
    const s = (await sll.call('scholen.list', {})).flatMap((b) => b.scholen);
    for (const x of s) {
      expect(x.brin).toMatch(/^[0-9]{2}[A-Z]{2}$/);
      expect(x.vestiging).toBe('00');
      expect(x.gemeente).not.toBeNull();
      expect(x.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
    }
    const db = openReadonly(t);
    const missing = db.prepare('SELECT COUNT(*) AS n FROM aanvragen WHERE gemeente IS NULL').get();
    db.close();
    expect(missing).toEqual({ n: 0 });
  });

  it('records the gemeente at registration, requires it, and keeps its changes in the history', async () => {
    const refused = await sll.fail('aanvraag.register', {
      ...registration(schoolId, { documents: [] }),
      gemeente: ' ',
    });
    expect(refused.issues?.map((i) => i.message)).toEqual(['Vul de gemeente van de leerling in.']);
    const { id } = await sll.call(
      'aanvraag.register',
      registration(schoolId, { documents: [], woonplaats: 'Lunteren', gemeente: 'Ede' }),
    );
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).leerling).toMatchObject({
      woonplaats: 'Lunteren',
      gemeente: 'Ede',
    });
    await sll.call('aanvraag.update', {
      aanvraagId: id,
      changes: { gemeente: 'Barneveld' },
      reden: 'Verhuisd volgens de ouders.',
    });
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).leerling.gemeente).toBe(
      'Barneveld',
    );
    expect((await sll.call('aanvraag.wijzigingen', { aanvraagId: id }))[0]).toMatchObject({
      veld: 'gemeente',
      oud: 'Ede',
      nieuw: 'Barneveld',
    });
  });

  it('an ended school is not chosen for a new aanvraag, but stays on the aanvragen that name it', async () => {
    const { id } = await sll.call('aanvraag.register', registration(schoolId, { documents: [] }));
    // Not on or before the last day the school sent an aanvraag.
    expect(
      (await beheer.fail('school.beeindig', { schoolId, eindDatum: '2026-09-01' })).message,
    ).toBe(
      'Deze school heeft op 1 september 2026 nog een aanvraag ingediend; kies een einddatum na die dag.',
    );
    await beheer.call('school.beeindig', { schoolId, eindDatum: '2026-09-10' });
    const listed = (await sll.call('scholen.list', {}))
      .flatMap((b) => b.scholen)
      .find((s) => s.id === schoolId)!;
    expect([listed.actief, listed.eindDatum]).toEqual([false, '2026-09-10']);
    const before = count(t, 'aanvragen');
    const refused = await sll.fail('aanvraag.register', registration(schoolId, { documents: [] }));
    expect(refused.message).toMatch(
      /is beëindigd per 10 september 2026\. Kies een andere school\.$/,
    );
    expect(count(t, 'aanvragen')).toBe(before);
    // The aanvraag that names it still shows it, and may still be edited otherwise.
    const a = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(a.school.id).toBe(schoolId);
    await sll.call('aanvraag.update', {
      aanvraagId: id,
      changes: { groep: 6 },
      reden: 'Correctie.',
    });
    // Moving an aanvraag to an ended school is refused like a new choice.
    const other = (await sll.call('scholen.list', {}))
      .flatMap((b) => b.scholen)
      .find((s) => s.actief)!;
    const { id: id2 } = await sll.call(
      'aanvraag.register',
      registration(other.id, { documents: [] }),
    );
    expect(
      (
        await sll.fail('aanvraag.update', {
          aanvraagId: id2,
          changes: { schoolId },
          reden: 'Andere school.',
        })
      ).message,
    ).toMatch(/is beëindigd per 10 september 2026/);
  });

  it('only the beheerder changes boards and schools or imports them', async () => {
    const csv = bestand(fixture('vestigingen.csv'));
    const calls: [ProcedureName, unknown][] = [
      [
        'bestuur.toevoegen',
        { naam: 'X', bestuursnummer: '49999', adres: null, postcode: null, plaats: null },
      ],
      ['school.beeindig', { schoolId, eindDatum: '2027-01-01' }],
      ['scholen.importVoorbeeld', csv],
      ['scholen.importeer', { ...csv, sha256: '0'.repeat(64), sleutel: '0'.repeat(64) }],
    ];
    for (const who of [
      sll,
      await login(t.backend, 'voorzitter'),
      await login(t.backend, 'directeur'),
    ])
      for (const [name, input] of calls)
        expect((await who.fail(name, input)).code, name).toBe('forbidden');
  });
});
