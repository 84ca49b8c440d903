import type Database from 'better-sqlite3';

// Which aanvragen changed since a cache last looked (issue 12: the reports keep the facts of every
// aanvraag in memory and re-read only those that changed). Temporary triggers on this connection
// note the aanvraag of every row inserted, updated or deleted in the tables the facts come from, in
// a temporary table; a change of a school or board notes 0, "everything". They live only in this
// connection's memory (temp_store = MEMORY, db/open.ts), hold ids and nothing else, and roll back
// with the transaction that wrote: a change noted is a change committed. No write can pass them by,
// whichever service makes it. One writing connection per data folder (db/folder-lock.ts), so the
// connection's own writes are all there are.

/** The tables whose rows name an aanvraag in `aanvraag_id`, and the facts the reports read of them. */
const PER_AANVRAAG = [
  'besluiten',
  'opschortingen',
  'verdagingen',
  'bezwaren',
  'workflow_events',
  'tlv_register',
] as const;
/** A change to these changes what many aanvragen show (a school's name, its board). */
const OVERAL = ['scholen', 'schoolbesturen'] as const;

export const ALLES = 0;

function triggers(table: string, oldKey: string, newKey: string): string {
  const note = (v: string) => `INSERT OR IGNORE INTO temp.gewijzigde_aanvragen VALUES (${v});`;
  return [
    `CREATE TEMP TRIGGER IF NOT EXISTS gewijzigd_${table}_i AFTER INSERT ON main.${table}
       BEGIN ${note(newKey)} END;`,
    `CREATE TEMP TRIGGER IF NOT EXISTS gewijzigd_${table}_u AFTER UPDATE ON main.${table}
       BEGIN ${note(oldKey)} ${note(newKey)} END;`,
    `CREATE TEMP TRIGGER IF NOT EXISTS gewijzigd_${table}_d AFTER DELETE ON main.${table}
       BEGIN ${note(oldKey)} END;`,
  ].join('\n');
}

/** Starts noting changes on this connection (again: nothing happens). */
export function volgGewijzigdeAanvragen(sqlite: Database.Database): void {
  sqlite.exec(
    [
      'CREATE TEMP TABLE IF NOT EXISTS gewijzigde_aanvragen (aanvraag_id INTEGER PRIMARY KEY);',
      triggers('aanvragen', 'OLD.id', 'NEW.id'),
      ...PER_AANVRAAG.map((t) => triggers(t, 'OLD.aanvraag_id', 'NEW.aanvraag_id')),
      ...OVERAL.map((t) => triggers(t, String(ALLES), String(ALLES))),
    ].join('\n'),
  );
}

/**
 * The aanvragen changed since the last call, and forgets them: `alles` when a school or board
 * changed. Call inside the transaction that reads their facts, so nothing slips between.
 */
export function neemGewijzigdeAanvragen(sqlite: Database.Database): {
  alles: boolean;
  ids: number[];
} {
  const ids = sqlite
    .prepare('SELECT aanvraag_id FROM temp.gewijzigde_aanvragen ORDER BY aanvraag_id')
    .pluck()
    .all()
    .filter((v): v is number => typeof v === 'number');
  sqlite.prepare('DELETE FROM temp.gewijzigde_aanvragen').run();
  return { alles: ids.includes(ALLES), ids: ids.filter((id) => id !== ALLES) };
}
