import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase } from '../../db/open';
import type { ProcedureName } from '../../electron/contract';
import { extractPdfText } from '../../electron/documents/pdf-text';
import { aanvragenTeVerwijderenOpVerzoek } from '../../electron/services/avg-verzoeken';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Issue 11 item 5 · the rights of ouders (AVG art. 12, 15–17; §12): the register, its term and
// letters, the inzage export (with everything of the dossier and without a private note), the
// corrections in the dossier's history, the assessment of a request to delete, and who may do it.

const SECRET = 'Geheimenotitie-Zwaluwstaart-7731';
let t: TestBackend;
let sll: Client;
let voorzitter: Client;
let directeur: Client;
let beheer: Client;
let deskundige: Client;
let decided: { id: number; referentie: string; naam: string; geboortedatum: string };

const text = async (b64: string) =>
  (await extractPdfText(Buffer.from(b64, 'base64'))).pages.join('\n').replace(/\s+/g, ' ');

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openReadonly(t);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Every file under `dir`, sorted. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

const ouder = (naam: string, geboortedatum: string) => ({
  verzoeker: 'ouder' as const,
  verzoekerNaam: 'M. Ouderdeel',
  verzoekerAdres: 'Lindelaan 4',
  verzoekerPostcode: '6711 AB',
  verzoekerPlaats: 'Ede',
  leerlingNaam: naam,
  leerlingGeboortedatum: geboortedatum,
  omschrijving: null,
});

beforeAll(async () => {
  t = startTestBackend(() => new Date('2026-11-25T10:00:00Z'));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  voorzitter = await login(t.backend, 'voorzitter');
  directeur = await login(t.backend, 'directeur');
  beheer = await login(t.backend, 'beheer');
  // A dossier with both advices, an eindadvies, a decision and its letters.
  const [row] = query<{ id: number; referentie: string; naam: string; gd: string }>(
    `SELECT id, referentie, leerling_naam AS naam, leerling_geboortedatum AS gd FROM aanvragen
      WHERE state = 'ter_besluitvorming' ORDER BY id LIMIT 1`,
  );
  decided = { id: row!.id, referentie: row!.referentie, naam: row!.naam, geboortedatum: row!.gd };
  await directeur.call('besluit.adopt', { aanvraagId: decided.id });
  await sll.call('aanvraag.verzend', { aanvraagId: decided.id, verzondenOp: '2026-11-25' });
  // The first deskundige writes a private note on a document of that dossier.
  const [assigned] = query<{ username: string }>(
    `SELECT u.username FROM toewijzingen tw JOIN deskundigen d ON d.id = tw.deskundige_id
       JOIN users u ON u.id = d.user_id WHERE tw.aanvraag_id = ? AND tw.active = 1 ORDER BY tw.position`,
    decided.id,
  );
  deskundige = await login(t.backend, assigned!.username);
  const [doc] = query<{ id: number }>(
    'SELECT id FROM documenten WHERE aanvraag_id = ? ORDER BY id LIMIT 1',
    decided.id,
  );
  await deskundige.call('notitie.save', {
    documentId: doc!.id,
    page: 1,
    soort: 'notitie',
    tekst: SECRET,
  });
}, 120000);
afterAll(() => t.close());

describe('an inzage request (art. 15)', () => {
  let verzoekId: number;

  it('is registered with its one-month term and found by name and date of birth', async () => {
    const r = await sll.call('avg.registreer', {
      soort: 'inzage',
      ontvangenOp: '2026-11-20',
      ...ouder(decided.naam.toUpperCase(), decided.geboortedatum),
    });
    verzoekId = r.id;
    expect(r.kenmerk).toBe(`AVG-2026-${String(r.id).padStart(4, '0')}`);
    const v = await sll.call('avg.get', { verzoekId });
    // 20 December 2026 is a Sunday: the term ends on Monday 21 December.
    expect(v).toMatchObject({
      status: 'ontvangen',
      uiterlijk: '2026-12-21',
      eersteTermijn: '2026-12-21',
      daysLeft: 26,
      stoplicht: 'groen',
      aanvragen: [],
    });
    const match = v.kandidaten.find((k) => k.aanvraagId === decided.id);
    expect(match).toMatchObject({ naamGelijk: true, referentie: decided.referentie });

    expect((await sll.call('avg.koppel', { verzoekId, aanvraagIds: [decided.id] })).status).toBe(
      'in_behandeling',
    );
    const open = (await sll.call('avg.list', { open: true })).rows;
    expect(open.find((o) => o.id === verzoekId)).toMatchObject({
      uiterlijk: '2026-12-21',
      stoplicht: 'groen',
      status: 'in_behandeling',
    });
  });

  it('gets an ontvangstbevestiging naming the last day of the term', async () => {
    const { briefId } = await sll.call('avg.ontvangstbevestiging', { verzoekId });
    const brief = await sll.call('avg.brief', { briefId });
    const body = await text(brief.dataBase64);
    expect(body).toContain('uiterlijk op 21 december 2026');
    expect(body).toContain('M. Ouderdeel');
    expect(body).toContain('Lindelaan 4');
    expect(body).toContain('artikel 12, derde lid, AVG');
  });

  it('is extended once by two months with a letter giving the reason', async () => {
    const r = await sll.call('avg.verleng', {
      verzoekId,
      reden: 'Het dossier bevat veel documenten die wij eerst moeten nalopen.',
    });
    // 20 November + 3 months = 20 February 2027, a Saturday: Monday 22 February.
    expect(r.uiterlijk).toBe('2027-02-22');
    const body = await text((await sll.call('avg.brief', { briefId: r.briefId })).dataBase64);
    expect(body).toContain('veel documenten die wij eerst moeten nalopen');
    expect(body).toContain('uiterlijk op 22 februari 2027');
    expect(body).toContain('21 december 2026');
    const again = await sll.fail('avg.verleng', { verzoekId, reden: 'Nog eens' });
    expect(again.message).toBe('De termijn is al verlengd; dat kan maar één keer.');
    expect((await sll.call('avg.get', { verzoekId })).status).toBe('verlengd');
  });

  it('exports everything of the dossier as one PDF, without the private note, and audits it', async () => {
    const dossier = await sll.call('aanvraag.get', { aanvraagId: decided.id });
    const advies = (await sll.call('advies.list', { aanvraagId: decided.id })).adviezen;
    expect(advies).toHaveLength(2);
    const brieven = await sll.call('brieven.list', { aanvraagId: decided.id });
    expect(brieven.length).toBeGreaterThan(0);

    const before = files(t.dir).filter((f) => !/tla\.sqlite/.test(f));
    const pdf = await sll.call('avg.inzage', { verzoekId });
    // Made in memory: no file was added to the data folder (only the database took audit rows).
    expect(files(t.dir).filter((f) => !/tla\.sqlite/.test(f))).toEqual(before);
    expect(pdf.fileName).toMatch(/^Inzage AVG-2026-\d{4}\.pdf$/);
    const body = await text(pdf.dataBase64);
    expect(body).toContain('Inzage in persoonsgegevens (artikel 15 AVG)');
    expect(body).toContain(`Aanvraag ${decided.referentie}`);
    expect(body).toContain(dossier.ouders.naam);
    // The advices' own words, the decision and its volgnummer, the letters themselves.
    const woorden = (s: string) => s.replace(/\s+/g, ' ').slice(0, 40);
    for (const a of advies) expect(body).toContain(woorden(a.onderbouwing ?? ''));
    expect(body).toContain(`Volgnummer ${dossier.besluit?.volgnummer ?? 'x'}`);
    expect(body).toContain('TLV-verklaring');
    for (const b of brieven) expect(body).toContain(`${b.label}, pagina`);
    // Every document is appended, the audit entries are listed, the AVG letters too.
    for (const d of dossier.documents) expect(body).toContain(d.fileName);
    expect(body).toContain('dossier bekeken');
    expect(body).toContain('Verlenging van de termijn');
    expect(pdf.paginas).toBeGreaterThan(5);
    // The private note of the deskundige is not in it.
    expect(body).not.toContain(SECRET);
    expect(Buffer.from(pdf.dataBase64, 'base64').toString('latin1')).not.toContain(SECRET);

    const audit = query<{
      action: string;
      object_type: string;
      object_id: number;
      details: string;
    }>(
      "SELECT action, object_type, object_id, details FROM audit_log WHERE action LIKE 'avg.inzage%'",
    );
    expect(audit).toEqual([
      {
        action: 'avg.inzage',
        object_type: 'avg_verzoek',
        object_id: verzoekId,
        details: `aanvragen ${decided.id}; ${pdf.paginas} pagina's`,
      },
      {
        action: 'avg.inzage.aanvraag',
        object_type: 'aanvraag',
        object_id: decided.id,
        details: `verzoek ${verzoekId}`,
      },
    ]);
    // The note still exists (it was excepted, not lost) ...
    const notes = query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM notities WHERE tekst = ?',
      SECRET,
    );
    expect(notes[0]!.n).toBe(1);
    // ... and nothing of the export lies in the data folder in the clear.
    for (const file of files(t.dir)) {
      const raw = fs.readFileSync(file);
      expect(raw.includes(Buffer.from(decided.naam)), file).toBe(false);
      expect(raw.includes(Buffer.from('Inzage in persoonsgegevens')), file).toBe(false);
    }
  });

  it('is answered with a letter; the register shows it answered', async () => {
    const r = await sll.call('avg.afhandel', {
      verzoekId,
      uitkomst: 'toegewezen',
      toelichting: '',
    });
    expect(r.status).toBe('afgehandeld');
    const body = await text((await sll.call('avg.brief', { briefId: r.briefId })).dataBase64);
    expect(body).toContain('Wij hebben uw verzoek toegewezen.');
    expect(body).toContain('overzicht van de persoonsgegevens');
    expect(body).toContain('bezwaar maken');
    const v = await sll.call('avg.get', { verzoekId });
    expect(v).toMatchObject({ status: 'afgehandeld', uitkomst: 'toegewezen', stoplicht: null });
    expect(v.brieven.map((b) => b.kind)).toEqual([
      'ontvangstbevestiging',
      'verlenging',
      'antwoord',
    ]);
    expect((await sll.call('avg.list', { open: true })).rows.map((x) => x.id)).not.toContain(
      verzoekId,
    );
    expect(
      (await sll.fail('avg.afhandel', { verzoekId, uitkomst: 'afgewezen', toelichting: 'x' }))
        .message,
    ).toBe('Dit verzoek is al afgehandeld.');
  });
});

describe('a correction (art. 16)', () => {
  it('changes the pupil’s data with the reason, shown in the dossier’s history', async () => {
    const [a] = query<{ id: number; naam: string; gd: string; woonplaats: string }>(
      `SELECT id, leerling_naam AS naam, leerling_geboortedatum AS gd, woonplaats FROM aanvragen
        WHERE state = 'in_advies' ORDER BY id LIMIT 1`,
    );
    const { id: verzoekId, kenmerk } = await sll.call('avg.registreer', {
      soort: 'correctie',
      ontvangenOp: '2026-11-23',
      ...ouder(a!.naam, a!.gd),
      omschrijving: 'De woonplaats klopt niet.',
    });
    expect(
      (
        await sll.fail('avg.corrigeer', {
          verzoekId,
          aanvraagId: a!.id,
          changes: { woonplaats: 'Renkum-Oost' },
          reden: 'Verhuisd',
        })
      ).message,
    ).toBe('Koppel de aanvraag eerst aan dit verzoek.');
    await sll.call('avg.koppel', { verzoekId, aanvraagIds: [a!.id] });
    expect(
      (
        await sll.call('avg.corrigeer', {
          verzoekId,
          aanvraagId: a!.id,
          changes: { woonplaats: 'Renkum-Oost' },
          reden: 'De ouders zijn in september verhuisd.',
        })
      ).changed,
    ).toBe(1);
    const history = await sll.call('aanvraag.wijzigingen', { aanvraagId: a!.id });
    expect(history[0]).toMatchObject({
      veld: 'woonplaats',
      oud: a!.woonplaats,
      nieuw: 'Renkum-Oost',
      reden: `Correctie op verzoek ${kenmerk} (art. 16 AVG): De ouders zijn in september verhuisd.`,
    });
    expect((await sll.call('aanvraag.get', { aanvraagId: a!.id })).leerling.woonplaats).toBe(
      'Renkum-Oost',
    );
    const r = await sll.call('avg.afhandel', {
      verzoekId,
      uitkomst: 'toegewezen',
      toelichting: '',
    });
    const body = await text((await sll.call('avg.brief', { briefId: r.briefId })).dataBase64);
    expect(body).toContain(`Woonplaats: ${a!.woonplaats} wordt Renkum-Oost`);
    expect(
      (
        await sll.fail('avg.corrigeer', {
          verzoekId,
          aanvraagId: a!.id,
          changes: { woonplaats: 'Ede' },
          reden: 'x',
        })
      ).message,
    ).toBe('Dit verzoek is al afgehandeld.');
  });
});

describe('a request to delete (art. 17)', () => {
  it('is refused while the retention duty holds the decided dossier', async () => {
    const { id: verzoekId } = await sll.call('avg.registreer', {
      soort: 'verwijdering',
      ontvangenOp: '2026-11-24',
      ...ouder(decided.naam, decided.geboortedatum),
    });
    await sll.call('avg.koppel', { verzoekId, aanvraagIds: [decided.id] });
    const v = await sll.call('avg.get', { verzoekId });
    expect(v.aanvragen[0]!.verwijderOordeel?.mag).toBe(false);
    expect(v.aanvragen[0]!.verwijderOordeel?.reden).toContain('De bewaartermijn loopt nog tot');
    expect(v.toegestaneUitkomsten).toEqual(['afgewezen']);
    expect(
      (await sll.fail('avg.afhandel', { verzoekId, uitkomst: 'toegewezen', toelichting: '' }))
        .message,
    ).toBe('Geen aanvraag mag nu worden verwijderd: het verzoek kan alleen worden afgewezen.');
    expect(
      (await sll.fail('avg.afhandel', { verzoekId, uitkomst: 'afgewezen', toelichting: '' }))
        .issues?.[0]?.path,
    ).toBe('toelichting');
    const r = await sll.call('avg.afhandel', {
      verzoekId,
      uitkomst: 'afgewezen',
      toelichting: 'Wij moeten het besluit en zijn dossier drie jaar bewaren.',
    });
    const body = await text((await sll.call('avg.brief', { briefId: r.briefId })).dataBase64);
    expect(body).toContain('Wij hebben uw verzoek afgewezen.');
    expect(body).toContain('Autoriteit Persoonsgegevens');
  });

  it('is granted for a withdrawn aanvraag, which then waits for the vernietiging', async () => {
    const [a] = query<{ id: number; naam: string; gd: string }>(
      `SELECT id, leerling_naam AS naam, leerling_geboortedatum AS gd FROM aanvragen
        WHERE state = 'in_controle' ORDER BY id LIMIT 1`,
    );
    await sll.call('aanvraag.intrekken', { aanvraagId: a!.id, reden: 'De school trekt in.' });
    const { id: verzoekId } = await sll.call('avg.registreer', {
      soort: 'verwijdering',
      ontvangenOp: '2026-11-25',
      ...ouder(a!.naam, a!.gd),
    });
    await sll.call('avg.koppel', { verzoekId, aanvraagIds: [a!.id] });
    const v = await sll.call('avg.get', { verzoekId });
    expect(v.aanvragen[0]!.verwijderOordeel).toEqual({
      mag: true,
      reden: 'Er is geen besluit genomen dat bewaard moet worden: het dossier mag weg.',
    });
    const r = await sll.call('avg.afhandel', {
      verzoekId,
      uitkomst: 'toegewezen',
      toelichting: '',
    });
    const body = await text((await sll.call('avg.brief', { briefId: r.briefId })).dataBase64);
    expect(body).toContain('wordt verwijderd');
    // The hook the vernietiging (item 4) reads; nothing is deleted here.
    const opened = openDatabase({ file: t.dbPath, key: databaseKey(t.key), readonly: true });
    try {
      expect(aanvragenTeVerwijderenOpVerzoek({ db: opened.db })).toEqual([
        {
          aanvraagId: a!.id,
          verzoekId,
          kenmerk: expect.stringMatching(/^AVG-2026-/),
          afgehandeldOp: '2026-11-25',
        },
      ]);
    } finally {
      opened.close();
    }
    expect(query('SELECT id FROM aanvragen WHERE id = ?', a!.id)).toHaveLength(1);
  });
});

describe('who may', () => {
  it('lets the secretaris act, the voorzitter and directeur read, and no one else see', async () => {
    const [v] = (await sll.call('avg.list', { open: false })).rows;
    const verzoekId = v!.id;
    expect((await voorzitter.call('avg.list', { open: false })).rows.length).toBeGreaterThan(0);
    expect((await directeur.call('avg.get', { verzoekId })).id).toBe(verzoekId);
    const reads: [ProcedureName, unknown][] = [
      ['avg.list', { open: true }],
      ['avg.get', { verzoekId }],
      ['avg.inzage', { verzoekId }],
      ['avg.brief', { briefId: 1 }],
    ];
    for (const c of [deskundige, beheer])
      for (const [name, input] of reads)
        expect((await c.fail(name, input)).code, name).toBe('forbidden');
    for (const c of [voorzitter, directeur])
      expect(
        (
          await c.fail('avg.registreer', {
            soort: 'inzage',
            ontvangenOp: '2026-11-25',
            ...ouder('X', '2015-01-01'),
          })
        ).code,
      ).toBe('forbidden');
  });

  it('refuses a pupil under 16 asking for themselves, and a date in the future', async () => {
    const e = await sll.fail('avg.registreer', {
      soort: 'inzage',
      ontvangenOp: '2026-11-25',
      ...ouder('Kim Jong', '2012-05-05'),
      verzoeker: 'leerling',
    });
    expect(e).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'verzoeker', message: expect.stringContaining('jonger dan 16') }],
    });
    const f = await sll.fail('avg.registreer', {
      soort: 'inzage',
      ontvangenOp: '2026-11-26',
      ...ouder('Kim Jong', '2012-05-05'),
    });
    expect(f.message).toBe('De ontvangstdatum kan niet in de toekomst liggen.');
  });
});
