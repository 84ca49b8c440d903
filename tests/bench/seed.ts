import { databaseKey, openDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { client, startTestBackend, type TestBackend } from '../support/backend';

// 50,000 aanvragen on top of the demo (quality goals P1, P2, P7): the backend bench and the search
// bench in Chromium seed the same set (and tests/integration/alle-aanvragen.test.ts a smaller one). They are spread over the demo's schools (so a school name
// finds some, not all) and over eight states; the decided ones (verzonden, gearchiveerd) have a
// besluit with a TLV volgnummer, so the search on volgnummer has something to find.

export const SEED_COUNT = 50_000;

const STATES = [
  'ontvangen',
  'in_controle',
  'te_verdelen',
  'in_advies',
  'eindadvies_in_opmaak',
  'ter_besluitvorming',
  'verzonden',
  'gearchiveerd',
] as const;
const DECIDED = new Set<string>(['verzonden', 'gearchiveerd']);
const NAMES = ['Emma', 'Daan', 'Sem', 'Julia', 'Noah', 'Tess', 'Finn', 'Mila', 'Levi', 'Sara'];

/** The volgnummer the seed gives the decided aanvraag number `i` (PO2505-<year>-<seq>). */
export function seedVolgnummer(i: number): string {
  return `PO2505-${2024 + (i % 3)}-${String(i + 1).padStart(6, '0')}`;
}

/** `count` aanvragen on top of the demo in the (closed) database at `dbPath`. */
export function seedAanvragen(dbPath: string, key: Buffer, count: number): void {
  const { sqlite, close } = openDatabase({ file: dbPath, key: databaseKey(key) });
  const template = sqlite.prepare('SELECT * FROM aanvragen LIMIT 1').get() as Record<
    string,
    unknown
  >;
  const schoolIds = (
    sqlite.prepare('SELECT id FROM scholen ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
  const directeur = (
    sqlite.prepare(`SELECT id FROM users WHERE username = 'directeur'`).get() as { id: number }
  ).id;
  const insert = sqlite.prepare(
    `INSERT INTO aanvragen (referentie, soort, state, leerling_naam, leerling_geboortedatum, groep, woonplaats, school_id, schoolsoort,
       categorie, ouders_naam, ouders_adres, ouders_postcode, ouders_plaats, ouders_akkoord, ontvangen_op, created_by, updated_at)
     VALUES (?, 'zij_instroom', ?, ?, '2016-01-01', 5, 'Ede', ?, 'SBO', NULL, 'Fam. X', 'Straat 1', '6711 AA', 'Ede', 1, ?, ?, ?)`,
  );
  const besluit = sqlite.prepare(
    `INSERT INTO besluiten (aanvraag_id, uitkomst, volgnummer, besluitdatum, schoolsoort, begindatum, einddatum,
       directeur_user_id, signed_at, verzonden_op)
     VALUES (?, 'tlv_afgegeven', ?, ?, 'SBO', ?, '2027-07-31', ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const day = new Date(Date.UTC(2024, 0, 1) + (i % 900) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const state = STATES[i % STATES.length] as string;
      const id = Number(
        insert.run(
          `BENCH-${i}`,
          state,
          `${NAMES[i % NAMES.length]} Bench${i}`,
          schoolIds[i % schoolIds.length] ?? template.school_id,
          day,
          template.created_by,
          day,
        ).lastInsertRowid,
      );
      if (DECIDED.has(state))
        besluit.run(id, seedVolgnummer(i), day, day, directeur, `${day}T12:00:00.000Z`, day);
    }
  })();
  close();
}

export function seed50k(dbPath: string, key: Buffer): void {
  seedAanvragen(dbPath, key, SEED_COUNT);
}

/** The demo and 50,000 aanvragen in a fresh test database, closed: open it with `reopened`. */
export async function demoWith50k(): Promise<TestBackend> {
  const t = startTestBackend();
  await client(t.backend).call('setup.loadDemo', {});
  t.backend.close();
  seed50k(t.dbPath, t.key);
  return t;
}

/**
 * A backend on the seeded database, once the demo's documents are indexed again after the restart
 * (their text goes in on the main thread, and each batch is a write): what is measured then runs
 * alone, as on a quiet app.
 */
export async function reopened(t: TestBackend): Promise<Backend> {
  const backend = createBackend({
    dbPath: t.dbPath,
    documentsDir: `${t.dir}/documents`,
    documentKey: t.key,
    logger: { error: () => undefined },
  });
  await backend.whenIdle();
  return backend;
}
