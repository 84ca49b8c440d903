import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, toIsoDateFromInstant } from '../../electron/domain/calendar';
import { DEMO_USERS } from '../../electron/demo/dataset';
import { TRANSITIONS } from '../../electron/domain/workflow';
import { login, openReadonly, startTestBackend, type TestBackend } from '../support/backend';

// Issue 12, "A demo with history": the demo SWV carries two school years of decided aanvragen. The
// history must be one the app itself could have written: every aanvraag's events follow §10's graph
// from registreer to its state; every TLV has its volgnummer (no gaps, the counter where they end)
// and its register row; no deskundige advised on a school of their own board; and the reports of
// both school years show every kind of figure. It also found two defects, pinned here: a withdrawn
// aanvraag that was archived was counted nowhere (reports) and never came on the vernietigingslijst.

const NOW = new Date('2026-12-03T10:00:00.000Z');
let now = NOW;
let t: TestBackend;
let db: ReturnType<typeof openReadonly>;

beforeAll(async () => {
  t = startTestBackend(() => now);
  const r = await t.backend.dispatch({ name: 'setup.loadDemo', input: {} });
  expect(r.ok).toBe(true);
  db = openReadonly(t);
}, 60_000);
afterAll(() => {
  db.close();
  t.close();
});

interface Event {
  aanvraagId: number;
  event: string;
  fromState: string | null;
  toState: string;
  at: string;
}

const historie = () =>
  db
    .prepare(
      `SELECT id, state, ontvangen_op AS ontvangenOp, leerling_naam AS naam FROM aanvragen
       WHERE ontvangen_op < ? ORDER BY id`,
    )
    .all(addDays('2026-12-03', -100)) as {
    id: number;
    state: string;
    ontvangenOp: string;
    naam: string;
  }[];

describe('the demo history', () => {
  it('holds several hundred aanvragen over two school years, every one ended', () => {
    const rows = historie();
    expect(rows.length).toBeGreaterThan(250);
    expect(rows[0]?.ontvangenOp.slice(0, 7)).toBe('2024-08');
    const open = rows.filter(
      (r) =>
        !['gearchiveerd', 'verzonden', 'besloten_op_bezwaar', 'buiten_behandeling'].includes(
          r.state,
        ),
    );
    expect(open).toEqual([]);
  });

  it('follows the graph of §10 from registreer to the state of each aanvraag, day by day', () => {
    const events = db
      .prepare(
        `SELECT aanvraag_id AS aanvraagId, event, from_state AS fromState, to_state AS toState, at
         FROM workflow_events ORDER BY aanvraag_id, id`,
      )
      .all() as Event[];
    const byAanvraag = new Map<number, Event[]>();
    for (const e of events)
      byAanvraag.set(e.aanvraagId, [...(byAanvraag.get(e.aanvraagId) ?? []), e]);
    const edges = new Set(TRANSITIONS.map((tr) => `${tr.from}|${tr.event}|${tr.to}`));
    for (const a of historie()) {
      const list = byAanvraag.get(a.id) ?? [];
      expect(list[0]?.event, a.naam).toBe('registreer');
      expect(list[0]?.at.slice(0, 10)).toBe(a.ontvangenOp);
      for (let i = 1; i < list.length; i += 1) {
        const prev = list[i - 1] as Event;
        const e = list[i] as Event;
        expect(e.fromState, `${a.id} ${e.event}`).toBe(prev.toState);
        expect(edges.has(`${e.fromState}|${e.event}|${e.toState}`), `${a.id} ${e.event}`).toBe(
          true,
        );
        expect(e.at >= prev.at, `${a.id} ${e.event} after ${prev.event}`).toBe(true);
      }
      expect(list.at(-1)?.toState).toBe(a.state);
    }
  });

  it('numbers its TLVs without gaps per year, with the counter where they end, each in the register', () => {
    const tlvs = db
      .prepare(
        `SELECT volgnummer FROM besluiten WHERE volgnummer IS NOT NULL
         UNION ALL SELECT json_extract(herzien_besluit, '$.volgnummer') FROM bezwaren
         WHERE json_extract(herzien_besluit, '$.volgnummer') IS NOT NULL`,
      )
      .all() as { volgnummer: string }[];
    const perJaar = new Map<number, number[]>();
    for (const { volgnummer } of tlvs) {
      const m = /^PO2505-(\d{4})-(\d{4})$/.exec(volgnummer);
      expect(m, volgnummer).not.toBeNull();
      const jaar = Number(m?.[1]);
      perJaar.set(jaar, [...(perJaar.get(jaar) ?? []), Number(m?.[2])]);
    }
    const tellers = new Map(
      (
        db.prepare('SELECT jaar, laatste FROM volgnummer_tellers').all() as {
          jaar: number;
          laatste: number;
        }[]
      ).map((r) => [r.jaar, r.laatste]),
    );
    expect([...perJaar.keys()].sort()).toEqual([2024, 2025, 2026]);
    for (const [jaar, nummers] of perJaar) {
      const sorted = [...nummers].sort((x, y) => x - y);
      expect(sorted).toEqual(sorted.map((_, i) => i + 1));
      expect(tellers.get(jaar)).toBe(sorted.length);
    }
    const register = db.prepare('SELECT volgnummer FROM tlv_register').all() as {
      volgnummer: string;
    }[];
    expect(register.map((r) => r.volgnummer).sort()).toEqual(tlvs.map((r) => r.volgnummer).sort());
    // A revision after a gegrond bezwaar, and herindicaties linked to the TLV that ended.
    const links = db
      .prepare(
        `SELECT count(bezwaar_id) AS herzien, count(herindicatie_aanvraag_id) AS herindicaties
         FROM tlv_register`,
      )
      .get() as { herzien: number; herindicaties: number };
    expect(links.herzien).toBeGreaterThan(0);
    expect(links.herindicaties).toBeGreaterThan(0);
    const herindicatie = db
      .prepare(
        `SELECT r.leerling_naam AS tlvNaam, a.leerling_naam AS naam, a.soort, r.einddatum,
           a.ontvangen_op AS ontvangenOp
         FROM tlv_register r JOIN aanvragen a ON a.id = r.herindicatie_aanvraag_id`,
      )
      .all() as {
      tlvNaam: string;
      naam: string;
      soort: string;
      einddatum: string;
      ontvangenOp: string;
    }[];
    for (const h of herindicatie) {
      expect(h.naam).toBe(h.tlvNaam);
      expect(h.soort).toBe('herindicatie');
      expect(compareIsoDates(h.ontvangenOp, h.einddatum)).toBeLessThan(0);
    }
  });

  it('never assigns a deskundige to a school of their own board, and the first is a gedragsdeskundige', () => {
    const rows = db
      .prepare(
        `SELECT u.username, t.position, t.discipline, s.bestuur_id AS bestuurId
         FROM toewijzingen t JOIN deskundigen d ON d.id = t.deskundige_id
         JOIN users u ON u.id = d.user_id JOIN aanvragen a ON a.id = t.aanvraag_id
         JOIN scholen s ON s.id = a.school_id`,
      )
      .all() as { username: string; position: number; discipline: string; bestuurId: number }[];
    const besturen = (
      db.prepare('SELECT id FROM schoolbesturen ORDER BY id').all() as { id: number }[]
    ).map((r) => r.id);
    for (const r of rows) {
      const u = DEMO_USERS.find((x) => x.username === r.username);
      const eigen = (u?.deskundige?.bestuurIndexes ?? []).map((i) => besturen[i]);
      expect(eigen, `${r.username}`).not.toContain(r.bestuurId);
      if (r.position === 1) expect(['orthopedagoog', 'psycholoog']).toContain(r.discipline);
    }
  });

  it('gives no pupil of the history a namesake among the open aanvragen', () => {
    const open = db
      .prepare('SELECT leerling_naam AS naam FROM aanvragen WHERE ontvangen_op >= ?')
      .all(addDays('2026-12-03', -100)) as { naam: string }[];
    const namen = new Set(historie().map((r) => r.naam));
    expect(open.filter((o) => namen.has(o.naam))).toEqual([]);
  });

  it('shows every kind of figure in the reports of both school years', async () => {
    const sll = await login(t.backend, 'sll');
    const totaal = new Map<string, number>();
    for (const datum of ['2024-10-01', '2025-10-01']) {
      const r = (await sll.call('rapportage.kengetallen', {
        periode: { soort: 'schooljaar', datum },
      })) as { totaal: Record<string, number | null> };
      expect(r.totaal.besloten).toBeGreaterThan(100);
      for (const [k, v] of Object.entries(r.totaal))
        totaal.set(k, (totaal.get(k) ?? 0) + (typeof v === 'number' ? v : 0));
      expect(r.totaal.behaald).toBeGreaterThan(80);
      expect(r.totaal.behaald).toBeLessThan(100);
      expect(r.totaal.unaniem).toBeLessThan(100);
    }
    for (const k of [
      'afloop.tlv_afgegeven',
      'afloop.tlv_niet_afgegeven',
      'afloop.buiten_behandeling',
      'afloop.ingetrokken',
      'te_laat',
      'verdagingen',
      'bezwaren.gegrond',
      'bezwaren.ongegrond',
      'opschortingen.awb_4_15_1a',
      'opschortingen.awb_4_15_2a',
      'opschortingen.awb_4_15_2b',
      'opschortingen.awb_4_15_2c',
    ])
      expect(totaal.get(k), k).toBeGreaterThan(0);
  });

  it('counts an archived withdrawal as ingetrokken, on the day of its trek_in (a second count over the event log)', async () => {
    const sll = await login(t.backend, 'sll');
    const periode = { soort: 'vrij', van: '2024-08-01', tot: '2026-12-03' } as const;
    const r = (await sll.call('rapportage.kengetallen', { periode })) as {
      totaal: Record<string, number | null>;
    };
    const withdrawn = db
      .prepare(
        `SELECT a.state, w.at FROM workflow_events w JOIN aanvragen a ON a.id = w.aanvraag_id
         WHERE w.event = 'trek_in'`,
      )
      .all() as { state: string; at: string }[];
    expect(withdrawn.some((w) => w.state === 'gearchiveerd')).toBe(true);
    const inPeriode = withdrawn.filter((w) => {
      const d = toIsoDateFromInstant(w.at);
      return d >= periode.van && d <= periode.tot;
    });
    expect(r.totaal['afloop.ingetrokken']).toBe(inPeriode.length);
  });

  it('puts an archived withdrawal on the vernietigingslijst once its term has passed (§12)', async () => {
    const first = db
      .prepare(
        `SELECT a.referentie, w.at FROM workflow_events w JOIN aanvragen a ON a.id = w.aanvraag_id
         WHERE w.event = 'trek_in' AND a.state = 'gearchiveerd' ORDER BY w.at LIMIT 1`,
      )
      .get() as { referentie: string; at: string };
    // Three years (the default term) and a week after the withdrawal.
    now = new Date(`${addDays(toIsoDateFromInstant(first.at), 3 * 365 + 8)}T10:00:00.000Z`);
    try {
      const beheer = await login(t.backend, 'beheer');
      const lijst = (await beheer.call('bewaren.lijst', {})) as {
        rows: { referentie: string; uitkomst: string | null; status: string }[];
      };
      const row = lijst.rows.find((x) => x.referentie === first.referentie);
      expect(row).toBeDefined();
      expect(row?.uitkomst).toBeNull();
      expect(row?.status).toBe('te_vernietigen');
    } finally {
      now = NOW;
    }
  });
});
