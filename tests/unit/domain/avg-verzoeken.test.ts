import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  afhandelingProblem,
  avgKenmerk,
  avgBewaarStatus,
  avgStoplicht,
  avgTermijnEinde,
  beoordeelVerwijdering,
  leeftijdOp,
  normaliseerNaam,
  registratieProblem,
  statusNa,
  toegestaneUitkomsten,
  verlengingProblem,
  type VerwijderFeiten,
} from '../../../electron/domain/avg-verzoeken';
import { weekday } from '../../../electron/domain/calendar';
import { bewaarStatus, type BewaarFeiten } from '../../../electron/domain/retention';
import type { AanvraagState } from '../../../electron/domain/types';

// AVG art. 12 lid 3 with Regulation 1182/71 art. 3: one month from receipt, the same date in the
// next month or its last day, moved past a weekend or feestdag; extended: three months in all.

describe('a period in months (Regulation 1182/71 art. 3 lid 2 onder c)', () => {
  it('ends on the same date a month later', () => {
    expect(addCalendarMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('ends on the last day of a shorter month: 31 January + 1 month = 28 or 29 February', () => {
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addCalendarMonths('2024-02-29', 1)).toBe('2024-03-29');
  });
});

describe('the term of a request (AVG art. 12 lid 3)', () => {
  it('is one month after receipt, on a working day', () => {
    expect(avgTermijnEinde({ ontvangenOp: '2026-03-15', verlengd: false })).toEqual({
      nominal: '2026-04-15',
      end: '2026-04-15',
    });
    // 28 February 2025 is a Friday.
    expect(avgTermijnEinde({ ontvangenOp: '2025-01-31', verlengd: false }).end).toBe('2025-02-28');
    expect(avgTermijnEinde({ ontvangenOp: '2024-01-31', verlengd: false }).end).toBe('2024-02-29');
  });

  it('moves an end on a Saturday, Sunday or feestdag to the next working day (art. 3 lid 4)', () => {
    // 28 February 2026 is a Saturday: Monday 2 March.
    expect(weekday('2026-02-28')).toBe(6);
    expect(avgTermijnEinde({ ontvangenOp: '2026-01-31', verlengd: false })).toEqual({
      nominal: '2026-02-28',
      end: '2026-03-02',
    });
    // Friday 25 December 2026 (Kerstmis), then the weekend: Monday 28 December.
    expect(avgTermijnEinde({ ontvangenOp: '2026-11-25', verlengd: false }).end).toBe('2026-12-28');
    // Koningsdag, Monday 27 April 2026: Tuesday 28 April.
    expect(avgTermijnEinde({ ontvangenOp: '2026-03-27', verlengd: false }).end).toBe('2026-04-28');
    // A day set equal to a feestdag by decree counts too.
    expect(
      avgTermijnEinde({
        ontvangenOp: '2026-03-15',
        verlengd: false,
        extraFeestdagen: ['2026-04-15'],
      }).end,
    ).toBe('2026-04-16');
  });

  it('is three months after receipt once extended by two further months', () => {
    expect(avgTermijnEinde({ ontvangenOp: '2026-01-31', verlengd: true })).toEqual({
      nominal: '2026-04-30',
      end: '2026-04-30',
    });
    // 30 November 2026 + 3 months = 28 February 2027, a Sunday: Monday 1 March.
    expect(avgTermijnEinde({ ontvangenOp: '2026-11-30', verlengd: true })).toEqual({
      nominal: '2027-02-28',
      end: '2027-03-01',
    });
  });

  it('may be extended once, with a reason, within the first month', () => {
    const base = {
      status: 'in_behandeling' as const,
      ontvangenOp: '2026-01-31',
      reden: 'Het dossier is omvangrijk.',
      today: '2026-03-10',
    };
    // The first month ends on Monday 2 March 2026 (28 February is a Saturday).
    expect(verlengingProblem({ ...base, verlengdOp: '2026-03-02' })).toBeNull();
    expect(verlengingProblem({ ...base, verlengdOp: '2026-03-03' })?.message).toBe(
      'Verlengen kan alleen binnen de eerste maand (tot en met 2 maart 2026): art. 12 lid 3 AVG.',
    );
    expect(verlengingProblem({ ...base, verlengdOp: '2026-02-10', reden: ' ' })?.field).toBe(
      'reden',
    );
    expect(
      verlengingProblem({ ...base, status: 'verlengd', verlengdOp: '2026-02-10' })?.message,
    ).toBe('De termijn is al verlengd; dat kan maar één keer.');
    expect(
      verlengingProblem({ ...base, status: 'afgehandeld', verlengdOp: '2026-02-10' })?.message,
    ).toBe('Dit verzoek is al afgehandeld.');
    expect(verlengingProblem({ ...base, verlengdOp: '2026-01-30' })?.field).toBe('verlengdOp');
    expect(verlengingProblem({ ...base, verlengdOp: '2026-03-11' })?.field).toBe('verlengdOp');
  });

  it('shows groen, oranje from 5 werkdagen before the end, and rood after it', () => {
    // End Wednesday 15 April 2026; 5 werkdagen before it: Wednesday 8 April.
    expect(avgStoplicht({ end: '2026-04-15', today: '2026-04-07' })).toBe('groen');
    expect(avgStoplicht({ end: '2026-04-15', today: '2026-04-08' })).toBe('oranje');
    expect(avgStoplicht({ end: '2026-04-15', today: '2026-04-15' })).toBe('oranje');
    expect(avgStoplicht({ end: '2026-04-15', today: '2026-04-16' })).toBe('rood');
  });
});

describe('who may ask', () => {
  it('counts the age in whole years', () => {
    expect(leeftijdOp('2010-03-01', '2026-02-28')).toBe(15);
    expect(leeftijdOp('2010-03-01', '2026-03-01')).toBe(16);
  });

  it('lets a pupil ask from 16 (UAVG art. 5); the ouders always', () => {
    const base = { leerlingGeboortedatum: '2010-03-01', today: '2026-11-25' };
    expect(
      registratieProblem({ ...base, verzoeker: 'leerling', ontvangenOp: '2026-02-28' })?.field,
    ).toBe('verzoeker');
    expect(
      registratieProblem({ ...base, verzoeker: 'leerling', ontvangenOp: '2026-03-01' }),
    ).toBeNull();
    expect(
      registratieProblem({ ...base, verzoeker: 'ouder', ontvangenOp: '2026-02-28' }),
    ).toBeNull();
    expect(
      registratieProblem({ ...base, verzoeker: 'ouder', ontvangenOp: '2026-11-26' })?.message,
    ).toBe('De ontvangstdatum kan niet in de toekomst liggen.');
  });
});

describe('a request to delete (art. 17 lid 3, §12 retention)', () => {
  const feiten = (
    state: AanvraagState,
    besluitdatum: string | null,
    bezwaarOpen: boolean,
    more: Partial<BewaarFeiten> = {},
  ): VerwijderFeiten => ({
    state,
    bewaar: {
      besluitdatum,
      besluitOpBezwaar: null,
      ingetrokkenOp: null,
      blokkades: bezwaarOpen ? ['bezwaar'] : [],
      ...more,
    },
  });
  const today = '2026-11-25';
  it('keeps an aanvraag still being decided', () => {
    const r = beoordeelVerwijdering(feiten('in_advies', null, false), today);
    expect(r.mag).toBe(false);
    expect(r.reden).toContain('nog niet beslist');
  });

  it('keeps a decision within its three years and while a bezwaar runs', () => {
    const r = beoordeelVerwijdering(feiten('verzonden', '2025-11-15', false), today);
    expect(r).toEqual({
      mag: false,
      reden:
        'De bewaartermijn loopt nog tot 15 november 2028. Het samenwerkingsverband moet het besluit en zijn dossier zo lang bewaren (WPO art. 18a lid 13; art. 17 lid 3 onder b AVG).',
    });
    expect(beoordeelVerwijdering(feiten('in_bezwaar', '2020-01-10', false), today).mag).toBe(false);
    expect(
      beoordeelVerwijdering(feiten('gearchiveerd', '2020-01-10', true), today).reden,
    ).toContain('bezwaar of beroep');
  });

  it('allows a withdrawn aanvraag without decision, and a decision past its term', () => {
    expect(beoordeelVerwijdering(feiten('ingetrokken', null, false), today).mag).toBe(true);
    expect(beoordeelVerwijdering(feiten('gearchiveerd', '2023-11-25', false), today)).toEqual({
      mag: true,
      reden: 'De bewaartermijn is voorbij (sinds 25 november 2026): het dossier mag weg.',
    });
    expect(beoordeelVerwijdering(feiten('gearchiveerd', '2023-11-26', false), today).mag).toBe(
      false,
    );
    // The setting of the retention term.
    expect(beoordeelVerwijdering(feiten('gearchiveerd', '2024-11-25', false), today, 2).mag).toBe(
      true,
    );
  });

  it('counts the term as the vernietigingslijst does: from the last decision, a decision on bezwaar included', () => {
    // Decided in 2022, bezwaar decided in 2024: the term runs from 2024.
    const opBezwaar = feiten('gearchiveerd', '2022-05-01', false, {
      besluitOpBezwaar: '2024-06-01',
    });
    expect(beoordeelVerwijdering(opBezwaar, today).reden).toContain('loopt nog tot 1 juni 2027');
    expect(beoordeelVerwijdering(opBezwaar, '2027-06-01').mag).toBe(true);
    for (const day of ['2027-05-31', '2027-06-01', '2030-01-01']) {
      const lijst = bewaarStatus(opBezwaar.bewaar, day).status === 'te_vernietigen';
      expect(beoordeelVerwijdering(opBezwaar, day).mag).toBe(lijst);
    }
  });

  it('holds for a beroep recorded by hand, but the request being assessed does not hold itself', () => {
    const beroep = feiten('gearchiveerd', '2020-01-10', false, { blokkades: ['beroep'] });
    expect(beoordeelVerwijdering(beroep, today).reden).toContain('bezwaar of beroep');
    const eigenVerzoek = feiten('gearchiveerd', '2020-01-10', false, {
      blokkades: ['avg_verzoek'],
    });
    expect(beoordeelVerwijdering(eigenVerzoek, today).mag).toBe(true);
  });

  it("lets a withdrawn aanvraag go at the ouders' request before the list would (no decision to keep)", () => {
    const ingetrokken = feiten('ingetrokken', null, false, { ingetrokkenOp: '2026-10-01' });
    expect(bewaarStatus(ingetrokken.bewaar, today).status).toBe('bewaren');
    expect(beoordeelVerwijdering(ingetrokken, today).mag).toBe(true);
  });

  it('grants deletion only as far as the assessment allows', () => {
    const ja = { mag: true, reden: '' } as const;
    const nee = { mag: false, reden: '' } as const;
    expect(toegestaneUitkomsten('verwijdering', [ja, ja])).toEqual(['toegewezen', 'afgewezen']);
    expect(toegestaneUitkomsten('verwijdering', [ja, nee])).toEqual(['deels', 'afgewezen']);
    expect(toegestaneUitkomsten('verwijdering', [nee])).toEqual(['afgewezen']);
    expect(toegestaneUitkomsten('verwijdering', [])).toEqual(['afgewezen']);
    expect(toegestaneUitkomsten('inzage', [])).toEqual(['toegewezen', 'deels', 'afgewezen']);
  });
});

describe('answering', () => {
  const base = {
    soort: 'verwijdering' as const,
    status: 'in_behandeling' as const,
    uitkomst: 'afgewezen' as const,
    toelichting: 'De bewaartermijn loopt nog.',
    ontvangenOp: '2026-11-02',
    afgehandeldOp: '2026-11-20',
    today: '2026-11-25',
    gekoppeld: 1,
    oordelen: [{ mag: false, reden: 'x' }] as const,
  };
  it('asks a reason for every refusal, in whole or in part (art. 12 lid 4)', () => {
    expect(afhandelingProblem(base)).toBeNull();
    expect(afhandelingProblem({ ...base, toelichting: '' })?.field).toBe('toelichting');
    expect(afhandelingProblem({ ...base, uitkomst: 'toegewezen', toelichting: '' })?.message).toBe(
      'Geen aanvraag mag nu worden verwijderd: het verzoek kan alleen worden afgewezen.',
    );
    const beide = [
      { mag: true, reden: 'x' },
      { mag: false, reden: 'y' },
    ] as const;
    expect(
      afhandelingProblem({ ...base, uitkomst: 'toegewezen', toelichting: '', oordelen: beide })
        ?.message,
    ).toBe('Niet elke aanvraag mag nu worden verwijderd: kies deels toegewezen of afgewezen.');
    expect(
      afhandelingProblem({
        ...base,
        uitkomst: 'deels',
        toelichting: 'Eén blijft.',
        oordelen: beide,
      }),
    ).toBeNull();
    expect(afhandelingProblem({ ...base, status: 'afgehandeld' })?.message).toBe(
      'Dit verzoek is al afgehandeld.',
    );
    expect(afhandelingProblem({ ...base, afgehandeldOp: '2026-11-01' })?.field).toBe(
      'afgehandeldOp',
    );
    expect(
      afhandelingProblem({
        ...base,
        soort: 'correctie',
        uitkomst: 'toegewezen',
        gekoppeld: 0,
        oordelen: [],
      })?.message,
    ).toBe('Koppel eerst de aanvraag of aanvragen van de leerling aan dit verzoek.');
  });

  it('moves the status ontvangen → in behandeling → verlengd → afgehandeld', () => {
    expect(statusNa('ontvangen', 'ontvangstbevestiging')).toBe('in_behandeling');
    expect(statusNa('ontvangen', 'koppel')).toBe('in_behandeling');
    expect(statusNa('verlengd', 'koppel')).toBe('verlengd');
    expect(statusNa('in_behandeling', 'verleng')).toBe('verlengd');
    expect(statusNa('verlengd', 'afhandel')).toBe('afgehandeld');
  });

  it('names a request and matches names loosely', () => {
    expect(avgKenmerk(7, '2026-11-02')).toBe('AVG-2026-0007');
    expect(normaliseerNaam('  Anouk  de  Vrïes ')).toBe('anouk de vries');
  });
});

describe('how long the AVG register keeps a request (§12, AVG art. 5 lid 1 onder e)', () => {
  it('keeps an open request, and an answered one while a dossier it concerns exists', () => {
    expect(avgBewaarStatus({ afgehandeldOp: null, bestaandeDossiers: 0 }, '2040-01-01')).toEqual({
      status: 'open',
    });
    expect(
      avgBewaarStatus({ afgehandeldOp: '2020-01-10', bestaandeDossiers: 1 }, '2040-01-01'),
    ).toEqual({ status: 'bij_dossier' });
  });

  it('then keeps it the bewaartermijn after its answer, to the day, and follows the setting', () => {
    const beantwoord = { afgehandeldOp: '2026-03-31', bestaandeDossiers: 0 };
    expect(avgBewaarStatus(beantwoord, '2029-03-30')).toEqual({
      status: 'bewaren',
      vanaf: '2029-03-31',
    });
    expect(avgBewaarStatus(beantwoord, '2029-03-31')).toEqual({
      status: 'te_vernietigen',
      vanaf: '2029-03-31',
    });
    expect(avgBewaarStatus(beantwoord, '2027-03-31', 1).status).toBe('te_vernietigen');
    expect(
      avgBewaarStatus({ afgehandeldOp: '2024-02-29', bestaandeDossiers: 0 }, '2027-02-28').status,
    ).toBe('bewaren');
  });
});
