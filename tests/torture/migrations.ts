// `npm run torture:migrations` (issue 11): a kill during a migration leaves the old or the new
// version, never a mix — the long form of the test in tests/integration/migrations.test.ts. Not part
// of `npm test`.
//
// For every released schema k before the newest (or the ones given), a database at k with the seed
// and `--scale` bulk aanvragen is migrated by a child process (the app's openDatabase) that is
// SIGKILLed before EVERY statement it runs after the backup hook, and at `--moments` random moments
// during the migration. After each kill the database is read without migrating and must be exactly
// the old version or exactly the migrated one (schema, the migrations drizzle recorded, every row of
// every table); then the app's open must migrate it to the newest. It prints the figures and exits
// with 1 on any mix.
//
//   npm run torture:migrations -- [--from 0,5] [--scale 400] [--moments 30] [--seed 7] [--keep]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databaseKey, openDatabase } from '../../db/open';
import {
  bundleKillChild,
  classify,
  makeOldDatabase,
  removeDatabase,
  runKillChild,
  versionOf,
} from '../support/migration-kill';
import type { SeedInput } from '../support/migration-seed';
import { readJournal, tmpDir } from '../support/migrations';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}
const NEWEST = readJournal().length - 1;
const fromArg = process.argv.indexOf('--from');
const FROM =
  fromArg >= 0
    ? (process.argv[fromArg + 1] ?? '').split(',').map(Number)
    : Array.from({ length: NEWEST }, (_, k) => k);
const SCALE = arg('scale', 400);
const MOMENTS = arg('moments', 30);
const SEED = arg('seed', Math.floor(Math.random() * 1_000_000));
const KEEP = process.argv.includes('--keep');
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Deterministic randomness for the kill moments (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fakeBlob = (n: number) => ({ sha256: n.toString(16).padStart(64, 'b'), size: 2000 + n });
const SEED_ROWS: SeedInput = {
  blobs: {
    opp: fakeBlob(1),
    lvs: fakeBlob(2),
    brief: fakeBlob(3),
    notulen: fakeBlob(4),
    verklaring: fakeBlob(5),
    avgBrief: fakeBlob(6),
  },
  passwordHash:
    '$argon2id$v=19$m=65536,t=3,p=1$dG9ydHVyZXRvcnR1cmU$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
};

async function main(): Promise<void> {
  if (FROM.some((k) => !Number.isInteger(k) || k < 0 || k >= NEWEST))
    throw new Error(`--from takes schemas 0 to ${NEWEST - 1}`);
  const rnd = random(SEED);
  const work = tmpDir('torture-migrations');
  const key = databaseKey(randomBytes(32));
  const script = await bundleKillChild(work);
  log(
    `Migration kills: schemas ${FROM.join(',')} → ${NEWEST}, ${SCALE} bulk aanvragen, ${MOMENTS} moments each, seed ${SEED}`,
  );
  const totals = { kills: 0, old: 0, new: 0, mixes: 0, finished: 0, failures: 0 };
  const t0 = performance.now();
  for (const k of FROM) {
    const oldFile = path.join(work, `old-${k}.sqlite`);
    const { old, migrated } = makeOldDatabase(oldFile, key, k, SCALE, SEED_ROWS);
    const file = path.join(work, `run-${k}.sqlite`);
    fs.copyFileSync(oldFile, file);
    const full = await runKillChild(script, file, key);
    removeDatabase(file);
    if (full.kind !== 'done' || full.migratingAt === null || full.migrateMs === null)
      throw new Error(`schema ${k}: the child did not migrate (${JSON.stringify(full)})`);
    // The moments spread over the child's own migration time (as this process saw it).
    const migrateMs = full.migrateMs;
    const commit = full.statements.indexOf('COMMIT') + 1;
    const rounds: { stopAt?: number; killAfterMs?: number }[] = [];
    for (let i = full.migratingAt + 1; i <= full.statements.length; i += 1)
      rounds.push({ stopAt: i });
    for (let i = 0; i < MOMENTS; i += 1)
      rounds.push({ killAfterMs: Math.round(rnd() * migrateMs * 1.3) });
    const per = { old: 0, new: 0, mixes: 0 };
    for (const [n, round] of rounds.entries()) {
      fs.copyFileSync(oldFile, file);
      const end = await runKillChild(script, file, key, round);
      if (end.kind === 'failed') {
        totals.failures += 1;
        log(`  schema ${k}: the child failed (${end.code}): ${end.stderr.split('\n')[0]}`);
      }
      if (end.kind === 'done') totals.finished += 1;
      else totals.kills += 1;
      const left = classify(file, key, old, migrated);
      const expected = round.stopAt === undefined ? null : round.stopAt <= commit ? 'old' : 'new';
      if (left === 'old' || left === 'new') per[left] += 1;
      if ((left !== 'old' && left !== 'new') || (expected !== null && left !== expected)) {
        per.mixes += 1;
        log(`  MIX schema ${k} round ${n} ${JSON.stringify(round)}: ${left}`);
        if (KEEP) fs.copyFileSync(file, path.join(work, `mix-${k}-${n}.sqlite`));
      }
      const reopened = openDatabase({ file, key });
      const now = versionOf(reopened.sqlite);
      reopened.close();
      if (JSON.stringify(now) !== JSON.stringify(migrated)) {
        per.mixes += 1;
        log(`  schema ${k} round ${n}: the open after the kill did not reach the migrated version`);
      }
      removeDatabase(file);
    }
    totals.old += per.old;
    totals.new += per.new;
    totals.mixes += per.mixes;
    log(
      `  from ${k}: ${rounds.length} rounds (${full.statements.length - full.migratingAt} statements, ${MOMENTS} moments; migration ${Math.round(migrateMs)} ms): old ${per.old}, new ${per.new}, mixes ${per.mixes}`,
    );
    removeDatabase(oldFile);
  }
  log(
    `Done in ${Math.round((performance.now() - t0) / 1000)} s: ${totals.kills} kills (${totals.finished} children finished before their kill), old ${totals.old}, new ${totals.new}, mixes ${totals.mixes}, child failures ${totals.failures}.`,
  );
  if (!KEEP) fs.rmSync(work, { recursive: true, force: true });
  else log(`Kept: ${work}`);
  process.exit(totals.mixes > 0 || totals.failures > 0 ? 1 : 0);
}

void main();
