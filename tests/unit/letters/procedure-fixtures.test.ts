// The hand-computed term dates of the letter fixtures agree with the domain's deadline functions,
// so the letters are tested with dates the app would really print.
import { describe, expect, it } from 'vitest';
import { addWerkdagen, beslistermijn } from '../../../electron/domain/termijnen';
import { addDays, addWeeks } from '../../../electron/domain/calendar';
import { aanvullingData, bezwaarData, verdagingData, vragenData } from './procedure-fixtures';

describe('procedural letter fixtures', () => {
  it('use term dates the domain computes', () => {
    expect(addWerkdagen(aanvullingData.datum, aanvullingData.termijnWerkdagen)).toBe(
      aanvullingData.uiterlijk,
    );
    expect(addWerkdagen(vragenData.datum, vragenData.termijnWerkdagen)).toBe(vragenData.uiterlijk);
    expect(beslistermijn({ ontvangenOp: verdagingData.ontvangstdatum }).end).toBe(
      verdagingData.oudeEinddatum,
    );
    // Awb 6:8: the bezwaartermijn starts the day after sending and lasts 6 weeks; Awb 7:10 lid 1:
    // 12 weeks counted from the day after it ended. Neither end falls on a weekend or feestdag here.
    const bezwaarEinde = addDays(addWeeks(addDays(bezwaarData.besluitdatum, 1), 6), -1);
    expect(bezwaarEinde).toBe(bezwaarData.bezwaartermijnEinde);
    expect(addDays(addWeeks(addDays(bezwaarEinde, 1), 12), -1)).toBe(
      bezwaarData.beslistermijnEinde,
    );
  });
});
