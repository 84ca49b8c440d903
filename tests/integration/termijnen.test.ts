import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDutchDate } from '../../electron/domain/calendar';
import { beslistermijnMetOpschortingen, aanvullingTermEnd } from '../../electron/domain/termijnen';
import { extractPdfText } from '../../electron/documents/pdf-text';
import {
  client,
  login,
  startTestBackend,
  type Client,
  type TestBackend,
  openReadonly,
} from '../support/backend';

// Issue 3 through the real procedure table on a real SQLite file, with a fixed clock:
// aanvulling suspends the term, its receipt resumes it, verdaging, bezwaar and bad input.

const TODAY = '2026-11-25';
let t: TestBackend;
let sll: Client;
let directeur: Client;

beforeAll(async () => {
  t = startTestBackend(() => new Date(`${TODAY}T10:00:00Z`));
  await client(t.backend).call('setup.loadDemo', {});
  sll = await login(t.backend, 'sll');
  directeur = await login(t.backend, 'directeur');
}, 60000);
afterAll(() => t.close());

const used = new Set<number>();

/** A demo aanvraag in controle that no earlier test touched, so that each test has its own. */
async function inControle(): Promise<{ id: number; ontvangenOp: string }> {
  const { rows } = await sll.call('werk.mijn', {
    role: 'secretaris',
    search: '',
    offset: 0,
    limit: 100,
  });
  const row = rows.find((r) => r.state === 'in_controle' && !used.has(r.id));
  if (!row) throw new Error('demo has no aanvraag in controle left');
  used.add(row.id);
  return { id: row.id, ontvangenOp: row.ontvangenOp };
}

function count(table: string): number {
  const db = openReadonly(t);
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('aanvulling suspends the beslistermijn (Awb 4:15 lid 1a)', () => {
  it('suspends from the day after the request and resumes on receipt, as the domain computes', async () => {
    const { id, ontvangenOp } = await inControle();
    const before = await sll.call('termijnen.get', { aanvraagId: id });
    const verzoekOp = '2026-11-20';
    const r = await sll.call('aanvulling.vraag', {
      aanvraagId: id,
      verzoekOp,
      termijnWerkdagen: 10,
      ontbrekend: ['Het ondertekende handelingsdeel van het OPP'],
    });
    expect(r.state).toBe('wacht_op_aanvulling');
    const during = await sll.call('termijnen.get', { aanvraagId: id });
    expect(during.suspended).toBe(true);
    expect(during.trafficLight).toBe('opgeschort');
    expect(during.opschortingen[0]?.termEnd).toBe(aanvullingTermEnd(verzoekOp, 10));
    const dash = await sll.call('termijnen.dashboard', { periode: 'schooljaar' });
    expect(dash.rows.find((x) => x.id === id)?.trafficLight).toBe('opgeschort');

    const letter = (await sll.call('brieven.list', { aanvraagId: id })).find(
      (b) => b.kind === 'aanvulling',
    );
    const pdf = await sll.call('brieven.get', { briefId: letter!.id });
    const text = (
      await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))
    ).pages.join(' ');
    expect(text).toContain('handelingsdeel');
    expect(text).toContain(formatDutchDate(aanvullingTermEnd(verzoekOp, 10)));

    expect(
      (await sll.call('aanvulling.ontvangen', { aanvraagId: id, ontvangenOp: '2026-11-24' })).state,
    ).toBe('in_controle');
    const after = await sll.call('termijnen.get', { aanvraagId: id });
    const expected = beslistermijnMetOpschortingen({
      ontvangenOp,
      opschortingen: [
        {
          grond: 'awb_4_15_1a',
          start: verzoekOp,
          termEnd: aanvullingTermEnd(verzoekOp, 10),
          resumedOn: '2026-11-24',
        },
      ],
      today: TODAY,
    });
    expect(after.suspendedDays).toBe(3); // 21, 22, 23 November: resume − request − 1
    expect(after.end).toBe(expected.end);
    expect(after.end > before.end).toBe(true);
    expect(after.suspended).toBe(false);
  });

  it('refuses an aanvulling received before it was asked, and an overlapping suspension', async () => {
    const { id } = await inControle();
    await sll.call('aanvulling.vraag', {
      aanvraagId: id,
      verzoekOp: '2026-11-23',
      termijnWerkdagen: 5,
      ontbrekend: ['LVS-gegevens'],
    });
    const rows = count('opschortingen');
    const early = await sll.fail('aanvulling.ontvangen', {
      aanvraagId: id,
      ontvangenOp: '2026-11-20',
    });
    expect(early.message).toBe('De aanvulling kan niet zijn ontvangen vóórdat erom is gevraagd.');
    const overlap = await sll.fail('opschorting.registreer', {
      aanvraagId: id,
      grond: 'awb_4_15_2c',
      start: '2026-11-24',
      eind: null,
      toelichting: 'Storing',
    });
    expect(overlap.message).toBe('Deze opschorting overlapt met een eerdere opschorting.');
    const zero = await sll.fail('aanvulling.vraag', {
      aanvraagId: id,
      verzoekOp: '2026-11-24',
      termijnWerkdagen: 0,
      ontbrekend: ['x'],
    });
    expect(zero.message).toBe('Een termijn is minstens 1 werkdag.');
    expect(count('opschortingen')).toBe(rows);
  });
});

describe('verdaging (Awb 4:14 lid 3)', () => {
  it('records a new end date before the term ends, and refuses one after it', async () => {
    const { id } = await inControle();
    const current = await sll.call('termijnen.get', { aanvraagId: id });
    const newEnd = '2027-03-01';
    const bad = await sll.fail('verdaging.registreer', {
      aanvraagId: id,
      notifiedOn: TODAY,
      newEnd: current.end,
      reden: 'Drukte',
    });
    expect(bad.message).toBe('De nieuwe einddatum moet na de huidige einddatum liggen.');
    await sll.call('verdaging.registreer', {
      aanvraagId: id,
      notifiedOn: TODAY,
      newEnd,
      reden: 'Een tweede deskundige is nodig.',
    });
    const after = await sll.call('termijnen.get', { aanvraagId: id });
    expect(after.end).toBe(newEnd);
    expect(after.verdaging?.newEnd).toBe(newEnd);
    expect(after.timeline.map((i) => i.kind)).toContain('verdaging');
  });
});

describe('bad input at intake', () => {
  it('refuses a change that puts the ontvangstdatum in the future, and keeps history of a good one', async () => {
    const { id } = await inControle();
    const bad = await sll.fail('aanvraag.update', {
      aanvraagId: id,
      changes: { ontvangenOp: '2027-01-05' },
      reden: 'typefout',
    });
    expect(bad.message).toBe('De ontvangstdatum ligt in de toekomst.');
    expect(await sll.call('aanvraag.wijzigingen', { aanvraagId: id })).toEqual([]);
    await sll.call('aanvraag.update', {
      aanvraagId: id,
      changes: { woonplaats: 'Wageningen' },
      reden: 'Verhuisd',
    });
    const history = await sll.call('aanvraag.wijzigingen', { aanvraagId: id });
    expect(history[0]).toMatchObject({
      veld: 'woonplaats',
      nieuw: 'Wageningen',
      reden: 'Verhuisd',
      actorNaam: 'Sanne de Vries',
    });
  });
});

describe('bezwaar (Awb 6:7–6:9, 7:10)', () => {
  it('runs from registration through the decision on bezwaar', async () => {
    const rows = (
      await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 50 })
    ).rows;
    const id = rows[0]!.id;
    await directeur.call('besluit.adopt', { aanvraagId: id });
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    const future = await sll.fail('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: '2026-12-01',
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    expect(future.message).toBe('De ontvangstdatum ligt in de toekomst.');
    const b = await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    });
    expect(b.tijdig).toBe(true);
    expect(b.bezwaartermijnEnd).toBe('2027-01-06'); // sent 25-11-2026; 6 weeks → Wed 6-1-2027
    expect(b.ontvangstbevestigingUiterlijk).toBe('2026-12-02'); // 5 werkdagen after Wed 25-11
    await sll.call('bezwaar.stap', {
      aanvraagId: id,
      stap: { stap: 'ontvangstbevestiging', datum: TODAY },
    });
    expect((await sll.call('brieven.list', { aanvraagId: id })).map((x) => x.kind)).toContain(
      'ontvangstbevestiging_bezwaar',
    );
    const gegrondZonder = await sll.fail('bezwaar.stap', {
      aanvraagId: id,
      stap: { stap: 'beslist', datum: TODAY, uitkomst: 'gegrond', herzienBesluit: null },
    });
    expect(gegrondZonder.message).toBe('Bij een gegrond bezwaar hoort een nieuw besluit.');
    const done = await sll.call('bezwaar.stap', {
      aanvraagId: id,
      stap: { stap: 'beslist', datum: TODAY, uitkomst: 'ongegrond', herzienBesluit: null },
    });
    expect(done.uitkomst).toBe('ongegrond');
    expect((await sll.call('aanvraag.get', { aanvraagId: id })).state).toBe('besloten_op_bezwaar');
  });
});

describe('a gegrond bezwaar is a new decision', () => {
  it('makes a new TLV-verklaring with a new volgnummer; the old one stays stored', async () => {
    const rows = (
      await directeur.call('werk.mijn', { role: 'directeur', search: '', offset: 0, limit: 50 })
    ).rows;
    const id = rows[0]!.id;
    const first = await directeur.call('besluit.adopt', { aanvraagId: id });
    await sll.call('aanvraag.verzend', { aanvraagId: id, verzondenOp: TODAY });
    await sll.call('bezwaar.registreer', {
      aanvraagId: id,
      ontvangenOp: TODAY,
      postmarkedOn: null,
      doorOuders: false,
      doorSchool: true,
    });
    const herzienBesluit = {
      uitkomst: 'tlv_afgegeven' as const,
      schoolsoort: 'SO' as const,
      categorie: 'hoog' as const,
      begindatum: '2027-01-01',
      einddatum: '2028-07-31',
    };
    const bad = await sll.fail('bezwaar.stap', {
      aanvraagId: id,
      stap: {
        stap: 'beslist',
        datum: TODAY,
        uitkomst: 'gegrond',
        herzienBesluit: { ...herzienBesluit, einddatum: '2028-06-30' },
      },
    });
    expect(bad.message).toContain('31 juli');
    const b = await sll.call('bezwaar.stap', {
      aanvraagId: id,
      stap: { stap: 'beslist', datum: TODAY, uitkomst: 'gegrond', herzienBesluit },
    });
    expect(b.herzienBesluit?.volgnummer).toMatch(/^PO2505-2026-\d{4}$/);
    expect(b.herzienBesluit?.volgnummer).not.toBe(first.volgnummer);
    const verklaringen = (await sll.call('brieven.list', { aanvraagId: id })).filter(
      (x) => x.kind === 'verklaring',
    );
    expect(verklaringen.map((v) => v.version)).toEqual([1, 2]);
    const text = await (async () => {
      const pdf = await sll.call('brieven.get', { briefId: verklaringen[1]!.id });
      return (
        await extractPdfText(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))
      ).pages.join(' ');
    })();
    expect(text).toContain(b.herzienBesluit!.volgnummer!);
    expect(text).toMatch(/hoog/);
  });
});
