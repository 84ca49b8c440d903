import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { databaseKey, openDatabase } from '../../db/open';
import { login } from '../support/backend';
import { searchBench } from './search';
import { demoWith50k, reopened } from './seed';
import { integrityBench } from './integrity';
import { measure, type Stat } from './stats';
import { viewerBench, type ViewerBench } from './viewer';
import { backupBench } from './backup';
import { exportBench } from './export';
import { rapportageBench } from './rapportage';
import { rapportageSchermBench } from './rapportage-scherm';
import { tlsBench } from './tls';

// `npm run bench`: timings against quality-goals.md with 50,000 aanvragen (P1, P2, P7, P8); then P2
// in Chromium, a keystroke in the search box of Mijn werk and Alle aanvragen with 50,000 aanvragen
// (tests/bench/search.ts); then the dossier viewer and text index with a 200-page PDF in Chromium
// next to pdf.js's own PDFViewer (P4, P5; tests/bench/viewer.ts). Prints a table and writes
// test-results/bench.json (p50, p95, max, runs, ratios, versions, CPU). Never part of `npm test`.
// The Chromium parts serve the built renderer (TLA_RENDERER_DIR or dist/renderer; built when
// missing); the viewer on TLA_BENCH_PORT (4842) and +1. TLA_BENCH_BACKEND=0, TLA_BENCH_SEARCH=0
// and TLA_BENCH_VIEWER=0 skip a part (each takes a few minutes) while working on another.

async function backendBench(): Promise<Stat[]> {
  const t = await demoWith50k();
  const results: Stat[] = [];
  results.push(
    await measure('P1', 'backend ready: open, quick_check, migrations (50k)', 300, 10, () =>
      openDatabase({ file: t.dbPath, key: databaseKey(t.key) }).close(),
    ),
  );

  // Issue 11: the checks at start and the background check (TLA_BENCH_INTEGRITY=0 skips them).
  if (process.env.TLA_BENCH_INTEGRITY !== '0') results.push(...(await integrityBench(t)));

  const backend = await reopened(t);
  const sll = await login(backend, 'sll');
  results.push(await measure('P8', 'login (Argon2id verify)', 500, 5, () => login(backend, 'sll')));
  results.push(
    await measure('P2', 'werk.mijn secretaris, first page of 200 (50k)', 10, 50, () =>
      sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 0, limit: 200 }),
    ),
  );
  results.push(
    await measure('P2', 'werk.mijn secretaris, deep page (offset 10,000)', 10, 50, () =>
      sll.call('werk.mijn', { role: 'secretaris', search: '', offset: 10_000, limit: 200 }),
    ),
  );
  // Searches: each run a text that neither contains nor is contained in the one before, so every
  // run is a first search (nothing kept from the run before; services/aanvraag-lijst.ts). The
  // keystroke as a user types, with what the last one kept, is in the Chromium part (search.ts).
  const fresh = (texts: readonly string[]) => {
    let i = 0;
    return () => texts[i++ % texts.length] as string;
  };
  const pupils = fresh(['Emma', 'Daan', 'Julia', 'Noah', 'Tess']);
  results.push(
    await measure('P2', "werk.mijn secretaris, search a pupil's name ('Emma'…, 50k)", 10, 50, () =>
      sll.call('werk.mijn', { role: 'secretaris', search: pupils(), offset: 0, limit: 200 }),
    ),
  );
  const schools = fresh(['Wegwijzer', 'Regenboog', 'Kompas', 'Vlinder', 'Klimop']);
  results.push(
    await measure('P2', "werk.mijn secretaris, search a school ('Wegwijzer'…, 50k)", 10, 50, () =>
      sll.call('werk.mijn', { role: 'secretaris', search: schools(), offset: 0, limit: 200 }),
    ),
  );
  results.push(
    await measure('P2', 'aanvragen.zoek, first page of 200 (50k, newest first)', 10, 50, () =>
      sll.call('aanvragen.zoek', { offset: 0, limit: 200 }),
    ),
  );
  results.push(
    await measure('P2', 'aanvragen.zoek, deep page (offset 10,000)', 10, 50, () =>
      sll.call('aanvragen.zoek', { offset: 10_000, limit: 200 }),
    ),
  );
  // A search per kind the box takes: a pupil's name (5,000 match), a school (about 4,000), a
  // kenmerk and a volgnummer (a few), a text nothing matches (every row read), one letter (all).
  const kinds: [string, string[]][] = [
    ["a pupil's name", ['Emma', 'Daan', 'Julia', 'Noah', 'Tess']],
    ['a school', ['Wegwijzer', 'Regenboog', 'Kompas', 'Vlinder', 'Klimop']],
    ['a kenmerk', ['BENCH-4711', 'BENCH-1234', 'BENCH-2222', 'BENCH-3999', 'BENCH-31']],
    ['a volgnummer', ['PO2505-2025-0012', 'PO2505-2024-0047', 'PO2505-2026-0999']],
    ['nothing matches', ['zzz', 'qqq', 'xyx']],
    ['one letter', ['e', 'a', 'n']],
  ];
  for (const [kind, texts] of kinds) {
    const text = fresh(texts);
    results.push(
      await measure('P2', `aanvragen.zoek, search ${kind} ('${texts[0]}'…, 50k)`, 10, 30, () =>
        sll.call('aanvragen.zoek', { search: text(), offset: 0, limit: 200 }),
      ),
    );
  }
  const again = fresh(['Emma', 'Daan', 'Julia', 'Noah', 'Tess']);
  results.push(
    await measure(
      'P2',
      "aanvragen.zoek, a pupil's name with the states verzonden and a period",
      10,
      30,
      () =>
        sll.call('aanvragen.zoek', {
          search: again(),
          states: ['verzonden', 'buiten_behandeling'],
          ontvangenVan: '2024-06-01',
          ontvangenTot: '2025-05-31',
          offset: 0,
          limit: 200,
        }),
    ),
  );
  const ortho = await login(backend, 'ortho1');
  // Polled by every deskundige (issue 13); was ~40 s with 50,000 before its subquery stopped naming
  // the outer row.
  results.push(
    await measure('P2', 'werk.mijn deskundige (50k)', 10, 50, () =>
      ortho.call('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 50 }),
    ),
  );
  const row = (
    await ortho.call('werk.mijn', { role: 'deskundige', search: '', offset: 0, limit: 50 })
  ).rows.find((r) => r.state === 'in_advies');
  if (row) {
    results.push(
      await measure('P7', 'advies.saveDraft (transaction + audit, synchronous=FULL)', 20, 50, () =>
        ortho.call('advies.saveDraft', {
          aanvraagId: row.id,
          conclusie: 'toelaatbaar',
          schoolsoort: 'SBO',
          categorie: null,
          ingangsdatum: '2026-08-01',
          einddatum: '2028-07-31',
          onderbouwing: 'Concept',
          doelen: '',
          contextAdvies: '',
          vragen: null,
        }),
      ),
    );
  }
  backend.close();
  t.close();
  return results;
}

async function main(): Promise<void> {
  const results: Stat[] = process.env.TLA_BENCH_BACKEND === '0' ? [] : await backendBench();
  const notes: Record<string, unknown> = {};
  if (process.env.TLA_BENCH_SEARCH !== '0') {
    const search = await searchBench();
    results.push(...search.stats);
    notes.search = search.notes;
  }
  // Issue 12: the reports with 50,000 aanvragen (TLA_BENCH_RAPPORTAGE=0 skips them).
  if (process.env.TLA_BENCH_RAPPORTAGE !== '0') results.push(...(await rapportageBench()));
  // The first report screen in Chromium (TLA_BENCH_RAPPORTAGE_SCHERM=0 skips it).
  if (process.env.TLA_BENCH_RAPPORTAGE_SCHERM !== '0')
    results.push(...(await rapportageSchermBench()));
  // Issue 11: backup and restore times (TLA_BENCH_BACKUP=0 skips them).
  if (process.env.TLA_BENCH_BACKUP !== '0') results.push(...(await backupBench()));
  // Issue 12: exports of 50,000 rows (TLA_BENCH_EXPORT=0 skips them).
  if (process.env.TLA_BENCH_EXPORT !== '0') {
    const exports = await exportBench();
    results.push(...exports.stats);
    notes.export = exports.notes;
  }
  let viewer: ViewerBench | null = null;
  if (process.env.TLA_BENCH_VIEWER !== '0') {
    viewer = await viewerBench();
    results.push(...viewer.stats);
  }
  // Issue 13: the server over TLS on loopback (TLA_BENCH_TLS=0 skips it; TLA_BENCH_TLS_BACKEND=0
  // skips its 50k part and keeps the viewer from the server).
  let tls: Awaited<ReturnType<typeof tlsBench>> | null = null;
  if (process.env.TLA_BENCH_TLS !== '0') {
    tls = await tlsBench();
    results.push(...tls.stats);
  }

  const fmt = (n: number) => n.toFixed(2).padStart(9);
  process.stdout.write(
    `${'id'.padEnd(4)} ${'what'.padEnd(72)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'max ms'.padStart(9)} ${'goal'.padStart(6)} ${'runs'.padStart(5)}\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.id.padEnd(4)} ${r.what.padEnd(72)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.max)} ${String(r.goalMs ?? '—').padStart(6)} ${String(r.runs).padStart(5)}\n`,
    );
  }
  if (viewer !== null) {
    process.stdout.write(`\nours / pdf.js PDFViewer (goal ≤ 1.0)\n`);
    for (const r of viewer.ratios) {
      process.stdout.write(
        `  ${r.what.padEnd(56)} p50 ${r.ratioP50.toFixed(2)}  p95 ${r.ratioP95.toFixed(2)}  (${r.ours.toFixed(0)} / ${r.theirs.toFixed(0)} ms)\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(viewer.notes)}\n`);
  }
  if (tls !== null) {
    process.stdout.write(`\nover TLS: ours / pdf.js PDFViewer (goal ≤ 1.0)\n`);
    for (const r of tls.ratios) {
      process.stdout.write(
        `  ${r.what.padEnd(56)} p50 ${r.ratioP50.toFixed(2)}  p95 ${r.ratioP95.toFixed(2)}  (${r.ours.toFixed(0)} / ${r.theirs.toFixed(0)} ms)\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(tls.notes)}\n`);
  }
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(
    'test-results/bench.json',
    JSON.stringify(
      {
        when: new Date().toISOString(),
        node: process.version,
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        chromium: viewer === null ? null : viewerChromium(),
        results,
        ratios: [...(viewer?.ratios ?? []), ...(tls?.ratios ?? [])],
        notes: { ...notes, ...(viewer?.notes ?? {}), ...(tls?.notes ?? {}) },
      },
      null,
      2,
    ),
  );
}

function viewerChromium(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(
      `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(1);
  },
);
