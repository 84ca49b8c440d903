import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEMS,
  evaluateCompleteness,
  oppRecent,
  ouderReactietermijnOk,
  type CompletenessDocument,
} from '../../../electron/domain/completeness';
import { AANVRAAG_SOORTEN } from '../../../electron/domain/types';

const ontvangenOp = '2025-11-15';
const doc = (
  kind: CompletenessDocument['kind'],
  documentDate: string | null = null,
): CompletenessDocument => ({ kind, documentDate });
const fullZij: readonly CompletenessDocument[] = [
  doc('aanvraagformulier'),
  doc('opp', '2025-09-01'),
  doc('ot_verslag'),
  doc('ot_verslag'),
  doc('lvs'),
];
const allTicked = (soort: (typeof AANVRAAG_SOORTEN)[number]) =>
  Object.fromEntries(
    CHECKLIST_ITEMS[soort].filter((i) => i.source === 'sll').map((i) => [i.key, 'ok' as const]),
  );
const statusOf = (r: ReturnType<typeof evaluateCompleteness>, key: string) =>
  r.items.find((i) => i.key === key)?.status;

describe('CHECKLIST_ITEMS', () => {
  it('every soort has a checklist with unique keys and Dutch labels', () => {
    for (const s of AANVRAAG_SOORTEN) {
      const keys = CHECKLIST_ITEMS[s].map((i) => i.key);
      expect(new Set(keys).size, s).toBe(keys.length);
      expect(keys).toContain('aanvraagformulier');
    }
  });
  it('per soort (§3.2)', () => {
    const keys = (s: (typeof AANVRAAG_SOORTEN)[number]) => CHECKLIST_ITEMS[s].map((i) => i.key);
    expect(keys('zij_instroom')).toEqual([
      'aanvraagformulier',
      'opp_aanwezig',
      'opp_recent',
      'handelingsdeel_ondertekend',
      'zienswijze_ouders',
      'ot_verslagen',
      'lvs',
    ]);
    expect(keys('onderinstroom')).toEqual(['aanvraagformulier', 'overdracht']);
    expect(keys('herindicatie')).not.toContain('ot_verslagen');
    expect(keys('herindicatie')).toContain('lvs');
    expect(keys('aanpassing_categorie')).toEqual(['aanvraagformulier', 'opp_aanwezig']);
    expect(keys('zonder_toestemming').filter((k) => k.startsWith('zt_'))).toHaveLength(6);
  });
});

describe('oppRecent (§3.2: ≤ 6 calendar months)', () => {
  it('exactly 6 months is still recent, a day more is not', () => {
    expect(oppRecent('2025-05-15', '2025-11-15')).toBe(true);
    expect(oppRecent('2025-05-14', '2025-11-15')).toBe(false);
  });
  it('clamps at a month end: 31-8 − 6 months = 28-2 (29-2 in a leap year)', () => {
    expect(oppRecent('2025-02-28', '2025-08-31')).toBe(true);
    expect(oppRecent('2025-02-27', '2025-08-31')).toBe(false);
    expect(oppRecent('2024-02-29', '2024-08-31')).toBe(true);
  });
  it('crosses the year boundary', () => {
    expect(oppRecent('2025-07-31', '2026-01-31')).toBe(true);
    expect(oppRecent('2025-07-30', '2026-01-31')).toBe(false);
  });
});

describe('ouderReactietermijnOk (§3.3: ≥ 5 werkdagen)', () => {
  it('Mon informed, next Mon sent = 5 werkdagen', () => {
    expect(ouderReactietermijnOk('2025-09-01', '2025-09-08')).toBe(true);
    expect(ouderReactietermijnOk('2025-09-01', '2025-09-05')).toBe(false);
  });
});

describe('evaluateCompleteness', () => {
  it('zij-instroom: complete with all documents and ticks', () => {
    const r = evaluateCompleteness({
      soort: 'zij_instroom',
      ontvangenOp,
      documents: fullZij,
      ticks: allTicked('zij_instroom'),
    });
    expect(r.complete).toBe(true);
    expect(r.items.every((i) => i.status === 'ok' && i.detail === null)).toBe(true);
  });
  it('zij-instroom: open ticks, one OT-verslag, an old OPP', () => {
    const r = evaluateCompleteness({
      soort: 'zij_instroom',
      ontvangenOp,
      documents: [
        doc('aanvraagformulier'),
        doc('opp', '2025-01-01'),
        doc('ot_verslag'),
        doc('lvs'),
      ],
      ticks: { aanvraagformulier: 'ok', zienswijze_ouders: 'ontbreekt' },
    });
    expect(r.complete).toBe(false);
    expect(statusOf(r, 'handelingsdeel_ondertekend')).toBe('open');
    expect(statusOf(r, 'zienswijze_ouders')).toBe('ontbreekt');
    expect(statusOf(r, 'opp_aanwezig')).toBe('ok');
    const recent = r.items.find((i) => i.key === 'opp_recent');
    expect(recent).toMatchObject({
      status: 'ontbreekt',
      source: 'app',
      detail: 'Het OPP is ouder dan 6 maanden op de ontvangstdatum.',
    });
    expect(r.items.find((i) => i.key === 'ot_verslagen')?.detail).toBe(
      '1 van de 2 OT-verslagen aanwezig.',
    );
  });
  it('uses the latest OPP and reports an undated one as open', () => {
    const base = { soort: 'herindicatie' as const, ontvangenOp, ticks: allTicked('herindicatie') };
    const two = evaluateCompleteness({
      ...base,
      documents: [
        doc('aanvraagformulier'),
        doc('opp', '2024-01-01'),
        doc('opp', '2025-10-01'),
        doc('lvs'),
      ],
    });
    expect(two.complete).toBe(true);
    const undated = evaluateCompleteness({
      ...base,
      documents: [doc('aanvraagformulier'), doc('opp'), doc('lvs')],
    });
    expect(statusOf(undated, 'opp_recent')).toBe('open');
    const none = evaluateCompleteness({
      ...base,
      documents: [doc('aanvraagformulier'), doc('lvs')],
    });
    expect(statusOf(none, 'opp_aanwezig')).toBe('ontbreekt');
    expect(statusOf(none, 'opp_recent')).toBe('ontbreekt');
  });
  it('herindicatie needs no OT-verslagen', () => {
    const r = evaluateCompleteness({
      soort: 'herindicatie',
      ontvangenOp,
      documents: [doc('aanvraagformulier'), doc('opp', '2025-10-01'), doc('lvs')],
      ticks: allTicked('herindicatie'),
    });
    expect(r.complete).toBe(true);
  });
  it('onderinstroom: the overdrachtsdocument replaces OPP, OT and LVS', () => {
    const ticks = allTicked('onderinstroom');
    expect(
      evaluateCompleteness({
        soort: 'onderinstroom',
        ontvangenOp,
        documents: [doc('aanvraagformulier'), doc('overdracht')],
        ticks,
      }).complete,
    ).toBe(true);
    const r = evaluateCompleteness({
      soort: 'onderinstroom',
      ontvangenOp,
      documents: [doc('aanvraagformulier')],
      ticks,
    });
    expect(r.items.find((i) => i.key === 'overdracht')).toMatchObject({
      status: 'ontbreekt',
      detail: 'Er is geen overdrachtsdocument toegevoegd.',
    });
  });
  it('aanpassing categorie: aanvraagformulier and OPP (no age check)', () => {
    const r = evaluateCompleteness({
      soort: 'aanpassing_categorie',
      ontvangenOp,
      documents: [doc('aanvraagformulier'), doc('opp', '2020-01-01')],
      ticks: allTicked('aanpassing_categorie'),
    });
    expect(r.complete).toBe(true);
  });
  it('a ticked aanvraagformulier without the document is missing', () => {
    const r = evaluateCompleteness({
      soort: 'aanpassing_categorie',
      ontvangenOp,
      documents: [doc('opp')],
      ticks: { aanvraagformulier: 'ok' },
    });
    expect(r.items.find((i) => i.key === 'aanvraagformulier')).toMatchObject({
      status: 'ontbreekt',
      detail: 'Er is geen aanvraagformulier toegevoegd.',
    });
  });
  it('zonder toestemming: the six §3.3 items, each present or missing', () => {
    const ticks = { ...allTicked('zonder_toestemming'), zt_reactietermijn: 'ontbreekt' as const };
    const r = evaluateCompleteness({
      soort: 'zonder_toestemming',
      ontvangenOp,
      documents: fullZij,
      ticks,
    });
    expect(r.complete).toBe(false);
    expect(r.items.filter((i) => i.status !== 'ok').map((i) => i.key)).toEqual([
      'zt_reactietermijn',
    ]);
    expect(r.items.find((i) => i.key === 'aanvraagformulier')?.label).toMatch(/schooldirecteur/);
    expect(r.items.find((i) => i.key === 'aanvraagformulier')?.label).not.toMatch(/ouders/);
  });
});
