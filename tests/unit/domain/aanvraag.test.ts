import { describe, expect, it } from 'vitest';
import { aanvraagProblem } from '../../../electron/domain/aanvraag';

const base = {
  ontvangenOp: '2026-09-01',
  leerlingGeboortedatum: '2016-05-04',
  schoolsoort: 'SO' as const,
  categorie: 'midden' as const,
};

describe('aanvraag rules (§3.1)', () => {
  it('accepts a consistent aanvraag', () => {
    expect(aanvraagProblem(base, '2026-09-01')).toBeNull();
  });
  it('refuses an ontvangstdatum in the future', () => {
    expect(aanvraagProblem(base, '2026-08-31')).toEqual({
      field: 'ontvangenOp',
      message: 'De ontvangstdatum ligt in de toekomst.',
    });
  });
  it('refuses a date of birth on or after receipt', () => {
    expect(
      aanvraagProblem({ ...base, leerlingGeboortedatum: '2026-09-01' }, '2026-09-02')?.field,
    ).toBe('leerlingGeboortedatum');
  });
  it('refuses a categorie with SBO', () => {
    expect(aanvraagProblem({ ...base, schoolsoort: 'SBO' }, '2026-09-02')?.message).toBe(
      'Een bekostigingscategorie hoort alleen bij SO.',
    );
  });
});
