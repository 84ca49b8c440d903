// Issue 13 · many at once: when is a change of shared data a conflict? The one rule, for every
// versioned edit: the caller sends what it read (a versie number, or the value it showed) and the
// change is refused when the stored one is no longer that. Never a silent overwrite: the second of
// two people who read the same thing gets a message, and the first one's change stays as it was.

/** What was read, compared with what is stored now: true when someone else changed it since. */
export function isConflict<T extends string | number>(gelezen: T, huidig: T): boolean {
  return gelezen !== huidig;
}

/** The versie after a change that was not a conflict. */
export const volgendeVersie = (huidig: number): number => huidig + 1;

/** What is being changed, for the message (the Dutch noun with its article). */
export type GedeeldeZaak = 'aanvraag' | 'checklist' | 'vergadering';

const ZAAK: Record<GedeeldeZaak, { wat: string; opnieuw: string }> = {
  aanvraag: { wat: 'deze aanvraag', opnieuw: 'laad de aanvraag opnieuw' },
  checklist: { wat: 'dit punt van de checklist', opnieuw: 'bekijk de checklist opnieuw' },
  vergadering: { wat: 'deze vergadering', opnieuw: 'bekijk de vergadering opnieuw' },
};

/** The Dutch message of a conflict: what happened, that nothing was saved, and what to do. */
export function conflictMelding(zaak: GedeeldeZaak): string {
  const z = ZAAK[zaak];
  return `Iemand anders heeft ${z.wat} intussen gewijzigd. Uw wijziging is niet opgeslagen; ${z.opnieuw} en probeer het nog eens.`;
}
