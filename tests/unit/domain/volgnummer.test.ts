import { describe, it, expect } from 'vitest';
import { formatVolgnummer, parseVolgnummer } from '../../../electron/domain/volgnummer';

describe('volgnummer (WPO 18a lid 14)', () => {
  it('pads the sequence to 4 digits', () => {
    expect(formatVolgnummer('PO2505', 2026, 42)).toBe('PO2505-2026-0042');
    expect(formatVolgnummer('PO2505', 2026, 1)).toBe('PO2505-2026-0001');
  });

  it('grows beyond 4 digits instead of wrapping', () => {
    expect(formatVolgnummer('PO2505', 2026, 12345)).toBe('PO2505-2026-12345');
  });

  it('parses what it formats', () => {
    expect(parseVolgnummer('PO2505-2026-0042')).toEqual({ swvCode: 'PO2505', year: 2026, seq: 42 });
    expect(parseVolgnummer(formatVolgnummer('SWV_Z', 2030, 99999))).toEqual({
      swvCode: 'SWV_Z',
      year: 2030,
      seq: 99999,
    });
  });

  it('rejects what is not a volgnummer', () => {
    expect(parseVolgnummer('PO2505-2026-42')).toBeNull();
    expect(parseVolgnummer('PO2505-26-0042')).toBeNull();
    expect(parseVolgnummer('PO2505-2026-0000')).toBeNull();
    expect(parseVolgnummer('')).toBeNull();
  });

  it('refuses invalid parts', () => {
    expect(() => formatVolgnummer('PO 2505', 2026, 1)).toThrow(RangeError);
    expect(() => formatVolgnummer('PO2505', 26, 1)).toThrow(RangeError);
    expect(() => formatVolgnummer('PO2505', 2026, 0)).toThrow(RangeError);
  });
});
