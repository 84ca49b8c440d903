import { describe, expect, it } from 'vitest';
import { checkLedger, Ledger, ledgerClean } from '../../../scripts/load/ledger';
import { figuresPerProcedure, percentile } from '../../../scripts/load/stats';

// The load test's checks (scripts/load): the ledger of acknowledged writes against what the
// database holds, and the percentiles of the table.

describe('the ledger check', () => {
  const ledger = (): Ledger => {
    const l = new Ledger();
    l.record('aanvraag', 'Loadtest S1-1', { naam: 'Loadtest S1-1', id: 7 });
    l.record('document', '7:opp.pdf', { aanvraagId: 7, fileName: 'opp.pdf' });
    l.record('document', '7:lvs.pdf', { aanvraagId: 7, fileName: 'lvs.pdf' });
    l.record('advies', '7:3', { aanvraagId: 7, deskundigeId: 3, onderbouwing: 'x' });
    return l;
  };

  it('reports nothing when every acknowledged write is there once', () => {
    const check = checkLedger(ledger().entries, () => 1);
    expect(check).toEqual({
      checked: 4,
      perKind: { aanvraag: 1, document: 2, advies: 1 },
      missing: [],
      doubled: [],
      acknowledgedTwice: [],
    });
    expect(ledgerClean(check)).toBe(true);
  });

  it('reports a missing and a doubled write by their keys', () => {
    const rows: Record<string, number> = {
      'aanvraag:Loadtest S1-1': 1,
      'document:7:opp.pdf': 0,
      'document:7:lvs.pdf': 1,
      'advies:7:3': 2,
    };
    const check = checkLedger(ledger().entries, (e) => rows[e.key] ?? 0);
    expect(check.missing).toEqual(['document:7:opp.pdf']);
    expect(check.doubled).toEqual(['advies:7:3']);
    expect(ledgerClean(check)).toBe(false);
  });

  it('reports a write acknowledged twice, looked up once', () => {
    const l = ledger();
    l.record('document', '7:opp.pdf', { aanvraagId: 7, fileName: 'opp.pdf' });
    const looked: string[] = [];
    const check = checkLedger(l.entries, (e) => {
      looked.push(e.key);
      return 1;
    });
    expect(check.acknowledgedTwice).toEqual(['document:7:opp.pdf']);
    expect(looked.filter((k) => k === 'document:7:opp.pdf')).toHaveLength(1);
    expect(check.checked).toBe(4);
    expect(ledgerClean(check)).toBe(false);
  });

  it('keeps only the latest of a write recorded as latest (the state of an aanvraag)', () => {
    const l = new Ledger();
    l.recordLatest('state', '7', { aanvraagId: 7, state: 'ontvangen' });
    l.recordLatest('state', '7', { aanvraagId: 7, state: 'in_controle' });
    expect(l.entries).toEqual([
      { kind: 'state', key: 'state:7', facts: { aanvraagId: 7, state: 'in_controle' } },
    ]);
  });
});

describe('the percentiles', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile([4, 8, 15, 16, 23, 42], 0.5)).toBe(15);
    expect(percentile([4, 8, 15, 16, 23, 42], 0.95)).toBe(42);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('gives each procedure its own figures, unsorted input, errors counted apart', () => {
    const shuffled = [...hundred].reverse();
    const rows = figuresPerProcedure(
      new Map([
        ['werk.mijn', shuffled],
        ['advies.submit', [30, 10, 20]],
      ]),
      new Map([
        ['advies.submit', 2],
        ['besluit.adopt', 1],
      ]),
    );
    expect(rows).toEqual([
      { procedure: 'werk.mijn', count: 100, errors: 0, p50: 50, p95: 95, p99: 99, max: 100 },
      { procedure: 'advies.submit', count: 3, errors: 2, p50: 20, p95: 30, p99: 30, max: 30 },
      {
        procedure: 'besluit.adopt',
        count: 0,
        errors: 1,
        p50: Number.NaN,
        p95: Number.NaN,
        p99: Number.NaN,
        max: Number.NaN,
      },
    ]);
  });
});
