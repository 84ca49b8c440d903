import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BEZWAAR_BESLISTERMIJN_WEKEN,
  BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN,
  BEZWAAR_TERMIJN_WEKEN,
  BEZWAAR_VERDAGING_WEKEN,
  isBezwaarTijdig,
  ontvangstbevestigingUiterlijk,
} from '../../../electron/domain/bezwaar';
import { DWANGSOM_MAX_DAGEN, dwangsomAmount } from '../../../electron/domain/dwangsom';

describe('bezwaar', () => {
  it('constants of the rulebook', () => {
    expect([
      BEZWAAR_TERMIJN_WEKEN,
      BEZWAAR_ONTVANGSTBEVESTIGING_WERKDAGEN,
      BEZWAAR_BESLISTERMIJN_WEKEN,
      BEZWAAR_VERDAGING_WEKEN,
    ]).toEqual([6, 5, 12, 6]);
  });
  it('gives a Dutch reason', () => {
    expect(
      isBezwaarTijdig({
        verzondenOp: '2025-09-01',
        ontvangenOp: '2025-10-20',
        postmarkedOn: '2025-10-13',
      }).reden,
    ).toBe(
      'Op tijd ter post bezorgd (13 oktober 2025) en binnen een week na 13 oktober 2025 ontvangen (Awb 6:9 lid 2).',
    );
    expect(
      isBezwaarTijdig({ verzondenOp: '2025-09-01', ontvangenOp: '2025-10-14', postmarkedOn: null })
        .reden,
    ).toBe('Ontvangen na het einde van de bezwaartermijn (13 oktober 2025).');
  });
  it('ontvangstbevestiging honours the setting and closing days', () => {
    expect(ontvangstbevestigingUiterlijk('2025-09-01', 3)).toBe('2025-09-04');
    expect(ontvangstbevestigingUiterlijk('2025-09-01', 3, ['2025-09-02'])).toBe('2025-09-05');
  });
});

describe('dwangsomAmount (Awb 4:17 lid 2)', () => {
  it('never exceeds €1260 and never decreases', () => {
    expect(dwangsomAmount(DWANGSOM_MAX_DAGEN)).toBe(1260);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 41 }),
        (d) => dwangsomAmount(d) < dwangsomAmount(d + 1) && dwangsomAmount(d + 1) <= 1260,
      ),
    );
  });
});
