// Who may be the 1st and 2nd deskundige on an aanvraag (rulebook §4).
import type { AanvraagSoort, Discipline } from './types';

export interface Candidate {
  id: number;
  name: string;
  disciplines: readonly Discipline[];
  /** Organisation keys they work for, e.g. 'bestuur:41' or 'school:12'. */
  organisaties: readonly string[];
  openAssignments: number;
  maxOpen?: number;
  absent?: boolean;
}

export interface CaseFacts {
  schoolbestuurKey: string;
  schoolKey: string;
  /**
   * The pool ids (Candidate.id) of people involved in the aanvraag on the school's side, e.g. the SC
   * on the case, the author of a report (domain/betrokkenheid.ts); never the advising deskundigen.
   */
  involvedPersonIds: readonly number[];
  groep: number | null;
  soort: AanvraagSoort;
}

export interface Evaluation {
  readonly eligible: boolean;
  readonly blockedReasons: readonly string[];
  readonly warnings: readonly string[];
  readonly disciplineUsed: Discipline | null;
}

/** §4: the 1st deskundige is a gedragsdeskundige. */
export const FIRST_DISCIPLINES: readonly Discipline[] = ['orthopedagoog', 'psycholoog'];

/** §4: the 2nd deskundige; deskundige_vo is a setting of the SWV, on by default. */
export const SECOND_DISCIPLINES: readonly Discipline[] = [
  'kinder_jeugdpsycholoog',
  'pedagoog',
  'kinderpsychiater',
  'maatschappelijk_werker',
  'arts',
  'deskundige_vo',
];

export const VO_WARNING =
  'Voor deze leerling is bij voorkeur een deskundige VO de tweede deskundige (groep 6–8, of herindicatie vanaf groep 4–5).';

export function isGedragsdeskundige(disciplines: readonly Discipline[]): boolean {
  return disciplines.some((d) => FIRST_DISCIPLINES.includes(d));
}

/** §4: groep 6, 7 or 8, or a herindicatie from groep 4–5 towards groep 6: prefer a deskundige VO. */
export function voSuggested(facts: CaseFacts): boolean {
  const g = facts.groep;
  if (g === null) return false;
  return (g >= 6 && g <= 8) || (facts.soort === 'herindicatie' && (g === 4 || g === 5));
}

/** Independence (LBT 108184): works for the requesting school board or school. */
export function organisationBlocks(
  organisaties: readonly string[],
  facts: Pick<CaseFacts, 'schoolbestuurKey' | 'schoolKey'>,
): string[] {
  const reasons: string[] = [];
  if (organisaties.includes(facts.schoolbestuurKey)) {
    reasons.push('Werkt voor het aanvragende schoolbestuur (niet onafhankelijk).');
  }
  if (organisaties.includes(facts.schoolKey)) {
    reasons.push('Werkt voor de aanvragende school (niet onafhankelijk).');
  }
  return reasons;
}

/** Blocks that hold for either position: independence (LBT 108184), absence, workload. */
function commonBlocks(c: Candidate, facts: CaseFacts): string[] {
  const reasons = organisationBlocks(c.organisaties, facts);
  if (facts.involvedPersonIds.includes(c.id)) {
    reasons.push('Is betrokken bij deze aanvraag, bijvoorbeeld als SC of auteur van een verslag.');
  }
  if (c.absent === true) reasons.push('Is afwezig.');
  if (c.maxOpen !== undefined && c.openAssignments >= c.maxOpen) {
    reasons.push(`Heeft al ${c.openAssignments} open toewijzingen (maximum ${c.maxOpen}).`);
  }
  return reasons;
}

function firstDiscipline(c: Candidate): Discipline | null {
  return FIRST_DISCIPLINES.find((d) => c.disciplines.includes(d)) ?? null;
}

export function evaluateFirst(c: Candidate, facts: CaseFacts): Evaluation {
  const disciplineUsed = firstDiscipline(c);
  const blockedReasons = commonBlocks(c, facts);
  if (disciplineUsed === null) {
    blockedReasons.push('Is geen gedragsdeskundige (orthopedagoog of psycholoog).');
  }
  return { eligible: blockedReasons.length === 0, blockedReasons, warnings: [], disciplineUsed };
}

/** The discipline the 2nd advises from: not the 1st's (two expertises), VO first when suggested. */
function secondDiscipline(
  c: Candidate,
  firstUsed: Discipline | null,
  preferVo: boolean,
): Discipline | null {
  const usable = SECOND_DISCIPLINES.filter((d) => c.disciplines.includes(d) && d !== firstUsed);
  if (preferVo && usable.includes('deskundige_vo')) return 'deskundige_vo';
  return usable[0] ?? null;
}

export function evaluateSecond(
  c: Candidate,
  facts: CaseFacts,
  first: Candidate | null,
): Evaluation {
  const firstUsed = first ? firstDiscipline(first) : null;
  const preferVo = voSuggested(facts);
  const disciplineUsed = secondDiscipline(c, firstUsed, preferVo);
  const blockedReasons = commonBlocks(c, facts);
  if (first !== null && first.id === c.id) {
    blockedReasons.push('Is al de eerste deskundige: de twee adviezen komen van twee personen.');
  }
  if (disciplineUsed === null) {
    const hasSecond = c.disciplines.some((d) => SECOND_DISCIPLINES.includes(d));
    blockedReasons.push(
      hasSecond
        ? 'Heeft dezelfde expertise als de eerste deskundige: er zijn twee verschillende expertises nodig.'
        : 'Heeft geen discipline voor de tweede deskundige (kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker, arts of deskundige VO).',
    );
  }
  const warnings = preferVo && disciplineUsed !== 'deskundige_vo' ? [VO_WARNING] : [];
  return { eligible: blockedReasons.length === 0, blockedReasons, warnings, disciplineUsed };
}

export interface RankedCandidate {
  readonly candidate: Candidate;
  readonly evaluation: Evaluation;
}

/**
 * §4: the suggestion list. Eligible first; within a group fewest open assignments, then name.
 * An eligible candidate without warnings (e.g. the suggested deskundige VO) comes before one with.
 */
export function rankCandidates(
  list: readonly Candidate[],
  evaluate: (c: Candidate) => Evaluation,
): readonly RankedCandidate[] {
  const rank = (r: RankedCandidate): number =>
    r.evaluation.eligible ? (r.evaluation.warnings.length === 0 ? 0 : 1) : 2;
  return list
    .map((candidate) => ({ candidate, evaluation: evaluate(candidate) }))
    .sort(
      (x, y) =>
        rank(x) - rank(y) ||
        x.candidate.openAssignments - y.candidate.openAssignments ||
        x.candidate.name.localeCompare(y.candidate.name, 'nl') ||
        x.candidate.id - y.candidate.id,
    );
}
