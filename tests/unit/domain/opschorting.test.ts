import { describe, expect, it } from 'vitest';
import {
  OPSCHORTING_GROND_LABELS,
  OPSCHORTING_GRONDEN,
  anySuspensionRunning,
  isSuspensionRunning,
  resumeDay,
  suspendedDaysOf,
  totalSuspendedDays,
  validateAanvullingOntvangen,
  validateNewOpschorting,
  openAanvullingsverzoek,
  vragenAlsPunten,
  type Opschorting,
} from '../../../electron/domain/opschorting';

const asked: Opschorting = {
  grond: 'awb_4_15_1a',
  start: '2025-09-10',
  termEnd: '2025-09-24',
  resumedOn: null,
};
const ctx = { ontvangenOp: '2025-09-01', today: '2025-09-15' };

describe('grounds', () => {
  it('every ground has a Dutch label naming Awb 4:15', () => {
    for (const g of OPSCHORTING_GRONDEN) expect(OPSCHORTING_GROND_LABELS[g]).toMatch(/4:15/);
  });
});

describe('resumeDay (Awb 4:15 lid 1a)', () => {
  it('is the day the aanvulling arrived', () => {
    expect(resumeDay({ ...asked, resumedOn: '2025-09-19' }, '2025-10-01')).toBe('2025-09-19');
  });
  it('is null while the term runs, including its last day', () => {
    expect(resumeDay(asked, '2025-09-15')).toBeNull();
    expect(resumeDay(asked, '2025-09-24')).toBeNull();
  });
  it('is the day after the term once it has passed unused', () => {
    expect(resumeDay(asked, '2025-09-25')).toBe('2025-09-25');
    expect(resumeDay(asked, '2025-12-01')).toBe('2025-09-25');
  });
  it('a late aanvulling does not stretch an expired term', () => {
    expect(resumeDay({ ...asked, resumedOn: '2025-10-02' }, '2025-10-03')).toBe('2025-09-25');
  });
  it('lid 2 grounds without end stay open', () => {
    const o: Opschorting = {
      grond: 'awb_4_15_2b',
      start: '2025-09-10',
      termEnd: null,
      resumedOn: null,
    };
    expect(resumeDay(o, '2026-01-01')).toBeNull();
    expect(suspendedDaysOf(o, '2025-09-20')).toBe(10);
  });
});

describe('suspendedDaysOf / totals', () => {
  it('moves day by day while running and freezes once resumed', () => {
    expect(suspendedDaysOf(asked, '2025-09-10')).toBe(0);
    expect(suspendedDaysOf(asked, '2025-09-11')).toBe(1);
    expect(suspendedDaysOf(asked, '2025-09-24')).toBe(14);
    expect(suspendedDaysOf(asked, '2025-09-25')).toBe(14);
    expect(suspendedDaysOf(asked, '2026-09-25')).toBe(14);
  });
  it('never negative', () => {
    expect(suspendedDaysOf({ ...asked, resumedOn: '2025-09-10' }, '2025-10-01')).toBe(0);
    expect(suspendedDaysOf(asked, '2025-09-01')).toBe(0);
  });
  it('adds up all suspensions', () => {
    const second: Opschorting = {
      grond: 'awb_4_15_2a',
      start: '2025-10-01',
      termEnd: null,
      resumedOn: '2025-10-05',
    };
    expect(totalSuspendedDays([{ ...asked, resumedOn: '2025-09-19' }, second], '2025-11-01')).toBe(
      8 + 3,
    );
    expect(totalSuspendedDays([], '2025-11-01')).toBe(0);
  });
  it('knows when a suspension is in force', () => {
    expect(isSuspensionRunning(asked, '2025-09-10')).toBe(true);
    expect(isSuspensionRunning(asked, '2025-09-09')).toBe(false);
    expect(isSuspensionRunning(asked, '2025-09-25')).toBe(false);
    expect(isSuspensionRunning({ ...asked, resumedOn: '2025-09-19' }, '2025-09-19')).toBe(false);
    expect(anySuspensionRunning([asked], '2025-09-20')).toBe(true);
  });
});

describe('validateNewOpschorting: Dutch messages', () => {
  const msg = (existing: readonly Opschorting[], next: Opschorting, c = ctx) => {
    const r = validateNewOpschorting(existing, next, c);
    return r.ok ? null : r.message;
  };
  it('accepts a proper request', () => {
    expect(validateNewOpschorting([], asked, ctx)).toEqual({ ok: true });
  });
  it('refuses a start before receipt or in the future', () => {
    expect(msg([], { ...asked, start: '2025-08-31' })).toBe(
      'Een opschorting kan niet beginnen vóór de ontvangstdatum van de aanvraag.',
    );
    expect(msg([], { ...asked, start: '2025-09-16' })).toBe(
      'Een opschorting kan niet in de toekomst beginnen.',
    );
  });
  it('refuses an aanvulling without a term (RvS 21-9-2016)', () => {
    expect(msg([], { ...asked, termEnd: null })).toBe(
      'Een verzoek om aanvulling zonder termijn schort niets op (RvS 21-9-2016): geef een termijn.',
    );
  });
  it('refuses a term of 0 werkdagen, also one that ends in the weekend after a Friday', () => {
    const zero = 'Een termijn van 0 werkdagen is geen termijn: geef ten minste 1 werkdag.';
    expect(msg([], { ...asked, termEnd: '2025-09-10' })).toBe(zero);
    expect(msg([], { ...asked, start: '2025-09-12', termEnd: '2025-09-14' })).toBe(zero);
    expect(msg([], { ...asked, start: '2025-09-12', termEnd: '2025-09-15' })).toBeNull();
  });
  it('refuses a resume day before the start or in the future', () => {
    expect(msg([], { ...asked, resumedOn: '2025-09-09' })).toBe(
      'De hervattingsdatum ligt vóór het begin van de opschorting.',
    );
    expect(msg([], { ...asked, resumedOn: '2025-09-16' })).toBe(
      'De hervattingsdatum ligt in de toekomst.',
    );
  });
  it('refuses overlap, allows back-to-back', () => {
    const overlap = 'Deze opschorting overlapt met een eerdere opschorting.';
    const next: Opschorting = {
      grond: 'awb_4_15_2a',
      start: '2025-09-12',
      termEnd: null,
      resumedOn: null,
    };
    expect(msg([asked], next)).toBe(overlap);
    const done = { ...asked, resumedOn: '2025-09-12' };
    expect(msg([done], next)).toBeNull();
    expect(msg([done], { ...next, start: '2025-09-11' })).toBe(overlap);
    // a past one registered later that overlaps a closed one
    expect(msg([done], { ...next, start: '2025-09-05', resumedOn: '2025-09-11' })).toBe(overlap);
    expect(msg([done], { ...next, start: '2025-09-05', resumedOn: '2025-09-10' })).toBeNull();
  });
});

describe('validateAanvullingOntvangen', () => {
  it('accepts receipt on the request day up to today', () => {
    expect(validateAanvullingOntvangen(asked, '2025-09-10', '2025-09-15')).toEqual({ ok: true });
    expect(validateAanvullingOntvangen(asked, '2025-09-15', '2025-09-15')).toEqual({ ok: true });
  });
  it('refuses receipt before it was asked, in the future, or twice', () => {
    expect(validateAanvullingOntvangen(asked, '2025-09-09', '2025-09-15')).toEqual({
      ok: false,
      message: 'De aanvulling kan niet zijn ontvangen vóórdat erom is gevraagd.',
    });
    expect(validateAanvullingOntvangen(asked, '2025-09-16', '2025-09-15')).toEqual({
      ok: false,
      message: 'De ontvangstdatum van de aanvulling ligt in de toekomst.',
    });
    expect(
      validateAanvullingOntvangen(
        { ...asked, resumedOn: '2025-09-12' },
        '2025-09-13',
        '2025-09-15',
      ),
    ).toEqual({
      ok: false,
      message: 'De aanvulling is al ontvangen op 12 september 2025.',
    });
  });
});

describe('aanvullingstermijnVerstreken (Awb 4:5)', () => {
  const asked = {
    grond: 'awb_4_15_1a' as const,
    start: '2026-11-02',
    termEnd: '2026-11-16',
    resumedOn: null,
  };
  it('is true only after the last day of the term, without the aanvulling', async () => {
    const { aanvullingstermijnVerstreken } = await import('../../../electron/domain/opschorting');
    expect(aanvullingstermijnVerstreken([asked], '2026-11-16')).toBe(false);
    expect(aanvullingstermijnVerstreken([asked], '2026-11-17')).toBe(true);
    expect(
      aanvullingstermijnVerstreken([{ ...asked, resumedOn: '2026-11-10' }], '2026-11-20'),
    ).toBe(false);
    expect(aanvullingstermijnVerstreken([], '2026-11-20')).toBe(false);
  });
});

describe('vragenAlsPunten (§6: the questions for the school as the letter’s points)', () => {
  it('takes each line of each text, without list marks, empty lines or repeats', () => {
    expect(
      vragenAlsPunten([
        '1. Hoe verliep het arrangement?\n2) Welke doelen zijn gehaald?\n',
        null,
        '- Hoe verliep het arrangement?\n\n• Is er een verslag van de jeugdarts?',
      ]),
    ).toEqual([
      'Hoe verliep het arrangement?',
      'Welke doelen zijn gehaald?',
      'Is er een verslag van de jeugdarts?',
    ]);
  });

  it('keeps numbers that are part of the text, and gives nothing for nothing', () => {
    expect(vragenAlsPunten(['Groep 6 of groep 7?'])).toEqual(['Groep 6 of groep 7?']);
    expect(vragenAlsPunten(['2024 was het eerste jaar van het arrangement.'])).toEqual([
      '2024 was het eerste jaar van het arrangement.',
    ]);
    expect(vragenAlsPunten([null, '', '  \n '])).toEqual([]);
  });
});

describe('openAanvullingsverzoek (§3.4: the request that is out)', () => {
  it('is the lid 1a request with nothing received yet; an answered one or another ground is not', () => {
    const answered = { ...asked, resumedOn: '2025-09-19' };
    const lid2: Opschorting = { ...asked, grond: 'awb_4_15_2a', start: '2025-10-01' };
    const second = { ...asked, start: '2025-10-10', termEnd: '2025-10-24' };
    expect(openAanvullingsverzoek([asked])).toBe(asked);
    expect(openAanvullingsverzoek([answered])).toBeUndefined();
    expect(openAanvullingsverzoek([answered, lid2])).toBeUndefined();
    expect(openAanvullingsverzoek([answered, second, lid2])).toBe(second);
    expect(openAanvullingsverzoek([])).toBeUndefined();
  });
});
