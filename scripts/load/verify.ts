import path from 'node:path';
import { databaseKey, openDatabase } from '../../db/open';
import { checkLedger, type LedgerCheck, type LedgerEntry } from './ledger';

// After the run, with the server stopped: every acknowledged write of the ledger looked up in the
// server's (encrypted) database, opened read-only with the run's key.

const QUERIES: Record<LedgerEntry['kind'], { sql: string; params: string[] }> = {
  aanvraag: {
    sql: 'SELECT COUNT(*) AS n FROM aanvragen WHERE leerling_naam = ?',
    params: ['naam'],
  },
  document: {
    sql: 'SELECT COUNT(*) AS n FROM documenten WHERE aanvraag_id = ? AND file_name = ?',
    params: ['aanvraagId', 'fileName'],
  },
  tick: {
    sql: "SELECT COUNT(*) AS n FROM checklist_ticks WHERE aanvraag_id = ? AND item_key = ? AND status = 'ok'",
    params: ['aanvraagId', 'itemKey'],
  },
  state: {
    sql: 'SELECT COUNT(*) AS n FROM aanvragen WHERE id = ? AND state = ?',
    params: ['aanvraagId', 'state'],
  },
  toewijzing: {
    sql: 'SELECT COUNT(*) AS n FROM toewijzingen WHERE aanvraag_id = ? AND position = ? AND deskundige_id = ? AND active = 1',
    params: ['aanvraagId', 'position', 'deskundigeId'],
  },
  advies: {
    sql: "SELECT COUNT(*) AS n FROM adviezen WHERE aanvraag_id = ? AND deskundige_id = ? AND status = 'ingediend' AND onderbouwing = ?",
    params: ['aanvraagId', 'deskundigeId', 'onderbouwing'],
  },
  eindadvies: {
    sql: "SELECT COUNT(*) AS n FROM eindadviezen WHERE aanvraag_id = ? AND status = 'ingediend'",
    params: ['aanvraagId'],
  },
  besluit: {
    sql: 'SELECT COUNT(*) AS n FROM besluiten WHERE aanvraag_id = ? AND volgnummer IS ?',
    params: ['aanvraagId', 'volgnummer'],
  },
};

export function verifyLedger(
  dir: string,
  key: Buffer,
  entries: readonly LedgerEntry[],
): LedgerCheck {
  const { sqlite, close } = openDatabase({
    file: path.join(dir, 'tla.sqlite'),
    key: databaseKey(key),
    readonly: true,
  });
  try {
    const statements = new Map(
      Object.entries(QUERIES).map(([kind, q]) => [
        kind,
        { stmt: sqlite.prepare(q.sql), params: q.params },
      ]),
    );
    return checkLedger(entries, (entry) => {
      const q = statements.get(entry.kind);
      if (q === undefined) return 0;
      const values = q.params.map((p) => {
        const v = entry.facts[p];
        return entry.kind === 'besluit' && p === 'volgnummer' && v === '' ? null : v;
      });
      const n = (q.stmt.get(...values) as { n: number }).n;
      // An aanvraag found once must be the one acknowledged (its id).
      if (entry.kind === 'aanvraag' && n === 1) {
        const row = sqlite
          .prepare('SELECT id FROM aanvragen WHERE leerling_naam = ?')
          .get(entry.facts.naam) as { id: number };
        return row.id === entry.facts.id ? 1 : 0;
      }
      return n;
    });
  } finally {
    close();
  }
}
