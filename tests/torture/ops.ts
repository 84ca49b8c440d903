// What the torture's parent and child share (issue 11): the child's configuration, the writes it
// acknowledges, and the draft advice it saves.

export interface ChildConfig {
  readonly dir: string;
  readonly keyHex: string;
  /** Seeds the names and the choice of operations of this run. */
  readonly seed: number;
  readonly schoolId: number;
  /** Demo aanvragen where a deskundige may save a draft advice. */
  readonly draftTargets: readonly { username: string; aanvraagId: number }[];
  /** Acknowledged registrations that may still take their next intake step. */
  readonly steppable: readonly number[];
  /** The first sequence number this run may use (drafts carry it to tell versions apart). */
  readonly firstSeq: number;
}

export type Ack =
  | { op: 'register'; aanvraagId: number; leerlingNaam: string; sha256: string[] }
  | { op: 'step'; aanvraagId: number; event: 'start_controle' | 'markeer_compleet' }
  | { op: 'draft'; aanvraagId: number; username: string; seq: number };

/** A draft advice whose onderbouwing names its sequence number ("torture-concept 17 …"). */
export function draft(aanvraagId: number, seq: number) {
  return {
    aanvraagId,
    conclusie: 'toelaatbaar' as const,
    schoolsoort: 'SO' as const,
    categorie: 'midden' as const,
    ingangsdatum: null,
    einddatum: null,
    onderbouwing: `torture-concept ${seq} ${'De leerling heeft baat bij een kleine groep. '.repeat(1 + (seq % 20))}`,
    doelen: 'Zelfstandig werken.',
    contextAdvies: 'Jaarlijks evalueren.',
    vragen: null,
  };
}
