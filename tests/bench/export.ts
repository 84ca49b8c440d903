import { performance } from 'node:perf_hooks';
import { login } from '../support/backend';
import { demoWith50k, reopened } from './seed';
import { measure, type Stat } from './stats';

// Issue 12 · exports (Measure: the XLSX of the whole register ≤ 5 s with progress shown). Until
// the register's bron lands, the largest list is Alle aanvragen: the demo and 50,000 aanvragen,
// unfiltered, through the procedure (the list read once, the tables built, the file written,
// the audit row, base64 for the transport), as XLSX and as CSV. TLA_BENCH_EXPORT=0 skips it.

export async function exportBench(): Promise<{ stats: Stat[]; notes: Record<string, unknown> }> {
  const t = await demoWith50k();
  const backend = await reopened(t);
  const sll = await login(backend, 'sll');
  const stats: Stat[] = [];
  // The CPU time of one export beside its wall time: on the shared machine the wall time is
  // mostly waiting for a core.
  const start = performance.now();
  const cpu = process.cpuUsage();
  const first = await sll.call('export.maak', {
    bron: 'alle-aanvragen',
    parameters: {},
    formaat: 'xlsx',
  });
  const used = process.cpuUsage(cpu);
  const firstMs = performance.now() - start;
  stats.push(
    await measure('E1', 'export.maak Alle aanvragen as XLSX (50k rows)', 5000, 3, () =>
      sll.call('export.maak', { bron: 'alle-aanvragen', parameters: {}, formaat: 'xlsx' }),
    ),
  );
  stats.push(
    await measure('E1', 'export.maak Alle aanvragen as CSV (50k rows)', 5000, 3, () =>
      sll.call('export.maak', { bron: 'alle-aanvragen', parameters: {}, formaat: 'csv' }),
    ),
  );
  stats.push(
    await measure('E1', 'export.maak Termijnen as XLSX (open aanvragen, 50k)', 5000, 3, () =>
      sll.call('export.maak', { bron: 'termijnen', parameters: {}, formaat: 'xlsx' }),
    ),
  );
  const lijstStart = performance.now();
  const lijstCpu = process.cpuUsage();
  const lijst = await sll.call('export.maak', {
    bron: 'alle-aanvragen',
    parameters: { search: 'niemand-heet-zo' },
    formaat: 'xlsx',
  });
  const lijstUsed = process.cpuUsage(lijstCpu);
  backend.close();
  t.close();
  return {
    stats,
    notes: {
      rows: first.rijen,
      emptySearchRows: lijst.rijen,
      emptySearchMs: Math.round(performance.now() - lijstStart),
      emptySearchCpuMs: Math.round((lijstUsed.user + lijstUsed.system) / 1000),
      xlsxBytes: Buffer.from(first.dataBase64, 'base64').length,
      firstXlsxMs: Math.round(firstMs),
      firstXlsxCpuMs: Math.round((used.user + used.system) / 1000),
    },
  };
}
