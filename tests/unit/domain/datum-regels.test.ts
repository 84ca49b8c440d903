import { describe, expect, it } from 'vitest';
import { bezwaarDatumProblem } from '../../../electron/domain/bezwaar';
import {
  documentCorrectieVelden,
  documentDatumProblem,
  hasPdfHeader,
} from '../../../electron/domain/documenten';
import {
  vergaderingPlanProblem,
  vergaderingSluitProblem,
} from '../../../electron/domain/vergadering';

// Issue 10: the dates a hurried person can get wrong, each refused with a Dutch message, and a file
// that is not a PDF, known by its first bytes when it is chosen.

const TODAY = '2026-11-25';

describe('the date of a document', () => {
  it('may be today, earlier, or absent; not in the future', () => {
    expect(documentDatumProblem(null, TODAY)).toBeNull();
    expect(documentDatumProblem(TODAY, TODAY)).toBeNull();
    expect(documentDatumProblem('2016-05-14', TODAY)).toBeNull();
    expect(documentDatumProblem('2026-11-26', TODAY)).toBe(
      'De documentdatum 26 november 2026 ligt in de toekomst. Controleer de datum op het document.',
    );
  });
});

describe('a correction of a document', () => {
  const current = { kind: 'overig', documentDate: '2026-01-10' } as const;

  it('lists only the fields that really change, with old and new', () => {
    expect(documentCorrectieVelden(current, { kind: 'opp', documentDate: '2026-10-12' })).toEqual([
      { veld: 'kind', oud: 'overig', nieuw: 'opp' },
      { veld: 'documentDate', oud: '2026-01-10', nieuw: '2026-10-12' },
    ]);
    expect(documentCorrectieVelden(current, { kind: 'overig' })).toEqual([]);
    expect(documentCorrectieVelden(current, { documentDate: null })).toEqual([
      { veld: 'documentDate', oud: '2026-01-10', nieuw: null },
    ]);
    expect(documentCorrectieVelden(current, {})).toEqual([]);
  });
});

describe('the dates of a TLA-vergadering', () => {
  it('is planned today or later', () => {
    expect(vergaderingPlanProblem(TODAY, TODAY)).toBeNull();
    expect(vergaderingPlanProblem('2026-12-09', TODAY)).toBeNull();
    expect(vergaderingPlanProblem('2026-11-24', TODAY)).toBe(
      '24 november 2026 ligt in het verleden. Plan een vergadering op vandaag of later.',
    );
  });

  it('is closed on or after its day', () => {
    expect(vergaderingSluitProblem(TODAY, TODAY)).toBeNull();
    expect(vergaderingSluitProblem('2026-11-18', TODAY)).toBeNull();
    expect(vergaderingSluitProblem('2026-11-26', TODAY)).toBe(
      'Deze vergadering is op 26 november 2026. U kunt haar sluiten op of na die dag.',
    );
  });
});

describe('the dates of a bezwaarschrift', () => {
  const base = { ontvangenOp: TODAY, postmarkedOn: null, verzondenOp: '2026-11-20', today: TODAY };

  it('accepts a receipt and postmark on or after sending, not after today', () => {
    expect(bezwaarDatumProblem(base)).toBeNull();
    expect(bezwaarDatumProblem({ ...base, postmarkedOn: '2026-11-20' })).toBeNull();
    expect(
      bezwaarDatumProblem({ ...base, verzondenOp: null, postmarkedOn: '2026-01-01' }),
    ).toBeNull();
  });

  it('refuses each impossible date at its field', () => {
    expect(bezwaarDatumProblem({ ...base, ontvangenOp: '2026-11-26' })).toEqual({
      field: 'ontvangenOp',
      message: 'De ontvangstdatum ligt in de toekomst.',
    });
    expect(
      bezwaarDatumProblem({ ...base, ontvangenOp: '2026-11-23', postmarkedOn: TODAY }),
    ).toEqual({
      field: 'postmarkedOn',
      message: 'De poststempel ligt na de ontvangstdatum.',
    });
    expect(bezwaarDatumProblem({ ...base, ontvangenOp: '2026-11-19' })).toEqual({
      field: 'ontvangenOp',
      message: 'Het bezwaar is ontvangen vóór het besluit is verzonden.',
    });
    expect(bezwaarDatumProblem({ ...base, postmarkedOn: '2026-11-19' })).toEqual({
      field: 'postmarkedOn',
      message:
        'De poststempel ligt vóór de verzending van het besluit (20 november 2026). Controleer de datum op de envelop.',
    });
  });
});

describe('a PDF by its first bytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('finds %PDF- at the start or after junk within the first 1024 bytes', () => {
    expect(hasPdfHeader(bytes('%PDF-1.7\n...'))).toBe(true);
    expect(hasPdfHeader(bytes(`${' '.repeat(1019)}%PDF-`))).toBe(true);
  });

  it('refuses other files, a header too late, and a cut header', () => {
    expect(hasPdfHeader(bytes('PK\u0003\u0004 word/document.xml'))).toBe(false);
    expect(hasPdfHeader(bytes(`${' '.repeat(1020)}%PDF-`))).toBe(false);
    expect(hasPdfHeader(bytes('%PDF'))).toBe(false);
    expect(hasPdfHeader(new Uint8Array())).toBe(false);
  });
});
