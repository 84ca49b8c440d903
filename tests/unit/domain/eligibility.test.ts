import { describe, it, expect } from 'vitest';
import {
  evaluateFirst,
  evaluateSecond,
  isGedragsdeskundige,
  rankCandidates,
  voSuggested,
  type Candidate,
  type CaseFacts,
} from '../../../electron/domain/eligibility';
import { DISCIPLINES } from '../../../electron/domain/types';

const facts: CaseFacts = {
  schoolbestuurKey: 'bestuur:41',
  schoolKey: 'school:12',
  involvedPersonIds: [99],
  groep: 3,
  soort: 'zij_instroom',
};

const ortho: Candidate = {
  id: 1,
  name: 'Anna Orthopedagoog',
  disciplines: ['orthopedagoog'],
  organisaties: ['bestuur:7'],
  openAssignments: 2,
};

const pedagoog: Candidate = {
  id: 2,
  name: 'Bram Pedagoog',
  disciplines: ['pedagoog'],
  organisaties: [],
  openAssignments: 1,
};

const vo: Candidate = {
  id: 3,
  name: 'Carla VO',
  disciplines: ['deskundige_vo'],
  organisaties: [],
  openAssignments: 5,
};

describe('first deskundige (§4)', () => {
  it('must be orthopedagoog or psycholoog', () => {
    expect(isGedragsdeskundige(['psycholoog'])).toBe(true);
    expect(isGedragsdeskundige(['pedagoog', 'arts'])).toBe(false);
    expect(evaluateFirst(ortho, facts)).toEqual({
      eligible: true,
      blockedReasons: [],
      warnings: [],
      disciplineUsed: 'orthopedagoog',
    });
    const r = evaluateFirst(pedagoog, facts);
    expect(r.eligible).toBe(false);
    expect(r.blockedReasons[0]).toMatch(/gedragsdeskundige/);
  });
});

describe('second deskundige (§4)', () => {
  it('must have a discipline from the second list', () => {
    expect(evaluateSecond(pedagoog, facts, ortho)).toMatchObject({
      eligible: true,
      disciplineUsed: 'pedagoog',
    });
    const psy: Candidate = { ...pedagoog, disciplines: ['psycholoog'] };
    const r = evaluateSecond(psy, facts, ortho);
    expect(r.eligible).toBe(false);
    expect(r.blockedReasons[0]).toMatch(/geen discipline voor de tweede deskundige/);
  });

  it('advises from a different expertise than the first', () => {
    // A first who is also a pedagoog still advises as orthopedagoog; only the used discipline counts.
    const both: Candidate = { ...ortho, disciplines: ['orthopedagoog', 'pedagoog'] };
    expect(evaluateSecond(pedagoog, facts, both).eligible).toBe(true);
    // For every combination of disciplines, an eligible pair advises from two expertises.
    for (const d1 of DISCIPLINES) {
      for (const d2 of DISCIPLINES) {
        const first: Candidate = { ...ortho, disciplines: [d1, d2] };
        const second: Candidate = { ...pedagoog, disciplines: [d2, d1] };
        const e1 = evaluateFirst(first, facts);
        const e2 = evaluateSecond(second, facts, first);
        if (e1.eligible && e2.eligible) expect(e2.disciplineUsed).not.toBe(e1.disciplineUsed);
      }
    }
  });

  it('cannot be the same person as the first', () => {
    const twoHats: Candidate = { ...ortho, disciplines: ['orthopedagoog', 'pedagoog'] };
    const r = evaluateSecond(twoHats, facts, twoHats);
    expect(r.eligible).toBe(false);
    expect(r.blockedReasons[0]).toMatch(/al de eerste deskundige/);
  });
});

describe('independence and availability (§4, LBT 108184)', () => {
  it('blocks who works for the requesting school board', () => {
    const r = evaluateFirst({ ...ortho, organisaties: ['bestuur:41'] }, facts);
    expect(r.eligible).toBe(false);
    expect(r.blockedReasons).toEqual([
      'Werkt voor het aanvragende schoolbestuur (niet onafhankelijk).',
    ]);
  });

  it('blocks who works for the requesting school', () => {
    const r = evaluateSecond({ ...pedagoog, organisaties: ['school:12'] }, facts, ortho);
    expect(r.blockedReasons).toEqual(['Werkt voor de aanvragende school (niet onafhankelijk).']);
  });

  it('blocks who was involved in the aanvraag (SC, author of a report)', () => {
    const r = evaluateFirst({ ...ortho, id: 99 }, facts);
    expect(r.eligible).toBe(false);
    expect(r.blockedReasons[0]).toMatch(/betrokken bij deze aanvraag/);
  });

  it('blocks who is absent', () => {
    const r = evaluateSecond({ ...pedagoog, absent: true }, facts, ortho);
    expect(r.blockedReasons).toEqual(['Is afwezig.']);
  });

  it('blocks at the maximum of open assignments, not below it', () => {
    expect(evaluateFirst({ ...ortho, maxOpen: 3 }, facts).eligible).toBe(true);
    const r = evaluateFirst({ ...ortho, maxOpen: 2 }, facts);
    expect(r.blockedReasons).toEqual(['Heeft al 2 open toewijzingen (maximum 2).']);
  });
});

describe('deskundige VO suggestion (§4)', () => {
  it('is suggested for groep 6–8 and for herindicatie from groep 4–5', () => {
    expect(voSuggested({ ...facts, groep: 5 })).toBe(false);
    expect(voSuggested({ ...facts, groep: 6 })).toBe(true);
    expect(voSuggested({ ...facts, groep: 8 })).toBe(true);
    expect(voSuggested({ ...facts, groep: 4, soort: 'herindicatie' })).toBe(true);
    expect(voSuggested({ ...facts, groep: 3, soort: 'herindicatie' })).toBe(false);
    expect(voSuggested({ ...facts, groep: null })).toBe(false);
  });

  it('warns but never blocks a second who is not deskundige VO', () => {
    const g7 = { ...facts, groep: 7 };
    const r = evaluateSecond(pedagoog, g7, ortho);
    expect(r.eligible).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/deskundige VO/);
    expect(evaluateSecond(vo, g7, ortho)).toMatchObject({
      warnings: [],
      disciplineUsed: 'deskundige_vo',
    });
  });

  it('uses the VO expertise of a candidate who has several', () => {
    const multi: Candidate = { ...pedagoog, disciplines: ['pedagoog', 'deskundige_vo'] };
    expect(evaluateSecond(multi, { ...facts, groep: 6 }, ortho).disciplineUsed).toBe(
      'deskundige_vo',
    );
    expect(evaluateSecond(multi, facts, ortho).disciplineUsed).toBe('pedagoog');
  });
});

describe('rankCandidates (§4: suggest the pair)', () => {
  it('puts eligible first, by fewest open assignments then name', () => {
    const busy: Candidate = {
      ...pedagoog,
      id: 4,
      name: 'Aad Arts',
      disciplines: ['arts'],
      openAssignments: 3,
    };
    const tie: Candidate = {
      ...pedagoog,
      id: 5,
      name: 'Aaf Arts',
      disciplines: ['arts'],
      openAssignments: 1,
    };
    const conflicted: Candidate = {
      ...pedagoog,
      id: 6,
      name: 'Zero',
      organisaties: ['bestuur:41'],
      openAssignments: 0,
    };
    const ranked = rankCandidates([busy, conflicted, pedagoog, tie], (c) =>
      evaluateSecond(c, facts, ortho),
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual([5, 2, 4, 6]);
    expect(ranked[3]?.evaluation.blockedReasons).toHaveLength(1);
  });

  it('puts a suggested deskundige VO before eligible candidates with a warning', () => {
    const g6 = { ...facts, groep: 6 };
    const ranked = rankCandidates([pedagoog, vo], (c) => evaluateSecond(c, g6, ortho));
    expect(ranked.map((r) => r.candidate.id)).toEqual([3, 2]);
  });
});
