import { createHash, randomInt } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../db/open';
import { createDocumentStore } from '../../documents/store';
import { verifyAuditChain } from '../audit';
import { blobKey, unwrapDatabaseKey } from './keys';
import { DATABASE_FILE, sizeOf, type Layout, type Manifest, type Verificatie } from './folder';

// Every backup is verified after writing, and again before it is restored: the copy opens with
// its key, passes quick_check, its audit chain is intact, its row counts equal the source's at the
// moment of the copy, every blob it names is there with its size, and a sample of them decrypts
// to the content its name promises (all of them before a restore).

/** Rows per table (every table, the text index's shadow tables and drizzle's journal included). */
export function rowCounts(sqlite: Database.Database, schema = 'main'): Record<string, number> {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const tables = sqlite
    .prepare(
      `SELECT name FROM ${q(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = sqlite
      .prepare(`SELECT count(*) FROM ${q(schema)}.${q(t)}`)
      .pluck()
      .get() as number;
  return counts;
}

export interface VerifyOptions {
  /** Decrypt every blob (before a restore) instead of a sample. */
  readonly alleDocumenten?: boolean;
  readonly nativeBinding?: string;
}

const SAMPLE = 12;

export function verifyGeneration(
  l: Layout,
  dir: string,
  m: Omit<Manifest, 'verificatie'>,
  bdk: Buffer,
  nowIso: string,
  options: VerifyOptions = {},
): Verificatie {
  const fout = (melding: string, documenten = 0): Verificatie => ({
    goed: false,
    at: nowIso,
    melding,
    documentenGecontroleerd: documenten,
  });
  const dbKey = unwrapDatabaseKey(m.databaseSleutel, bdk, m.id);
  if (dbKey === null) return fout('De sleutel van de databasekopie past niet.');
  let opened;
  try {
    opened = openDatabase({
      file: path.join(dir, DATABASE_FILE),
      key: dbKey,
      readonly: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch {
    return fout('De databasekopie opent niet of is beschadigd (quick_check).');
  }
  try {
    if (verifyAuditChain(opened.sqlite) !== null)
      return fout('De keten van het auditlog in de kopie klopt niet.');
    const counts = rowCounts(opened.sqlite);
    const differ = Object.keys({ ...counts, ...m.tellingen }).filter(
      (t) => counts[t] !== m.tellingen[t],
    );
    if (differ.length > 0)
      return fout(
        `Het aantal rijen in de kopie wijkt af van het origineel (${differ.length} tabellen).`,
      );
  } finally {
    opened.close();
  }
  const missing = m.blobs.filter(
    (b) => sizeOf(path.join(l.documenten, b.sha256.slice(0, 2), `${b.sha256}.bin`)) !== b.size,
  );
  if (missing.length > 0)
    return fout(
      `${missing.length} documenten ontbreken in de back-up of hebben de verkeerde grootte.`,
    );
  const store = createDocumentStore(l.documenten, blobKey(bdk));
  const sample = options.alleDocumenten === true ? m.blobs : pick(m.blobs, SAMPLE);
  let checked = 0;
  for (const b of sample) {
    let ok = false;
    try {
      ok = createHash('sha256').update(store.get(b.sha256)).digest('hex') === b.sha256;
    } catch {
      ok = false;
    }
    if (!ok) return fout('Een document in de back-up is niet te ontsleutelen.', checked);
    checked += 1;
  }
  return { goed: true, at: nowIso, melding: null, documentenGecontroleerd: checked };
}

function pick<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(randomInt(items.length));
  return [...chosen].map((i) => items[i] as T);
}
