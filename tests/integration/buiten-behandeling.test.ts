import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../electron/documents/pdf-text';
import {
  client,
  login,
  openReadonly,
  startTestBackend,
  type Client,
  type TestBackend,
} from '../support/backend';

// Buiten behandeling (Awb 4:5) is a decision of the directeur-bestuurder (rulebook §7): the SLL
// proposes it once the term for aanvulling has passed unused; the directeur-bestuurder declines or
// decides (a signed besluit with its letter and bezwaarclausule, counted in the decisions); the SLL
// sends it, and the bezwaartermijn runs from the day after. Its day is the calendar day in
// Europe/Amsterdam, not the UTC date of the instant (late in the evening those differ).

let now = new Date('2026-11-25T10:00:00Z');
let t: TestBackend;
let sll: Client;
let directeur: Client;

/** Sessions lock after 15 idle minutes: sign in again after the clock moved on. */
async function signIn(): Promise<void> {
  sll = await login(t.backend, 'sll');
  directeur = await login(t.backend, 'directeur');
}

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  await signIn();
}, 60000);
afterAll(() => t.close());

async function werk(c: Client, role: 'secretaris' | 'directeur'): Promise<number[]> {
  const r = await c.call('werk.mijn', { role, search: '', offset: 0, limit: 500 });
  return r.rows.map((x) => x.id);
}

async function inControle(nth: number): Promise<number> {
  const { rows } = await sll.call('werk.mijn', {
    role: 'secretaris',
    search: '',
    offset: 0,
    limit: 500,
  });
  const row = rows.filter((r) => r.state === 'in_controle')[nth];
  if (!row) throw new Error('demo has no aanvraag in controle');
  return row.id;
}

function besluitRows(aanvraagId: number) {
  const db = openReadonly(t);
  try {
    return db
      .prepare(
        'SELECT uitkomst, volgnummer, besluitdatum, eindadvies_id AS eindadviesId, verzonden_op AS verzondenOp FROM besluiten WHERE aanvraag_id = ?',
      )
      .all(aanvraagId);
  } finally {
    db.close();
  }
}

describe('buiten behandeling, decided by the directeur-bestuurder', () => {
  let id: number;
  let other: number;

  it('the SLL may propose it only after the term for aanvulling has passed', async () => {
    id = await inControle(0);
    other = await inControle(1);
    for (const aanvraagId of [id, other]) {
      await sll.call('aanvulling.vraag', {
        aanvraagId,
        verzoekOp: '2026-11-25',
        termijnWerkdagen: 5,
        ontbrekend: ['Het ondertekende handelingsdeel van het OPP', 'Het tweede OT-verslag'],
      });
    }
    const early = await sll.fail('aanvraag.buitenBehandelingVoorstellen', { aanvraagId: id });
    expect(early.message).toBe('De termijn voor aanvulling is nog niet verstreken.');
    // The SLL can no longer take the decision herself.
    expect(await sll.fail('besluit.buitenBehandeling', { aanvraagId: id })).toMatchObject({
      code: 'forbidden',
    });
  });

  it('after the term the proposal reaches the directeur-bestuurder, who may decline', async () => {
    // The term of 5 werkdagen from Wed 25-11 ends Wed 2-12-2026.
    now = new Date('2026-12-03T10:00:00Z');
    await signIn();
    const p = await sll.call('aanvraag.buitenBehandelingVoorstellen', { aanvraagId: id });
    expect(p.state).toBe('buiten_behandeling_voorgesteld');
    expect(await werk(directeur, 'directeur')).toContain(id);
    expect(await werk(sll, 'secretaris')).not.toContain(id);

    const noReason = await directeur.fail('besluit.buitenBehandelingAfwijzen', {
      aanvraagId: id,
      reden: '',
    });
    expect(noReason.code).toBe('invalid_input');
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe(
      'buiten_behandeling_voorgesteld',
    );
    const declined = await directeur.call('besluit.buitenBehandelingAfwijzen', {
      aanvraagId: id,
      reden: 'De school belde: de stukken komen deze week.',
    });
    expect(declined.state).toBe('wacht_op_aanvulling');
    const a = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(a.events.at(-1)).toMatchObject({
      event: 'wijs_buiten_behandeling_af',
      reason: 'De school belde: de stukken komen deze week.',
      actorNaam: 'Ingrid Jansen',
    });
    expect(besluitRows(id)).toEqual([]);
  });

  it('an aanvulling that arrives while proposed ends the proposal', async () => {
    await sll.call('aanvraag.buitenBehandelingVoorstellen', { aanvraagId: other });
    const r = await sll.call('aanvulling.ontvangen', {
      aanvraagId: other,
      ontvangenOp: '2026-12-03',
    });
    expect(r.state).toBe('in_controle');
    expect(await werk(directeur, 'directeur')).not.toContain(other);
  });

  it('the decision is signed on the Amsterdam day, with its letter, and counted', async () => {
    await sll.call('aanvraag.buitenBehandelingVoorstellen', { aanvraagId: id });
    // 23:30 UTC on 3 December is 00:30 on 4 December in Amsterdam.
    now = new Date('2026-12-03T23:30:00Z');
    await signIn();
    const before = (await sll.call('termijnen.dashboard', { periode: 'maand' })).current.decided;
    const d = await directeur.call('besluit.buitenBehandeling', { aanvraagId: id });
    expect(d.state).toBe('buiten_behandeling_besloten');
    expect(besluitRows(id)).toEqual([
      {
        uitkomst: 'buiten_behandeling',
        volgnummer: null,
        besluitdatum: '2026-12-04',
        eindadviesId: null,
        verzondenOp: null,
      },
    ]);
    const again = await directeur.fail('besluit.buitenBehandeling', { aanvraagId: id });
    expect(again.code).toBe('domain');

    const a = await sll.call('aanvraag.get', { aanvraagId: id });
    expect(a.besluit).toMatchObject({ uitkomst: 'buiten_behandeling', besluitdatum: '2026-12-04' });
    expect(a.actions.map((x) => x.event)).toContain('verzend');
    expect(await werk(sll, 'secretaris')).toContain(id);
    expect(await werk(directeur, 'directeur')).not.toContain(id);

    // The letter: to the school, a copy to the ouders, the legal ground and the bezwaarclausule.
    const brief = (await sll.call('brieven.list', { aanvraagId: id })).find(
      (b) => b.kind === 'buiten_behandeling',
    );
    expect(brief?.label).toBe('Besluit buiten behandeling (Awb 4:5)');
    const pdf = await sll.call('brieven.get', { briefId: brief!.id });
    const text = (
      await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))
    ).pages.join(' ');
    expect(text).toContain('Uw aanvraag wordt buiten behandeling gesteld.');
    expect(text).toContain('4:5');
    expect(text).toContain('Het ondertekende handelingsdeel van het OPP');
    expect(text).toContain('2 december 2026');
    expect(text).toContain('Bezwaar maken');
    expect(text).toContain('Ingrid Jansen');
    expect(text).toContain('Afschrift aan');

    // Counted in the decisions: the doorlooptijd and the dashboard's figures of the period.
    const termijn = await sll.call('termijnen.get', { aanvraagId: id });
    expect(termijn.besluitOp).toBe('2026-12-04');
    expect(termijn.doorlooptijd).not.toBeNull();
    const after = (await sll.call('termijnen.dashboard', { periode: 'maand' })).current.decided;
    expect(after).toBe(before + 1);
  });

  it('the SLL sends it with a date; the bezwaartermijn runs from the day after', async () => {
    now = new Date('2026-12-08T10:00:00Z');
    await signIn();
    const early = await sll.fail('aanvraag.verzend', { aanvraagId: id, verzondenOp: '2026-12-03' });
    expect(early.message).toBe('De verzenddatum ligt vóór de besluitdatum (4 december 2026).');
    expect(besluitRows(id)).toMatchObject([{ verzondenOp: null }]);
    const sent = await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: '2026-12-07' });
    expect(sent.state).toBe('buiten_behandeling');
    expect(besluitRows(id)).toMatchObject([{ verzondenOp: '2026-12-07' }]);
    expect(await werk(sll, 'secretaris')).not.toContain(id);

    const tooEarly = await sll.fail('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: '2026-12-05',
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    expect(tooEarly.message).toBe('Het bezwaar is ontvangen vóór het besluit is verzonden.');
    const b = await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: '2026-12-08',
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    // Sent Mon 7-12-2026: six weeks end on Mon 18-1-2027.
    expect(b.verzondenOp).toBe('2026-12-07');
    expect(b.bezwaartermijnEnd).toBe('2027-01-18');
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe('in_bezwaar');
  });
});
