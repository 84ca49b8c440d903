import { describe, expect, it } from 'vitest';
import { conflictMelding, isConflict, volgendeVersie } from '../../../electron/domain/versie';

// Issue 13 · many at once: the one rule of what counts as a conflict, and its Dutch messages.

describe('isConflict', () => {
  it.each([
    [0, 0, false],
    [3, 3, false],
    [3, 4, true],
    [4, 3, true],
    ['open', 'open', false],
    ['open', 'ok', true],
    ['ok', 'ontbreekt', true],
  ] as const)('read %s, stored %s: conflict %s', (gelezen, huidig, expected) => {
    expect(isConflict<string | number>(gelezen, huidig)).toBe(expected);
  });

  it('a versie after a change is never one that was read before it', () => {
    for (let v = 0; v < 50; v += 1) expect(isConflict(v, volgendeVersie(v))).toBe(true);
  });
});

describe('conflictMelding', () => {
  it('says what happened, that nothing was saved and what to do', () => {
    expect(conflictMelding('aanvraag')).toBe(
      'Iemand anders heeft deze aanvraag intussen gewijzigd. Uw wijziging is niet opgeslagen; laad de aanvraag opnieuw en probeer het nog eens.',
    );
    expect(conflictMelding('checklist')).toContain('dit punt van de checklist');
    expect(conflictMelding('vergadering')).toContain('bekijk de vergadering opnieuw');
  });
});
