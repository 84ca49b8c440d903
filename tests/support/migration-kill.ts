import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { build } from 'esbuild';
import { openDatabase } from '../../db/open';
import { insertSeed, type SeedInput } from './migration-seed';
import {
  appliedMigrations,
  contentDigest,
  createAtVersion,
  MIGRATIONS_DIR,
  schemaOf,
  type SchemaObject,
} from './migrations';

// The machinery of the migration kill tests (issue 11), shared by tests/integration/migrations.test.ts
// (a short run in `npm test`) and tests/torture/migrations.ts (every statement, many moments): a
// database at an old schema with many rows, a child that migrates it (bundled once with esbuild, so
// a start takes a fraction of a second), a SIGKILL at a chosen statement or after a chosen delay,
// and the check that what is left is exactly the old version or exactly the new one.

const ROOT = process.cwd();

/** Bundles tests/support/migration-kill-child.ts into `outDir`; returns the script to run. */
export async function bundleKillChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'migration-kill-child.cjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['tests/support/migration-kill-child.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
    external: ['better-sqlite3'],
  });
  return outfile;
}

/**
 * Many rows in the columns schema 0000 already had (so they fit every schema): `scale` aanvragen,
 * each with two documents, two assignments, two submitted advices and two workflow events. The data
 * migrations (0005's advice → assignment, 0007's index progress) and the new indexes then have work.
 */
export function insertBulk(sqlite: Database.Database, scale: number): void {
  const series = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${scale})`;
  const a = (i: string) => `(1000 + ${i})`;
  sqlite.transaction(() => {
    sqlite.exec(`
      INSERT INTO aanvragen (id, referentie, soort, state, leerling_naam, leerling_geboortedatum,
        groep, woonplaats, school_id, schoolsoort, categorie, ouders_naam, ouders_adres,
        ouders_postcode, ouders_plaats, ouders_akkoord, ontvangen_op, created_by, created_at, updated_at)
      ${series} SELECT ${a('i')}, 'TLV-2025-' || printf('%05d', i), 'zij_instroom', 'in_advies',
        'Leerling ' || i, '2016-01-01', 5, 'Ede', 1, 'SO', 'midden', 'Fam. ' || i, 'Straat ' || i,
        '6711 AA', 'Ede', 1, '2025-09-01', 1, '2025-09-01T08:00:00.000Z', '2025-09-01T08:00:00.000Z'
      FROM n;
      INSERT INTO documenten (id, aanvraag_id, kind, file_name, document_date, sha256, size,
        page_count, created_by, created_at)
      ${series}, d(j) AS (VALUES (0), (1)) SELECT 1000 + i * 2 + j, ${a('i')},
        CASE j WHEN 0 THEN 'opp' ELSE 'lvs' END, 'bijlage-' || i || '-' || j || '.pdf', '2025-08-20',
        printf('%064x', i * 2 + j), 40000 + i, 4, 1, '2025-09-01T08:00:00.000Z'
      FROM n, d;
      INSERT INTO toewijzingen (id, aanvraag_id, position, deskundige_id, discipline, active,
        assigned_by, created_at)
      ${series}, d(j) AS (VALUES (1), (2)) SELECT 1000 + i * 2 + j, ${a('i')}, j, j,
        CASE j WHEN 1 THEN 'orthopedagoog' ELSE 'psycholoog' END, 1, 1, '2025-09-02T08:00:00.000Z'
      FROM n, d;
      INSERT INTO adviezen (id, aanvraag_id, deskundige_id, position, version, status, conclusie,
        schoolsoort, categorie, ingangsdatum, einddatum, onderbouwing, doelen, context_advies,
        signed_naam, signed_discipline, signed_registratie, submitted_at)
      ${series}, d(j) AS (VALUES (1), (2)) SELECT 1000 + i * 2 + j, ${a('i')}, j, j, 1, 'ingediend',
        'toelaatbaar', 'SO', 'midden', '2025-11-01', '2027-07-31',
        'Onderbouwing bij aanvraag ' || i || ': een kleine groep met veel structuur.',
        'Zelfstandig werken.', 'Jaarlijks evalueren.', 'Deskundige ' || j, 'orthopedagoog',
        'NVO ' || j, '2025-10-01T08:00:00.000Z'
      FROM n, d;
      INSERT INTO workflow_events (aanvraag_id, event, from_state, to_state, actor_user_id, at)
      ${series}, d(j) AS (VALUES (0), (1)) SELECT ${a('i')},
        CASE j WHEN 0 THEN 'registreer' ELSE 'wijs_toe' END,
        CASE j WHEN 0 THEN NULL ELSE 'te_verdelen' END,
        CASE j WHEN 0 THEN 'ontvangen' ELSE 'in_advies' END, 1, '2025-09-0' || (j + 1) || 'T08:00:00.000Z'
      FROM n, d;
    `);
  })();
}

/** A version of a database: its schema, the migrations drizzle recorded, and its rows. */
export interface Version {
  readonly schema: SchemaObject[];
  readonly applied: { hash: string; when: number }[];
  readonly content: Record<string, string>;
}

export function versionOf(sqlite: Database.Database): Version {
  return {
    schema: schemaOf(sqlite),
    applied: appliedMigrations(sqlite),
    content: contentDigest(sqlite),
  };
}

/**
 * A database at schema k with the seed and `scale` bulk aanvragen, checkpointed into one file; and
 * the version it is, and the version it becomes when the app migrates it (found on a copy).
 */
export function makeOldDatabase(
  file: string,
  key: Buffer,
  k: number,
  scale: number,
  seed: SeedInput,
): { old: Version; migrated: Version } {
  const opened = createAtVersion(file, key, k);
  insertSeed(opened.sqlite, seed);
  insertBulk(opened.sqlite, scale);
  opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const old = versionOf(opened.sqlite);
  opened.close();
  const copy = `${file}.reference`;
  fs.copyFileSync(file, copy);
  const ref = openDatabase({ file: copy, key });
  const migrated = versionOf(ref.sqlite);
  ref.close();
  removeDatabase(copy);
  return { old, migrated };
}

export function removeDatabase(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    fs.rmSync(f, { force: true });
}

export type ChildEnd =
  | { readonly kind: 'killed'; readonly afterMigrating: boolean }
  | {
      readonly kind: 'done';
      readonly statements: string[];
      readonly migratingAt: number | null;
      /** From the backup hook to the end of the open, as the parent saw it. */
      readonly migrateMs: number | null;
    }
  | { readonly kind: 'failed'; readonly code: number | null; readonly stderr: string };

/**
 * Runs the child on `file`: it migrates with every migration in `migrationsDir`. `stopAt`: kill it
 * when it is about to run that statement (1-based, as counted by `verbose`); `killAfterMs`: kill it
 * that long after the migrations started. Neither: let it finish and return what it ran.
 */
export function runKillChild(
  script: string,
  file: string,
  key: Buffer,
  options: { stopAt?: number; killAfterMs?: number; migrationsDir?: string } = {},
): Promise<ChildEnd> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        script,
        file,
        key.toString('hex'),
        options.migrationsDir ?? MIGRATIONS_DIR,
        String(options.stopAt ?? 0),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    let migratingAt: number | null = null;
    let migratingSince = 0;
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith('MIGRATING ')) {
          migratingAt = Number(line.slice(10));
          migratingSince = performance.now();
          if (options.killAfterMs !== undefined) setTimeout(kill, options.killAfterMs);
        } else if (line.startsWith('AT ')) kill();
        else if (line.startsWith('DONE '))
          resolve({
            kind: 'done',
            statements: JSON.parse(line.slice(5)) as string[],
            migratingAt,
            migrateMs: migratingAt === null ? null : performance.now() - migratingSince,
          });
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed)
        resolve({ kind: 'killed', afterMigrating: migratingAt !== null });
      else if (code !== 0) resolve({ kind: 'failed', code, stderr: err.slice(0, 2000) });
    });
  });
}

/**
 * What a killed migration left, read WITHOUT migrating (a read-only open: quick_check runs in it):
 * 'old' or 'new' when schema, recorded migrations and every row are exactly one of the two; else a
 * description of the mix.
 */
export function classify(
  file: string,
  key: Buffer,
  old: Version,
  migrated: Version,
): 'old' | 'new' | string {
  const opened = openDatabase({ file, key, readonly: true });
  let now: Version;
  try {
    now = versionOf(opened.sqlite);
  } finally {
    opened.close();
  }
  const same = (a: Version, b: Version) =>
    JSON.stringify(a.schema) === JSON.stringify(b.schema) &&
    JSON.stringify(a.applied) === JSON.stringify(b.applied) &&
    JSON.stringify(a.content) === JSON.stringify(b.content);
  if (same(now, old)) return 'old';
  if (same(now, migrated)) return 'new';
  const differs = (a: Version) =>
    Object.keys({ ...a.content, ...now.content }).filter((t) => a.content[t] !== now.content[t]);
  return `a mix: ${now.applied.length} migrations recorded, schema objects ${now.schema.length} (old ${old.schema.length}, new ${migrated.schema.length}); tables differing from old: ${differs(old).join(', ')}; from new: ${differs(migrated).join(', ')}`;
}
