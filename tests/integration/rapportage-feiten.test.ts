import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKey, openDatabase, type OpenedDatabase } from '../../db/open';
import { neemGewijzigdeAanvragen, volgGewijzigdeAanvragen } from '../../db/gewijzigde-aanvragen';
import type { ServiceContext } from '../../electron/core/context';
import { LOKALE_HERKOMST } from '../../electron/contract/envelope';
import { rapportageFeiten, verseRapportageFeiten } from '../../electron/services/rapportage-feiten';
import { client, login, startTestBackend, type TestBackend } from '../support/backend';

// Issue 12: the reports keep the facts of every aanvraag in memory and read again only those that
// changed (services/rapportage-feiten.ts, db/gewijzigde-aanvragen.ts). Whatever is written, in any
// table the facts come from and in any order, the kept facts must equal the facts read afresh:
// random writes on the demo (fast-check), a write rolled back, a write by another connection, and
// the backend reading them ahead after start so that a report reads only the change notes.

const now = new Date('2026-11-25T10:00:00Z');
let t: TestBackend;
let opened: OpenedDatabase;
let ctx: ServiceContext;

beforeAll(async () => {
  t = startTestBackend(() => now);
  await client(t.backend).call('setup.loadDemo', {});
  t.backend.close();
  opened = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
  ctx = {
    sqlite: opened.sqlite,
    db: opened.db,
    docs: {
      put: () => {
        throw new Error('no documents here');
      },
      get: () => {
        throw new Error('no documents here');
      },
      has: () => false,
      remove: () => undefined,
    },
    nowIso: now.toISOString(),
    today: '2026-11-25',
    audit: () => undefined,
    tx: (fn) => opened.sqlite.transaction(fn)(),
    indexDocuments: () => undefined,
    herkomst: LOKALE_HERKOMST,
  };
}, 60_000);

afterAll(() => {
  opened.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

const ids = (table: string): number[] =>
  opened.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];

const date = fc
  .integer({ min: 0, max: 900 })
  .map((n) => new Date(Date.UTC(2024, 7, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** One write as a service could make it, on a row picked by index among those that exist. */
type Write = (pick: number, d: string) => void;

const WRITES: Record<string, Write> = {
  ontvangen: (pick, d) => {
    const list = ids('aanvragen');
    run('UPDATE aanvragen SET ontvangen_op = ? WHERE id = ?', d, list[pick % list.length]);
  },
  state: (pick) => {
    const list = ids('aanvragen');
    const states = ['ontvangen', 'ingetrokken', 'gearchiveerd', 'verzonden'];
    run(
      'UPDATE aanvragen SET state = ? WHERE id = ?',
      states[pick % states.length],
      list[pick % list.length],
    );
  },
  gemeente: (pick) => {
    const list = ids('aanvragen');
    run('UPDATE aanvragen SET gemeente = ? WHERE id = ?', `G${pick % 5}`, list[pick % list.length]);
  },
  event: (pick, d) => {
    const list = ids('aanvragen');
    const events = ['adviezen_unaniem', 'adviezen_verschillend', 'trek_in', 'start_controle'];
    run(
      `INSERT INTO workflow_events (aanvraag_id, event, to_state, at) VALUES (?, ?, 'ingetrokken', ?)`,
      list[pick % list.length],
      events[pick % events.length],
      `${d}T09:00:00.000Z`,
    );
  },
  besluit: (pick, d) => {
    const list = ids('besluiten');
    if (list.length === 0) return;
    const uitkomsten = ['tlv_afgegeven', 'tlv_niet_afgegeven', 'buiten_behandeling'];
    run(
      'UPDATE besluiten SET besluitdatum = ?, uitkomst = ? WHERE id = ?',
      d,
      uitkomsten[pick % uitkomsten.length],
      list[pick % list.length],
    );
  },
  opschortingWeg: (pick) => {
    const list = ids('opschortingen');
    if (list.length > 0) run('DELETE FROM opschortingen WHERE id = ?', list[pick % list.length]);
  },
  opschortingErbij: (pick, d) => {
    const list = ids('aanvragen');
    const user = opened.sqlite.prepare('SELECT id FROM users LIMIT 1').pluck().get();
    run(
      `INSERT INTO opschortingen (aanvraag_id, grond, soort, start, term_werkdagen, term_end,
         resumed_on, toelichting, created_by, created_at)
       VALUES (?, 'awb_4_15_1a', 'overig', ?, 10, date(?, '+14 days'), NULL, 'Test', ?, ?)`,
      list[pick % list.length],
      d,
      d,
      user,
      now.toISOString(),
    );
  },
  opschortingHervat: (pick, d) => {
    const list = ids('opschortingen');
    if (list.length > 0)
      run(
        'UPDATE opschortingen SET resumed_on = max(start, ?) WHERE id = ?',
        d,
        list[pick % list.length],
      );
  },
  bezwaar: (pick, d) => {
    const list = ids('bezwaren');
    if (list.length === 0) return;
    run(
      `UPDATE bezwaren SET uitkomst = ?, beslist_op = ? WHERE id = ?`,
      pick % 2 === 0 ? 'gegrond' : 'ongegrond',
      d,
      list[pick % list.length],
    );
  },
  tlvEinde: (pick) => {
    const list = ids('tlv_register');
    if (list.length === 0) return;
    run(
      'UPDATE tlv_register SET einddatum = ? WHERE id = ?',
      `${2026 + (pick % 3)}-07-31`,
      list[pick % list.length],
    );
  },
  tlvIngetrokken: (pick, d) => {
    const list = ids('tlv_register');
    if (list.length > 0)
      run('UPDATE tlv_register SET ingetrokken_op = ? WHERE id = ?', d, list[pick % list.length]);
  },
  school: (pick) => {
    const list = ids('scholen');
    run('UPDATE scholen SET naam = ? WHERE id = ?', `School ${pick}`, list[pick % list.length]);
  },
  bestuur: (pick) => {
    const list = ids('schoolbesturen');
    run(
      'UPDATE schoolbesturen SET naam = ? WHERE id = ?',
      `Bestuur ${pick}`,
      list[pick % list.length],
    );
  },
  teruggedraaid: (pick, d) => {
    const list = ids('aanvragen');
    try {
      opened.sqlite.transaction(() => {
        run('UPDATE aanvragen SET ontvangen_op = ? WHERE id = ?', d, list[pick % list.length]);
        throw new Error('rolled back');
      })();
    } catch {
      // the write is gone, and so must its note be
    }
  },
};

function run(query: string, ...params: unknown[]): void {
  opened.sqlite.prepare(query).run(...params);
}

describe('the facts the reports keep', () => {
  it('equal the facts read afresh after any sequence of writes', () => {
    expect(rapportageFeiten(ctx)).toEqual(verseRapportageFeiten(ctx));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(WRITES)), fc.nat({ max: 10_000 }), date), {
          minLength: 1,
          maxLength: 6,
        }),
        (writes) => {
          for (const [name, pick, d] of writes) WRITES[name]?.(pick, d);
          expect(rapportageFeiten(ctx)).toEqual(verseRapportageFeiten(ctx));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('note a write that commits, not one that is rolled back', () => {
    rapportageFeiten(ctx);
    const [first] = ids('aanvragen');
    WRITES.teruggedraaid?.(0, '2025-01-01');
    expect(neemGewijzigdeAanvragen(opened.sqlite)).toEqual({ alles: false, ids: [] });
    run('UPDATE aanvragen SET gemeente = gemeente WHERE id = ?', first);
    run('UPDATE scholen SET naam = naam WHERE id = (SELECT min(id) FROM scholen)');
    expect(neemGewijzigdeAanvragen(opened.sqlite)).toEqual({ alles: true, ids: [first] });
    volgGewijzigdeAanvragen(opened.sqlite); // again: nothing doubles
    run('UPDATE aanvragen SET gemeente = gemeente WHERE id = ?', first);
    expect(neemGewijzigdeAanvragen(opened.sqlite)).toEqual({ alles: false, ids: [first] });
  });

  it('are read again in full when another connection wrote', () => {
    const kept = rapportageFeiten(ctx);
    const other = openDatabase({ file: t.dbPath, key: databaseKey(t.key), quickCheck: false });
    try {
      other.sqlite
        .prepare(
          `UPDATE aanvragen SET gemeente = 'Elders' WHERE id = (SELECT min(id) FROM aanvragen)`,
        )
        .run();
    } finally {
      other.close();
    }
    const now2 = rapportageFeiten(ctx);
    expect(now2).not.toBe(kept);
    expect(now2.find((r) => r.gemeente === 'Elders')).toBeDefined();
    expect(now2).toEqual(verseRapportageFeiten(ctx));
  });
});

describe('the backend', () => {
  it('reads the facts ahead after start: a report then reads only the change notes', async () => {
    opened.close();
    const statements: string[] = [];
    const b = startTestBackend(() => now, undefined);
    await client(b.backend).call('setup.loadDemo', {});
    b.backend.close();
    const { createBackend } = await import('../../electron/api/backend');
    const backend = createBackend({
      dbPath: b.dbPath,
      documentsDir: `${b.dir}/documents`,
      documentKey: b.key,
      now: () => now,
      logger: { error: () => undefined },
      reportWarmDelayMs: 0,
      traceSql: (s) => statements.push(s),
    });
    try {
      await backend.whenIdle();
      await new Promise((r) => setTimeout(r, 50));
      expect(statements.some((s) => s.includes('gewijzigde_aanvragen'))).toBe(true);
      const sll = await login(backend, 'sll');
      statements.length = 0;
      await sll.call('rapportage.kengetallen', {
        periode: { soort: 'schooljaar', datum: '2026-11-25' },
      });
      expect(statements.filter((s) => /from "aanvragen"/i.test(s))).toEqual([]);
      expect(statements.some((s) => s.includes('gewijzigde_aanvragen'))).toBe(true);
    } finally {
      backend.close();
      fs.rmSync(b.dir, { recursive: true, force: true });
    }
    opened = openDatabase({ file: t.dbPath, key: databaseKey(t.key) });
  });
});
