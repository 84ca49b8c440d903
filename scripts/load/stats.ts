// The load test's figures (issue 13): nearest-rank percentiles of the measured times per
// procedure, and the table printed at the end. Pure: the unit test pins them.

/** Nearest-rank percentile (0 < p ≤ 1) of measured times; NaN for no times. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export interface ProcedureFigures {
  readonly procedure: string;
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** p50/p95/p99/max of each procedure's times (ms), busiest first. */
export function figuresPerProcedure(
  times: ReadonlyMap<string, readonly number[]>,
  errors: ReadonlyMap<string, number> = new Map(),
): ProcedureFigures[] {
  const names = new Set([...times.keys(), ...errors.keys()]);
  return [...names]
    .map((procedure) => {
      const sorted = [...(times.get(procedure) ?? [])].sort((a, b) => a - b);
      return {
        procedure,
        count: sorted.length,
        errors: errors.get(procedure) ?? 0,
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
      };
    })
    .sort((a, b) => b.count - a.count || a.procedure.localeCompare(b.procedure));
}

const ms = (n: number): string => (Number.isNaN(n) ? '—' : n.toFixed(1)).padStart(8);

/** The per-procedure table as printed on stdout. */
export function procedureTable(rows: readonly ProcedureFigures[]): string {
  const head = `${'procedure'.padEnd(26)} ${'count'.padStart(7)} ${'errors'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`;
  const lines = rows.map(
    (r) =>
      `${r.procedure.padEnd(26)} ${String(r.count).padStart(7)} ${String(r.errors).padStart(6)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.max)}`,
  );
  return [head, ...lines].join('\n');
}
