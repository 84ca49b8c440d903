// The ledger of acknowledged writes (issue 13, the load test): every answer `ok` to a call that
// wrote something is recorded with the key of what it wrote. Afterwards each key is looked up in
// the database: it must be there exactly once. Missing is a lost write, more than once a doubled
// one; a key acknowledged twice is a write the server said yes to twice.

export type WriteKind =
  'aanvraag' | 'document' | 'tick' | 'state' | 'toewijzing' | 'advies' | 'eindadvies' | 'besluit';

export interface LedgerEntry {
  readonly kind: WriteKind;
  /** Unique per write, e.g. `document:12:opp-3.pdf`. */
  readonly key: string;
  /** What identifies the row (ids, names, texts), for the lookup. */
  readonly facts: Readonly<Record<string, string | number>>;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];

  record(kind: WriteKind, key: string, facts: Record<string, string | number>): void {
    this.entries.push({ kind, key: `${kind}:${key}`, facts });
  }

  /** Replaces the last entry of this key (e.g. the state of an aanvraag: only the latest counts). */
  recordLatest(kind: WriteKind, key: string, facts: Record<string, string | number>): void {
    const full = `${kind}:${key}`;
    const at = this.entries.findIndex((e) => e.key === full);
    if (at >= 0) this.entries.splice(at, 1);
    this.entries.push({ kind, key: full, facts });
  }
}

export interface LedgerCheck {
  readonly checked: number;
  readonly perKind: Record<string, number>;
  /** Acknowledged, not in the database: lost writes. */
  readonly missing: string[];
  /** Acknowledged once, in the database more than once: doubled writes. */
  readonly doubled: string[];
  /** The same key acknowledged more than once. */
  readonly acknowledgedTwice: string[];
}

/**
 * Compares the ledger with what the database holds: `found(entry)` is how many rows match the
 * entry (0: lost, 1: right, more: doubled).
 */
export function checkLedger(
  entries: readonly LedgerEntry[],
  found: (entry: LedgerEntry) => number,
): LedgerCheck {
  const seen = new Map<string, number>();
  const perKind: Record<string, number> = {};
  const missing: string[] = [];
  const doubled: string[] = [];
  for (const entry of entries) {
    seen.set(entry.key, (seen.get(entry.key) ?? 0) + 1);
    if ((seen.get(entry.key) ?? 0) > 1) continue;
    perKind[entry.kind] = (perKind[entry.kind] ?? 0) + 1;
    const n = found(entry);
    if (n === 0) missing.push(entry.key);
    else if (n > 1) doubled.push(entry.key);
  }
  return {
    checked: seen.size,
    perKind,
    missing,
    doubled,
    acknowledgedTwice: [...seen].filter(([, n]) => n > 1).map(([key]) => key),
  };
}

export const ledgerClean = (c: LedgerCheck): boolean =>
  c.missing.length === 0 && c.doubled.length === 0 && c.acknowledgedTwice.length === 0;
