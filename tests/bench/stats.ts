import { performance } from 'node:perf_hooks';

// One figure of the benchmark: p50, p95 and max over several runs, against its goal.

export interface Stat {
  id: string;
  what: string;
  /** null: reported for insight, no goal of its own. */
  goalMs: number | null;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  /** Every measured time in the order measured (ms, rounded to 0.1). */
  samples: number[];
}

/** Nearest-rank quantiles of measured times (ms). */
export function summarize(
  id: string,
  what: string,
  goalMs: number | null,
  measured: readonly number[],
): Stat {
  const times = [...measured].sort((a, b) => a - b);
  const q = (p: number) =>
    times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] as number;
  return {
    id,
    what,
    goalMs,
    p50: q(0.5),
    p95: q(0.95),
    max: times[times.length - 1] as number,
    runs: times.length,
    samples: measured.map((t) => Math.round(t * 10) / 10),
  };
}

export async function measure(
  id: string,
  what: string,
  goalMs: number | null,
  runs: number,
  fn: () => unknown,
): Promise<Stat> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(id, what, goalMs, times);
}
